"""A place that "records" a figure is where the figure happened, not its source.

"Karachi recorded 49 C on Tuesday", "Nigeria recorded 3,412 suspected cases ..., the disease
centre said", "while the town of Aba registered 40 C": the verb tells what the place saw, and
the figure is the writer's, or the sentence's other speaker's. The gold README's source is
whoever gives the figure; a city or country named as the place where something was measured
gives nothing. Evidence: four wire sets by four writers (tests/wirev v_1 "Karachi recorded" none;
tests/wire2c c_4 "... recorded below 50%" none; tests/wiren n_2 "Banda recorded 47.2 C" the
weather office of the same sentence; tests/wire2e e_2 "Nigeria recorded ..." the disease centre
that closes the sentence). A body that records ("the ministry recorded", "Zimbabwe's health
ministry has registered") keeps its figure, and "Zimbabwe has reported 26 deaths" (a
government's report) is untouched: only record, register and log. Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import ORG_HEADS, PLACE_RECORD_VERBS

# The tagger's labels for a place's name: a city, country or region; a river or mountain.
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def a_place_records(verb: Token) -> bool:
    """True if ``verb`` is "record", "register" or "log" and its subject is a place's name
    ("Karachi recorded", "Neighbouring Malawi has registered"), not a body's noun."""
    if verb.lemma_.lower() not in PLACE_RECORD_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or not _a_place(subject):
        return False
    return not any(t.lemma_.lower() in ORG_HEADS for t in subject.subtree)


def recorded_by_a_place(verb: Token, subject: Token) -> bool:
    """True if ``subject`` is the place whose record ``verb`` (or the verb it is joined to:
    "Nigeria recorded 3,412 cases ... and ... said") tells."""
    return any(
        a_place_records(v) and subject.head.i == v.i for v in (verb, verb.head) if v is not None
    )


def _a_place(name: Token) -> bool:
    """The tagger reads the name as a place here, or the article writes it as one elsewhere
    ("in Karachi", a place-tagged mention): it may tag a city that records a heat as a body."""
    if name.ent_type_ in _PLACE_LABELS:
        return True
    for other in name.doc:
        if other.i == name.i or other.text != name.text:
            continue
        if other.ent_type_ in _PLACE_LABELS or (
            other.dep_ == "pobj" and other.head.lower_ in _PLACE_PREPS
        ):
            return True
    return False


# Prepositions that place a name: "in Karachi", "across Sindh".
_PLACE_PREPS = frozenset({"in", "across", "near", "around"})
