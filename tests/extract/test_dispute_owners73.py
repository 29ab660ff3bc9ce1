"""Whose figures a dispute names by an owner written before the figure noun (session 73): "It
rejected the police toll" disputes the police's count of the dead, as "the police's toll" and
"the UN figure" do, not the disputer's own figures nor the police's other counts; a noun that
names no source ("the death toll") leaves the other readings as they were (gold README,
disputed; "Caveat scope": by source, not by distance).

Invented sentences.
"""

from __future__ import annotations

from factcheck.extract import extract_claims
from factcheck.model import Caveat


def disputed(nlp, text: str) -> list[str]:
    claims = extract_claims(nlp(text), doc_name="t").claims
    return [c.text for c in claims if any(m.kind is Caveat.DISPUTED for m in c.caveats)]


def test_a_source_noun_before_the_toll_names_that_sources_toll(nlp):
    text = (
        "Police said nine people had died in the riots and 240 had been arrested. "
        "A monitoring group said 31 people had died. It rejected the police toll as a cover-up."
    )
    assert disputed(nlp, text) == ["nine"]


def test_a_noun_that_names_no_source_keeps_the_nearest_reading(nlp):
    text = "The ministry said 40 people died in the floods. Residents disputed the death toll."
    assert disputed(nlp, text) == ["40"]
