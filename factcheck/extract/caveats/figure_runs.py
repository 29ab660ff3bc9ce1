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
none), and stops at the headline or at a live page's post heading. When the caveat's sentence
gives the account's last figures itself ("..., it said, adding that the figures were
preliminary"), "the figures" are that source's account too: the sentence's figures before the
cue and the source's figures in the paragraphs before (``named_account_figures``).
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
from factcheck.extract.lexicon import ACCOUNT_DETERMINERS, FIGURE_NOUNS, PLURAL_DEMONSTRATIVES
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
    floor = _run_floor(text, sent.start_char)
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


def named_account_figures(doc: Doc, cue: Cue, figures: Sequence[CaveatTarget]) -> list[int] | None:
    """The figures a preliminary cue calling "the figures" preliminary reaches when its own
    sentence gives some of them: that sentence's figures before the cue, of one source, and the
    same source's figures back through the paragraphs before while that source speaks; None
    when the cue names no plural figures or its sentence gives none before it.

    Wire copy closes a source's account with its caveat in the same sentence as the account's
    last figures: "At least 19 people have died, 11 of them pregnant women, it said, adding that
    the figures were preliminary" after "The WHO said health workers had recorded 4,318 suspected
    cases" (tests/wire2m m_2 gold: the 4,318 as well), "Of the 15 deaths, nine were among
    confirmed patients ..., it added, describing the figures as provisional" after the
    ministry's 48 suspected cases (tests/wire2g g_2 gold), "It said 134 people were injured,
    ..., figures it described as preliminary" after the institute's nine dead (tests/wire2d
    d_3 gold). "The figures" are the source's account, not only the sentence's (gold README,
    "Caveat scope": the preceding figures from the same source); the run stops at a paragraph
    where another named body gives figures (d_3: not the magnitudes before it) or no body does.
    """
    if cue.kind is not Caveat.PRELIMINARY or not names_the_figures(cue.token):
        return None
    sent = cue.token.sent
    own = [
        i
        for i, f in enumerate(figures)
        if f.number.sent.start == sent.start and f.number.i < cue.token.i
    ]
    if not own:
        return None
    last = figures[own[-1]].source
    own = [i for i in own if figures[i].source == last]
    if not source_key(last):
        return own
    text = doc_text(doc)
    floor = _run_floor(text, sent.start_char)
    paragraphs: dict[int, list[int]] = {}
    for index, figure in enumerate(figures):
        if floor <= figure.number.idx < sent.start_char:
            paragraphs.setdefault(text.rfind("\n\n", 0, figure.number.idx), []).append(index)
    defined = initials(doc)
    keys = {source_key(last)}
    run: list[int] = []
    for start in sorted(paragraphs, reverse=True):
        named = [
            figures[i].source
            for i in paragraphs[start]
            if figures[i].source.kind in (SourceKind.NAMED_ORG, SourceKind.NAMED_PERSON)
        ]
        if not named or not all(_same_account(keys, s, defined, text) for s in named):
            break  # another body's account, or figures no body gives (a town's population)
        run = [
            i for i in paragraphs[start] if _same_account(keys, figures[i].source, defined, text)
        ] + run
    return [i for i in run + own if not counts_progress(figures[i])]


def _run_floor(text: str, before: int) -> int:
    """Where a run of an account may start: after the headline and the last post heading of a
    live page before ``before``."""
    headline_end = find_headline_end(text)
    return max(
        [headline_end] + [end for _, end in heading_lines(text, headline_end) if end <= before]
    )


def names_the_figures(cue: Token) -> bool:
    """The cue's clause calls a plural figure noun preliminary: "the figures were preliminary"
    (its subject), "describing the figures as provisional" (the object of the clause's verb),
    "figures it described as preliminary" (the noun the clause describes)."""
    for token in [cue, *list(cue.ancestors)[:3]]:
        if token.i != cue.i and _plural_figures(token) and token.dep_ != "nsubj":
            return not any(
                c.dep_ == "det" and c.lower_ not in ACCOUNT_DETERMINERS for c in token.children
            )
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and _plural_figures(child):
                dets = [c.lower_ for c in child.children if c.dep_ == "det"]
                if not dets and child.dep_ == "dobj" and child.i < token.i:
                    return True  # "figures it described as preliminary", the object fronted
                return any(d in ACCOUNT_DETERMINERS for d in dets)
    return False


def _plural_figures(token: Token) -> bool:
    """A plural figure noun, by its tag or its form (the parse may tag a clause-initial
    "figures it described as preliminary" a verb)."""
    if token.tag_ == "NNS":
        return token.lemma_.lower() in FIGURE_NOUNS
    return token.lower_.endswith("s") and token.lower_[:-1] in FIGURE_NOUNS


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
