"""A source said to miscount disputes that source's figures: "Union leaders have accused the
ministry of undercounting", "accused them of inflating it", "the researchers had exaggerated
the problem", "The group often inflates the toll of its attacks". Pure.

Gold README, disputed: "someone contests the figure"; "Caveat scope": a caveat reaches the
figures it refers to, by source, not by distance (issue 11). Wire copy contests a count by
saying who got it wrong: the figures disputed are the miscounter's, however far back, not the
figures of the accuser's own sentence ("by a factor of five" sizes the charge; tests/wiree e_4
gold: the study's 17,800 and "nearly 10 times", not the five). Evidence: tests/wireg g_4 gold
(the ministry's turnout counts, in the summary and the body), tests/wirel l_2 gold (the rights
groups' lede toll: "accused them of inflating it"), tests/wiree e_4 gold (the researchers'
estimates), tests/wired d_1 gold (the group's claimed toll). A miscounter the article gives no
figure to, or none named, leaves the cue to the other readings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.caveat_owners import initials, owner_named
from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.doctext import doc_text, span_text
from factcheck.extract.lexicon import ALLEGATION_VERBS, FIGURE_NOUNS, MISCOUNT_VERBS, TIME_UNITS
from factcheck.model import Caveat, Source, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveat_cues import Cue
    from factcheck.extract.caveats.caveats import CaveatTarget


def miscounted_figures(doc: Doc, cue: Cue, figures: Sequence[CaveatTarget]) -> list[int] | None:
    """The figures before the cue of the source it says miscounts; None when the cue names no
    miscounter, or one that gives no figure here."""
    if cue.kind is not Caveat.DISPUTED:
        return None
    verb = cue.token
    if _miscount_lemma(verb) not in MISCOUNT_VERBS:
        return None
    agent, accuser = _miscounter(verb)
    if agent is None:
        return None
    # counts, not the span they cover ("during two days of protests")
    before = [
        i
        for i, f in enumerate(figures)
        if f.number.i < verb.i and f.unit.lower().rstrip("s") not in TIME_UNITS
    ]
    if agent.pos_ == "PRON":
        # "accused them of inflating it": the figures its sentence gives, not the accuser's
        said_by = _key(accuser) if accuser is not None else ""
        found = [
            i
            for i in before
            if figures[i].number.sent.start == verb.sent.start
            and figures[i].source.kind is not SourceKind.NONE
            and source_key(figures[i].source) != said_by
        ]
        return found or None
    defined = initials(doc)
    text = doc_text(doc)
    found = [i for i in before if owner_named(agent.lower_, figures[i].source, defined, text)]
    if not found and _charges_no_figure(verb):
        return []  # "exaggerated the problem": the cue stood only for its miscounter
    return found or None


def names_miscounter(verb: Token) -> bool:
    """ "the researchers had exaggerated the problem": a miscount verb whose miscounter is a
    noun stands as a dispute though its object names no figure (caveat_cues)."""
    if _miscount_lemma(verb) not in MISCOUNT_VERBS:
        return False
    agent, _ = _miscounter(verb)
    return agent is not None and agent.pos_ != "PRON"


def _charges_no_figure(verb: Token) -> bool:
    """The verb's object names no figure and holds no number: "exaggerated the problem"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(
        o.lemma_.lower() in FIGURE_NOUNS or any(t.like_num for t in o.subtree) for o in objects
    )


def _miscount_lemma(token: Token) -> str:
    """The verb a word is: "undercounting" parsed as a noun is "undercount"."""
    lemma = token.lemma_.lower()
    if lemma.endswith("ing") and lemma == token.lower_:
        stem = lemma[:-3]
        return stem if stem in MISCOUNT_VERBS else stem + "e"
    return lemma


def _miscounter(verb: Token) -> tuple[Token | None, Token | None]:
    """Who miscounts and who says so: "X accused the ministry of undercounting" -> (ministry,
    X); "the researchers had exaggerated" -> (researchers, None)."""
    if verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ == "of":
        accuse = verb.head.head
        if accuse.lemma_.lower() in ALLEGATION_VERBS:
            accused = next((c for c in accuse.children if c.dep_ == "dobj"), None)
            accuser = next((c for c in accuse.children if c.dep_ == "nsubj"), None)
            return accused, accuser
        return None, None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        verb.pos_ != "VERB"
        or subject is None
        or subject.lower_ in ("it", "this", "that", "which", "who")
    ):
        return None, None  # "a claim which inflates ...": no one named
    return subject, None


def _key(token: Token) -> str:
    phrase = span_text(token.doc[token.left_edge.i : token.i + 1])
    return source_key(Source(text=phrase, kind=SourceKind.NAMED_ORG))
