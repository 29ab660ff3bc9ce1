"""The two sides of a strike: the employer's and the union's people's figures are partisan.

Gold README, partisan_source: "the source is a party to the matter"; a union is a side of its
own strike already (``labour_unions``). The employer it strikes against is the other side:
"STI said the stoppage had left 43 ships at anchor", "The company put its losses at around 3.2
billion pesos", "the terminal operator saying more than 40 vessels were waiting" (tests/wiref
f_2 gold: every figure of the operator partisan), "Ridgeway said fewer than 200,000 workers had
taken part and that more than 90% of scheduled deliveries were completed" (tests/corpus B3 gold:
partisan). A union's officials named by role speak for it as the body does: "Its regional
spokesman, Héctor Salinas" ... "Salinas said" (tests/wiref f_2 gold), "said Héctor Balbuena,
a CGT secretary" (tests/wireb b_1 gold). Two writers, and the older dev corpus, the same reading.

The employer is read once per document that tells of a strike, from the text's own words: the
body a strike is "at" or "against" ("a 24-hour strike at parcel carrier Ridgeway Logistics"),
a named body that "operates", "runs", "owns" or "manages" something in a relative clause ("San
Antonio Terminal Internacional (STI), which operates the main container terminal"), with the
initials written beside it, or a source phrase that names the employer by its role ("the
company", "the terminal operator", "management"). A union official is a person named right
after or in apposition to a role noun ("spokesman", "president", "secretary", "leader") that
a union owns: "union president Ann Lee", "a CGT secretary" (a body the article calls a union
or names as the strike's or march's organiser), "Its regional spokesman" after a sentence whose
subject is a union (named so, or called so by "which represents the strikers"). An article tells of a strike when it has a strike noun and speaks of a
labour union: an air strike on a city is no labour dispute ("the company said repairs could
take up to 48 hours" after a Russian strike: tests/wirea a_4 gold, not partisan).

Not the employer's figures in a relative clause on its name ("Ridgeway, which last month
reported revenue of $4.5bn": background the text gives, tests/corpus B3 gold: not partisan),
nor the dead and hurt a union reports (``labour_unions.counts_victims``, read by the caller).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.caveats.labour_unions import union_source
from factcheck.extract.caveats.named_organizers import organizing_bodies
from factcheck.extract.entity_spans import entity_bounds
from factcheck.extract.lexicon import (
    EMPLOYER_NOUNS,
    EMPLOYER_RELATIVE_VERBS,
    NOT_LABOUR_UNION_WORDS,
    REPRESENTED_WORKERS,
    STRIKE_NOUNS,
    UNION_NOUNS,
    UNION_ROLE_NOUNS,
)
from factcheck.extract.token_index import tokens_with_lemma
from factcheck.model import Source, SourceKind

_CACHE = "factcheck.strike_sides"
_WORD_RE = re.compile(r"[\w'’.-]+")
_DETERMINERS = frozenset({"the", "a", "an"})


def strike_side(doc: Doc, source: Source) -> str | None:
    """The words that make the source a side of the article's strike, or None."""
    if source.kind is SourceKind.NONE:
        return None
    employers, officials = _sides(doc)
    if source.kind is SourceKind.NAMED_ORG and employers is not None:
        words = [w.lower() for w in _WORD_RE.findall(re.split(r"[,(]", source.text)[0])]
        if words and words[0] in _DETERMINERS:
            words = words[1:]
        if not words:
            return None
        if words[-1] in EMPLOYER_NOUNS and source.text.lower().startswith("the "):
            return source.text  # "the company", "The terminal operator"
        if words == ["management"]:
            return source.text
        for name in employers:
            if words == name[: len(words)] and words[0][:1].isalpha():
                return " ".join(name)  # "Ridgeway" of "Ridgeway Logistics", "STI"
        return None
    if source.kind is SourceKind.NAMED_PERSON and officials:
        return officials.get(source_key(source))
    return None


def background_of_source(number: Token) -> bool:
    """The figure is in a relative clause on a name ("Ridgeway, which last month reported
    revenue of $4.5bn, said ..."): what the text tells of the body, not what it says."""
    return any(t.dep_ == "relcl" and t.head.pos_ == "PROPN" for t in number.ancestors)


def _sides(doc: Doc) -> tuple[list[list[str]] | None, dict[str, str]]:
    """The employers of the article's strike (None without a strike) and the union's
    officials, read once."""
    cached = doc.user_data.get(_CACHE)
    if cached is None:
        cached = doc.user_data[_CACHE] = (_employers(doc), _union_officials(doc))
    return cached


def _employers(doc: Doc) -> list[list[str]] | None:
    strikes = [t for t in tokens_with_lemma(doc, STRIKE_NOUNS) if t.pos_ == "NOUN"]
    if not strikes or not _tells_of_a_union(doc):
        return None  # no strike, or an air strike: a war's, not a labour dispute's
    employers: list[list[str]] = []
    for strike in strikes:
        for prep in strike.children:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "against"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                        employers.append(_name_words(obj))
    for verb in tokens_with_lemma(doc, EMPLOYER_RELATIVE_VERBS):
        if verb.pos_ == "VERB" and verb.dep_ == "relcl" and verb.head.pos_ == "PROPN":
            body = verb.head
            employers.append(_name_words(body))
            employers += [[t.lower_] for t in body.children if t.dep_ == "appos" and t.is_upper]
    return [e for e in employers if e]


def _tells_of_a_union(doc: Doc) -> bool:
    """The article speaks of a labour union ("the union said", "the unions"); not only of "the
    European Union" or "a credit union"."""
    for token in tokens_with_lemma(doc, UNION_NOUNS):
        before = doc[token.i - 1].lower_ if token.i else ""
        if token.pos_ in ("NOUN", "PROPN") and before not in NOT_LABOUR_UNION_WORDS:
            return True
    return False


def _name_words(token: Token) -> list[str]:
    """The proper-noun words of the name the token ends: "parcel carrier Ridgeway Logistics"
    -> ["ridgeway", "logistics"]."""
    if token.ent_type_ == "ORG":
        start, end = entity_bounds(token.doc, token.i)
        words = [t for t in token.doc[start:end] if t.pos_ == "PROPN"]
    else:
        words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
    return [t.lower_ for t in words if t.lower_ not in _DETERMINERS]


def _union_officials(doc: Doc) -> dict[str, str]:
    """The source keys of the people named as a union's officials, each with the role."""
    bodies = organizing_bodies(doc)
    found: dict[str, str] = {}
    for noun in tokens_with_lemma(doc, UNION_ROLE_NOUNS):
        if noun.pos_ != "NOUN":
            continue
        owner = _union_owner(noun, bodies)
        person = _person(noun) if owner is not None else None
        if owner is None or person is None:
            continue
        key = source_key(Source(text=person.text, kind=SourceKind.NAMED_PERSON))
        if key:
            found.setdefault(key, f"{owner} {noun.text}")
    return found


def _union_owner(noun: Token, bodies: dict[str, str]) -> str | None:
    """The union a role noun belongs to: "union president", "a CGT secretary" (a body named a
    union or an action's organiser), "Its regional spokesman" after a union subject."""
    for child in noun.children:
        if child.dep_ not in ("compound", "poss", "nmod"):
            continue
        if child.lower_ in ("its", "their"):
            if _previous_subject_is_union(noun):
                return child.text
            continue
        text = child.text
        if child.lower_ in bodies or union_source(
            noun.doc, Source(text=text, kind=SourceKind.NAMED_ORG)
        ):
            return text
    return None


def _previous_subject_is_union(noun: Token) -> bool:
    """The sentence before opens with a union as its subject: "The Dock Workers' Union, which
    represents the strikers, said ... Its regional spokesman ..."."""
    sent = noun.sent
    if sent.start == 0:
        return False
    before = noun.doc[sent.start - 1].sent
    for token in before:
        if token.dep_ == "nsubj" and token.head.dep_ == "ROOT":
            if _represents_workers(token):
                return True  # "The Unión Portuaria de Chile, which represents the strikers"
            phrase = noun.doc[token.left_edge.i : token.i + 1]
            named = Source(text=phrase.text, kind=SourceKind.NAMED_ORG)
            return union_source(noun.doc, named) is not None
    return False


def _represents_workers(body: Token) -> bool:
    """A relative clause calls the body a union by what it does: "which represents the
    strikers", "that represents 4,000 dockers"."""
    return any(
        verb.dep_ == "relcl"
        and verb.lemma_.lower() == "represent"
        and any(o.dep_ == "dobj" and o.lemma_.lower() in REPRESENTED_WORKERS for o in verb.children)
        for verb in body.children
    )


def _person(noun: Token) -> Span | None:
    """The person the role names: the name right after it ("union president Ann Lee"), or the
    name it is in apposition to ("Ann Lee, a CGT secretary", "Its spokesman, Ann Lee")."""
    doc = noun.doc
    for token in doc[noun.i + 1 : min(noun.i + 3, len(doc))]:
        if token.ent_type_ == "PERSON":
            start, end = entity_bounds(doc, token.i)
            return doc[start:end]
        if token.text != ",":
            break
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        start, end = entity_bounds(doc, noun.head.i)
        return doc[start:end]
    return None
