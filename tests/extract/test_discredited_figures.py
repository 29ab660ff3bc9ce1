"""A figure another source calls "not credible" or "not accurate" is disputed, and a source that
says so disputes the other side's figures, not its own (lexicon DISPUTE_PATTERNS,
caveat_attach; gold README, disputed: someone contests the figure in words). Invented stories.
"""

from factcheck.extract import extract_claims

DISPUTED = "disputed"

MARCH = (
    "Teachers march\n\n"
    "The education ministry said 4,000 teachers marched in the capital on Monday. The teachers' "
    "union said more than 20,000 of its members took part. The ministry said the union's "
    'figures were "not credible".\n'
)

CAMP = (
    "Detention site\n\n"
    "Rights Monitor said it had interviewed 24 former detainees. In a statement, the interior "
    "ministry said the site held fewer than 300 trainees. Rights Monitor said the government "
    "figure was not credible.\n"
)

CREDIBLE = (
    "Survey\n\n"
    "The institute said 1,800 households took part in its survey. Outside experts said the "
    "method was credible.\n"
)


def _caveats(nlp, text):
    return [
        (c.text, {k.kind.value for k in c.caveats})
        for c in extract_claims(nlp(text), doc_name="t").claims
    ]


def test_the_unions_figures_called_not_credible_are_disputed(nlp):
    found = dict(_caveats(nlp, MARCH))
    assert DISPUTED in found["more than 20,000"]


def test_a_source_calling_a_figure_not_credible_disputes_the_others_figure(nlp):
    found = dict(_caveats(nlp, CAMP))
    assert DISPUTED in found["fewer than 300"]
    assert DISPUTED not in found["24"]


def test_a_method_called_credible_disputes_nothing(nlp):
    found = dict(_caveats(nlp, CREDIBLE))
    assert DISPUTED not in found["1,800"]
