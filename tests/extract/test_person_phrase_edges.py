"""Where a counted person's words start: not at a clause the parse hangs before a name it takes
for the root ("Deputies found Ann Lee and her roommate, Beth Tran, with gunshot wounds"), nor
at a headline's verb the tagger calls a noun ("Police ID man killed by officers", "Coroner IDs
woman found dead in park"; implied/implied_people.py ``person_phrase``, headline_casualties.py;
impl58). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _texts(nlp, text: str) -> list[str]:
    return [c.text for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("headline", "person"),
    [
        ("Police ID man killed by officers", "man"),
        ("Coroner IDs woman found dead in park", "woman"),
        ("Police ID teen shot on East Side", "teen"),
    ],
)
def test_a_headline_verb_read_as_a_noun_is_not_part_of_the_person(nlp, headline, person):
    texts = _texts(nlp, f"{headline}\n\nThe shooting happened Tuesday on Elm Street.")
    assert person in texts
    assert not any(t.startswith(("Police", "Coroner")) for t in texts)


def test_a_clause_before_a_root_name_is_not_part_of_the_person(nlp):
    texts = _texts(nlp, "Deputies found Sara Kim and her roommate, Beth Tran, with gunshot wounds.")
    assert not any(t.startswith("Deputies") for t in texts)
