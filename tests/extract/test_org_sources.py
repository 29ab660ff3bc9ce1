"""Organisations as sources on wire copy: which bodies speak, and which mention is the source."""

import pytest

from factcheck.extract import extract_claims
from factcheck.extract.sources.attribution import find_source
from factcheck.model import SourceKind
from tests.conftest import find_mention

_ORG = SourceKind.NAMED_ORG
_ANON = SourceKind.ANONYMOUS


@pytest.mark.parametrize(
    ("text", "figure", "source", "kind"),
    [
        (
            "At least 45 civilians were killed in the shelling, a medical group said on Friday.",
            "45",
            "a medical group",
            _ORG,
        ),
        (
            "About 3.2 million people face acute hunger, a regional food monitor said.",
            "3.2 million",
            "a regional food monitor",
            _ORG,
        ),
        # near miss: a news outlet after "a" is an unnamed report, anonymous
        (
            "A local television station reported that as many as 22 people had died.",
            "22",
            "A local television station",
            _ANON,
        ),
        (
            "As many as 30 people were hurt, a local news website reported.",
            "30",
            "a local news website",
            _ANON,
        ),
    ],
)
def test_a_body_after_a_is_named_org_unless_a_news_outlet(nlp, text, figure, source, kind):
    doc, mention = find_mention(nlp, text, figure)
    found = find_source(doc, mention.number_token(doc))
    assert (found.text, found.kind) == (source, kind)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("The collective says it found more than 200 bone fragments.", "200", "The collective"),
        (
            "At least 14 patients died in the blaze, the civil defence said.",
            "14",
            "the civil defence",
        ),
        (
            "The presidential palace said the state would pay 20 million rupiah to each family.",
            "20 million rupiah",
            "The presidential palace",
        ),
        ("Some 300 prisoners were freed, the headquarters said.", "300", "the headquarters"),
        (
            "A dairy cooperative in the region estimated its losses at 45 million shillings.",
            "45 million shillings",
            "A dairy cooperative in the region",
        ),
    ],
)
def test_wire_bodies_speak_as_named_org(nlp, text, figure, source):
    doc, mention = find_mention(nlp, text, figure)
    found = find_source(doc, mention.number_token(doc))
    assert (found.text, found.kind) == (source, _ORG)


def test_a_person_in_a_palace_is_not_the_palace(nlp):
    # near miss: a spokesman of the palace is one unnamed person, anonymous
    doc, mention = find_mention(nlp, "Some 40 guests were hurt, a palace spokesman said.", "40")
    found = find_source(doc, mention.number_token(doc))
    assert found.kind == _ANON


_LIVE = (
    "Quarry collapse: live updates\n\nUpdated 3 March 2026, 11:10 GMT\n\n"
    "11:10 GMT - Rescuers raise toll to 27, say more are trapped\n\n"
    "10:25 GMT \u2013 Fire service says 12 people were pulled out alive\n\n"
    "10:05 GMT\nPolice say 40 men were on shift.\n"
)


def test_a_dash_after_a_live_line_time_leaves_the_zone_out_of_the_source(nlp):
    claims = extract_claims(nlp(_LIVE), doc_name="t").claims
    sources = {c.text: (c.source.text, c.source.kind) for c in claims}
    assert sources["27"] == ("Rescuers", _ORG)
    assert sources["12"] == ("Fire service", _ORG)
    # near miss: a time alone on its line already started the entry
    assert sources["40"] == ("Police", _ORG)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "The federation said 28,000 tickets had been sold, while the fans' union estimated "
            "the crowd at close to 40,000.",
            "28,000",
            "The federation",
        ),
        (
            "A survey by the Red Cross found that about one in four families were skipping "
            "meals, while the statistics office puts the poverty rate at 31%.",
            "about one in four",
            "A survey by the Red Cross",
        ),
        (
            "The federation said 28,000 tickets had been sold, while the fans' union estimated "
            "the crowd at close to 40,000.",
            "close to 40,000",
            "the fans' union",
        ),
    ],
)
def test_a_while_clause_with_its_own_figure_keeps_its_source_to_itself(nlp, text, figure, source):
    doc, mention = find_mention(nlp, text, figure)
    assert find_source(doc, mention.number_token(doc)).text == source


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        ("Marlow Ratings estimated the deficit at closer to 5% next year.", "5%", _ORG),
        ("Dana Research said 40 people attended.", "40", _ORG),
        # near miss: a person's name that ends in no firm's word stays a person
        ("Dana Marlow said 40 people attended.", "40", SourceKind.NAMED_PERSON),
    ],
)
def test_a_name_ending_in_a_firms_word_is_an_organisation(nlp, text, figure, kind):
    doc, mention = find_mention(nlp, text, figure)
    assert find_source(doc, mention.number_token(doc)).kind == kind


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        ("Ugandan rights groups say police killed at least 19 protesters.", "19", _ANON),
        ("Local media reported that about 12,000 homes had been damaged.", "12,000", _ANON),
        # near misses: bodies singled out stay named_org
        ("The rights groups said 12 people were missing.", "12", _ORG),
        ("State media said 41 people had died.", "41", _ORG),
    ],
)
def test_plural_bodies_of_a_kind_are_unspecified(nlp, text, figure, kind):
    doc, mention = find_mention(nlp, text, figure)
    assert find_source(doc, mention.number_token(doc)).kind == kind
