"""A headline's trailing source after a wire dash or ", says X" gives its figures that source;
prose with a stop and a dash that is no source's are left alone (tests/wired, wirek layouts)."""

from factcheck.model import SourceKind
from tests.conftest import source_of

DASHED = (
    "Storms kill at least 35, cut power to over 90,000 -energy ministry\n\nStorms hit the coast."
)
SAID = (
    "Border live\n\n11:20 GMT\nAshes of 240 miners returned to Peru, says Lima\n\n"
    "Peru has received the remains of the miners."
)


def test_a_wire_dash_before_a_body_sources_every_figure_of_the_headline(nlp):
    assert source_of(nlp, DASHED, "at least 35") == ("energy ministry", SourceKind.NAMED_ORG)
    assert source_of(nlp, DASHED, "over 90,000") == ("energy ministry", SourceKind.NAMED_ORG)


def test_a_headline_ending_says_and_a_name_gives_its_figure_that_source(nlp):
    assert source_of(nlp, SAID, "240") == ("Lima", SourceKind.NAMED_ORG)


def test_a_spaced_dash_in_prose_names_no_source(nlp):
    # near-miss: a sentence with its stop, a spaced dash and words after it
    text = "Storms Hit Coast\n\nStorms cut power to 9,000 homes -- the worst in years."
    assert source_of(nlp, text, "9,000") == ("", SourceKind.NONE)


def _line_of(tokens: int) -> str:
    """A line of ``tokens`` tokens (the comma one of them) with no stop: its figure third and a
    wire dash at its end."""
    filler = " ".join(["more"] * (tokens - 6))
    return f"Storms kill 35, {filler} -energy ministry\n\nStorms hit the coast."


def test_a_line_of_thirty_tokens_is_still_a_headline(nlp):
    assert source_of(nlp, _line_of(30), "35") == ("energy ministry", SourceKind.NAMED_ORG)


def test_a_line_longer_than_a_headline_names_no_tail_source(nlp):
    # the walk along the line stops at its 31st token, before the dash
    assert source_of(nlp, _line_of(31), "35") == ("", SourceKind.NONE)
    assert source_of(nlp, _line_of(60), "35") == ("", SourceKind.NONE)
