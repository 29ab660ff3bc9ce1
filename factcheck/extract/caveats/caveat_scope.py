"""Caveat scope by source: which figures of an article a caveat reaches beyond its sentence.

Gold README, "Caveat scope": a caveat attaches to the figures it refers to, the figures of the
same source, not figures from a different source. Issue 11: a caveat about a source's accounts
covers that source's figures anywhere in the article; an accusation hedges the figures it
charges and the accused's denial disputes them. Two sources giving different figures for the
same thing, with no word of dispute, do not dispute each other (docs/gold-conventions.md, "Rival
counts", session 73).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.body_mentions import name_keys, same_body
from factcheck.extract.caveats.hedge_clause_reach import known_time_clause
from factcheck.extract.caveats.known_tolls import toll_left_by_harm
from factcheck.extract.caveats.other_sides import launched_by_another_side
from factcheck.extract.caveats.sentence_gate import SentenceGate
from factcheck.extract.doctext import doc_text, span_text
from factcheck.extract.lexicon import (
    ALLEGATION_NOUNS,
    ALLEGATION_PREPOSITIONS,
    ALLEGATION_VERBS,
    ANSWERING_VERBS,
    ARTICLE_PRELIMINARY_PATTERNS,
    CAVEAT_SPEAKER_VERBS,
    CHARGE_COUNT_NOUNS,
    CLAUSE_MARKS_OUTSIDE_HEDGE,
    CONTRADICTING_WORDS,
    DENIAL_OBJECTS,
    HIT_COUNT_WORDS,
    NUMERIC_FIGURE_NOUNS,
    PRONOUN_SOURCES,
    REPORTING_VERBS,
    SOURCE_KEY_STOPS,
    TIME_UNITS,
    VICTIM_VERBS,
)
from factcheck.extract.token_index import tokens_with_lemma
from factcheck.model import Caveat, CaveatMention, Source, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_ARTICLE_PRELIMINARY_RES = tuple(re.compile(p, re.I) for p in ARTICLE_PRELIMINARY_PATTERNS)
_ARTICLE_PRELIMINARY_GATE = SentenceGate(_ARTICLE_PRELIMINARY_RES)
_WORD_RE = re.compile(r"[A-Za-z][\w'’.-]*")
_DENIAL_VERBS = ("deny", "reject", "dispute", "contest")
_DENIAL_LEMMAS = frozenset({"plead", *_DENIAL_VERBS})  # every word ``denial`` answers for


def source_key(source: Source) -> str:
    """The word that identifies a source across its mentions: the head of its phrase.

    "Arvenia's military" and "The military" -> "military"; "Aleksi Varga" and "Mr. Varga" ->
    "varga". Empty for no source.
    """
    if source.kind is SourceKind.NONE:
        return ""
    # the phrase up to a comma, a bracket or a clause ("X, the agency's head", "X (SFC)")
    text = re.split(r"[,(]| who | which | that | whose ", source.text)[0]
    words = [w for w in _WORD_RE.findall(text) if w.lower() not in SOURCE_KEY_STOPS]
    if not words:
        return ""
    # "the head of the rescue services": the head noun comes before "of"
    lowered = [w.lower() for w in words]
    if "of" in lowered and lowered.index("of") > 0:
        words = words[: lowered.index("of")]
    word = words[-1].lower().rstrip(".")
    return word[:-1] if word.endswith("s") and len(word) > 3 and not word.endswith("ss") else word


def same_source(figures: Sequence[CaveatTarget], index: int, before: int) -> list[int]:
    """Indexes of the figures before ``before`` whose source is the source of ``index``."""
    key = source_key(figures[index].source)
    if not key:
        return [index]
    return [i for i in range(before) if source_key(figures[i].source) == key]


def source_level_key(cue: Token, figures: Sequence[CaveatTarget]) -> str:
    """The source a caveat describes when it sits in a clause about that source.

    "the monitor, whose accounts the agency was unable to check": the cue's relative clause
    hangs on a noun that is the source of some figure of the article.
    """
    keys = {source_key(f.source) for f in figures} - {""}
    for ancestor in [cue, *cue.ancestors]:
        if ancestor.dep_ in ("relcl", "acl", "appos") and ancestor.head.pos_ in ("NOUN", "PROPN"):
            head = ancestor.head
            for word in (head.lower_, head.lemma_.lower()):
                if word in keys:
                    return word
            return ""
    return ""


def share_by_source(
    figures: Sequence[CaveatTarget], found: list[dict[Caveat, CaveatMention]]
) -> None:
    """A source marked as a party once ("the Hamas-run ministry") is one at every mention
    ("the ministry said"): its partisan caveat reaches all of that source's figures."""
    marked: dict[str, list[tuple[str, CaveatMention]]] = {}
    for figure, caveats in zip(figures, found, strict=True):
        mention = caveats.get(Caveat.PARTISAN_SOURCE)
        key = source_key(figure.source)
        if key and mention is not None and mention.text.lower() in figure.source.text.lower():
            marked.setdefault(key, []).append((figure.source.text, mention))
            for name in name_keys(figure.source.text):  # "the official Xinhua agency": "Xinhua"
                marked.setdefault(name, []).append((figure.source.text, mention))
    for figure, caveats in zip(figures, found, strict=True):
        if launched_by_another_side(figure.number, figure.source):
            continue  # "the air force said Russia launched 215 drones": the other side's salvo
        # "the defence ministry" marked is not "the health ministry" (body_mentions.py)
        for text, mention in marked.get(source_key(figure.source), []):
            if same_body(figure.source.text, text):
                caveats.setdefault(Caveat.PARTISAN_SOURCE, mention)
                break


def allegation(number: Token) -> CaveatMention | None:
    """A figure inside a charge or accusation: "accused of stealing $2 million", "charged with
    taking $50,000 in bribes", "allegations that he diverted $3 million".

    Not what the charges count ("charged with three counts of fraud") nor the victims of the
    act charged ("accused of shooting two men": the shooting is a fact, the shooter alleged).
    """
    counted = number.head if number.dep_ in ("nummod", "quantmod") else number
    if counted.lemma_.lower() in CHARGE_COUNT_NOUNS or number.lemma_.lower() in VICTIM_VERBS:
        return None  # an implied count stands on its verb: "accused of shooting a man"
    if toll_left_by_harm(number):
        return None  # "accused of a massacre that left nine dead": a known toll
    path = [number, *number.ancestors]
    for child, token in zip(path, path[1:], strict=False):
        lemma = token.lemma_.lower()
        if _setting_clause(child):
            return None  # "firing into a home where 5 people were sleeping": a known setting
        if _own_clause(child):
            return None  # "accused each other of starting it, as the toll rose to 31"
        if lemma in VICTIM_VERBS and child.dep_ in ("dobj", "nsubjpass"):
            return None
        if lemma in VICTIM_VERBS and child.dep_ in ("relcl", "acl"):
            return None  # "charged over a shooting that left two men wounded": a fact
        if lemma in VICTIM_VERBS and counted.lower_ in HIT_COUNT_WORDS:
            return None  # "accused of shooting them once each", "stabbing a man 12 times"
        if lemma in VICTIM_VERBS and token.pos_ == "NOUN" and _names_victims(child):
            return None  # "charged in the double shooting", "in the killing of two men"
        if lemma in ALLEGATION_VERBS and token.pos_ == "VERB":
            if known_time_clause(child, token):
                return None  # "was charged after police found 30 pounds": a known finding
            if _times_the_act(child, counted):
                return None  # "Over the past two weeks, prosecutors charged him": when, not what
            # "charged $5 a ticket" is a price: the figure must sit under "with"/"of"/a clause
            if child.dep_ == "prep" and child.lower_ not in ALLEGATION_PREPOSITIONS:
                return None  # "charge between 1,500 and 3,000 euros", "charged, out of 65"
            if lemma == "allege" or child.dep_ in ("prep", "prepc", "ccomp", "xcomp", "advcl"):
                return CaveatMention(kind=Caveat.HEDGED, text=token.text)
        if token.lower_ in ALLEGATION_NOUNS and token.pos_ == "NOUN" and token.dep_ != "compound":
            return CaveatMention(kind=Caveat.HEDGED, text=token.text)
    return None


def _own_clause(child: Token) -> bool:
    """``child`` opens an adverbial clause of its own ("as", "because", "if", "although" ...):
    "accused each other of starting the fighting, as the death toll rose to 31" (tests/wire2p
    gold: not hedged). Its figure is said beside the charge, not charged (as a hedge does not
    reach such a clause: hedge_reaches)."""
    return child.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS_OUTSIDE_HEDGE for c in child.children
    )


def _setting_clause(child: Token) -> bool:
    """``child`` is a relative clause opened by "where" or "when" on the place or time of the
    act charged ("a home where five people slept"): it describes the setting, which the charge
    takes as known (docs/gold-conventions.md "Forecasts and beliefs": a relative or time clause
    is not what the hedged clause asserts)."""
    if child.dep_ != "relcl":
        return False
    return any(
        c.lower_ in ("where", "when") and c.tag_ == "WRB" and c.i == child.left_edge.i
        for c in child.children
    )


def _times_the_act(child: Token, counted: Token) -> bool:
    """ "Over the past two weeks, prosecutors charged the officer": the figure is a span of time
    in a phrase on the charging verb itself, it dates the act of charging; what is charged sits
    under "with"/"of" ("charged with stealing $5,000 over two years" keeps its hedge)."""
    return (
        child.dep_ == "prep" and counted.head.i == child.i and counted.lemma_.lower() in TIME_UNITS
    )


def _names_victims(child: Token) -> bool:
    """What a harm noun's child says of its victims: "double" or "two" before it, "of" after."""
    if child.dep_ in ("amod", "nummod", "compound"):
        return True
    return child.dep_ == "prep" and child.lower_ == "of"


def disputed_owners(cue: Token) -> dict[str, tuple[str, bool]]:
    """Whose figures a dispute names: "rejected the group's estimate and the UN figure",
    "dismissed the council's count" (issue 11, "Caveats by source, not by distance"). Returns
    each owner's word with the noun that names the figure ("estimate", "toll", "count") and
    whether the owner is a name."""
    objects = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")]
    # "dismissed the group's figures as fabricated": the parse makes a small clause of it
    small = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp", "oprd")]
    objects += [s for c in small for s in c.children if s.dep_ == "nsubj"]
    objects += [c for o in objects for c in o.conjuncts]
    found: dict[str, tuple[str, bool]] = {}
    for noun in objects:
        if noun.lemma_.lower() not in NUMERIC_FIGURE_NOUNS:
            continue
        for owner in noun.children:
            # "the group's estimate", "the UN figure", "the police toll"; "the death toll"
            # names no owner that gives a figure, and is left to the other readings
            if owner.dep_ in ("poss", "compound") and owner.pos_ in ("NOUN", "PROPN"):
                found.setdefault(owner.lower_, (noun.lemma_.lower(), owner.pos_ == "PROPN"))
    return found


def speaker_key(cue: Token) -> str:
    """The source that gives a caveat: "The observatory cautioned that the figures were
    preliminary" -> "observatory" (its figures, not the nearest ones); "" for none or a
    pronoun."""
    for verb in cue.ancestors:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in REPORTING_VERBS | CAVEAT_SPEAKER_VERBS:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or subject.lower_ in PRONOUN_SOURCES:
            return ""
        phrase = span_text(cue.doc[subject.left_edge.i : subject.i + 1])
        return source_key(Source(text=phrase, kind=SourceKind.NAMED_ORG))
    return ""


def owned_by(owner: str, source: Source) -> bool:
    """The source phrase names the owner: "group" in "the rights group", "un" in "a report by
    the UN office"."""
    if source.kind is SourceKind.NONE:
        return False
    words = {w.lower() for w in _WORD_RE.findall(source.text)}
    return owner in words or owner.rstrip("s") in words or owner == source_key(source)


def denial(doc: Doc) -> CaveatMention | None:
    """The accused's denial of the charges: "X has denied the allegations", "pleaded not
    guilty", "denies wrongdoing". Returns the first such denial in the article."""
    for token in tokens_with_lemma(doc, _DENIAL_LEMMAS):  # the only words asked (speedB)
        lemma = token.lemma_.lower()
        if (
            lemma == "plead"
            and "not guilty" in span_text(token.sent)[token.idx - token.sent.start_char :]
        ):
            return CaveatMention(kind=Caveat.DISPUTED, text="pleaded not guilty")
        if lemma not in _DENIAL_VERBS or token.pos_ != "VERB":
            continue
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(o.lemma_.lower() in DENIAL_OBJECTS for o in objects):
            return CaveatMention(kind=Caveat.DISPUTED, text=f"{token.text} {objects[0].text}")
    return None


def contradicted(figure: CaveatTarget) -> CaveatMention | None:
    """A "but" clause that answers the attributed figure's report with another source's word
    ("outlets were reporting the woman had died, but police said she remained in critical
    condition") or with the fact ("'two email accounts', but in fact she used only one").

    Not the same speaker going on ("but said the outcome was open", "but they said"), nor
    another share of the same poll ("75 percent said yes, but 55 percent say she does not").
    """
    if figure.source.kind is SourceKind.NONE:
        return None
    number = figure.number
    for verb in number.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children):
            continue
        for answer in verb.children:
            if answer.dep_ != "conj" or answer.i < number.i:
                continue
            text = _answer(answer, figure.source)
            if text is not None:
                return CaveatMention(kind=Caveat.DISPUTED, text=text)
    return None


def _answer(verb: Token, source: Source) -> str | None:
    """The conjoined clause sets something against the figure: the fact ("in fact",
    "actually") or a reporting verb with a subject of its own, neither a pronoun, another
    figure's people nor the figure's source."""
    for child in verb.children:
        if child.lower_ in CONTRADICTING_WORDS and child.dep_ == "advmod":
            return f"but {child.text}"
        if child.dep_ == "prep" and child.lower_ == "in":
            if any(g.lower_ in CONTRADICTING_WORDS for g in child.children):
                return "but in fact"
    if verb.lemma_.lower() not in ANSWERING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in PRONOUN_SOURCES or subject.pos_ == "PRON":
        return None
    words = list(subject.subtree)
    if any(t.like_num or t.pos_ == "NUM" for t in words):
        return None
    said_by = " ".join(t.text for t in words)
    key = source_key(Source(text=said_by, kind=SourceKind.NAMED_ORG))
    if not key or key == source_key(source):
        return None
    return f"but {said_by} {verb.text}"


def article_preliminary(doc: Doc) -> tuple[CaveatMention, int] | None:
    """An article-level "details are still developing", "this story will be updated": the
    caveat and where it starts (it covers the figures after it)."""
    text = doc_text(doc)
    if not _ARTICLE_PRELIMINARY_GATE.may_match(text):
        return None  # one pass for the three patterns; nearly every article has none
    for pattern in _ARTICLE_PRELIMINARY_RES:
        match = pattern.search(doc_text(doc))
        if match:
            return CaveatMention(kind=Caveat.PRELIMINARY, text=match.group(0)), match.start()
    return None
