"""A body described by what it does and named in full with another head noun is one source:
"the agency" gives "the institute's" figures (body_aliases.py; invented sentences)."""

from __future__ import annotations

from factcheck.extract.caveats.body_aliases import body_aliases, same_body
from factcheck.model import Source, SourceKind
from tests.conftest import kinds_of

PRELIMINARY = "preliminary"


def _org(text: str) -> Source:
    return Source(text=text, kind=SourceKind.NAMED_ORG)


def test_description_words_in_the_name_alias_the_two_heads() -> None:
    aliases = body_aliases(
        [_org("the province's flood relief agency"), _org("the Bureau for Flood Relief Operations")]
    )
    assert same_body("agency", "bureau", aliases)
    assert same_body("bureau", "agency", aliases)


def test_a_description_with_a_word_outside_the_name_is_another_body() -> None:
    aliases = body_aliases(
        [_org("the province's weather agency"), _org("the Bureau for Flood Relief Operations")]
    )
    assert not same_body("agency", "bureau", aliases)


def test_the_agency_calls_the_bureaus_figures_preliminary(nlp):
    text = (
        "Floods hit the north\n\n"
        "Floods have killed at least 21 people, the province's flood relief agency said on "
        "Friday.\n\n"
        "The Bureau for Flood Relief Operations said 340 people had been hurt and 27 were "
        "missing. The agency said the figures were preliminary.\n"
    )
    assert PRELIMINARY in kinds_of(nlp, text, "340")
    assert PRELIMINARY in kinds_of(nlp, text, "27")


def test_the_full_names_other_figures_stay_out(nlp):
    text = (
        "Floods hit the north\n\n"
        "Floods have killed at least 21 people, the province's flood relief agency said on "
        "Friday.\n\n"
        "Rivers rose 4 meters, according to the Bureau for Flood Relief Operations.\n\n"
        "The bureau said 340 people had been hurt. In all, 9,000 homes were damaged, the "
        "agency said.\n\n"
        "A spokesman, Tomas Reyes, said the figures were preliminary.\n"
    )
    assert PRELIMINARY in kinds_of(nlp, text, "340")
    assert PRELIMINARY not in kinds_of(nlp, text, "4 meters")
