"""An implied count's source is dropped only when the source names the counted people (a
headline's "Mother, child found dead"), compared as whole words: "He" is not inside "his nephew"
or "her mother" (implied_claims.py `_names_within`; the substring test dropped those, found by
gvasrc38)."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts
from factcheck.extract.implied.implied_claims import implied_target

_BODY = "\n\nPolice gave no more details."


def _sources(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(c.text, implied_target(doc, c).source.text) for c in find_implied_counts(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said his nephew was shot Friday.", ("his nephew", "He")),
        ("He said her mother was shot Friday.", ("her mother", "He")),
        ("Police said the man was shot Friday.", ("the man", "Police")),
    ],
)
def test_a_source_whose_letters_fall_inside_the_counted_words_is_kept(nlp, text, expected):
    assert expected in _sources(nlp, text)


def test_a_headline_whose_counted_people_read_as_the_source_has_no_source(nlp):
    assert ("Mother, child", "") in _sources(nlp, "Mother, child found dead" + _BODY)
