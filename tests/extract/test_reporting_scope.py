"""What a reporting verb's clauses say is the speaker's; what places the verb in time is not
(issue 11, session 17).

Sentences are invented, parallel to real cases.
"""

import pytest

from factcheck.extract.sources.attribution import find_source
from tests.conftest import find_mention


def _source(nlp, text, figure):
    doc, mention = find_mention(nlp, text, figure)
    return find_source(doc, mention.number_token(doc)).text


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a time clause after a reporting verb with words of its own says when, not what
        (
            "More than 900 people have died, the ministry said on Monday, after a storm burst "
            "two dams in the north.",
            "two",
            "",
        ),
        # so does a time clause on the reporting verb's date
        (
            "“Who do they think they are?” Ruiz said of Acme in May, when the firm refused to "
            "unlock a laptop used by one of the three suspects.",
            "three",
            "",
        ),
        # negative: the content's own time clause stays the speaker's
        (
            "Police said the man was shot when he opened the door to two strangers.",
            "two",
            "Police",
        ),
        # negative: "while" joins what is said
        (
            "Ortiz said turnout rose in the north, while 40 percent of voters stayed home in the "
            "south.",
            "40 percent",
            "Ortiz",
        ),
    ],
)
def test_time_clause_after_a_reporting_verb_is_not_the_speakers(nlp, text, figure, source):
    assert _source(nlp, text, figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # what was found, told by a speaker, is the speaker's
        (
            "Detectives could not find any link between the two shootings, Sheriff Ann Cole said.",
            "two",
            "Sheriff Ann Cole",
        ),
        (
            "Ortiz told the jury that phone records showed the defendant made 14 calls that night.",
            "14",
            "Ortiz",
        ),
        # negative: those who found it speak themselves
        ("Investigators said they found two rifles in the car.", "two", "Investigators"),
        # negative: a finding no one else tells keeps its finder
        (
            "A new study found that 40 percent of adults sleep too little.",
            "40 percent",
            "A new study",
        ),
    ],
)
def test_what_was_found_in_a_speakers_words_is_the_speakers(nlp, text, figure, source):
    assert _source(nlp, text, figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # words set off by brackets inside what is said are the writer's aside
        (
            "The governor pointed out that Ruiz (who has 231 delegates) must win 58 percent of "
            "the rest.",
            "231",
            "",
        ),
        (
            "The governor pointed out that Ruiz (who has 231 delegates) must win 58 percent of "
            "the rest.",
            "58 percent",
            "The governor",
        ),
        # so are words set off by dashes
        (
            "Moss said Ortiz had begun calling members - there are two from each of the nine "
            "districts - but said the outcome was open.",
            "nine",
            "",
        ),
        # negative: a figure given again in brackets is no aside
        (
            "The firm said it would pay $51 million (45 million euros) in fines.",
            "45 million",
            "The firm",
        ),
        # negative: a hyphen inside a word sets nothing off
        (
            "Ruiz said the two-thirds rule lets 40 senators block a bill - a long tradition.",
            "40",
            "Ruiz",
        ),
    ],
)
def test_aside_set_off_inside_what_is_said_is_the_writers(nlp, text, figure, source):
    assert _source(nlp, text, figure) == source
