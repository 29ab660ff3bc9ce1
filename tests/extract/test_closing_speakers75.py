"""Sources, session 75 (wsrc75): a sentence that closes ", X said" is X's, when the parse
hangs the closing verb on a clause inside the sentence rather than over the figure (gold
README, "Source kinds": the source is who gives the figure; tests/wire2e gives the NCDC the
figures of such a sentence). A closing verb with a report of its own, or a conjunct "and
said", is left to the other rules.

Sentences are invented.
"""

from factcheck.model import SourceKind
from tests.conftest import source_of

_LIST = (
    "Kenya recorded 212 cases of cholera in July, of which 40 were fatal, "
    "the National Health Agency (NHA) said on Friday."
)


def test_closing_speaker_after_a_which_clause_gives_the_first_figure(nlp):
    assert source_of(nlp, _LIST, "212") == ("the National Health Agency", SourceKind.NAMED_ORG)


def test_closing_speaker_after_a_which_clause_gives_the_inner_figure(nlp):
    assert source_of(nlp, _LIST, "40") == ("the National Health Agency", SourceKind.NAMED_ORG)


def test_a_conjunct_said_gives_no_closing_speaker(nlp):
    text = "The council on Monday approved 3 billion naira in relief and said it would act."
    assert source_of(nlp, text, "3 billion")[1] is SourceKind.NONE
