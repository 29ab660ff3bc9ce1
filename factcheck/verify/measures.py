"""What a claim counts, as a reference measure: killed, injured, hostages, population. Pure.

The subject alone is often a bare "people" or "victims"; the words right after the figure
("people were killed", "people dead in Israel") or right before it ("a population of") say
what is counted. Only the nearest cue counts, so "4 shots killed 2 men" maps nothing to
"shots".
"""

from __future__ import annotations

import functools
import re

# (measure, cue pattern). Issue 9: "people killed", "dead", "died", "death toll",
# "fatalities" -> killed; "wounded", "injured", "hurt", "in critical condition" -> injured.
MEASURE_CUES: tuple[tuple[str, str], ...] = (
    (
        "killed",
        r"killed|dead|died|dies|deaths?|death toll|death count|fatalit(?:y|ies)|fatally"
        r"|slain|murdered|lives|lost their lives|homicides?|bodies|deceased",
    ),
    (
        "injured",
        r"wounded|injured|injuries|injuring|wounding|hurt|hospitali[sz]ed"
        r"|(?:in )?(?:critical|serious|stable) condition|non-?fatal",
    ),
    ("hostages", r"hostages?|captives?|held captive|abducted|kidnapped"),
    ("population", r"population|residents|inhabitants|people live|home to"),
)
_CUES = tuple((measure, re.compile(rf"\b(?:{cue})\b", re.I)) for measure, cue in MEASURE_CUES)
# Subjects that are the thing counted themselves, never people: their figure has no measure.
NOT_PEOPLE = re.compile(
    r"\b(?:shots?|gunshots?|rounds?|bullets?|blocks?|calls?|counts?|years?|days?|hours?"
    r"|minutes?|cars?|vehicles?|guns?|handguns?|rifles?|weapons?|miles?|feet|dollars?"
    r"|shootings?|incidents?|homes?|houses?|charges?|times?)\b",
    re.I,
)
# Nouns for people: the claim counts them, and a cue next to the figure says what happened.
PEOPLE = re.compile(
    r"^(?:|(?:[\w-]+ ){0,2}(?:people|persons?|victims?|m[ae]n|wom[ae]n|child(?:ren)?|kids?"
    r"|teens?|teenagers?|others?|adults?|males?|females?|boys?|girls?|students?|officers?"
    r"|residents?|civilians?|bystanders?|americans?|israelis?|palestinians?|individuals?|more)"
    r"(?: found)?)$",
    re.I,
)
# The extractor follows an irregular plural with its singular: "gunmen (gunman)".
_SINGULAR_GLOSS = re.compile(r" \([a-z]+\)")
# How far after a people count its cue is read, inside its clause: "One victim, a 27-year-old
# woman, was pronounced dead", "four other victims were taken to University of Louisville
# Hospital with injuries" put the cue past an appositive or a long name (45 before session 60).
_AFTER_CHARS = 80
_BEFORE_CHARS = 30
_CLAUSE_END = re.compile(r"[.;:!?\n]|\band\b(?! (?:killed|wounded|injured))|\bbut\b")
_SHOT = re.compile(
    r"^\s*(?:[\w-]+ ){0,3}?(?:(fatally shot)\b|shot (?:(and killed|dead|to death)"
    r"|and (?:wounded|injured)))",
    re.I,
)
_VERB_BEFORE = re.compile(
    r"\b(kill(?:ed|ing)?|fatally shoot(?:ing)?|fatally shot|wound(?:ed|ing)|injur(?:ed|ing))"
    r"\s+(?:at least |about |some )?$",
    re.I,
)
_HUMAN_UNITS = ("", "people", "person", "persons")
_SHOT_NEXT = re.compile(r"^\s*(?:[\w'-]+\s+){0,4}?shot\b", re.I)
_SHOT_BEFORE = re.compile(r"\b(?:shot|shooting of)\s+(?:at least |about |some )?$", re.I)
# Everyone shot, killed or not: checked against the sum of an incident's killed and injured.
SHOT = "shot"
SHOOTING_VICTIMS = re.compile(r"^(?:[\w-]+ )?(?:shooting|gunshot) victims?$", re.I)
# "7 shot" is killed or injured; it is injured only in an article that tells of no death at all.
_SHOT_AFTER = re.compile(r"^\s*(?:[\w-]+ )?(?:were|was|have been|had been|are|got) shot\b", re.I)
# A headline's participle: "Two men shot, one fatally, inside deli", "5 people shot in Queens":
# everyone shot, however many of them the rest of the clause says died; not "two men shot a
# clerk", where the figure counts who shot.
_SHOT_PARTICIPLE = re.compile(
    r"^\s*(?:[\w-]+ )?shot\s*(?:[,.;:!?]|$|(?:in|at|on|near|outside|inside|during|after|while"
    r"|overnight)\b)",
    re.I,
)
DEATH_WORDS = re.compile(
    r"\b(?:kill\w*|dead|deadly|died|dies|dying|deaths?|(?<!non-)fatal\w*|slain|slaying|murder\w*"
    r"|homicides?|deceased|pronounced|bodies|body|lives)\b",
    re.I,
)


# People said to be in a condition or in care ("Two victims are in critical condition", "five
# are in good or fair condition", "Six victims were transported to Via Christi Hospital", "four
# remain in the hospital") are some of the injured, not all of them (``counts_a_part``).
_CONDITIONS = r"(?:critical|serious|stable|good|fair|grave|guarded|satisfactory|poor)"
_CARE = re.compile(
    rf"\b(?:{_CONDITIONS}(?: or {_CONDITIONS})?\s+conditions?|in {_CONDITIONS}\b"
    rf"|(?:is|are|was|were|remains?|listed as) {_CONDITIONS}\b|hospitali[sz]ed|hospitals?"
    r"|surgery|trauma cent(?:er|re)|medical cent(?:er|re))",
    re.I,
)
# "Three of the victims", "one of those killed", "two of them": some of the harmed.
_PARTITIVE = re.compile(r"^\s*of (?:the|those|these|them|their|its|his|her)\b", re.I)
# "Two more people have since died": deaths beyond those already counted; not "one dead and
# two more wounded", nor "another four injured" after the dead, which count all the wounded.
_MORE = re.compile(r"^\s*more\b[^.;:]{0,60}?\b(?:died|dead|killed)\b", re.I)
# "the next two", "the first three victims", "the remaining three"
_SEQUENCE = re.compile(r"\b(?:next|first|remaining|last)\s*$", re.I)
# "was pronounced dead at the scene", "died at a local hospital", "killed on the spot"
_DEATH_PLACE = re.compile(
    r"\b(?:died|dead|killed)\b(?:\s+\w+){0,2}?\s+(?:at|on) (?:the|a|an) "
    r"(?:scene|spot|(?:[\w-]+ ){0,3}(?:hospital|medical cent(?:er|re)|trauma cent(?:er|re)))\b",
    re.I,
)
_HARM = re.compile(r"\b(?:injur\w*|wound\w*|hurt|shot|kill\w*|dead|died|struck|hit)\b", re.I)


def find_measure(
    subject: str,
    *,
    unit: str = "",
    before: str = "",
    after: str = "",
    text: str | None = None,
    figure: str = "",
    implied: bool = False,
) -> str | None:
    """Return the reference measure a claim counts, or None.

    Args:
        subject: the claim's subject ("people killed", "death count", "people").
        unit: the claim's unit; counts of people have none.
        before: the text just before the figure.
        after: the text just after the figure, up to the end of its sentence.
        text: the whole article, when known: "7 shot" in an article without a death is 7
            injured; with a death, 7 shot (SHOT: killed and injured together).
        figure: the claim's own words ("two slain"): a cue after the number says what it counts.
        implied: an implied count ("an 11-year-old child" of "striking an 11-year-old child in
            the shoulder"): its subject says what happened to the people, whatever follows.
    """
    if unit.lower() not in _HUMAN_UNITS:
        return None
    subject = _SINGULAR_GLOSS.sub("", subject)  # "other men (man)" reads as "other men"
    measure = _first_cue(subject)
    if measure:
        return measure
    if re.search(r"\bshot$", subject.strip(), re.I):
        if implied:
            return _shot_measure(text)  # the extractor read the person as shot
        if not _SHOT_NEXT.match(after):
            # "a gunman shot seven people": the verb before the figure says what it counts
            if _counts_people(subject, figure, after):
                return _measure_of_verb_before(before, text)
            return None  # "one shot 9 times", "a .50 shot": the figure is not who was shot
        # "5 people shot, 2 fatally": 5 is everyone shot; only "shot and killed" says more
        shot = _SHOT.match(after)
        if shot:
            return "killed" if shot.group(1) or shot.group(2) else "injured"
        return _shot_measure(text)
    if SHOOTING_VICTIMS.search(subject.strip()):
        # "3 shooting victims" is everyone shot, unless the clause says more ("... died")
        clause = _CLAUSE_END.split(after[:_AFTER_CHARS], maxsplit=1)[0]
        return _first_cue(clause) or _shot_measure(text)
    if NOT_PEOPLE.search(subject):
        return None
    if not PEOPLE.match(subject.strip()):
        return None
    # the figure's own words: "two slain victims", "three wounded officers"
    measure = _first_cue(re.sub(r"^\S+\s*", "", figure))
    if measure:
        return measure
    if (_SHOT_AFTER.match(after) or _SHOT_PARTICIPLE.match(after)) and not _SHOT.match(after):
        return _shot_measure(text)
    # a bare figure ("4 dead") needs its cue within a few words: "3521 Main St. ... killed" is no count
    window = after[:_AFTER_CHARS] if subject.strip() else " ".join(after.split()[:4])
    clause = _CLAUSE_END.split(window, maxsplit=1)[0]
    measure = _first_cue(clause)
    if measure:
        return measure
    if re.search(r"\bpopulation of\s*$|\bhome to\s*$", before[-_BEFORE_CHARS:], re.I):
        return "population"
    return _measure_of_verb_before(before, text)


def _measure_of_verb_before(before: str, text: str | None) -> str | None:
    """ "killing two", "wounded four people": the verb just before the figure; "shot four
    people", "the shooting of six people": everyone shot."""
    verb = _VERB_BEFORE.search(before[-_BEFORE_CHARS:])
    if verb:
        return "killed" if verb.group(1).lower().startswith(("kill", "fatal")) else "injured"
    return _shot_measure(text) if _SHOT_BEFORE.search(before[-_BEFORE_CHARS:]) else None


def _counts_people(subject: str, figure: str, after: str) -> bool:
    """A "... shot" subject that names people, not shots or times ("people shot", "others
    shot"; not "times shot", nor a figure "9 times" or "9" before "times")."""
    named = re.sub(r"\s*\bshot$", "", subject.strip(), flags=re.I)
    next_word = " ".join(after.split()[:1])
    return not any(NOT_PEOPLE.search(words) for words in (named, figure, next_word))


def _shot_measure(text: str | None) -> str | None:
    """ "7 shot": injured in an article that tells of no death, else everyone shot (SHOT)."""
    if text is None:
        return None
    return "injured" if _tells_of_no_death(text) else SHOT


@functools.lru_cache(maxsize=256)
def _tells_of_no_death(text: str) -> bool:
    return DEATH_WORDS.search(text) is None


def _first_cue(text: str) -> str | None:
    found = [(m.start(), measure) for measure, cue in _CUES for m in [cue.search(text)] if m]
    return min(found)[1] if found else None


# People named by a group within those harmed ("two women ... were shot to death" of a man, two
# women and a child; "killed their three children" before killing his wife; "three other people
# had been shot") are some of the incident's killed or injured, not all of them
# (``names_a_part``). "people", "persons", "victims" and "individuals" name everyone counted.
_PART_GROUPS = re.compile(
    r"^(?:other\b|(?:[\w-]+ )?(?:m[ae]n|wom[ae]n|child(?:ren)?|kids?|teens?|teenagers?|adults?"
    r"|males?|females?|boys?|girls?|students?|officers?|cops?|deputies|deputy|residents?"
    r"|bystanders?|youths?|brothers?|sisters?|sons?|daughters?)\b)",
    re.I,
)


def names_a_part(subject: str) -> bool:
    """True when a casualty count's subject names a group within the people harmed ("women
    killed", "other people shot", "kids killed"): some of an incident's killed or injured, so at
    least that many; "people killed" and "victims" count them all."""
    return _PART_GROUPS.match(_SINGULAR_GLOSS.sub("", subject).strip()) is not None


def counts_a_part(after: str, before: str = "") -> bool:
    """True when the words after a figure say the people it counts are in a condition or in
    care: some of an incident's injured, so at least that many ("two remain in serious
    condition" does not say that only two were hurt). A harm word first ("were injured and
    taken to a hospital") makes the figure the count of the harmed itself. A figure "of" the
    people ("Three of the victims were shot in the head", "One of those killed was the
    shooter", "two of the gunshot victims") counts some of them too, and so do a figure of
    more deaths or of the rest ("Two more people died", "the next two were shot")
    and a death told with its place ("One victim was pronounced dead at the scene", "1 died
    at the hospital"): the others may have died elsewhere."""
    if _PARTITIVE.match(after) or _MORE.match(after) or _SEQUENCE.search(before[-20:]):
        return True
    clause = _CLAUSE_END.split(after[: _AFTER_CHARS * 2], maxsplit=1)[0]
    if _DEATH_PLACE.search(clause):
        return True
    care = _CARE.search(clause)
    return care is not None and _HARM.search(clause[: care.start()]) is None
