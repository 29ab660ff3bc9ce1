"""A live page's post heading takes the figure-level caveats of the same figure in its post
(post_headings.py): invented live page."""

from factcheck.extract import extract_claims
from factcheck.extract.post_headings import heading_lines
from factcheck.model import Caveat

_PAGE = (
    "Live: storms batter the coast\n\n"
    "14:05 GMT\n\n"
    "Rebels say they shot down 12 helicopters\n\n"
    "The rebel command says its units shot down 12 army helicopters over three provinces "
    "overnight. Wire has not been able to verify the claim.\n\n"
    "13:30 GMT\n\n"
    "Ferry service halted for 12 hours\n\n"
    "The port authority says ferries to the islands will not sail for 12 hours because of the "
    "high waves along the coast tonight.\n"
)


def claims_at(nlp, text):
    claims = extract_claims(nlp(text), doc_name="t").claims
    return {(c.text, c.start): {m.kind for m in c.caveats} for c in claims if not c.implied}


def test_heading_figure_takes_the_verification_caveat_of_its_post(nlp):
    kinds = claims_at(nlp, _PAGE)
    heading = _PAGE.index("12 helicopters")
    assert Caveat.NOT_INDEPENDENTLY_VERIFIED in kinds[("12", heading)]


def test_heading_of_another_post_takes_nothing_from_the_first(nlp):
    kinds = claims_at(nlp, _PAGE)
    heading = _PAGE.index("12 hours")
    assert Caveat.NOT_INDEPENDENTLY_VERIFIED not in kinds[("12 hours", heading)]


def test_heading_lines_are_short_lines_over_a_post():
    spans = heading_lines(_PAGE, _PAGE.index("\n"))
    lines = [_PAGE[s:e] for s, e in spans]
    assert "Rebels say they shot down 12 helicopters" in lines
    assert "Ferry service halted for 12 hours" in lines
    assert "14:05 GMT" not in lines  # a time stamp over a heading, no post under it
    assert not any(line.startswith("The port authority") for line in lines)  # a sentence


def test_a_short_line_without_a_time_stamp_is_no_post_heading():
    page = (
        "Man hurt in downtown shooting\n\n"
        "Police say 2 people were shot\n\n"
        "Police said two people were shot near the station on Friday night, and a witness "
        "believed 2 people had been hit before officers arrived at the scene.\n"
    )
    assert heading_lines(page, page.index("\n")) == []


def test_a_heading_the_time_stamp_opens_is_a_post_heading():
    page = (
        "Live: fire at the mill\n\n"
        "16:40 GMT: Toll rises to 38, fire service says\n\n"
        "The fire service says 38 people have died and that the toll is expected to rise as "
        "crews search the upper floors of the building.\n"
    )
    lines = [page[s:e] for s, e in heading_lines(page, page.index("\n"))]
    assert lines == ["16:40 GMT: Toll rises to 38, fire service says"]
