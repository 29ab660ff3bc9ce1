"""Subjects of spans of time and lengths: how long, a time unit, a distance, a dimension, a speed."""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    DIMENSION_ADJECTIVES,
    DURATION_LIGHT_VERBS,
    DURATION_PREPS,
    DURATION_VERBS,
    LENGTH_UNITS,
    SENTENCING_VERBS,
    SPEED_TAILS,
    SPEED_UNITS,
    TIME_UNITS,
    TIMED_DOING_VERBS,
    UNIT_ONLY_WORDS,
    WHO_OR_WHERE_LABELS,
)
from factcheck.extract.subjects.been_in import state_lasted
from factcheck.extract.subjects.casualty_subjects import participle
from factcheck.extract.subjects.clause_subjects import SUBJECT_DEPS, verb_subject
from factcheck.extract.subjects.duration_objects import lasted_object, lasted_state
from factcheck.extract.subjects.long_spans import through_long
from factcheck.extract.subjects.money_subjects import as_written, is_money
from factcheck.extract.subjects.noun_phrases import head_phrase, prep_object
from factcheck.extract.subjects.spent_in import place_spent

# The word after a span's unit that makes the rest of its subject a place or a doing, not a
# holder: "decades in DC", "years not voted Republican", "years never lost".
_UNIT_LINKS = frozenset({"in", "not", "never"})


def with_time_unit(figure: Span, subject: str) -> str:
    """A span of time names its unit beside what the clause says of it: "his father had
    waited about 35 minutes" -> "minutes father", "the slowest pace in more than 50 years" ->
    "years slowest pace", "would need 18-24 months" -> "months company" (the unit is what
    the figure measures; the doer alone is no measure). Not an age ("a 12-year-old girl"),
    nor what a copula says lasted so long ("The average wait was 45 minutes")."""
    units = [t for t in figure if t.lemma_.lower() in TIME_UNITS]
    if not units or units[-1].dep_ == "attr":
        return subject
    unit = units[-1].text
    if figure.end < len(figure.doc) and figure.doc[figure.end].lower_ in ("-", "old"):
        return subject
    words = {w.lower().rstrip("s") for w in subject.split()}
    if unit.lower().rstrip("s") in words or is_money(figure):
        return subject
    return f"{unit} {subject}"


def names_no_thing(figure: Span, subject: str) -> bool:
    """True for a subject that names only a unit ("percent", "km") or, for a span of time or
    a distance, only who or where ("Harlan was arrested within 20 minutes", "Dunmore lies
    some 30 km from the coast"): neither is what the figure measures."""
    words = subject.split()
    if not words:
        return False
    if all(w.lower() in UNIT_ONLY_WORDS for w in words):
        return True
    if not any(t.lemma_.lower() in TIME_UNITS or t.lower_ in LENGTH_UNITS for t in figure):
        return False
    if len(words) > 2 and words[1] in _UNIT_LINKS and any(t.text == words[0] for t in figure):
        # "decades in DC": where the span was spent (spent_in.py), not who; "years not voted
        # Republican": what was not done in it (span_events.py), not who
        return False
    return any(
        t.text == words[-1] and (t.ent_type_ in WHO_OR_WHERE_LABELS or t.pos_ == "PROPN")
        for t in figure.sent
    )


def time_unit(figure: Span) -> str:
    """ "within 24 hours", "at least five years": a span of time with nothing else named
    measures the time itself."""
    units = [t for t in figure if t.lemma_.lower() in TIME_UNITS]
    return units[-1].text if units else ""


def distance(figure: Span) -> str:
    """ "some 50 meters", "about 850 km": a length with nothing else named is a distance."""
    units = [t for t in figure if t.lower_ in LENGTH_UNITS]
    return f"distance in {units[-1].text}" if units else ""


def dimension(unit: Token) -> str:
    """ "could be 20 to 30 feet high" -> "height": the adjective a length measures."""
    if unit.lower_ not in LENGTH_UNITS or unit.dep_ != "npadvmod":
        return ""
    return DIMENSION_ADJECTIVES.get(unit.head.lower_, "")


def speed(unit: Token, span_end: int, found: str) -> str:
    """ "was travelling at 140 km/h" -> "train speed": a speed, of what the clause names."""
    doc = unit.doc
    after = " ".join(t.lower_ for t in doc[span_end : span_end + 2]).replace(" /", "/")
    after = after.replace("/ ", "/")
    is_speed = unit.lower_ in SPEED_UNITS or (
        unit.lower_ in LENGTH_UNITS and after.startswith(SPEED_TAILS)
    )
    if not is_speed:
        return ""
    if "speed" in found.lower():
        return found
    return f"speed {found}" if found.lower() == "limit" else f"{found} speed".strip()


def is_duration(unit: Token) -> bool:
    """True for a span of time that says how long something went on: "for 11 months", "during
    six hours", "lasted six hours", "waited 25 minutes" (not "in 13 years", "after 31 hours")."""
    if unit.lemma_.lower() not in TIME_UNITS:
        return False
    dep, head = through_long(unit)  # "waiting as long as five hours"
    if dep == "pobj":
        # "had been absent from the country for a decade": a state "be" says lasted, too
        lasted = head.head.pos_ == "VERB" or bool(lasted_state(head.head))
        return head.lower_ in DURATION_PREPS and lasted
    if dep not in ("dobj", "npadvmod"):
        return False
    lemma = head.lemma_.lower()
    # "waited another 25 minutes", "work more than 40 hours": a verb of doing whose object is
    # the time it went on
    return lemma in DURATION_VERBS or (lemma in TIMED_DOING_VERBS and head.pos_ == "VERB")


def duration(unit: Token) -> str:
    """ "had been held for 11 months" -> "months held hold": a span of time measures how long
    what its verb says lasted; with a light verb ("It has been five years") the time itself. A
    thing the verb says it of joins: "an operation that lasted six hours" -> "hours operation
    lasted last", "rescue teams worked for 12 hours" -> "hours rescue teams worked work",
    "convoys were unable to reach it for nine days" -> "days convoys reach" (not a person)."""
    dep, head = through_long(unit)
    verb = head.head if dep == "pobj" else head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in DURATION_LIGHT_VERBS:
        state = lasted_state(verb) if dep == "pobj" else ""
        if not state:
            return unit.text
        # "had been absent for a decade" -> "decade strain absent"
        return " ".join(w for w in (unit.text, duration_doer(verb), state) if w)
    doer = duration_doer(verb)
    # "I've been saying for six years" -> "years say saying": the verb as written beside its
    # lemma, either of which may be the word the gold names the doing by ("saying",
    # "fighting"; realgold14, realgold30)
    written = as_written(verb, participle(verb))
    done = lasted_object(verb) if dep == "pobj" else ""  # "earned a salary for 10 years"
    return " ".join(w for w in (unit.text, doer, written, _past_lemma(verb), done) if w)


def _past_lemma(verb: Token) -> str:
    """The lemma of a past form, to follow it ("waited for five hours" -> "... waited wait"),
    '' for any other: the gold may name the doing by either ("wait", realgold33). After it,
    not before, so a run the gold writes as the doer and the verb ("users spent") stays whole.
    Not where the participle given is another word than the one written ("missed" read as
    "missing", PARTICIPLES): that word already stands for the verb."""
    if verb.tag_ not in ("VBD", "VBN") or participle(verb) != verb.lower_:
        return ""
    lemma = verb.lemma_.lower()
    return lemma if lemma != verb.lower_ and verb.is_alpha else ""


def spent_on(unit: Token) -> str:
    """What a span of time was spent as or on, when the unit itself says it: "her 12 years as
    a senator" -> "years as senator", "two years' probation" -> "years probation", "spent a
    year examining the files" -> "year examining"; '' otherwise (the unit alone names no
    activity, and the gold names the activity)."""
    if unit.lemma_.lower() not in TIME_UNITS:
        return ""
    state = state_lasted(unit)
    if state:
        return state  # "had been in the water for more than two hours"
    if unit.dep_ == "poss" and unit.head.pos_ == "NOUN":
        return f"{unit.text} {unit.head.text}"
    role = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    noun = prep_object(role) if role is not None else ""
    if noun:
        return f"{unit.text} as {noun}"
    place = place_spent(unit)
    if place:
        return place  # "after almost four decades in DC", "served 12 years in the Senate"
    if unit.dep_ == "pobj" and unit.head.lower_ == "to" and not _of_follows(unit):
        sentenced = unit.head.head
        if sentenced.lemma_.lower() in SENTENCING_VERBS:
            # "was sentenced in March to 30 months": the sentence's length (tests/corpus)
            return f"{unit.text} sentence {sentenced.lower_}"
    verb = unit.head
    if unit.dep_ not in ("npadvmod", "dobj") or verb.lemma_.lower() not in DURATION_LIGHT_VERBS:
        return ""
    doing = [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and c.i > unit.i
    ]
    return f"{unit.text} {doing[0].text}" if doing else ""


def duration_doer(verb: Token) -> str:
    """The common noun a span-of-time verb is said of: its subject, or the noun a relative
    clause hangs on ("an operation that lasted"); '' for a person, a name or a pronoun."""
    doer = verb_subject(verb)
    climb = verb
    for _ in range(3):  # "convoys had been unable to reach the town for nine days"
        if doer is not None or climb.dep_ not in ("xcomp", "acomp"):
            break
        climb = climb.head
        doer = next((c for c in climb.children if c.dep_ in SUBJECT_DEPS), None)
    if doer is not None and doer.tag_ == "WDT" or doer is None and verb.dep_ == "relcl":
        doer = verb.head
    if doer is None or doer.pos_ != "NOUN" or doer.ent_type_:
        return ""
    return head_phrase(doer, after=doer.left_edge.i - 1)


def _of_follows(unit: Token) -> bool:
    """ "two years of probation": the unit's "of" names what the span is."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in unit.rights)
