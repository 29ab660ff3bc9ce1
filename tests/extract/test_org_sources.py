"""Organisations as sources on wire copy: which bodies speak, and which mention is the source."""

import pytest

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
