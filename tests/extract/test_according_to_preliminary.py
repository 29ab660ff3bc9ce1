"""A figure framed by "according to preliminary information" is preliminary, every figure of
the clause's list, and not the figures of the sentence before (earlier_reports.framing_verb;
gold README, preliminary). Invented sentences.
"""

from tests.conftest import kinds_of

PRELIMINARY = "preliminary"
POSTS = (
    "The port city was shelled overnight. Mayor Ilko Danev wrote that the city had been hit by "
    "at least 12 rockets in half an hour.\n\n"
    "According to preliminary information from the regional governor, three people were killed "
    "and 17 injured.\n"
)


def test_the_framed_clause_and_its_list_are_preliminary(nlp):
    assert PRELIMINARY in kinds_of(nlp, POSTS, "three")
    assert PRELIMINARY in kinds_of(nlp, POSTS, "17")


def test_the_post_before_stays_unchanged(nlp):
    assert PRELIMINARY not in kinds_of(nlp, POSTS, "12")


def test_a_clause_joined_by_but_is_no_part_of_the_frame(nlp):
    text = (
        "According to initial reports, two people were killed, but police later said the "
        "toll was four."
    )
    assert PRELIMINARY in kinds_of(nlp, text, "two")
    assert PRELIMINARY not in kinds_of(nlp, text, "four")
