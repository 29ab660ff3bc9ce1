"""Two counts the text says disagree: disputed on both sides.

Gold README, disputed: "someone contests the figure"; issue 11 reads an implicit dispute as
one ("at odds with", "conflicting reports"). A sentence that says one count "differs from" or
"does not match" another, or names "the discrepancy" between them, sets each side against the
other (realgold14 gold: "The number of those injured in the shooting differs from what Douglas
County Sheriff ... reported. He announced that there were seven victims wounded": the sheriff's
"seven" and the hospital's "Nine", in the headline and the lead, disputed; the hospital's other
counts, of patients moved or treated, not).

The sides a cue sets against each other:
- the figures of its own sentence ("That figure differs from the police count of four");
- the figures of the sentence before or after it given by a source the cue names, or those of
  the sentence it points back to ("That figure"), or the count of the sentence after it;
- where the cue names a kind of harm ("the number of those injured"), the earlier counts of
  that harm by another source whose value is not the cue's side's ("Nine wounded, the hospital
  says" five sentences before).

The verb disputes only with a count as its subject ("the number", "That figure", "the
county's count of 120 homes"), not "his experience differs from" another's: a cue names a count
(NUMERIC_FIGURE_NOUNS) or holds a number. Negated "match" only: "the totals match" agrees.

Audit (session 55, branch part55): the allowed articles hold four such sentences; the one about
two counts (realgold14, above) gives its three figures the gold disputes, the three about
someone's experience, approach or record have no count and give none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.lexicon import (
    ANAPHORA,
    DISCREPANCY_HARMS,
    DISCREPANCY_NOUNS,
    DISCREPANCY_VERBS,
    NUMERIC_FIGURE_NOUNS,
)
from factcheck.extract.token_index import tokens_with_lemma
from factcheck.model import SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


_CUE_LEMMAS = DISCREPANCY_VERBS | DISCREPANCY_NOUNS  # the words that may set counts apart


def discrepancy_figures(doc: Doc, figures: Sequence[CaveatTarget]) -> list[int]:
    """The indexes of the figures a discrepancy cue of the article sets against each other."""
    if not figures:
        return []
    hits: set[int] = set()
    sents: list[Span] = []
    for cue in tokens_with_lemma(doc, _CUE_LEMMAS):
        if not _is_discrepancy(cue):
            continue
        sents = sents or list(doc.sents)  # listed only for an article with a discrepancy
        index = next(k for k, s in enumerate(sents) if s.start == cue.sent.start)
        hits |= _sides(cue, index, sents, figures)
    return sorted(hits)


def _is_discrepancy(cue: Token) -> bool:
    """ "The number of injured differs from", "the county's count does not match", "the
    discrepancy between the 14 deaths and the 11": a cue about counts."""
    lemma = cue.lemma_.lower()
    if lemma in DISCREPANCY_NOUNS:
        # "the discrepancy between the 14 deaths and the 11", "a discrepancy in the toll"; not
        # "could not explain the discrepancy" with no count named
        return cue.pos_ == "NOUN" and (
            any(t.like_num for t in cue.sent)
            or any(
                o.lemma_.lower() in NUMERIC_FIGURE_NOUNS
                for p in cue.children
                if p.dep_ == "prep"
                for o in p.children
            )
        )
    if lemma == "match" and (cue.pos_ != "VERB" or not any(c.dep_ == "neg" for c in cue.children)):
        return False  # "the two totals match": no dispute
    if lemma == "differ" and not any(c.dep_ == "prep" and c.lower_ == "from" for c in cue.children):
        return False  # "estimates differ": too vague to name the sides
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    if cue.pos_ != "VERB":
        # "The number of injured differs from": the parse may take "differs" for a noun under
        # "of"; the count is then the noun it hangs from
        subjects = list(cue.ancestors)
    return any(_names_a_count(s) for s in subjects)


def _names_a_count(subject: Token) -> bool:
    """ "The number of those injured", "That figure", "The county's count of 120 homes"."""
    return subject.lemma_.lower() in NUMERIC_FIGURE_NOUNS or any(
        t.like_num for t in subject.subtree
    )


def _sides(cue: Token, index: int, sents: list[Span], figures: Sequence[CaveatTarget]) -> set[int]:
    sent = sents[index]
    by_sent: dict[int, list[int]] = {}
    for i, figure in enumerate(figures):
        by_sent.setdefault(figure.number.sent.start, []).append(i)
    own = set(by_sent.get(sent.start, []))
    before = by_sent.get(sents[index - 1].start, []) if index > 0 else []
    after = by_sent.get(sents[index + 1].start, []) if index + 1 < len(sents) else []
    words = {t.lower_ for t in sent}
    # the figures of a source the cue names, in the sentences beside it ("what the sheriff
    # reported" ... "He announced that there were seven")
    named = {i for i in (*before, *after) if _named_in(figures[i], words)}
    if not named and after and not own:
        named = set(after)  # the count the sentence after gives, the other side
    if _points_back(cue) and before:
        last = figures[before[-1]].source
        named |= {i for i in before if figures[i].source == last}
    sides = own | named
    harm = next((DISCREPANCY_HARMS[w] for w in words if w in DISCREPANCY_HARMS), None)
    if harm is not None and sides:
        keys = {source_key(figures[i].source) for i in sides}
        values = {figures[i].value for i in sides}
        sides |= {
            i
            for i, f in enumerate(figures)
            if f.number.i < cue.i
            and i not in sides
            and f.source.kind is not SourceKind.NONE
            and source_key(f.source) not in keys
            and f.value is not None
            and f.value not in values
            and _harm_of(f) == harm
        }
    return sides


def _named_in(figure: CaveatTarget, words: set[str]) -> bool:
    key = source_key(figure.source)
    return bool(key) and (key in words or f"{key}s" in words)


def _points_back(cue: Token) -> bool:
    """ "That figure differs from", "Those numbers do not match": the cue's count is the one
    just told."""
    for subject in (c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")):
        if any(c.dep_ == "det" and c.lower_ in ANAPHORA for c in subject.children):
            return True
    return False


def _harm_of(figure: CaveatTarget) -> str | None:
    """The kind of harm a figure counts, read from its subject words ("people wounded")."""
    for word in figure.subject.lower().split():
        if word in DISCREPANCY_HARMS:
            return DISCREPANCY_HARMS[word]
    return None
