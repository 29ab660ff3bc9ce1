"""Sources, session 47 (srcsame): a pronoun does not stand for a name inside what someone
said or thought ("adding that Lee showed ...", "is skeptical Lee can win"); it stands for
the one who said or thought it.

Sentences are invented, parallel to real cases (a politician's interview, a pollster).
"""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_he_continued_is_the_speaker_not_the_one_he_added_about(nlp):
    text = (
        "“That is the kind of thing you use to prove intent,” Morrow said in a phone "
        "interview, adding that Lee showed the “conduct of a person who had something to "
        "hide.”\n\nHe continued, “I’ve never heard of anyone who deleted 12,000 files and "
        "kept the job.”"
    )
    assert source_of(nlp, text, "12,000") == ("Morrow", SourceKind.NAMED_PERSON)


def test_he_said_is_the_sceptic_not_the_one_he_doubts(nlp):
    text = (
        "Democratic pollster Dana Reyes -- author of a book on the suburbs -- is skeptical "
        "Patel can overcome his remarks about nurses. But the candidate could try to change "
        "the subject.\n\n"
        '"His best argument, with two-thirds of the voters unhappy, is to argue for change," '
        "he said."
    )
    assert source_of(nlp, text, "two-thirds") == ("Dana Reyes", SourceKind.NAMED_PERSON)
