""" "Reuters could not independently verify the figures" as a paragraph of its own: a closing
line on every account given before it, of every source. Pure.

Gold README, "Caveat scope": a caveat attaches to the figures it refers to, the preceding
figures from the same source; issue 11: "None of these accounts could be checked
independently" covers every earlier figure from those accounts, across figure-less sentences.
Wire copy puts its own verification line in two places. Ending a source's paragraph ("The
ministry said 48,600 homes were damaged ... The figures could not be independently verified")
it is about that source's figures, read by source as before. Opening a paragraph of its own,
with the outlet named as the one who could not check ("Reuters could not independently verify
the figures", "The BBC has not been able to verify any of the figures independently"), it
closes every account the story has given: tests/wired d_2, tests/wirel l_5, tests/wirex x_4,
tests/wire2j j_2 and j_4, tests/wire2n n_3 golds (five writers, no gold against). Without the
outlet the golds split: a bare passive "The figures could not be independently verified" keeps
the last source (tests/wireo o_2, tests/wiren n_5), and "None of the figures could be
independently verified" covers every account in tests/wirep p_2 but only the rival counts
just given in tests/wire2b b_2; those keep the same-source reading. The noun must name figures
of any kind ("the figures", "the numbers", "any of the counts") and no owner; "the tolls" and
"any of the estimates" name a kind (quantified_figures.py). Figures with no source (background,
the weather) are no accounts; the headline or a live page's post bounds the reach (the
headline's copies take the caveat with the body's figure, headlines.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.caveat_cues import Cue
from factcheck.extract.caveats.cue_referents import referring_noun
from factcheck.extract.doctext import doc_text
from factcheck.extract.headlines import find_headline_end
from factcheck.extract.lexicon import (
    CLOSING_LINE_DETERMINERS,
    CLOSING_LINE_NOUNS,
    FIGURE_QUANTIFIERS,
)
from factcheck.extract.post_headings import heading_lines, stamp_lines
from factcheck.model import Caveat, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


def closing_line_figures(doc: Doc, cue: Cue, figures: Sequence[CaveatTarget]) -> list[int] | None:
    """Every attributed figure before a verification line that opens its paragraph and names
    "the figures" with no owner; None when the cue is not such a line."""
    if cue.kind is not Caveat.NOT_INDEPENDENTLY_VERIFIED:
        return None
    referring = referring_noun(cue)
    if referring is None:
        return None
    sent = cue.token.sent
    if any(f.number.sent.start == sent.start for f in figures):
        return None  # a figure of its own sentence: its own figures
    noun = _closed_figures(referring)
    if noun is None:
        return None
    checker = _checker(cue.token)
    if checker is None:
        return None  # "The figures could not be verified": the last source's, as before
    text = doc_text(doc)
    if not opens_paragraph(text, sent.start_char):
        return None  # the last line of one source's paragraph: that source's figures
    headline_end = find_headline_end(text)
    posts = [end for _, end in heading_lines(text, headline_end)] + stamp_lines(text, headline_end)
    floor = max([headline_end] + [end for end in posts if end <= sent.start_char])
    found = [
        i
        for i, f in enumerate(figures)
        if floor <= f.number.idx < sent.start_char
        and f.source.kind is not SourceKind.NONE
        and not _own_count(f, checker)
    ]
    return found or None


def opens_paragraph(text: str, start: int) -> bool:
    """The sentence at ``start`` is the first of its paragraph: only blanks since a line
    break."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


def _closed_figures(noun: Token) -> Token | None:
    """ "the figures", "None of the figures", "any of the counts": the plural figure noun no
    owner names ("the army's figures", "his figures"), no side ("either side's"), no kind ("the
    casualty figures") and no phrase narrows ("the figures for the south"); None otherwise."""
    if noun.lower_ in FIGURE_QUANTIFIERS:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if inner is None:
            return None
        noun = inner
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in CLOSING_LINE_NOUNS:
        return None  # "the tolls", "any of the estimates": figures of a kind (quantified_figures)
    if any(
        c.dep_ in ("poss", "nmod", "compound", "amod", "acl", "relcl", "prep")
        for c in noun.children
    ):
        return None
    determiners = [c for c in noun.children if c.dep_ in ("det", "predet")]
    if not all(c.lower_ in CLOSING_LINE_DETERMINERS for c in determiners):
        return None
    return noun


def _checker(cue: Token) -> Token | None:
    """Who the line says could not check ("Reuters could not verify", "The BBC has not been
    able to verify", "AFP was unable to verify"): the subject of the cue's verb or of the verb
    it hangs from; None for a passive "could not be verified"."""
    for verb in [cue, *list(cue.ancestors)[:2]]:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return None
    return None


def _own_count(figure: CaveatTarget, checker: Token) -> bool:
    """A figure the checking outlet gives itself ("a Reuters tally", "AFP reporters counted
    12 bodies"): its own count, not an account it could not check."""
    names = {t.text.lower() for t in checker.subtree if t.pos_ == "PROPN"}
    words = {w.strip(".,'’").lower() for w in figure.source.text.split()}
    return bool(names & words)
