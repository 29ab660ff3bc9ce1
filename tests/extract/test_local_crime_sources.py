"""Sources in local crime reports that are no speaker, or a unique role after "a".

- A related story's headline under a "STORY:" rubric is page furniture, as "RELATED:" is: its
  figures have no source, however often the page repeats the rubric (lexicon.LAYOUT_LABELS).
- "show up for candidates", "arguing with a neighbor": a reporting verb with this particle or
  preposition is an act, not a report, so the figure's source is the one that reports it
  (lexicon.ACT_VERB_PARTICLES).
- "a sheriff said": a county has one sheriff, so the role names a person even after "a" (gold
  README, "Source kinds": a unique role -> named_person; lexicon.INDEFINITE_UNIQUE_ROLE_HEADS).
- "an investigator said": one unnamed member of the police, an anonymous source with the
  anonymous_source caveat, as "a US official said" (lexicon.UNNAMED_PEOPLE_HEADS).

Sentences are invented.
"""

import pytest
from spacy.language import Language

from factcheck.model import Caveat, SourceKind
from tests.conftest import claims_of, source_of


def test_a_repeated_story_rubric_is_page_furniture_not_a_speaker(nlp: Language) -> None:
    text = (
        "Ann Lee was charged on Monday in the bar shooting.\n\n"
        "STORY: Mayor hurt in crash on Elm Street\n\n"
        "STORY: 2 dead in double shooting at Reno motel\n\n"
        "Lee is held without bond.\n"
    )
    assert source_of(nlp, text, "2") == ("", SourceKind.NONE)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Party leaders have not seen the coalition of young voters show up for candidates "
            "in the last two elections.",
            "two",
            ("", SourceKind.NONE),
        ),
        (
            "The suspect had been arguing with his neighbor over a fence when he shot two "
            "people, deputies said.",
            "two",
            ("deputies", SourceKind.NAMED_ORG),
        ),
    ],
)
def test_showing_up_or_arguing_with_someone_is_an_act_not_a_report(
    nlp: Language, text: str, figure: str, source: tuple[str, SourceKind]
) -> None:
    assert source_of(nlp, text, figure) == source


def test_arguing_that_is_still_a_report(nlp: Language) -> None:
    text = "Lee argued that the plan would cost 40 jobs."
    assert source_of(nlp, text, "40") == ("Lee", SourceKind.NAMED_PERSON)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two hunters were hurt near the lake, a sheriff said Friday.", "Two"),
        ("A sheriff said four people were hurt when the truck overturned.", "four"),
    ],
)
def test_a_sheriff_is_a_unique_role_even_after_a(nlp: Language, text: str, figure: str) -> None:
    assert source_of(nlp, text, figure)[1] is SourceKind.NAMED_PERSON


def test_a_spokesman_after_a_stays_anonymous(nlp: Language) -> None:
    text = "Three people were hurt, a police spokesman said."
    assert source_of(nlp, text, "Three")[1] is SourceKind.ANONYMOUS


def test_an_investigator_is_one_unnamed_member_with_the_anonymous_caveat(nlp: Language) -> None:
    text = "The gunman killed four people before shooting himself, an investigator said."
    claim = next(c for c in claims_of(nlp, text) if c.text == "four")
    assert (claim.source.text, claim.source.kind) == ("an investigator", SourceKind.ANONYMOUS)
    assert [c.kind for c in claim.caveats] == [Caveat.ANONYMOUS_SOURCE]
