"""Subjects of session 18: what a span of time was spent on, a figure measuring a degree word,
what a count's own verb does with it, and a figure word that points back. Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.evaluate import match_subject
from factcheck.extract.claims import extract_claims
from factcheck.extract.subjects.subjects import find_subject
from tests.conftest import find_mention


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        ("The agency spent more than a year examining the files.", "a year", "examining"),
        ("He spent three days negotiating with the union.", "three", "negotiating"),
        ("She was employed by the firm for almost a decade.", "a decade", "employed"),
        ("He was sentenced to two years' probation by a judge.", "two", "probation"),
        ("Her 12 years as a senator and her donors helped.", "12", "senator"),
    ],
)
def test_span_of_time_names_what_it_was_spent_on(nlp, text, figure, word):
    doc, mention = find_mention(nlp, text, figure)
    assert match_subject(find_subject(doc, mention), [word])


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        ("The mayor had 30 percent fewer votes in Dayton than in 2012.", "30", "votes"),
        ("Prices rose 3 percent, and wages were 2 percent lower.", "2 percent", "wages"),
        ("The team finished 3 points short of the record.", "3", "short"),
    ],
)
def test_figure_measuring_a_degree_word_names_it(nlp, text, figure, word):
    doc, mention = find_mention(nlp, text, figure)
    assert match_subject(find_subject(doc, mention), [word])


def test_degree_adverb_alone_leaves_the_unit(nlp):
    doc, mention = find_mention(nlp, "Sixty voters back Lee, up four points from May.", "four")
    assert find_subject(doc, mention) != "up"


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        ("Two others were taken by private vehicles.", "Two", ["private vehicles"]),
        ("Three more are still receiving treatment at the hospital.", "Three", ["treatment"]),
        ("Three were found inside the house, and one outside.", "Three", ["house"]),
    ],
)
def test_count_whose_verb_says_little_takes_what_the_verb_does(nlp, text, figure, words):
    doc, mention = find_mention(nlp, text, figure)
    assert match_subject(find_subject(doc, mention), words)


def test_casualty_verb_alone_names_the_count(nlp):
    doc, mention = find_mention(nlp, "Five were killed in the blast.", "Five")
    assert find_subject(doc, mention) == "killed"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The mill added 14,000 jobs in May. That number follows 9,000 in April.", "jobs"),
        ("Police logged 80 burglaries in May. The total was 95 in June.", "burglaries"),
    ],
)
def test_figure_word_points_back_to_the_figure_before(nlp, text, word):
    last = extract_claims(nlp(text), doc_name="t").claims[-1]
    assert match_subject(last.subject, [word])


def test_figure_word_with_its_own_of_phrase_keeps_it(nlp):
    text = "Police logged 80 burglaries. The number of thefts is 95."
    last = extract_claims(nlp(text), doc_name="t").claims[-1]
    assert match_subject(last.subject, ["thefts"])


def test_counts_of_a_charge_are_no_figure_word(nlp):
    text = "Police found 3 guns. He was charged with four counts of assault."
    last = extract_claims(nlp(text), doc_name="t").claims[-1]
    assert match_subject(last.subject, ["count"])


def test_where_a_count_was_taken_is_no_part_of_its_subject(nlp):
    doc, mention = find_mention(nlp, "Two others were taken to a hospital.", "Two")
    assert "hospital" not in find_subject(doc, mention)


def test_state_an_active_verb_gives_is_left_to_the_care_rule(nlp):
    doc, mention = find_mention(nlp, "Three remain in serious condition.", "Three")
    assert "condition" not in find_subject(doc, mention)
