"""polsrc36 (session 29): a quotation set inside a sentence whose own clause names who speaks it
is that subject's, not a continuation of the speaker quoted just before ("Gov. Pat McCrory (R)
blamed the court's "four liberal justices ..."", "Sanders used this question to demand wealthy
Americans "pay ... over $250,000"": PolNeAR and realgold14 golds; the continuation gave both to
a speaker of the paragraph before). Words the writer quotes inside a sentence of their own are
no one's quotation, and the speaker before goes on past them. Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import SourceKind

EARLIER = '"We hired 30 workers this spring," Ana Ortiz said.\n\n'


def source_of(nlp, text, figure):
    claims = extract_claims(nlp(text), doc_name="t").claims
    return next(c for c in claims if figure in c.text).source


@pytest.mark.parametrize(
    ("sentence", "figure", "speaker"),
    [
        (
            'Mayor Ben Hale blamed the council\'s "nine wasted months" for the delay.',
            "nine",
            "Hale",
        ),
        (
            'Sen. Ruth Amon used the hearing to urge that utilities "cap fees at $40 a month."',
            "$40",
            "Amon",
        ),
        (
            'The Riverside union sent a letter asking members to "give $5 to the strike fund."',
            "$5",
            "union",
        ),
    ],
)
def test_a_quotation_inside_a_clause_is_its_subjects(nlp, sentence, figure, speaker):
    source = source_of(nlp, EARLIER + sentence, figure)
    assert speaker in source.text
    assert "Ortiz" not in source.text


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (EARLIER + '"We still need 12 more trucks."', "12"),  # a quotation opening its sentence
        (EARLIER + 'She called the budget "a hole of $40 million."', "$40 million"),  # pronoun
        (
            EARLIER + 'The mayor\'s "rescue" plan passed on Monday.\n\n"We need 12 more trucks."',
            "12",
        ),  # the writer's quoted word between: the speaker goes on past it
    ],
)
def test_a_continued_quotation_keeps_its_speaker(nlp, text, figure):
    assert "Ortiz" in source_of(nlp, text, figure).text


def test_words_the_writer_quotes_are_no_ones(nlp):
    text = EARLIER + 'The governor\'s "50 percent" pledge was dropped last year.'
    source = source_of(nlp, text, "50 percent")
    assert "Ortiz" not in source.text
    assert source.kind is SourceKind.NONE
