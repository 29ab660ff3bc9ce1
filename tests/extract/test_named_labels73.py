"""A paragraph that opens with a speaker's name, a colon and a quotation is that speaker's
(named_labels.py): the layout of a fact check or a hearing report. Invented texts; gold
conventions, "Titles and roles before names in source text" (a title before the name stays, a
bracketed party and an appositive after a comma are left out)."""

from __future__ import annotations

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of

_HEARING = (
    "Voss questions the mayor over lost files.\n\n"
    'Sen. Mara Voss (D-Ore.):"I had not heard that before. Who told you that 80 percent of '
    'the files were kept?"\n\n'
    'Former mayor Lena Ortiz:"We kept them on a server, and 12 boxes went to the archive."\n\n'
    '"We never lost 30 of them."\n\n'
    "The hearing lasted 6 hours.\n"
)

_MOTHER = (
    'A trial ends in the county.\n\nAnn Lee, the victim\'s mother: "We waited 400 days for this."\n'
)


@pytest.mark.parametrize(
    ("figure", "source"),
    [
        # the label's name is the speaker; the bracketed party is left out
        ("80 percent", "Sen. Mara Voss"),
        # a role written before the name stays with it
        ("12", "Former mayor Lena Ortiz"),
        # an unlabelled quoted paragraph goes on with the labelled quotation
        ("30", "Former mayor Lena Ortiz"),
    ],
)
def test_a_name_label_before_a_quotation_names_its_speaker(nlp, figure, source):
    assert source_of(nlp, _HEARING, figure) == (source, SourceKind.NAMED_PERSON)


def test_an_appositive_after_the_labelled_name_is_left_out(nlp):
    assert source_of(nlp, _MOTHER, "400") == ("Ann Lee", SourceKind.NAMED_PERSON)


def test_prose_after_the_labelled_quotations_is_not_the_speakers(nlp):
    assert source_of(nlp, _HEARING, "6")[0] != "Former mayor Lena Ortiz"


@pytest.mark.parametrize(
    "text",
    [
        # a sentence with a verb before the colon is read as a sentence, not a label
        'The party said more.\n\nThe memo goes on to say: "We cut 40 jobs."\n',
        # a label that is no person's name
        'Budget news today.\n\nBudget Office Notes: "The fund holds 40 million dollars."\n',
    ],
)
def test_a_label_that_is_no_person_names_no_speaker(nlp, text):
    assert source_of(nlp, text, "40")[1] != SourceKind.NAMED_PERSON
