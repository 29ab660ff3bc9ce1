"""A denial of "the charge" or "the claim" disputes the figures of the statement it names. Pure.

Gold README, "disputed": someone contests the figure ("denied"); "Caveat scope": a caveat
reaches the figures it refers to. Wire copy sets a charge against its denial in two shapes:

- after the statement, in a clause of its own: "Islamabad accuses Kabul of sheltering the group
  and says as many as 6,500 of its fighters are there. The Taliban government denies the
  charge" (tests/wiren n_1 gold: the 6,500 disputed);
- beside the statement, as an apposition: "A UN group of experts estimated that between 3,000
  and 4,000 Rwandan soldiers were operating alongside the M23, a charge Rwanda denies"
  (tests/wiree e_3 gold: the estimate disputed).

The charge noun stands for the statement just made, so the denial reaches the figures of the
sentence before it (the first shape) or of its own sentence before the apposition (the second),
nothing further back (a dispute stays with the sentence before it, as ``attach_cue`` reads
others). A charge noun with content of its own ("the charge that he took $5,000", "the claim
of 300 dead") names its own figures and is left to the other readings. Under an accusation the
count of the act's victims is found, what is denied is who did it (conventions "Victims of an
act someone is accused of"): "accused the gang of killing 12 people. The gang denies the
charge" disputes no count of the dead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.caveat_cues import Cue
from factcheck.extract.caveats.cue_relations import counts_casualties
from factcheck.extract.lexicon import ALLEGATION_VERBS, DENIAL_VERBS, DENIED_CHARGE_NOUNS
from factcheck.model import Caveat

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

# the words before an apposition that names the statement: ", a charge ..."
_APPOSITION_OPENERS = frozenset({",", "—", "–"})
_INDEFINITE = frozenset({"a", "an"})
# how far before the denial verb the charge noun of an apposition stands ("a charge the
# government of Rwanda strongly denies")
_APPOSITION_REACH = 6


def denied_charge_figures(doc: Doc, cue: Cue, figures: Sequence[CaveatTarget]) -> list[int] | None:
    """The figures a denial of "the charge" / ", a charge X denies" reaches; None when the cue
    is no such denial."""
    if cue.kind is not Caveat.DISPUTED or cue.token.lemma_.lower() not in DENIAL_VERBS:
        return None
    sent = cue.token.sent
    apposition = _apposed_charge(cue.token)
    if apposition is not None:
        return [
            i
            for i, f in enumerate(figures)
            if f.number.sent.start == sent.start
            and f.number.i < apposition.i
            and not _victims_of_accusation(f)
        ]
    if _bare_charge_object(cue.token) is None:
        return None
    if sent.start == 0:
        return []
    prev = doc[sent.start - 1].sent
    return [
        i
        for i, f in enumerate(figures)
        if f.number.sent.start == prev.start and not _victims_of_accusation(f)
    ]


def _bare_charge_object(verb: Token) -> Token | None:
    """ "denies the charge", "rejected the accusation": a definite charge noun with nothing of
    its own but its article ("the charge that ...", "the claim of 300 dead" say what they
    deny)."""
    for child in verb.children:
        if child.dep_ != "dobj" or not _charge_noun(child):
            continue
        own = [c for c in child.children if c.dep_ != "det"]
        dets = [c.lower_ for c in child.children if c.dep_ == "det"]
        if not own and dets in (["the"], ["that"], ["this"]):
            return child
    return None


def _apposed_charge(verb: Token) -> Token | None:
    """ "..., a charge Rwanda denies": a charge noun after a comma and "a", just before the
    denial verb with no verb between (the parse may hang it anywhere)."""
    doc = verb.doc
    start = max(verb.sent.start + 2, verb.i - _APPOSITION_REACH)
    for i in range(verb.i - 1, start - 1, -1):
        token = doc[i]
        if token.pos_ in ("VERB", "AUX") or token.is_punct:
            return None
        if (
            _charge_noun(token)
            and doc[i - 1].lower_ in _INDEFINITE
            and doc[i - 2].text in _APPOSITION_OPENERS
        ):
            return token
    return None


def _charge_noun(token: Token) -> bool:
    """ "charge", "claim", "accusation" in the singular: one statement ("denies the charges" of
    a criminal case answers the counts of an indictment, read by ``denial``)."""
    return token.tag_ == "NN" and token.lemma_.lower() in DENIED_CHARGE_NOUNS


def _victims_of_accusation(figure: CaveatTarget) -> bool:
    """ "accused the gang of killing 12 people": the count of an accused act's victims."""
    if not counts_casualties(figure):
        return False
    return any(a.lemma_.lower() in ALLEGATION_VERBS for a in figure.number.ancestors)
