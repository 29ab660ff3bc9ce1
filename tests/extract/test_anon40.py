"""Unnamed people named only by kin or role are an anonymous source (part40): every gold
anonymous source carries the anonymous_source caveat."""

import pytest

from factcheck.extract import extract_claims
from factcheck.extract.caveats import CaveatTarget, find_caveats
from factcheck.model import Caveat, Source, SourceKind


def caveat_kinds(nlp, text, figure):
    """The caveat kinds of the first extracted claim containing ``figure``."""
    claim = next(c for c in extract_claims(nlp(text), doc_name="t").claims if figure in c.text)
    return [c.kind.value for c in claim.caveats]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The boy's father told deputies that three men had fired at the car.", "three"),
        ("His sister said he had worked at the plant for 12 years.", "12 years"),
        ("My aunt told me that 12 people lived in that house.", "12"),
    ],
)
def test_unnamed_kin_give_anonymous_source(nlp, text, figure):
    assert "anonymous_source" in caveat_kinds(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("About 60 volunteers joined the cleanup on Sunday, according to an organizer.", "60"),
        ("Steel makers argue that imports rose to 30 percent of the market.", "30 percent"),
        ("Advocates estimate that up to 9,000 families could lose coverage.", "9,000"),
        ("Defense lawyers said 14 witnesses had been called.", "14"),
    ],
)
def test_unnamed_people_named_by_role_give_anonymous_source(nlp, text, figure):
    assert "anonymous_source" in caveat_kinds(nlp, text, figure)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("the father", True),
        ("the child's mother", True),
        ("party leaders", True),
        ("my staff", True),
        # a pronoun stays someone the article named
        ("she", False),
        ("the candidates", False),
    ],
)
def test_kin_and_role_heads_name_unnamed_people(nlp, source, expected):
    doc = nlp("They said 240 people were held.")
    target = CaveatTarget(number=doc[2], source=Source(source, SourceKind.ANONYMOUS))
    (found,) = find_caveats(doc, [target])
    assert (Caveat.ANONYMOUS_SOURCE in {c.kind for c in found}) is expected


def test_a_named_official_takes_no_anonymous_source(nlp):
    assert "anonymous_source" not in caveat_kinds(
        nlp, "Mayor Dana Ortiz said 40 homes were flooded.", "40"
    )
