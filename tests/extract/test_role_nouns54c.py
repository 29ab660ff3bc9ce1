"""People named by a role the person lists lacked (session 54, branch impl54c): "a good Samaritan"
and "a caller" are ordinary news words for a person, so a harm verb on them counts one person as on
"a passerby" (lexicon/person_nouns.py ROLE_PERSON_NOUNS; docs/gold-conventions.md "Vocabulary of
casualty shapes (session 29)"). Invented sentences; the same words with no harm count no one."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a passive harm verb
        ("A good Samaritan was shot in the arm, police said.", ("A good Samaritan", "shot", 1)),
        # found dead
        ("Deputies said a caller was found shot to death.", ("a caller", "killed", 1)),
        # the object of an active harm verb
        ("The gunman fatally shot a good Samaritan.", ("a good Samaritan", "killed", 1)),
        # a state of care
        ("A caller was hospitalized with a gunshot wound.", ("A caller", "injured", 1)),
    ],
)
def test_role_noun_casualty_counts_one(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A caller reported hearing shots near the park.",
        "A good Samaritan stopped to help the stranded driver.",
    ],
)
def test_role_noun_without_harm_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # the tagger reads "Samaritan" as a proper noun
        ("A good Samaritan was killed by a stray bullet.", "samaritan"),
        # the tagger reads "resident" as an adjective (misread_sufferers.py)
        ("A resident underwent surgery for a gunshot wound.", "resident"),
    ],
)
def test_person_word_the_tagger_misreads_names_the_subject(nlp, text, noun):
    assert [c.noun for c in find_implied_counts(nlp(text))] == [noun]
