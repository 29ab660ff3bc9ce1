"""A role written before a person's name stays in the source text, with the ranks between them
(docs/gold-conventions.md, "Titles and roles before names"; tests/wirea, wired, wiree, wirel)."""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_a_spokespersons_role_before_the_name_is_kept(nlp):
    text = (
        "Health ministry spokesperson Lina Farouk told reporters that 55 cases had been confirmed."
    )
    assert source_of(nlp, text, "55") == (
        "Health ministry spokesperson Lina Farouk",
        SourceKind.NAMED_PERSON,
    )


def test_a_spokespersons_role_stays_for_the_pronoun_after_it(nlp):
    text = (
        "Three people died, ministry spokesman Tomas Berecz said on Monday. "
        "He said 40 homes were destroyed."
    )
    assert source_of(nlp, text, "40") == (
        "ministry spokesman Tomas Berecz",
        SourceKind.NAMED_PERSON,
    )


def test_a_rank_between_the_role_and_the_name_keeps_both(nlp):
    text = (
        "The ministry said it was watching. Defense ministry spokesperson Col. Lin Mei-hua "
        "told reporters that 28 aircraft had been seen."
    )
    assert source_of(nlp, text, "28") == (
        "Defense ministry spokesperson Col. Lin Mei-hua",
        SourceKind.NAMED_PERSON,
    )


def test_two_ranks_before_a_name_stay_whole(nlp):
    text = '"It was a long night," said Maj. Gen. Ivo Maric. He said 9 soldiers were hurt.'
    assert source_of(nlp, text, "9") == ("Maj. Gen. Ivo Maric", SourceKind.NAMED_PERSON)


def test_a_role_and_two_ranks_split_by_the_sentence_splitter_stay_whole(nlp):
    text = (
        "The army gave its account. Army spokesman Brig. Gen. Omar Haddad said jets had "
        "destroyed 41 vehicles."
    )
    assert source_of(nlp, text, "41") == (
        "Army spokesman Brig. Gen. Omar Haddad",
        SourceKind.NAMED_PERSON,
    )


def test_a_possessed_role_before_a_rank_is_left_out(nlp):
    # near-miss: a possessive makes the role a description (source_extent), rank and name stay
    text = "His aide Sgt. Rami Vos said 12 trucks were seized."
    assert source_of(nlp, text, "12") == ("Sgt. Rami Vos", SourceKind.NAMED_PERSON)


def test_an_adjective_of_an_office_stays_with_the_role(nlp):
    text = (
        "The number of people killed has risen to six, regional governor Oleh Marchuk says "
        "on Telegram."
    )
    assert source_of(nlp, text, "six") == (
        "regional governor Oleh Marchuk",
        SourceKind.NAMED_PERSON,
    )


def test_an_office_adjective_before_a_compound_role_stays(nlp):
    text = (
        '"We are still looking for three residents," provincial disaster chief Rosa Lim told AFP.'
    )
    assert source_of(nlp, text, "three") == (
        "provincial disaster chief Rosa Lim",
        SourceKind.NAMED_PERSON,
    )


def test_an_adjective_that_dates_the_office_is_left_out(nlp):
    # near-miss: "former" dates the office (STATUS_ADJECTIVES); the name alone, as before
    text = "The plan would cost $40 million, former governor Ann Lee said."
    assert source_of(nlp, text, "$40 million") == ("Ann Lee", SourceKind.NAMED_PERSON)


def test_an_adjective_before_a_description_is_left_out(nlp):
    # near-miss: "hopeful" is no office (source_extent: a description)
    text = "The plan would cost $40 million, Republican presidential hopeful Ann Lee said."
    assert source_of(nlp, text, "$40 million") == ("Ann Lee", SourceKind.NAMED_PERSON)
