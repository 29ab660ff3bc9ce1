"""A source that is a person of a trade, unnamed: "Economists said", "an engineer said", "A
nurse said", "Some researchers estimate". The gold README gives anonymous_source to any
unnamed source ("the source is unnamed"), and every anonymous source in the tuning golds
carries it; the caveat lists of ``caveat_sources`` name officials, analysts and experts but not
the trades. Only a bare plural or an indefinite phrase: "the engineer" or "its economists"
point to someone the article may have named, and "an economist at Moody's, Ann Lee," names her
(the source phrase then holds a capitalised name and the kind is not anonymous)."""

from __future__ import annotations

from factcheck.extract.lexicon import (
    IDENTIFYING_DETERMINERS,
    OCCUPATION_PERSON_NOUNS,
    RELIGIOUS_PERSON_NOUNS,
    ROLE_PERSON_NOUNS,
    SCHOOL_SPORT_PERSON_NOUNS,
    UNNAMED_EXPERT_HEADS,
    UNNAMED_SCENE_PEOPLE,
    UNNAMING_DETERMINERS,
    has_person_ending,
)

_TRADES = (
    OCCUPATION_PERSON_NOUNS
    | RELIGIOUS_PERSON_NOUNS
    | SCHOOL_SPORT_PERSON_NOUNS
    | ROLE_PERSON_NOUNS
    | UNNAMED_EXPERT_HEADS
    | UNNAMED_SCENE_PEOPLE
)


def names_an_unnamed_tradesperson(tokens: list[str]) -> bool:
    """The phrase ("Economists", "an engineer", "Some economists at the bank") is a bare or
    indefinite noun of a trade, its head before any "at"/"of"/"for"/"with" phrase; no word
    before the head points to known people ("the", "its", "Moody's", "the 180,000")."""
    words = [t.lower() for t in tokens]
    head_end = next((i for i, w in enumerate(words) if w in _AFTER_HEAD), len(words))
    if head_end == 0:
        return False
    head, before = words[head_end - 1], words[: head_end - 1]
    if any(
        w in IDENTIFYING_DETERMINERS
        or w.endswith("'s")
        or (w[:1].isdigit() and not _age(before, i))
        for i, w in enumerate(before)
    ):
        return False
    if head in _TRADES or has_person_ending(head):
        return (
            bool(before) and before[0] in UNNAMING_DETERMINERS
        )  # "an engineer", not "Engineer Lee"
    return head.endswith("s") and (head[:-1] in _TRADES or has_person_ending(head[:-1]))


def _age(words: list[str], index: int) -> bool:
    """ "A 67-year-old woman": the number is the person's age, not a count of known people."""
    return words[index + 1 : index + 2] == ["year"] and words[index + 2 : index + 3] == ["old"]


_AFTER_HEAD = frozenset({"at", "of", "for", "with", "from", "in", "who", "whose", "which", "that"})
