"""A live blog's single line breaks: a clock time alone on a line, a dashed key point and a
clock time opening a key-event line each start a sentence, so neither the time nor the line
before becomes the source of the next line's figure (tests/wirek, wirel, wiref layouts)."""

from factcheck.model import SourceKind
from tests.conftest import source_of

LIVE = (
    "Port fire live: blaze spreads to second terminal\n\n"
    "Key points\n"
    "- Five sailors were flown home\n"
    "- Oman says it has now freed 312 captives\n\n"
    "09:40 GMT\n"
    "The harbour board says at least 9 ships were moved out of the basin.\n"
)


def test_a_clock_time_alone_on_a_line_is_not_the_next_lines_source(nlp):
    assert source_of(nlp, LIVE, "at least 9") == ("The harbour board", SourceKind.NAMED_ORG)


def test_a_dashed_key_point_keeps_its_own_subject_as_source(nlp):
    assert source_of(nlp, LIVE, "312") == ("Oman", SourceKind.NAMED_ORG)


def test_a_hard_wrapped_line_is_still_one_sentence(nlp):
    # near-miss: a single line break inside prose, no clock time nor bullet, joins as before
    text = "Port Fire Spreads\n\nThe harbour board said\nat least 9 ships were moved."
    assert source_of(nlp, text, "at least 9") == ("The harbour board", SourceKind.NAMED_ORG)


def test_a_figure_with_a_decimal_point_opening_a_line_is_no_clock_time(nlp):
    # near-miss: "12.50" with no zone and prose after it in lowercase stays in its sentence
    text = "Fuel Prices Rise\n\nThe ministry said prices rose to\n12.50 pesos a litre in May."
    assert source_of(nlp, text, "12.50 pesos")[0] == "The ministry"
