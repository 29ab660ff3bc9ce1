"""A dispute in a clause joined to a verification caveat, with a subject of its own, is of
that clause: "The group's figures have not been verified, and the lender has disputed that its
branches sold notes to small savers" disputes a sale, not the group's figures (cue_referents.py;
gold README, disputed: "someone contests the figure"). Invented wire stories.
"""

from factcheck.extract import extract_claims

DISPUTED = "disputed"
UNVERIFIED = "not_independently_verified"

SAVERS = (
    "Savers protest in Dorvik\n\n"
    "A group representing savers said it had collected complaints from 5,200 people holding "
    "notes worth a combined 3.1 billion crowns. The group's figures have not been verified by "
    "regulators, and the lender has previously disputed that its branches sold notes to small "
    "savers.\n"
)

SAVERS_DISPUTED = SAVERS.replace(
    "by regulators, and the lender has previously disputed that its branches sold notes to small "
    "savers.",
    "by regulators and were disputed by the lender.",
)


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_a_joined_clause_with_its_own_subject_disputes_no_earlier_figure(nlp):
    found = _caveats(nlp, SAVERS)
    for text in ("5,200", "3.1 billion"):
        assert UNVERIFIED in found[text]
        assert DISPUTED not in found[text]


def test_a_dispute_sharing_the_figures_subject_still_disputes_them(nlp):
    found = _caveats(nlp, SAVERS_DISPUTED)
    assert DISPUTED in found["5,200"]
