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

Gold README, "Implied counts" and "Headlines" (a headline's count is a claim of its own);
realgold12, realgold16, realgold19, realgold20 golds. ``implied.py`` asks this last, where no
other rule counted the same words.

Yields (start char, end char, measure, value, casualty token).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from factcheck.extract.casualty_vocab import headline_casualty
from factcheck.extract.casualty_vocab2 import LIFE_CLAIMED, headline_care
from factcheck.extract.doctext import doc_text
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    HEADLINE_CONDITION_WORDS,
    HEADLINE_OBJECT_CASUALTY,
    HEADLINE_PAIR_PEOPLE,
    HEADLINE_PASSIVE_CASUALTY,
    HEADLINE_VICTIM_MODIFIERS,
)

HeadlineCount = tuple[int, int, str, int, Token]

_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_AGE = rf"{_NUMBER}[\s-](?:year|month|week)s?[\s-]old"
_WORD = r"[A-Za-z][A-Za-z-]*"
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)", re.IGNORECASE)
_ITEM = re.compile(rf"(?:({_AGE})(?:\s+|(?=[,;:&]|$)))?({_WORD})?", re.IGNORECASE)
_AGE_AFTER = re.compile(r",\s*\d{1,2},")  # "Boy, 3, killed": the age after the person
_ADVERBS = frozenset({"critically", "fatally", "seriously", "accidentally", "mortally"})
# a headline's source before a colon: "Police: ...", "Sheriff: ..." (a few words)
_SOURCE = re.compile(r"^(?:[\w.'’-]+\s+){0,3}[\w.'’-]+:\s+")
# the end of a casualty clause: "Child killed, father critical": the next clause's people follow
_NEXT_CLAUSE = re.compile(r"[,;]\s*(?:and\s+)?", re.IGNORECASE)
_FATAL_VICTIM = re.compile(
    rf"({'|'.join(HEADLINE_VICTIM_MODIFIERS)})\s+(victim)\b(?![-'’])", re.IGNORECASE
)
_GUNFIRE = re.compile(r"shoot|shot|gunfire|bullet|gunman|gunmen", re.IGNORECASE)


def find_headline_casualties(doc: Doc) -> Iterator[HeadlineCount]:
    """Yield the casualties a headline names by its words (module docstring)."""
    text = doc_text(doc)
    end = text.find("\n")
    if end <= 0:
        return
    headline = text[:end]
    source = _SOURCE.match(headline)
    opening = source.end() if source else 0
    yield from _people_then_casualty(doc, headline, opening)
    yield from _casualty_then_people(doc, headline)
    yield from _fatal_victim(doc, headline, opening)
    yield from _lives_claimed(doc, headline)


def _lives_claimed(doc: Doc, headline: str) -> Iterator[HeadlineCount]:
    """ "Shooting claims life of teen", "Crash takes lives of mother, son": the people after
    "claims life of" were killed (vocab37; casualty_vocab2.py)."""
    for match in LIFE_CLAIMED.finditer(headline):
        people = _read_people(headline, match.end())
        token = _token_at(doc, people[-1][1] - 1) if people else None
        if people and token is not None and people[0][0] == match.end():
            yield people[0][0], people[-1][1], "killed", sum(p[2] for p in people), token


def _read_people(headline: str, at: int) -> list[tuple[int, int, int]]:
    """The bare people listed from ``at``: [(start, end, how many)]; the list ends at a word
    that is no person ("Toddler shot", "16-year-old in": an age alone is a person)."""
    people: list[tuple[int, int, int]] = []
    while True:
        item = _ITEM.match(headline, at)
        if item is None or item.end() == at:
            return people
        age, word = item.group(1), (item.group(2) or "").lower()
        if word in CASUALTY_PERSON_NOUNS or word in HEADLINE_PAIR_PEOPLE:
            at = item.end()
            noun = re.match(rf"\s+({_WORD})", headline[at:])
            if noun and noun.group(1).lower() in CASUALTY_PERSON_NOUNS:
                at += noun.end()  # "infant son", "teen driver": one person
            people.append((item.start(), at, HEADLINE_PAIR_PEOPLE.get(word, 1)))
        elif age:
            at = item.start(1) + len(age)
            people.append((item.start(), at, 1))  # "16-year-old in ...": the age is the person
        else:
            return people
        age_after = _AGE_AFTER.match(headline, at)
        if age_after:
            at = age_after.end() - 1  # "Boy, 3, killed": past the age, to its comma
        join = _JOIN.match(headline, at)
        if join is None or join.end() == at or at == len(headline):
            return people
        at = join.end()


def _people_then_casualty(doc: Doc, headline: str, opening: int) -> Iterator[HeadlineCount]:
    """ "Toddler shot, ...", "Ten-year-old boy, parents hit in ... shooting", "16-year-old in
    critical condition after ...": the people open the headline (after its source); a clause
    after a comma or semicolon that follows the casualty opens again ("Child killed, father
    critical after shooting")."""
    people = _read_people(headline, opening)
    if not people:
        return
    after = people[-1][1]
    age_after = _AGE_AFTER.match(headline, after)
    if age_after:
        after = age_after.end()  # "Boy, 3, killed"
    rest = headline[after:]
    words = rest.split()
    fatally = False
    while words and words[0].lower() in _ADVERBS:
        fatally = fatally or words[0].lower() in ("fatally", "mortally")
        words = words[1:]
    if not words or not rest[:1].isspace():
        return
    first = words[0].lower().rstrip(",;:")
    measure = (
        HEADLINE_PASSIVE_CASUALTY.get(first)
        or headline_casualty(words)  # vocab36
        or headline_care(words)  # vocab37: "Man treated, released after shooting"
    )
    if first == "in" and len(words) > 2 and words[1].lower() in HEADLINE_CONDITION_WORDS:
        measure = "injured" if words[2].lower().rstrip(",;") == "condition" else None
    elif first in HEADLINE_CONDITION_WORDS and len(words) > 1 and words[1].lower() == "after":
        measure = "injured"  # "father critical after shooting": the state alone
    if measure is None:
        return
    if first in ("hit", "grazed") and not _GUNFIRE.search(headline):
        return  # "Boy hit by car": no shooting
    if first == "shot" and len(words) > 1 and words[1].lower().rstrip(",") in ("dead", "&", "and"):
        measure = "killed"  # "shot dead", "shot and killed"
    if first == "shot" and [w.lower().rstrip(",;") for w in words[1:3]] == ["to", "death"]:
        measure = "killed"  # "Police: Man shot to death in Dayton" (impl41)
    if fatally and measure in ("shot", "injured"):
        measure = "killed"  # "Man fatally shot in ..."
    at = headline.index(words[0], after)
    token = _token_at(doc, at)
    if token is None:
        return
    yield people[0][0], people[-1][1], measure, sum(p[2] for p in people), token
    clause = _NEXT_CLAUSE.match(headline, at + len(words[0].rstrip(",;")))
    if clause is not None:
        yield from _people_then_casualty(doc, headline, clause.end())


def _casualty_then_people(doc: Doc, headline: str) -> Iterator[HeadlineCount]:
    """ "Injuring Child In Dallas", "Killing Wife, Wounding ...", "kills 6-year-old brother,
    self": bare people after an active casualty word; "self" is the killer, a count of its own."""
    for word in re.finditer(_WORD, headline):
        measure = HEADLINE_OBJECT_CASUALTY.get(word.group().lower())
        if measure is None or not headline[word.end() : word.end() + 1].isspace():
            continue
        at = word.end() + 1
        people = _read_people(headline, at)
        # the count stands on its people, as a title pair's does (people_lists.py): the parse
        # makes no verb of "Killing", and "Allegedly Killing Wife" alleges the doer, not the death
        token = _token_at(doc, people[-1][1] - 1) if people else None
        if not people or token is None or people[0][0] != at:
            continue
        yield people[0][0], people[-1][1], measure, sum(p[2] for p in people), token
        tail = re.match(r",\s*(?:and\s+)?(self)\b", headline[people[-1][1] :], re.IGNORECASE)
        self_token = _token_at(doc, people[-1][1] + tail.start(1)) if tail else None
        if tail and self_token is not None:
            start = people[-1][1] + tail.start(1)
            yield start, start + 4, measure, 1, self_token


def _fatal_victim(doc: Doc, headline: str, opening: int) -> Iterator[HeadlineCount]:
    """ "Homicide victim a sophomore at ...", "Deceased victim identified in ...": a headline that
    opens on one victim named by the act that killed or shot them counts that victim."""
    found = _FATAL_VICTIM.match(headline, opening)
    if found is None:
        return
    token = _token_at(doc, found.start(2))
    if token is not None:
        yield (
            found.start(),
            found.end(),
            HEADLINE_VICTIM_MODIFIERS[found.group(1).lower()],
            1,
            token,
        )


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
