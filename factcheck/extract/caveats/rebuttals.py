"""A verdict or a correction on a stated figure: the figure is disputed.

Gold README, disputed: "someone contests the figure" ("disputed", "denied", "rejected the
figure"); issue 11, implicit dispute: two figures for the same thing. Political news contests a
figure with a fact-check verdict or a correction more often than with "disputed":

- a verdict said of the statement: "Trump claimed 30,000 jobs left. That is false", "That claim
  is untrue", "It is not true", "PolitiFact rated the claim Mostly False", "The Fact Checker gave
  the claim Four Pinocchios", "the claim that 500 officers quit is inaccurate";
- a correction that opens the next sentence with another figure for the same thing: "Brown said
  9 million lost coverage. In fact, the number is closer to 2 million" (the corrected figure is
  disputed, the correcting one is not).

Scope is by reference, as caveat_scope.py reads it: a verdict disputes the figures inside the
statement noun it is said of ("the claim that 500 officers quit"), else those of the statement
the pronoun or "the claim" points back to: the sourced figures told before it in its sentence,
or those of the sentence just before, of the last source there. A verdict said of a person
("She is wrong", "she earns Three Pinocchios" for her testimony as a whole), an act or a plan
("the critics were wrong about the plan") disputes no figure, nor does a negated one ("That is
not false"). Figures the writer gives with no source are no statement someone made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.lexicon import (
    CORRECTING_OPENERS,
    FALSEHOOD_RATINGS,
    MORAL_VERDICTS,
    NUMERIC_FIGURE_NOUNS,
    RATING_EARNING_VERBS,
    RATING_VERBS,
    REPORTING_VERBS,
    STATED_NOUNS,
    STATEMENT_PRONOUNS,
    TRUTH_WORDS,
    VERDICT_NOUNS,
    VERDICT_WORDS,
)
from factcheck.extract.token_index import tokens_with_lower
from factcheck.model import SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_WORD_RE = re.compile(r"[\w'’.-]+")
_CUE_WORDS = VERDICT_WORDS | TRUTH_WORDS | FALSEHOOD_RATINGS | VERDICT_NOUNS
_PREDICATE_DEPS = ("acomp", "attr", "oprd", "xcomp", "ccomp")
_RELATIVES = frozenset({"which", "that", "who"})


def _written_forms(verbs: frozenset[str]) -> frozenset[str]:
    """The verbs as written: the parse lemmatises "rated" as "rat"."""
    return frozenset(
        f for v in verbs for f in (v, f"{v}s", f"{v}d", f"{v}ed", f"{v}ing", f"{v[:-1]}ing")
    ) | {"found"}


_RATING_FORMS = _written_forms(RATING_VERBS)


def rebutted_figures(doc: Doc, figures: Sequence[CaveatTarget]) -> list[int]:
    """The indexes of the figures a verdict or a correcting sentence disputes."""
    if not figures:
        return []
    hits: set[int] = set()
    for cue in tokens_with_lower(doc, _CUE_WORDS):
        for statement in _said_of(cue):
            speaker = _speaker(_verdict_verb(cue, statement))
            if speaker is None:
                continue
            hits |= {
                i
                for i in _statement_figures(statement, cue, figures)
                if not speaker or speaker not in _WORD_RE.findall(figures[i].source.text.lower())
            }
    hits |= _corrected_figures(figures)
    return sorted(hits)


def _verdict_verb(cue: Token, statement: Token) -> Token:
    """The verb whose clause gives the verdict: "is" in "That is false", "rated" in "rated the
    claim as false", "debunked" in "the claim was debunked", "gave" in "gave the claim Four
    Pinocchios"."""
    if cue.head.lower_ == "as" and cue.dep_ in ("pobj", "amod"):
        return cue.head.head
    if cue.dep_ in ("amod", "appos"):
        return statement.head
    if cue.pos_ == "VERB" and statement.head.i == cue.i:
        return cue
    return cue.head


def _speaker(verb: Token) -> str | None:
    """Who gives the verdict: "" for the writer ("That is false."), the reporter's word for a
    reported one ("Sanders said that is false", "That is false, the organizers said"); None
    when no one asserts it ("hoping that it wasn't true") or a pronoun does ("it's not true,
    he said": the speaker may be the figure's own source, qualifying their own words)."""
    if verb.dep_ == "relcl":
        # "..., which is false" (the writer's), "a claim PolitiFact rated False"
        subjects = [
            c
            for c in verb.children
            if c.dep_ == "nsubj" and c.lower_ not in _RELATIVES and c.tag_ != "WDT"
        ]
        if subjects and subjects[0].pos_ == "PRON":
            return None
        return subjects[0].lower_ if subjects else ""
    reporters = [c for c in verb.children if c.dep_ in ("parataxis", "ccomp")]
    if verb.dep_ == "ccomp":
        reporters.append(verb.head)
    elif verb.dep_ not in ("ROOT", "conj"):
        return None
    for reporter in reporters:
        if reporter.lemma_.lower() not in REPORTING_VERBS:
            continue
        subjects = [c for c in reporter.children if c.dep_ == "nsubj"]
        if not subjects or subjects[0].pos_ == "PRON":
            return None
        return subjects[0].lower_
    return "" if verb.dep_ in ("ROOT", "conj") else None


def _said_of(cue: Token) -> list[Token]:
    """The nouns a verdict word is said of, when it calls them false: "That is false", "rated
    the claim False", "a false claim that ...", "gave the claim Four Pinocchios"."""
    word = cue.lower_
    if word in FALSEHOOD_RATINGS:
        return _rated_by_pinocchios(cue)
    negated = any(c.dep_ == "neg" for c in (*cue.children, *cue.head.children))
    if (word in TRUTH_WORDS) != negated:
        return []  # "That is not false", "That is true"
    if word in VERDICT_NOUNS:
        # "That claim is a lie"
        if cue.dep_ != "attr":
            return []
        return [c for c in cue.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if cue.pos_ == "VERB" and cue.dep_ not in ("amod", "acomp", "oprd"):
        # "The claim has been debunked", "fact-checkers debunked the figure"
        return [c for c in cue.children if c.dep_ in ("nsubjpass", "dobj")]
    if cue.dep_ in ("pobj", "amod") and cue.head.lower_ == "as":
        rater = cue.head.head  # "rated the claim as false"
        if rater.lemma_.lower() in RATING_VERBS or rater.lower_ in _RATING_FORMS:
            return [c for c in rater.children if c.dep_ == "dobj"]
        return []
    if cue.dep_ == "amod":
        return [cue.head] if word in VERDICT_WORDS else []  # "the false claim that ..."
    if cue.dep_ not in _PREDICATE_DEPS:
        return []
    head = cue.head
    if head.lemma_.lower() in RATING_VERBS or head.lower_ in _RATING_FORMS:
        said = [c for c in head.children if c.dep_ == "dobj"]  # "rated the claim False"
    else:
        said = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if head.dep_ == "relcl" and all(c.lower_ in _RELATIVES for c in said):
        return [head.head]  # "..., which is false", "a claim PolitiFact rated False"
    return said


def _rated_by_pinocchios(cue: Token) -> list[Token]:
    """ "The claim earned Four Pinocchios" -> claim; "gave the claim Four Pinocchios" ->
    claim (the parse may hang the rating from it as an apposition); "she earns Three
    Pinocchios" -> she (a person: no statement)."""
    if cue.dep_ == "appos":
        return [cue.head]
    verb = cue.head
    if cue.dep_ == "dobj" and verb.lemma_.lower() in RATING_EARNING_VERBS:
        return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if cue.dep_ == "dobj":
        return [c for c in verb.children if c.dep_ == "dative"]  # "gave it Four Pinocchios"
    return []


def _statement_figures(statement: Token, cue: Token, figures: Sequence[CaveatTarget]) -> set[int]:
    """The figures of the statement a verdict is said of: those inside it ("the claim that
    500 officers quit"), else, for a pronoun or a statement noun pointing back, those told just
    before it."""
    pronoun = statement.lower_ in STATEMENT_PRONOUNS and statement.pos_ in ("PRON", "DET")
    if pronoun and cue.lower_ in MORAL_VERDICTS:
        return set()  # "That was wrong": an act judged as often as a statement
    if not pronoun and statement.lemma_.lower() not in STATED_NOUNS:
        if cue.head.dep_ == "relcl" and cue.head.head.i == statement.i:
            # "Trump said 30,000 jobs left, which is false": the statement told before the
            # relative clause in its sentence, wherever the parse hangs the clause
            return _told_before(statement, figures, same_sentence_only=True)
        return set()
    inside = {i for i, f in enumerate(figures) if _within(f.number, statement)}
    if pronoun and statement.lower_ == "it":
        # "It is not true that 30 percent ...": the clause the expletive stands for
        clause = [c for c in cue.head.children if c.dep_ == "ccomp" and c.i > cue.i]
        inside |= {i for i, f in enumerate(figures) for c in clause if _within(f.number, c)}
    if inside:
        return inside
    if cue.dep_ == "amod" and cue.head.i == statement.i:
        return set()  # "a false claim" names no statement told before
    return _told_before(statement, figures)


def _within(number: Token, head: Token) -> bool:
    return head.left_edge.i <= number.i <= head.right_edge.i and number.i != head.i


def _told_before(
    statement: Token, figures: Sequence[CaveatTarget], *, same_sentence_only: bool = False
) -> set[int]:
    """The sourced figures before the statement word in its sentence, else those of the
    sentence just before it, of the last source that gives figures there."""
    sent = statement.sent
    same = [
        i
        for i, f in enumerate(figures)
        if f.number.sent.start == sent.start
        and f.number.i < statement.i
        and f.source.kind is not SourceKind.NONE
    ]
    if same or same_sentence_only:
        return _of_last_source(same, figures)
    if sent.start == 0:
        return set()
    previous = statement.doc[sent.start - 1].sent
    before = [
        i
        for i, f in enumerate(figures)
        if f.number.sent.start == previous.start and f.source.kind is not SourceKind.NONE
    ]
    return _of_last_source(before, figures)


def _of_last_source(indexes: list[int], figures: Sequence[CaveatTarget]) -> set[int]:
    if not indexes:
        return set()
    last = source_key(figures[indexes[-1]].source)
    return {i for i in indexes if source_key(figures[i].source) == last}


def _corrected_figures(figures: Sequence[CaveatTarget]) -> set[int]:
    """ "Brown said 9 million lost coverage. In fact, the number is closer to 2 million": a
    sentence that opens by setting the fact against the one before, with another value of the
    same unit for the same thing, disputes the sourced figures it answers."""
    hits: set[int] = set()
    by_sent: dict[int, list[int]] = {}
    for i, figure in enumerate(figures):
        by_sent.setdefault(figure.number.sent.start, []).append(i)
    for start, indexes in by_sent.items():
        sent = figures[indexes[0]].number.sent
        if start == 0 or not _opens_with_correction(sent):
            continue
        previous = sent.doc[start - 1].sent
        for i in by_sent.get(previous.start, []):
            told = figures[i]
            if told.source.kind is SourceKind.NONE or told.value is None:
                continue
            if any(_corrects(figures[j], told) for j in indexes):
                hits.add(i)
    return hits


def _opens_with_correction(sent: Span) -> bool:
    words = [t.lower_ for t in sent[:3] if not t.is_punct]
    return any(tuple(words[: len(opener)]) == opener for opener in CORRECTING_OPENERS)


def _corrects(fact: CaveatTarget, told: CaveatTarget) -> bool:
    """Another value, in the same unit, for the same thing, from no one but the writer or
    another source: "the number is closer to 2 million" against "9 million people"."""
    if fact.value is None or fact.value == told.value or fact.unit != told.unit:
        return False
    if fact.source.kind is not SourceKind.NONE and source_key(fact.source) == source_key(
        told.source
    ):
        return False
    fact_words = set(fact.subject.lower().split())
    told_words = set(told.subject.lower().split())
    return not fact_words or fact_words <= NUMERIC_FIGURE_NOUNS or bool(fact_words & told_words)
