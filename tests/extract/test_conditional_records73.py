"""A condition whose main clause has a pronoun for subject ("If confirmed, it would be the worst
flood in 40 years") supposes what the pronoun points back to; it makes no figure unverified,
neither those of its clause nor the one before it (caveats/cue_relations.py). A condition on
the figure's own clause keeps its caveat. Invented sentences.
"""

import pytest

from factcheck.extract import extract_claims
from factcheck.model import Caveat


def _caveats(nlp, text):
    return {
        c.text: {k.kind for k in c.caveats} for c in extract_claims(nlp(text), doc_name="t").claims
    }


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The river authority said the water rose faster than forecast. If confirmed, it "
            "would be the deadliest flood in the valley in 40 years.",
            "40 years",
        ),
        (
            "Stewards counted the marchers on the bridge. If verified, it would be the biggest "
            "rally in Dolsk, a town of roughly 90,000, since 2001.",
            "roughly 90,000",
        ),
        (
            "Monitors said at least 12,000 people marched through Dolsk on Sunday. If true, "
            "this would be the largest crowd the town has seen.",
            "at least 12,000",
        ),
    ],
)
def test_a_supposed_record_makes_no_figure_unverified(nlp, text, figure):
    caveats = _caveats(nlp, text)
    assert figure in caveats
    assert Caveat.NOT_INDEPENDENTLY_VERIFIED not in caveats[figure]


def test_a_condition_on_the_figures_clause_keeps_its_caveat(nlp):
    text = (
        "If verified, the 300 deaths reported by the monitor would make the raid the deadliest "
        "of the war."
    )
    caveats = _caveats(nlp, text)
    assert Caveat.NOT_INDEPENDENTLY_VERIFIED in caveats["300"]
