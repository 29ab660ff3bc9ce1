"""Claim links within an article (issue 11): headline to body, repeats, competing figures."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.extract.links import link_claims
from factcheck.model import Approx, Claim, LinkKind, Source, SourceKind


def _links(nlp, text: str) -> list[tuple[str, str, str]]:
    """(claim text, link kind, linked claim text) for every link of the article's claims."""
    claims = extract_claims(nlp(text), doc_name="t", text=text).claims
    by_span = {(c.start, c.end): c.text for c in claims}
    return [
        (c.text, link.kind.value, by_span[(link.start, link.end)])
        for c in claims
        for link in c.links
    ]


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (  # a headline figure, worded otherwise in the body
            "Quake toll hits 2,000\n\nThe earthquake killed 2,000 people, officials said. "
            "Rescuers found 300 survivors.",
            ("2,000", "headline", "2,000"),
        ),
        (  # the same figure of the same thing, said again
            "Flood\n\nThe flood destroyed 1,200 homes, the county said. Volunteers arrived on "
            "Monday. Rebuilding the 1,200 homes will take a year, the mayor said.",
            ("1,200", "repeat", "1,200"),
        ),
        (  # two sources, two tolls
            "Clashes\n\nThe health ministry said 40 protesters died in the clashes. "
            "The army said 12 protesters died.",
            ("12", "competing", "40"),
        ),
    ],
)
def test_an_article_links_its_headline_figures_repeats_and_competing_figures(nlp, text, link):
    assert link in _links(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a small headline count of another thing
        (
            "Storm leaves 4 homes without roofs\n\nThe storm injured 4 people, the fire service said.",
            "headline",
        ),
        # one source revising its own figure
        (
            "Clashes\n\nThe health ministry said 40 protesters died in the clashes. "
            "The health ministry later said 52 protesters died.",
            "competing",
        ),
        # two pollsters' percentages are two measurements
        (
            "Race tightens\n\nA Monmouth poll put Smith's support at 48 percent. "
            "A Quinnipiac poll put Smith's support at 41 percent.",
            "competing",
        ),
    ],
)
def test_figures_that_are_not_the_same_or_rival_are_not_linked(nlp, text, kind):
    assert all(k != kind for _, k, _ in _links(nlp, text))


def test_every_repeat_stays_a_claim_of_its_own(nlp):
    text = "Flood\n\nThe flood destroyed 1,200 homes. Rebuilding the 1,200 homes will take a year."
    claims = extract_claims(nlp(text), doc_name="t", text=text).claims
    assert [c.text for c in claims].count("1,200") == 2  # gold README, "Repeats"


def _claim(start: int, value: float, subject: str, source: str = "", **kw) -> Claim:
    kind = SourceKind.NAMED_ORG if source else SourceKind.NONE
    return Claim(
        doc="t",
        start=start,
        end=start + 2,
        text=kw.pop("text", str(value)),
        value=value,
        approx=kw.pop("approx", Approx.EXACT),
        subject=subject,
        source=Source(text=source, kind=kind),
        **kw,
    )


@pytest.mark.parametrize(
    ("first", "second", "competing"),
    [
        (_claim(10, 40, "dead", "ministry"), _claim(50, 12, "dead", "army"), True),
        # a lower bound and a figure inside it can both be right
        (
            _claim(10, 40, "dead", "ministry", approx=Approx.LOWER_BOUND),
            _claim(50, 52, "dead", "army"),
            False,
        ),
        # a part of a whole ("one of the two men"), not a rival figure
        (_claim(10, 2, "men", "police"), _claim(50, 1, "men", "a relative"), False),
        (_claim(10, 40, "dead", "ministry"), _claim(50, 12, "injured", "army"), False),
        (_claim(10, 40, "dead"), _claim(50, 12, "dead", "army"), False),  # no source, no rival
    ],
)
def test_competing_figures_need_two_sources_one_thing_and_figures_that_cannot_both_hold(
    first, second, competing
):
    linked = link_claims([first, second], headline_end=0)
    kinds = [link.kind for link in linked[1].links]
    assert (LinkKind.COMPETING in kinds) is competing


def test_two_unnamed_victims_are_not_repeats_but_a_renamed_one_is():
    first = _claim(10, 1, "killed", text="a man", implied=True)
    second = _claim(60, 1, "killed", text="a woman", implied=True)
    named = _claim(100, 1, "killed", text="John Ortiz", implied=True)
    again = _claim(160, 1, "killed", text="Ortiz", implied=True)
    linked = link_claims([first, second, named, again], headline_end=0)
    assert [len(c.links) for c in linked] == [0, 0, 0, 1]
    assert linked[3].links[0].start == named.start


def test_links_leave_every_other_field_of_a_claim_as_it_was():
    claims = [_claim(10, 40, "dead", "ministry"), _claim(50, 12, "dead", "army")]
    linked = link_claims(claims, headline_end=0)
    assert linked[0] == claims[0]
    assert linked[1].links and linked[1].subject == "dead" and linked[1].value == 12
