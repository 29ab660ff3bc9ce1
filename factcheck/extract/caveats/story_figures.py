"""A verification note standing as its own paragraph about "the figures", with no owner, reaches
every attributed figure before it. Pure.

Gold README, "Caveat scope": a caveat attaches to the figures it refers to. Wire copy closes a
run of accounts with a one-line note of its own: "Reuters could not independently verify the
figures." after an agency's lede, its situation report, its spokeswoman's and a UN agency's
figures (tests/wired d_2 gold: every figure so far, "the sentence names no source and 'the
figures' reads as every figure so far"), "The BBC is unable to independently verify the
figures." after a rights group's report given over five paragraphs as "the group", "the report"
and its initials (tests/wirel l_5 gold: every preceding figure of the report). The note names
no owner ("its figures", "the party's tally" are owned_figures'), no modifier ("the figures
given by either side" is caveat_sides') and no quantifier ("any of the estimates" is
quantified_figures'); its checker is the outlet, not a source of the figures ("The ministry
could not confirm the figures" speaks of another's). A note inside a paragraph of accounts
keeps the same-source reading. A figure in a relative clause ("who make up an estimated 2% of
the population") describes, it is not one of the accounts' figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck.extract.caveats.caveat_cues import Cue
from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.doctext import doc_text, span_text
from factcheck.extract.lexicon import STORY_FIGURE_NOUNS
from factcheck.model import Caveat, Source, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


def story_figures(cue: Cue, figures: Sequence[CaveatTarget]) -> list[int] | None:
    """Every attributed figure before a paragraph-opening "X could not verify the figures"; None
    when the cue is not such a note."""
    if cue.kind is not Caveat.NOT_INDEPENDENTLY_VERIFIED:
        return None
    sent = cue.token.sent
    if any(f.number.sent.start == sent.start for f in figures):
        return None
    if not _opens_paragraph(sent.start_char, doc_text(cue.token.doc)):
        return None
    noun = _bare_figures(cue.token)
    if noun is None:
        return None
    before = [i for i, f in enumerate(figures) if f.number.i < cue.token.i]
    if not before or not _checker_is_outlet(noun, [figures[i].source for i in before]):
        return None
    return [
        i
        for i in before
        if figures[i].source.kind is not SourceKind.NONE and not _describes(figures[i].number)
    ]


def _describes(number: Token) -> bool:
    """ "members of the minority, who make up an estimated 2% to 6% of the population": a figure
    in a relative clause describes a noun of the account, it is not one of its figures (l_5
    gold: the population share only hedged; conventions "Forecasts and beliefs": a relative
    clause is taken as known)."""
    return any(a.dep_ == "relcl" for a in number.ancestors)


def _opens_paragraph(start: int, text: str) -> bool:
    return start == 0 or text[:start].rstrip(" \t").endswith("\n")


def _bare_figures(cue: Token) -> Token | None:
    """ "the figures" as the cue verb's object or passive subject, with "the" alone."""
    for verb in [cue, *list(cue.ancestors)[:2]]:
        for child in verb.children:
            if child.dep_ not in ("dobj", "nsubjpass"):
                continue
            if child.tag_ != "NNS" or child.lemma_.lower() not in STORY_FIGURE_NOUNS:
                continue
            if [c.lower_ for c in child.children] == ["the"]:
                return child
    return None


def _checker_is_outlet(noun: Token, sources: Sequence[Source]) -> bool:
    """The one who could not verify is no source of the figures: the outlet ("Reuters", "The
    BBC"), or nobody ("The figures could not be verified")."""
    verb = noun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and verb.dep_ in ("xcomp", "acomp", "ccomp") and verb.head is not verb:
        verb = verb.head  # "is unable to verify": the subject of "is"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return noun.dep_ == "nsubjpass"
    if subject.pos_ == "PRON":
        return False
    phrase = span_text(subject.doc[subject.left_edge.i : subject.i + 1])
    key = source_key(Source(text=phrase, kind=SourceKind.NAMED_ORG))
    return bool(key) and key not in {source_key(s) for s in sources}
