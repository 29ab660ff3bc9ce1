"""Sources, session 25 (sources33): a "he said" goes on with a name the article gives a
person, whatever entity label the tagger puts on that one mention.

Sentences are invented, parallel to real cases.
"""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_he_said_goes_on_with_a_person_the_tagger_labels_otherwise(nlp):
    # the second "Nadri" is tagged a place: the look-back took Ramirez, whom he saw
    text = (
        "Samir Nadri, a physics teacher and a member of the board, said he never saw the man "
        'at the hall. "We are shocked," he said. "We pray for the families." He said the man '
        "was not very religious. Nadri sat under the fans in the room where he last saw "
        "Ramirez on Friday. He said that between 40 and 60 others were there for the meeting."
    )
    assert source_of(nlp, text, "between 40 and 60") == ("Nadri", SourceKind.NAMED_PERSON)


def test_he_said_still_passes_over_an_organisation(nlp):
    text = (
        "Harlow Logistics cut its routes last spring. Harlow moved into a smaller depot. "
        "He said that 30 drivers lost their jobs."
    )
    assert source_of(nlp, text, "30") == ("He", SourceKind.ANONYMOUS)
