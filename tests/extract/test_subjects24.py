"""Subjects of session 21 (`subjects24`). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.evaluate import match_subject
from factcheck.extract.claims import extract_claims


def _subject_of(nlp, text: str, figure: str) -> str:
    claims = extract_claims(nlp(text), doc_name="t").claims
    return next(c.subject for c in claims if c.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "group"),
    [
        ("An Ipsos poll of likely Ohio voters was released on Monday. Mr. Lee is mistrusted "
         "by many - 58 percent - in the poll.", "58 percent", "voters"),
        ("The survey was conducted by phone with landlines among 900 adults. In the poll, 44 percent said "
         "they would back the levy.", "44 percent", "adults"),
        ("The Gazette surveyed nurses across the state in May. In the poll, 38 percent said "
         "they planned to strike.", "38 percent", "nurses"),
    ],
)  # fmt: skip
def test_poll_share_names_the_group_the_poll_asked(nlp, text, figure, group):
    assert match_subject(_subject_of(nlp, text, figure), [group])


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("She ends the race after winning nine states, raising nearly $80 million and "
         "filling arenas.", "nearly $80 million"),
        ("Her campaign reported raising more than $3 million, a record for the race.",
         "more than $3 million"),
    ],
)  # fmt: skip
def test_money_raised_is_named_raised_whatever_the_form(nlp, text, figure):
    assert match_subject(_subject_of(nlp, text, figure), ["raised"])


@pytest.mark.parametrize(
    ("text", "figure", "verb"),
    [
        ("The union's fund took in $2 million, compared with $9 million raised by the "
         "rival coalition.", "$9 million", "raised"),
        ("The mayor said the new fee would be more than offset by the $900 a year residents "
         "would save by not buying heating oil.", "$900", "save"),
    ],
)  # fmt: skip
def test_money_named_by_the_money_verb_of_the_clause_after_it(nlp, text, figure, verb):
    assert match_subject(_subject_of(nlp, text, figure), [verb])


def test_figure_said_again_with_only_a_verb_takes_its_earlier_subject(nlp):
    text = (
        "The council backs a $14 wage for city workers. Critics say the mayor will not win "
        "the vote by going for $14."
    )
    claims = [c for c in extract_claims(nlp(text), doc_name="t").claims if c.text == "$14"]
    assert len(claims) == 2
    assert match_subject(claims[1].subject, ["wage"])


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("Traders had forecast imports falling by 3,000.", "3,000", "imports"),
        ("The charity put the painting up for auction and set the bidding to start at $900.",
         "$900", "bidding"),
        ("Most counties have adopted a lower fee, usually ranging between $20 and $30.",
         "between $20 and $30", "fee"),
    ],
)  # fmt: skip
def test_level_verb_without_subject_measures_the_noun_it_describes(nlp, text, figure, noun):
    assert match_subject(_subject_of(nlp, text, figure), [noun])


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Despite trailing in the last five state polls, Lee was beaten in the primary by Ann "
         "Moe, who won, 51.2 percent to 47.9 percent, with all precincts reporting.",
         "51.2 percent"),
        ("The party said the final count showed Moe had received 50.3 percent while Lee "
         "received 49.1 percent.", "49.1 percent"),
    ],
)  # fmt: skip
def test_share_beside_an_election_result_counts_the_vote(nlp, text, figure):
    assert match_subject(_subject_of(nlp, text, figure), ["vote"])


def test_candidate_share_beside_a_result_names_the_candidate_and_the_vote(nlp):
    text = (
        "Tom Moe and Ann Brandt met in the runoff. The final count showed Moe had received "
        "50.3 percent while Brandt received 49.1 percent."
    )
    subject = _subject_of(nlp, text, "49.1 percent")
    assert match_subject(subject, ["vote"])
    assert match_subject(subject, ["Brandt"])


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("Vigils were held for two victims. Eleven of the 40 wounded remained hospitalized on "
         "Sunday, officials said.", "Eleven of the 40", "wounded"),
        ("Funerals were held for four victims. Nine of the 25 injured stayed in hospital "
         "overnight.", "Nine of the 25", "injured"),
    ],
)  # fmt: skip
def test_share_of_a_whole_named_by_a_casualty_participle_counts_it(nlp, text, figure, noun):
    assert match_subject(_subject_of(nlp, text, figure), [noun])
