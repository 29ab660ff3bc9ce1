"""A pronoun resolved to a bare surname takes the person's fuller mention before it, role and
all (docs/gold-conventions.md: a pronoun takes its antecedent "as last written in full";
tests/wireb, wirel)."""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_a_pronoun_after_a_bare_surname_takes_the_full_mention(nlp):
    text = (
        "Opening the trial, prosecutor Rosa Mbeki said the city paid 2 billion shillings for "
        'the contracts. "The money vanished," Mbeki told the court. She said investigators '
        "had traced 500 million shillings to the mayor's relatives."
    )
    assert source_of(nlp, text, "500 million shillings") == (
        "prosecutor Rosa Mbeki",
        SourceKind.NAMED_PERSON,
    )


def test_a_bare_surname_at_the_attribution_stays_as_written(nlp):
    # near-miss: no pronoun, the name as written at the attribution (conventions)
    text = (
        "Opening the trial, prosecutor Rosa Mbeki said the city paid 2 billion shillings for "
        "the contracts. Mbeki said investigators had traced 500 million shillings to the "
        "mayor's relatives."
    )
    assert source_of(nlp, text, "500 million shillings") == ("Mbeki", SourceKind.NAMED_PERSON)


def test_a_courtesy_title_name_is_not_widened(nlp):
    # near-miss: "Mr. Lund" as last written stays (the NYT golds, courtesy_titles.py)
    text = (
        "Senator Arne Lund spoke on Tuesday. Mr. Lund said the bill was late. "
        "He said it would cost $4 billion."
    )
    assert source_of(nlp, text, "$4 billion") == ("Mr. Lund", SourceKind.NAMED_PERSON)
