""" "These numbers are still provisional", "These are preliminary figures": a plural
demonstrative names every figure of the account just given, back through its paragraphs.
Pure.

Gold README, `preliminary`, and "Caveat scope" (the figures it refers to, by source). Wire copy
lists an account's figures over a paragraph or two and then says they may change: "These are
preliminary figures," the agency's spokeswoman said, after the agency's lede and its situation
report (tests/wired d_2 gold: the lede's deaths and displaced, the report's injured, houses,
states and farmland, not the missing she gives after); a live page's entry gives the seats and
shares, the turnout, then "These numbers are still provisional", or the count and then
"Officials cautioned that these are partial results" (tests/wiref f_5 gold: the figures of the
entry). The caveat's sentence holds no figure of its own; the run goes back from the nearest
paragraph with figures while the paragraphs before give figures of the same source (or of
none), and stops at the headline or at a live page's post heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.caveat_cues import Cue
from factcheck.extract.caveats.caveat_owners import initials, owner_named
from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.caveats.partial_returns import counts_progress
from factcheck.extract.doctext import doc_text
from factcheck.extract.headlines import find_headline_end
from factcheck.extract.lexicon import FIGURE_NOUNS, PLURAL_DEMONSTRATIVES
from factcheck.extract.post_headings import heading_lines
from factcheck.model import Caveat, Source, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


def account_run(doc: Doc, cue: Cue, figures: Sequence[CaveatTarget]) -> list[int] | None:
    """The figures a preliminary cue naming "these" figures reaches; None when the cue does not
    name them so or its sentence has figures of its own."""
    if cue.kind is not Caveat.PRELIMINARY or not names_these_figures(cue.token):
        return None
    sent = cue.token.sent
    if any(f.number.sent.start == sent.start for f in figures):
        return None
    text = doc_text(doc)
    headline_end = find_headline_end(text)
    floor = max(
        [headline_end]
        + [end for _, end in heading_lines(text, headline_end) if end <= sent.start_char]
    )
    before = [i for i, f in enumerate(figures) if floor <= f.number.idx < sent.start_char]
    if not before:
        return None
    paragraphs: dict[int, list[int]] = {}
    for index in before:
        paragraphs.setdefault(text.rfind("\n\n", 0, figures[index].number.idx), []).append(index)
    defined = initials(doc)
    run: list[int] = []
    keys: set[str] = set()
    for start in sorted(paragraphs, reverse=True):
        found = paragraphs[start]
        sourced = [
            figures[i].source for i in found if figures[i].source.kind is not SourceKind.NONE
        ]
        if keys and not all(_same_account(keys, s, defined, text) for s in sourced):
            break  # another source's account
        keys |= {source_key(s) for s in sourced} - {""}
        run = found + run
    # "with 99.2% of the vote counted": the count's progress is no result that may change
    return [i for i in run if not counts_progress(figures[i])]


def _same_account(
    keys: set[str], source: Source, defined: dict[str, frozenset[str]], text: str
) -> bool:
    """The source is one the run's figures already have: named by one of its keys, itself or
    through the initials the article defined ("NEMA", "the National Emergency Management
    Agency")."""
    key = source_key(source)
    return any(
        key == k or key in defined.get(k, frozenset()) or owner_named(k, source, defined, text)
        for k in keys
    )


def names_these_figures(cue: Token) -> bool:
    """The cue's clause is about "these" figures: "These numbers are still provisional",
    "These are preliminary figures", "these are partial results"."""
    for token in [cue, *list(cue.ancestors)[:2]]:
        for child in token.children:
            if child.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if child.lower_ in PLURAL_DEMONSTRATIVES:
                return True
            if child.tag_ == "NNS" and child.lemma_.lower() in FIGURE_NOUNS:
                return any(
                    d.dep_ == "det" and d.lower_ in PLURAL_DEMONSTRATIVES for d in child.children
                )
    return False
