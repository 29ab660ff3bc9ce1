"""A telegraphic headline's casualties, read by its words where the parse fails. Pure.

Headlines drop articles and verbs ("Toddler shot, critically wounded in ...", "Ten-year-old
boy, parents hit in road rage shooting", "16-year-old in critical condition after ...",
"Shooter Fires Into Crowd, Injuring Child In Dallas"), and the parse of en_core_web_sm reads
them wrong (the participle as a noun, the person as a compound). A headline is read as a list of
bare people and the casualty words next to them, by token text alone:

- people, then a casualty participle or state: "Toddler shot" = 1 shot, "Ten-year-old boy,
  parents hit" = 3, "16-year-old in critical condition" = 1 injured; the people open the
  headline or follow its source ("Police: ...");
- an active casualty word, then bare people: "Injuring Child" = 1 injured, "Killing Wife" = 1
  killed, "kills 6-year-old brother, self" = 1 killed and the killer ("self") 1 killed.

The people are a run of person nouns, each with an age and up to two modifiers the parse tags
as a singular noun or adjective ("Store clerk", "Gas station attendant", "Elderly couple"); the
casualty words are one vocabulary (lexicon HEADLINE_* lists: "gunned down", "dead", "struck"
by gunfire, "found ...", "... to death", "shot, killed"); a clause opens again after a clause
word ("Man charged after girlfriend shot", "Shooting leaves man critically injured"); a
participle followed by people is active ("Man killed neighbor": the neighbor). Session 40
(head49), challenge_head49.py.

Gold README, "Implied counts" and "Headlines" (a headline's count is a claim of its own);
realgold12, realgold16, realgold19, realgold20 golds. ``implied.py`` asks this last, where no
other rule counted the same words.

Yields (start char, end char, measure, value, casualty token).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from factcheck.extract.doctext import doc_text, token_at_char
from factcheck.extract.implied.body_titles import find_title_lines
from factcheck.extract.implied.headline_names import apposed_participle, read_headline_name
from factcheck.extract.implied.headline_others import counted_clause_ends, other_person_count
from factcheck.extract.implied.headline_phrases import (
    LIFE_CLAIMED,
    headline_care,
    headline_casualty,
)
from factcheck.extract.implied.headline_verbs import headline_verb_openings, victims_after_verbs
from factcheck.extract.implied.recovery_headlines import headline_recovery
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    HEADLINE_ACTIVE_OBJECTS,
    HEADLINE_ACTIVE_VERBS,
    HEADLINE_CLAUSE_OPENERS,
    HEADLINE_CONDITION_WORDS,
    HEADLINE_FATAL_ADVERBS,
    HEADLINE_FATAL_WORDS,
    HEADLINE_GUNFIRE_ONLY,
    HEADLINE_MISREAD_VERBS,
    HEADLINE_NOT_MODIFIERS,
    HEADLINE_OBJECT_CASUALTY,
    HEADLINE_PAIR_PEOPLE,
    HEADLINE_PASSIVE_CASUALTY,
    HEADLINE_PLURAL_MODIFIERS,
    HEADLINE_RECOVERY_WORDS,
    HEADLINE_SELF_WORDS,
    HEADLINE_STATE_CASUALTY,
    HEADLINE_UNREAL_BEFORE,
    HEADLINE_VICTIM_MODIFIERS,
    HEADLINE_VOCAB_CASUALTY,
)

HeadlineCount = tuple[int, int, str, int, Token]

_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_AGE = rf"{_NUMBER}[\s-](?:year|month|week)s?[\s-]old"
_WORD = r"[A-Za-z][A-Za-z-]*"
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)", re.IGNORECASE)
_AGE_AFTER = re.compile(r",\s*\d{1,2},")  # "Boy, 3, killed": the age after the person
_ADVERBS = frozenset({"critically", "fatally", "seriously", "accidentally", "mortally"})
# a headline's source before a colon: "Police: ...", "Sheriff: ..." (a few words)
_SOURCE = re.compile(r"^(?:[\w.'’-]+\s+){0,3}[\w.'’-]+:\s+")
# a headline's clauses joined by a semicolon: "Deputy wounded in shootout; suspect dead"
_SEMICOLON = re.compile(r";\s+")
# the end of a casualty clause: "Child killed, father critical": the next clause's people follow
_NEXT_CLAUSE = re.compile(r"[,;]\s*(?:and\s+)?", re.IGNORECASE)
_FATAL_VICTIM = re.compile(
    rf"({'|'.join(HEADLINE_VICTIM_MODIFIERS)})\s+(victim)\b(?![-'’])", re.IGNORECASE
)
_GUNFIRE = re.compile(r"shoot|shot|gunfire|bullet|gunman|gunmen", re.IGNORECASE)
_AGE_AT = re.compile(rf"({_AGE})(?=[\s,;:&]|$)", re.IGNORECASE)
_WORD_AT = re.compile(_WORD)
# a clause word, then the people of a casualty ("... after girlfriend shot")
_OPENER = re.compile(rf"\b(?:{'|'.join(sorted(HEADLINE_CLAUSE_OPENERS))})\s+", re.IGNORECASE)
# "kills wife, then himself", "shoots wife, self", "kills son and herself"
_SELF_TAIL = re.compile(
    rf",?\s*(?:and\s+|&\s+)?(?:then\s+)?({'|'.join(HEADLINE_SELF_WORDS)})\b", re.IGNORECASE
)
# the parse's tags of a person noun's modifier: "Store clerk", "Elderly couple", "Off-duty"
_MODIFIER_TAGS = frozenset({"NN", "NNP", "JJ", "VBN", "VBG", "CD"})
_CASUALTY_WORDS = frozenset(
    {
        *HEADLINE_PASSIVE_CASUALTY,
        *HEADLINE_STATE_CASUALTY,
        *HEADLINE_VOCAB_CASUALTY,
        *HEADLINE_OBJECT_CASUALTY,
        *HEADLINE_ACTIVE_VERBS,
        *HEADLINE_RECOVERY_WORDS,
        "found",
    }
)


def _words(headline: str) -> list[str]:
    return [w.lower() for w in re.findall(_WORD, headline)]


def find_headline_casualties(doc: Doc) -> Iterator[HeadlineCount]:
    """Yield the casualties a headline names by its words (module docstring), and those of the
    title lines in the body (body_titles.py, impl54)."""
    text = doc_text(doc)
    end = text.find("\n")
    if end <= 0:
        return
    yield from _title_casualties(doc, text, 0, end)
    for start, line_end in find_title_lines(text, end):
        yield from _title_casualties(doc, text, start, line_end)


def _title_casualties(doc: Doc, text: str, start: int, end: int) -> Iterator[HeadlineCount]:
    """The casualties of the title ``text[start:end]``; the text before it is blanked, so the
    readers' offsets stay the document's and their search stays in the title."""
    headline = " " * start + text[start:end]
    source = _SOURCE.match(headline, start)
    opening = source.end() if source else start
    yield from _people_then_casualty(doc, headline, opening)
    for clause in _OPENER.finditer(headline, opening):
        # "Man charged after girlfriend shot", "Shooting leaves man critically injured"
        yield from _people_then_casualty(doc, headline, clause.end())
    for verb_end in headline_verb_openings(doc, headline, opening):
        # "Family mourns man shot to death" (headline_verbs.py)
        yield from _people_then_casualty(doc, headline, verb_end)
    for clause in _SEMICOLON.finditer(headline, opening):
        # "Deputy wounded in shootout; suspect dead": a clause of its own (impl55)
        yield from _people_then_casualty(doc, headline, clause.end())
    for clause_start in counted_clause_ends(headline, opening):
        # "1 dead, man hurt in shooting": the figure is a claim; the people after it (impl54b)
        yield from _people_then_casualty(doc, headline, clause_start)
    yield from victims_after_verbs(doc, headline, opening)
    yield from _casualty_then_people(doc, headline)
    yield from _fatal_victim(doc, headline, opening)
    yield from _lives_claimed(doc, headline)


def _lives_claimed(doc: Doc, headline: str) -> Iterator[HeadlineCount]:
    """ "Shooting claims life of teen", "Crash takes lives of mother, son": the people after
    "claims life of" were killed (vocab37; headline_phrases.py)."""
    for match in LIFE_CLAIMED.finditer(headline):
        people = _read_people(doc, headline, match.end())
        token = token_at_char(doc, people[-1][1] - 1) if people else None
        if people and token is not None and people[0][0] == match.end():
            yield people[0][0], people[-1][1], "killed", sum(p[2] for p in people), token


def _read_people(doc: Doc, headline: str, at: int) -> list[tuple[int, int, int]]:
    """The bare people listed from ``at``: [(start, end, how many)]; the list ends at a word
    that is no person ("Toddler shot", "16-year-old in": an age alone is a person)."""
    people: list[tuple[int, int, int]] = []
    while True:
        item = _read_person(doc, headline, at)
        if item is None:
            return people
        people.append(item)
        at = item[1]
        age_after = _AGE_AFTER.match(headline, at)
        if age_after:
            at = age_after.end() - 1  # "Boy, 3, killed": past the age, to its comma
        join = _JOIN.match(headline, at)
        if join is None or join.end() == at or at == len(headline):
            return people
        at = join.end()


def _read_person(doc: Doc, headline: str, at: int) -> tuple[int, int, int] | None:
    """One person from ``at``: an age, up to two modifiers and a person noun ("Store clerk",
    "Gas station attendant", "9-year-old girl", "Elderly couple"), or an age alone ("16-year-old
    in ..."); a modifier is a singular noun or adjective of the parse, no casualty or clause
    word (gold README "Implied counts": the span is the people's words)."""
    age = _AGE_AT.match(headline, at)
    pos = age.end() if age else at
    if age and headline[pos : pos + 1] == " ":
        pos += 1
    for _ in range(3):
        word = _WORD_AT.match(headline, pos)
        if word is None:
            break
        lower = word.group().lower()
        other = other_person_count(lower)  # "Man killed, another hurt" (headline_others.py)
        if lower in CASUALTY_PERSON_NOUNS or lower in HEADLINE_PAIR_PEOPLE or other:
            end = word.end()
            noun = re.match(rf"\s+({_WORD})", headline[end:])
            if noun and noun.group(1).lower() in CASUALTY_PERSON_NOUNS:
                end += noun.end()  # "infant son", "teen driver": one person
            return at, end, HEADLINE_PAIR_PEOPLE.get(lower, 1)
        if not _is_modifier(doc, word) or headline[word.end() : word.end() + 1] != " ":
            break
        pos = word.end() + 1
    if age:
        return at, at + len(age.group(1)), 1  # "16-year-old in ...": the age is the person
    return read_headline_name(doc, headline, at)  # "Jamal Carter, 19, shot" (headline_names)


def _is_modifier(doc: Doc, word: re.Match[str]) -> bool:
    """ "Store" of "Store clerk", "Elderly" of "Elderly couple": a singular noun or adjective
    before a person noun, no casualty or clause word."""
    lower = word.group().lower()
    if lower in HEADLINE_NOT_MODIFIERS or lower in _CASUALTY_WORDS:
        return False
    if lower in HEADLINE_MISREAD_VERBS:
        return False  # "Police ID teen shot": a verb the tagger calls a noun (impl58)
    if lower in HEADLINE_PLURAL_MODIFIERS:
        return True
    token = token_at_char(doc, word.end() - 1)
    return token is not None and token.tag_ in _MODIFIER_TAGS


def _casualty_measure(headline: str, words: list[str]) -> str | None:
    """The measure the words after a headline's people say ("shot", "gunned down", "found
    dead", "in critical condition", "shot, killed", "beaten to death"), or None."""
    if words and words[0].lower() == "found" and len(words) > 1:
        words = words[1:]  # "Elderly couple found shot to death", "Two-year-old found dead"
    first = words[0].lower().rstrip(",;:")
    lowered = [w.lower().rstrip(",;:") for w in words]
    measure = (
        HEADLINE_PASSIVE_CASUALTY.get(first)
        or HEADLINE_STATE_CASUALTY.get(first)
        or headline_casualty(words)  # vocab36
        or headline_care(words)  # vocab37: "Man treated, released after shooting"
        or headline_recovery(headline, lowered)  # impl54: "Toddler recovering after shooting"
        or _self_harm(lowered)  # impl54: "Toddler finds gun, shoots self"
    )
    if first == "in" and len(words) > 2 and lowered[1] in HEADLINE_CONDITION_WORDS:
        measure = "injured" if lowered[2] == "condition" else None
    elif first in HEADLINE_CONDITION_WORDS and len(words) > 1 and lowered[1] == "after":
        measure = "injured"  # "father critical after shooting": the state alone
    elif first == "identified" and any(w in HEADLINE_FATAL_WORDS for w in _words(headline)):
        measure = "killed"  # "Victim identified in weekend homicide"
    if measure is None:
        return None
    if first == "gunned" and lowered[1:2] != ["down"]:
        return None  # "gunned down": killed
    if first in HEADLINE_GUNFIRE_ONLY and not _GUNFIRE.search(headline):
        return None  # "Boy hit by car": no shooting
    if lowered[1:3] == ["to", "death"] or (first == "shot" and lowered[1:2] == ["dead"]):
        return "killed"  # "shot to death", "stabbed to death", "shot dead"
    joined = lowered[1:2] in (["and"], ["&"])
    following = lowered[2:3] if joined else lowered[1:2]
    if following == ["killed"] and (joined or words[0].endswith(",")):
        return "killed"  # "shot and killed", "shot, killed"
    return measure


def _self_harm(lowered: list[str]) -> str | None:
    """ "son, 2, accidentally shoots self", "Teen shoots himself": an active casualty verb on
    "self" says its people were harmed (impl54; realgold10 gold counts "son")."""
    if len(lowered) > 1 and lowered[1] == "self":  # "himself" is counted as the reflexive
        return HEADLINE_ACTIVE_VERBS.get(lowered[0]) or HEADLINE_OBJECT_CASUALTY.get(lowered[0])
    return None


def _people_then_casualty(doc: Doc, headline: str, opening: int) -> Iterator[HeadlineCount]:
    """ "Toddler shot, ...", "Ten-year-old boy, parents hit in ... shooting", "16-year-old in
    critical condition after ...": the people open the headline (after its source or a clause
    word, HEADLINE_CLAUSE_OPENERS); a clause after a comma or semicolon that follows the
    casualty opens again ("Child killed, father critical after shooting"). A casualty word
    followed by people is active: its people are the object ("Man killed neighbor")."""
    people = _read_people(doc, headline, opening)
    if not people or people[0][0] != opening:
        return
    after = people[-1][1]
    age_after = _AGE_AFTER.match(headline, after)
    if age_after:
        after = age_after.end()  # "Boy, 3, killed"
    apposed = apposed_participle(headline, after)
    if apposed is not None:
        after = apposed - 1  # "Jamal Carter, killed in ..." (headline_names.py)
    rest = headline[after:]
    words = rest.split()
    fatally = False
    while words and words[0].lower() in _ADVERBS:
        fatally = fatally or words[0].lower() in ("fatally", "mortally")
        words = words[1:]
    if not words or not rest[:1].isspace():
        return
    measure = _casualty_measure(headline, words)
    if measure is None:
        return
    if fatally and measure in ("shot", "injured"):
        measure = "killed"  # "Man fatally shot in ..."
    at = headline.index(words[0], after)
    token = token_at_char(doc, at)
    if token is None:
        return
    word_end = at + len(words[0])
    if len(words) > 1 and words[1].lower() in HEADLINE_ACTIVE_OBJECTS:
        return  # "Woman shot her husband": active, the people did the harm (headline_verbs.py)
    if words[0] == words[0].rstrip(",;:") and headline[word_end : word_end + 1] == " ":
        objects = _read_people(doc, headline, word_end + 1)
        if objects and objects[0][0] == word_end + 1:
            # "Man killed neighbor over parking spot": the neighbor is the casualty
            yield objects[0][0], objects[-1][1], measure, sum(p[2] for p in objects), token
            return
    yield people[0][0], people[-1][1], measure, sum(p[2] for p in people), token
    clause = _NEXT_CLAUSE.match(headline, at + len(words[0].rstrip(",;")))
    if clause is not None:
        yield from _people_then_casualty(doc, headline, clause.end())


def _casualty_then_people(doc: Doc, headline: str) -> Iterator[HeadlineCount]:
    """ "Injuring Child In Dallas", "Killing Wife, Wounding ...", "kills 6-year-old brother,
    self", "Child accidentally shoots sibling", "Deputies shoot, wound armed man": bare people
    after an active casualty word; "self" or "himself" after them is the doer, a count of its
    own. A base form after "to" or a modal is no event ("threatens to shoot")."""
    previous = ""
    for word in re.finditer(_WORD, headline):
        lower = word.group().lower()
        before, previous = previous, lower
        measure = HEADLINE_OBJECT_CASUALTY.get(lower) or HEADLINE_ACTIVE_VERBS.get(lower)
        if measure is None or not headline[word.end() : word.end() + 1].isspace():
            continue
        if before in HEADLINE_UNREAL_BEFORE:
            continue
        if lower in HEADLINE_GUNFIRE_ONLY and not _GUNFIRE.search(headline):
            continue  # "Car hits pedestrian": no shooting
        if before in HEADLINE_FATAL_ADVERBS and measure in ("shot", "injured"):
            measure = "killed"  # "Woman fatally shoots husband"
        at = word.end() + 1
        people = _read_people(doc, headline, at)
        # the count stands on its people, as a title pair's does (people_lists.py): the parse
        # makes no verb of "Killing", and "Allegedly Killing Wife" alleges the doer, not the death
        token = token_at_char(doc, people[-1][1] - 1) if people else None
        if not people or token is None or people[0][0] != at:
            continue
        yield people[0][0], people[-1][1], measure, sum(p[2] for p in people), token
        tail = _SELF_TAIL.match(headline, people[-1][1])
        self_token = token_at_char(doc, tail.start(1)) if tail else None
        if tail and self_token is not None:
            yield tail.start(1), tail.end(1), measure, 1, self_token


def _fatal_victim(doc: Doc, headline: str, opening: int) -> Iterator[HeadlineCount]:
    """ "Homicide victim a sophomore at ...", "Deceased victim identified in ...": a headline that
    opens on one victim named by the act that killed or shot them counts that victim."""
    found = _FATAL_VICTIM.match(headline, opening)
    if found is None:
        return
    token = token_at_char(doc, found.start(2))
    if token is not None:
        yield (
            found.start(),
            found.end(),
            HEADLINE_VICTIM_MODIFIERS[found.group(1).lower()],
            1,
            token,
        )
