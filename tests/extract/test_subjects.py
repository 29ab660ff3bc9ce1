import pytest

from factcheck.extract.subjects import find_subject
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


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("The quake struck on Monday, killing at least 57 people.", "57", "people killed"),
        ("At least 14 people have died in the fires this season.", "14", "people died"),
        ("The quake killed more than 170 in 2003.", "170", "killed"),
        ("The bank reported revenue of $4.5bn last month.", "4.5bn", "revenue"),
        ("The quake hit at a depth of 10 km, the agency said.", "10", "depth"),
        ("It was the country's worst fire season in 13 years.", "13", "worst fire season"),
        (
            "The EU said it would release 500,000 euros in emergency funding.",
            "500,000",
            "emergency funding",
        ),
        ("The death count in Gaza crossed 9,000 on Thursday.", "9,000", "death count"),
    ],
)
def test_subject_without_a_counted_noun_comes_from_the_clause(nlp, text, figure, subject):
    doc, mention = find_mention(nlp, text, figure)
    assert find_subject(doc, mention) == subject


def test_specific_counted_noun_gets_no_predicate(nlp):
    doc, mention = find_mention(nlp, "The strikes killed 23 civilians.", "23")
    assert find_subject(doc, mention) == "civilians"


def test_predicate_adjective_names_what_happened_to_people(nlp):
    doc, mention = find_mention(nlp, "As many as 60 people were feared dead.", "60")
    assert find_subject(doc, mention) == "people dead"


def test_bracketed_conversion_measures_what_it_converts(nlp):
    from factcheck.extract import extract_claims

    text = "The regulator said the fine of HK$400 million (US$51 million) was its largest."
    claims = extract_claims(nlp(text), doc_name="t").claims
    assert [c.subject for c in claims] == ["fine", "fine"]


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        (
            "The ministry says more than 10,000 Palestinians have been killed.",
            "10,000",
            "Palestinians killed",
        ),
        (
            "The company, which employs about 12,000 people, said it would cut jobs.",
            "12,000",
            "people",
        ),
        ("The bill, worth $1.2 trillion, passed the Senate.", "1.2", "bill"),
    ],
)
def test_subject_predicates_only_for_what_happened_to_people(nlp, text, figure, subject):
    doc, mention = find_mention(nlp, text, figure)
    assert find_subject(doc, mention) == subject
