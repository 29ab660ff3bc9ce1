"""Two abbreviated ranks written as one before a name ("Lt. Cmdr. Ana Ruiz", a naval rank) stay
with the name, as "Brig. Gen." and "Lt. Col." do (docs/gold-conventions.md, "Titles and roles
before names in source text"; tests/wire2a, wirea golds). Invented sentences."""

from __future__ import annotations

from tests.conftest import source_of


def test_a_lieutenant_commanders_rank_stays_with_the_name(nlp):
    text = "Lt. Cmdr. Rafiq Amin said 41 sailors were rescued from the hull."
    assert source_of(nlp, text, "41")[0] == "Lt. Cmdr. Rafiq Amin"


def test_a_commanders_rank_after_a_comma_stays_with_the_name(nlp):
    text = "The navy's spokesman, Cmdr. Ola Berg, said 12 boats were seized."
    assert source_of(nlp, text, "12")[0] == "Cmdr. Ola Berg"
