import pytest

from factcheck.subjects import find_subject
from tests.conftest import find_mention


@pytest.mark.parametrize(
    ("text", "figure", "subject_word"),
    [
        ("Hamas holds roughly 240 hostages in Gaza.", "240", "hostages"),
        ("Blinken said he has five main agenda items.", "five", "items"),
        ("It cannot house Gaza's population of 2.3 million people.", "million", "people"),
        ("The death count in Gaza crossed 9,000 on Thursday.", "9,000", "count"),
        ("Some 7.7 percent of voters stayed home.", "7.7", "voters"),
        ("Inflation rose to 7.7 percent in May.", "7.7", "Inflation"),
    ],
)
def test_subject_names_what_the_figure_counts(nlp, text, figure, subject_word):
    doc, mention = find_mention(nlp, text, figure)
    assert subject_word in find_subject(doc, mention).split()


def test_subject_excludes_the_figure_itself(nlp):
    doc, mention = find_mention(nlp, "Officials counted 18 Democrats.", "18")
    assert find_subject(doc, mention) == "Democrats"


def test_bare_figure_that_is_a_verb_subject_takes_the_verb(nlp):
    doc, mention = find_mention(nlp, "The ministry said 8,000 died.", "8,000")
    assert find_subject(doc, mention) == "died"
