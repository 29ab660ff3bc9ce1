"""An anonymous source named by a word for a person, not singled out: "a pastor said", "one
shopkeeper told", "students said", "two nurses said", "some economists think". The source
classifier already reads such a phrase as anonymous; the `anonymous_source` caveat names it too
(gold README: "the source is unnamed"; every anonymous record of the golds carries the caveat).
A definite or possessed phrase ("the senator", "his mother", "the lawyers") points to someone
the article may have named, or holds a unique role: it keeps no caveat here (session 37,
anon45). Pure: the words of the phrase only.
"""

from __future__ import annotations

from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    IDENTIFYING_DETERMINERS,
    NOT_SPEAKING_PERSON_NOUNS,
    PERSON_DESCRIPTOR_NOUNS,
)

_PERSON_WORDS = (CASUALTY_PERSON_NOUNS | PERSON_DESCRIPTOR_NOUNS) - NOT_SPEAKING_PERSON_NOUNS
# "my cousin", "your neighbor": the speaker's own, someone a quote's speaker knows by name
_POINTING = IDENTIFYING_DETERMINERS | {"my", "your"}


def names_people_by_a_person_word(tokens: list[str]) -> bool:
    """The phrase's last word is a word for a person, singular or plural, and nothing before it
    points to one person or group the article identifies ("the", "his", "Ann's")."""
    if not tokens or not tokens[-1].isalpha():
        return False
    words = [t.lower() for t in tokens]
    if words[0] in _POINTING or any(w.endswith(("'s", "’s")) for w in words):
        return False
    return any(form in _PERSON_WORDS for form in _singulars(words[-1]))


def _singulars(word: str) -> tuple[str, ...]:
    """The word and the singulars it may be ("nurses" -> "nurse", "churches" -> "church",
    "spokeswomen" -> "spokeswoman", "babies" -> "baby")."""
    forms = [word]
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return tuple(forms)
