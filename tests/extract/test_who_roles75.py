"""Sources, session 75 (wsrc75): "WHO" (read by the tagger as the pronoun) written before a
role and a name stays in the source text, as any body's capitals do ("WHO spokesperson Claire
Dumoulin": tests/wirew, wire2q golds; docs/gold-conventions.md, "Titles and roles before names
in source text").

Sentences are invented.
"""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_who_before_a_spokesperson_stays(nlp):
    text = "WHO spokesperson Lena Marsh said 4,812 cases were recorded in the two provinces."
    assert source_of(nlp, text, "4,812") == ("WHO spokesperson Lena Marsh", SourceKind.NAMED_PERSON)


def test_who_before_a_country_representative_stays(nlp):
    text = "The toll has reached 40, WHO country representative Tom Okoye told AFP."
    assert source_of(nlp, text, "40") == (
        "WHO country representative Tom Okoye",
        SourceKind.NAMED_PERSON,
    )
