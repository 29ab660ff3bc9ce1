"""People a "left ... dead" or "found ... dead" names between the verb and "dead", read by their
words where the parse breaks them. Pure.

Gold README "Implied counts": "the shooting that left a nightclub co-owner, O'Neil Bandoo, dead"
is 1 killed, "Deputies found his wife Candace "Candy" Cormier and their adopted son Jeremiah
dead" 2 killed, a title-case "Attack That Left David McCray, 22, Dead" 1 killed (the realgold,
realgold12 and realgold16 golds). The parse hangs such objects anywhere when a name, an age or a
nickname in quotation marks sits beside the person, so ``implied.py`` finds no one; the words
between the verb and "dead" are read instead: people joined by "and" are one each, a name after
a comma names the person before it (an apposition), an age after a comma is that person's age,
and an indefinite phrase after a comma restates a definite person before it where no "and"
makes a list ("found the victim, a 25-year-old man, dead" is 1, impl57b).

Not read: a death that did not happen ("could have left a child dead", "nearly left ...");
any other word between them ("left a family of five dead", "left him dead", "found the
car dead"), a figure ("left four others dead", "left one man dead": the figure is its own
claim), and a verb not right before the people ("was found dead": the parse's subject).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from factcheck.extract.implied.casualty_measures import is_unreal
from factcheck.extract.lexicon import (
    AGE_UNITS,
    CASUALTY_PERSON_NOUNS,
    LEFT_FOUND_DEAD_FORMS,
    NEAR_MISS_ADVERBS,
    PERSON_POSSESSIVES,
)
from factcheck.extract.token_index import tokens_with_lower

DeadPeople = tuple[int, int, str, int, Token]  # start char, end char, measure, value, verb

_MAX_WORDS = 16  # words between the verb and "dead" that a list of people may take
_DETERMINERS = frozenset({"a", "an", "the", "another"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def find_left_dead(doc: Doc) -> Iterator[DeadPeople]:
    """Yield (start, end, "killed", number of people, verb) for each "left / found ... dead"
    whose people the words between the verb and "dead" name."""
    for dead in tokens_with_lower(doc, ("dead",)):
        found = _people_before(dead)
        if found is None:
            continue
        verb, people = found
        first, last = people[0][0], people[-1][-1]
        yield first.idx, last.idx + len(last.text), "killed", len(people), verb


def _people_before(dead: Token) -> tuple[Token, list[list[Token]]] | None:
    """The verb and the people (each a list of its tokens) between a left or found and
    ``dead``; None where another word stands between them."""
    sent = dead.sent
    i = dead.i - 1
    while i >= sent.start and dead.i - i <= _MAX_WORDS:
        if dead.doc[i].lower_ in LEFT_FOUND_DEAD_FORMS:
            break
        i -= 1
    else:
        return None
    if i < sent.start or i + 1 >= dead.i:
        return None
    verb, words = dead.doc[i], list(dead.doc[i + 1 : dead.i])
    if not all(_allowed(t) for t in words) or _not_so(verb):
        return None
    people: list[list[Token]] = []
    for part in _split(words):
        person = _trimmed(part)
        if not person or not (any(_is_person(t) for t in person) or _aged_name(part)):
            return None
        people.append(person)
    return (verb, people) if people else None


def _not_so(verb: Token) -> bool:
    """A death that did not happen: negated, modal or conditional ("could have left a child
    dead", "did not find Ann Lee dead"), or nearly so ("nearly left a clerk, Bo Tan, dead")."""
    near = any(c.lower_ in NEAR_MISS_ADVERBS for c in verb.children)
    return near or is_unreal(verb)


def _allowed(token: Token) -> bool:
    """A word that may stand in a list of people: a determiner, an owner, a noun or name, a
    modifier, "and", a comma or quotation mark, an age."""
    lower = token.lower_
    if lower in _DETERMINERS or lower in PERSON_POSSESSIVES or lower == "and":
        return True
    if token.is_punct:
        return lower in (",", "-") or lower in _QUOTES
    if token.like_num:
        return _is_age_number(token)
    if token.lemma_.lower() in AGE_UNITS or lower == "old":
        return True
    return token.pos_ in ("NOUN", "PROPN", "ADJ") or token.tag_ == "VBN"  # "adopted son"


def _is_age_number(token: Token) -> bool:
    """A number that is an age: after a comma ("Ann Lee, 61,") or in "22-year-old"."""
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].lower_ == ",":
        return True
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "-":
        return False
    return doc[token.i + 2].lemma_.lower() in AGE_UNITS


def _split(words: list[Token]) -> list[list[Token]]:
    """The words split into people: at "and", and at a comma before a determiner or owner
    that follows a person noun ("a man, a woman"); not at a comma before a name or an age,
    nor after a name ("Ann Lee, a nurse,": one person)."""
    parts: list[list[Token]] = [[]]
    for k, token in enumerate(words):
        if token.lower_ == "and":
            parts.append([])
            continue
        if token.lower_ == "," and k + 1 < len(words):
            following = words[k + 1].lower_
            introduces = following in _DETERMINERS or following in PERSON_POSSESSIVES
            if (
                introduces
                and any(_is_person_noun(t) for t in parts[-1])
                and not _restated(parts[-1], words[k + 1 :])
            ):
                parts.append([])
                continue
        parts[-1].append(token)
    return [p for p in parts if p]


def _restated(before: list[Token], after: list[Token]) -> bool:
    """ "found the victim, a 25-year-old man, dead": an indefinite phrase set off after a definite
    person restates that person (an apposition), where no "and" follows to make a list ("a
    man, a woman and a boy")."""
    return (
        bool(before)
        and before[0].lower_ == "the"
        and bool(after)
        and after[0].lower_ in ("a", "an")
        and not any(t.lower_ == "and" for t in after)
    )


def _trimmed(part: list[Token]) -> list[Token]:
    """A person's words without the commas, ages and names set off after it: "a nightclub
    co-owner, O'Neil Bandoo," is "a nightclub co-owner"; "David McCray, 22," is "David
    McCray"."""
    cut = next((k for k, t in enumerate(part) if t.lower_ == ","), len(part))
    person = part[:cut] if cut else part
    while person and (person[-1].is_punct and person[-1].lower_ not in _QUOTES):
        person = person[:-1]
    return person


def _aged_name(part: list[Token]) -> bool:
    """A name with its age set off by commas ("Tyrone Bexley, 31,"), which only a person has;
    the tagger may not call a title-case name a person."""
    return (
        len(part) >= 3
        and part[0].pos_ == "PROPN"
        and any(t.lower_ == "," and n.like_num for t, n in zip(part, part[1:], strict=False))
    )


def _is_person_noun(token: Token) -> bool:
    """A common noun for a person ("wife", "co-owner" as "owner")."""
    return token.lower_ in CASUALTY_PERSON_NOUNS or token.lemma_.lower() in CASUALTY_PERSON_NOUNS


def _is_person(token: Token) -> bool:
    """A person noun or a person's name."""
    return _is_person_noun(token) or (token.pos_ == "PROPN" and token.ent_type_ == "PERSON")
