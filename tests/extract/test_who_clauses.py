"""A name described as a person ("X, who sells ...", "X, an epidemiologist at ...") is a
person however the tagger reads it (gold README, "Source kinds"; who_clauses.py)."""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Witnesses described a higher toll. Umesh Dhanki, who sells incense from a stall at "
            "the foot of the steps, said at least 35 bodies were laid out on the road.",
            "at least 35",
            "Umesh Dhanki",
        ),
        (
            "Prof Anand Kulkarni, an epidemiologist at the Bristol Institute of Tropical "
            "Medicine, said cases had risen by roughly 12% in two years.",
            "roughly 12%",
            "Prof Anand Kulkarni",
        ),
        (
            "Inés Robles, a forensic anthropologist at the University of Sonora who has observed "
            "the excavation, said the site could hold between 20 and 30 people.",
            "between 20 and 30",
            "Inés Robles",
        ),
    ],
)
def test_a_name_described_as_a_person_is_a_person(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_PERSON)


def test_a_name_described_by_which_stays_an_organisation(nlp):
    # near-miss: things take "which" (name_kinds.which_clause)
    text = (
        "Harmon Textiles, which owns the plant at the end of the road, said at least 35 "
        "workers were inside."
    )
    assert source_of(nlp, text, "at least 35") == ("Harmon Textiles", SourceKind.NAMED_ORG)
