"""A pronoun source takes its antecedent's name as last written in full, with the role written
before it there, where the look-back found a bare surname and the name was written with a role
(docs/gold-conventions.md, "Titles and roles before names in source text"; full_names.py)."""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_she_after_a_surname_speaker_takes_the_name_in_full_with_its_role(nlp):
    text = (
        "Poll board chairwoman Grace Temba opened the tally on Monday.\n\n"
        '"The north is in. The south is not," Temba told a news conference. The board had '
        "received results from 17 of the 30 districts, she said."
    )
    assert source_of(nlp, text, "17") == (
        "Poll board chairwoman Grace Temba",
        SourceKind.NAMED_PERSON,
    )


def test_he_after_a_surname_speaker_whose_name_had_no_role_stays_the_surname(nlp):
    # near-miss: the name was written without a role; the golds split on widening it (the real
    # golds keep the nearer "Sanders" for a "he" 19 times), so the look-back's name stays
    text = (
        "The trial of the former mayor opened in Tarsville on Tuesday, and Anton Mirecki "
        "led the case for the state.\n\n"
        '"The bridges were never built," Mirecki told the court. He said investigators had '
        "traced 85 million dinars to accounts held by the mayor's cousins."
    )
    assert source_of(nlp, text, "85 million dinars") == ("Mirecki", SourceKind.NAMED_PERSON)


def test_he_after_a_surname_speaker_takes_the_name_with_its_title(nlp):
    text = (
        "Regional police chief Tariq Hamid Durrani told reporters a bomber struck the gate.\n\n"
        '"Two guards stopped him," Durrani said. "Both died there."\n\n'
        "He said 14 of the dead were recruits."
    )
    assert source_of(nlp, text, "14") == (
        "Regional police chief Tariq Hamid Durrani",
        SourceKind.NAMED_PERSON,
    )


def test_a_surname_written_at_the_attribution_stays_as_written(nlp):
    # near-miss: no pronoun, the attribution's own words are the source
    text = (
        "Poll board chairwoman Grace Temba opened the tally on Monday.\n\n"
        "Temba said 17 of the 30 districts had reported."
    )
    assert source_of(nlp, text, "17") == ("Temba", SourceKind.NAMED_PERSON)


def test_a_titled_short_name_is_not_widened(nlp):
    # near-miss: "Mr. Okoro" is how the copy writes the name in full after its first mention
    text = (
        "Senator Paul Okoro addressed the rally.\n\n"
        '"We were at 6 and 7," Mr. Okoro said. He said 40 counties had backed him.'
    )
    assert source_of(nlp, text, "40") == ("Mr. Okoro", SourceKind.NAMED_PERSON)
