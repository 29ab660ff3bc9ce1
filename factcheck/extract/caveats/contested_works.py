"""A report, a study or a figure someone calls wrong: its figures are disputed.

Gold README, disputed: "someone contests the figure" ("disputed", "denied", "rejected the
figure"). Calling the work that gives a figure misleading, flawed or cherry-picked contests it
as rejecting it does: "Clinton spokesman Brian Fallon said the AP report is misleading", after
"The report published Tuesday showed that ... more than half of Clinton's non-government
meetings were with ... donors" (realgold gold: the report's figures, the headline's "Half"
included, disputed). The words that call a size wrong ("exaggerated", "overstated") are
read in caveat_cues.py; these call the work wrong.

The work is the noun the word is said of: the subject of "is misleading", the object of
"called ... misleading", the noun "a misleading report" qualifies, the subject of "cherry-picked"
or the object of "misrepresented". Its figures are those told before it whose source phrase
names the work ("The report published Tuesday", "Report", "the study") and no other owner than
the one the cue names ("the AP report": not "a Pew report").

Audit (session 55, branch part55): 14 allowed articles hold one of these words; two figures
change, both in the article above and both disputed in its gold (the headline's "Half" and
"more than half"); the third report figure there has another source read ("an analysis of her
personal calendar"). "a false robbery report" and "wildly inaccurate crime statistics" use other
words and have no figure of theirs annotated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import CONTESTED_WORKS, CONTESTING_ADJECTIVES, CONTESTING_VERBS
from factcheck.extract.token_index import tokens_with_lower
from factcheck.model import SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_WORD_RE = re.compile(r"[\w'’.-]+")
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})


def contested_work_figures(doc: Doc, figures: Sequence[CaveatTarget]) -> list[int]:
    """The indexes of the figures of a work the article calls wrong."""
    if not figures:
        return []
    hits: set[int] = set()
    for cue in tokens_with_lower(doc, _CUE_WORDS):
        if cue.lower_ in _PICK_FORMS and not _after_cherry(cue):
            continue  # "picked a jury": only "cherry-picked" contests
        for work in _works(cue):
            owner = _owner(work)
            # "the survey figures": the survey's figures
            names = {work.lemma_.lower()} | {
                c.lemma_.lower()
                for c in work.children
                if c.dep_ == "compound" and c.lemma_.lower() in CONTESTED_WORKS
            }
            hits |= {
                i
                for i, f in enumerate(figures)
                if f.number.i < cue.i and any(_names_the_work(f, n, owner) for n in names)
            }
    return sorted(hits)


def _inflected(verbs: frozenset[str]) -> frozenset[str]:
    """ "misrepresented", "distorts": the verbs as written; "cherry-picked" as the tokenizer
    splits it ("cherry", "-", "picked"), read at "picked"."""
    forms: set[str] = set()
    for verb in verbs:
        stem = verb.removeprefix("cherry-")
        forms |= {stem, f"{stem}s", f"{stem}ed", f"{stem}ing", verb}
    return frozenset(forms)


_VERB_FORMS = _inflected(CONTESTING_VERBS)
_PICK_FORMS = frozenset({"pick", "picks", "picked", "picking"})
_CUE_WORDS = CONTESTING_ADJECTIVES | _VERB_FORMS  # the words that may call a work wrong


def _after_cherry(token: Token) -> bool:
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "cherry"


def _works(cue: Token) -> list[Token]:
    """The nouns a contesting word is said of, when they name a work of figures."""
    candidates: list[Token] = []
    if cue.lower_ in CONTESTING_ADJECTIVES:
        if cue.dep_ == "amod":
            candidates.append(cue.head)  # "a misleading report"
        elif cue.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advcl", "conj"):
            head = cue.head  # "the report is misleading", "called the report misleading"
            candidates += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        candidates += [c for c in cue.children if c.dep_ == "nsubj"]  # a small clause
    else:
        # "it cherry-picked a subset", "the poll was cherry-picked", "misrepresented the data"
        candidates += [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if cue.dep_ in ("acomp", "oprd", "xcomp"):  # "the figures were cherry-picked"
            candidates += [c for c in cue.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if cue.dep_ == "amod":
            candidates.append(cue.head)  # "a cherry-picked analysis"
    return [c for c in candidates if c.lemma_.lower() in CONTESTED_WORKS and c.pos_ == "NOUN"]


def _owner(work: Token) -> str:
    """Whose work the cue names: "the AP report" -> "ap", "Pew's study" -> "pew"."""
    for child in work.children:
        if child.dep_ in ("poss", "compound") and child.pos_ == "PROPN":
            return child.lower_
    return ""


def _names_the_work(figure: CaveatTarget, work: str, owner: str) -> bool:
    """The figure's source phrase names the work, and no owner other than the cue's:
    "The report published Tuesday" or "the AP report" for "the AP report"; not "a Pew
    report"."""
    if figure.source.kind is SourceKind.NONE:
        return False
    words = _WORD_RE.findall(figure.source.text)
    lowered = [w.lower().rstrip(".") for w in words]
    if work not in lowered and f"{work}s" not in lowered:
        return False
    if owner and owner in lowered:
        return True
    others = [
        w for k, w in enumerate(words) if k > 0 and w[:1].isupper() and lowered[k] != work
    ]  # a named owner: "a Pew report", "the Quinnipiac poll"
    return not others
