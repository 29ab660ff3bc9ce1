""" "deceased" said of a person however the parse hangs it (deceased_states.py, session 43
helper implre): a relative clause without a verb, a list's entry, a role noun before a name.
Invented sentences; gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Officers found a woman who was deceased in the kitchen, police said.", "a woman"),
        ("When medics arrived they found a man who was deceased on the porch.", "a man"),
        ("The driver, who was deceased at the scene, was identified as Al Roe.", "The driver"),
    ],
)
def test_relative_clause_deceased_counts_its_person(nlp, text, person):
    assert (person, "killed", 1) in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\nThe coroner listed them as follows:\n\nJohn A. Smith, 41 years old – deceased\n",
        "Headline\n\nThe victims were named.\n\nMary Jo Lane, 12 – deceased\n",
    ],
)
def test_list_entry_deceased_counts_its_name(nlp, text):
    counts = _counts(nlp, text)
    assert [(m, v) for _, m, v in counts] == [("killed", 1)]
    assert counts[0][0].split(",")[0] in text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ann Ray, mother of deceased victim Tom Ray, spoke to reporters on Friday.", "Tom Ray"),
        ("A lawyer for deceased officer Sam Park filed the suit.", "Sam Park"),
        ("The family of deceased victim Ana Cruz asked for privacy.", "Ana Cruz"),
    ],
)
def test_deceased_role_before_a_name_counts_the_name(nlp, text, name):
    counts = _counts(nlp, text)
    assert len(counts) == 1
    assert name in counts[0][0] and counts[0][1:] == ("killed", 1)


@pytest.mark.parametrize(
    "text",
    [
        "The estate of the deceased was divided among his heirs.",
        "Headline\n\nThe deceased were identified on Friday.\n",
        "The deceased man's estate was valued at a million dollars.",
        "He filed a claim on behalf of his deceased father's company.",
    ],
)
def test_deceased_without_a_countable_person_is_not_counted(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("intro", "source"),
    [
        (
            "Dale County Coroner Ann Bell has identified them as follows:",
            "Dale County Coroner Ann Bell",
        ),
        ("The medical examiner identified the victims as follows:", "The medical examiner"),
    ],
)
def test_list_entry_takes_the_source_of_the_sentence_opening_the_list(nlp, intro, source):
    from factcheck.extract import extract_article
    from factcheck.model import Article

    text = (
        f"Three killed in home\n\nThe victims were named on Friday. {intro}\n\n"
        "John A. Smith, 41 years old – deceased\n\nMary B. Smith, 12 years old – deceased\n"
    )
    claims = extract_article(nlp, Article(doc="t.txt", text=text, source="test")).claims
    listed = [c for c in claims if c.implied and c.text.endswith("Smith")]
    assert len(listed) == 2
    assert all(c.source.text == source for c in listed)
