"""The present tense of "questioned" disputes the figure it names as the past tense does:
"economists question the figures" (lexicon/disputes.py; gold README, disputed). The noun
("raised 300 questions") and a question about no figure ("question whether the plan will
work") dispute nothing. Invented stories.
"""

from factcheck.extract import extract_claims

DISPUTED = "disputed"

HEADLINE = "Jobless rate falls to 6.1% in March as unions question the figures\n\nBody text.\n"

NOUN = "Hearing\n\nLawmakers sent the agency 300 questions about its budget on Monday.\n"

WHETHER = "Plant closure\n\nThe minister said 120 jobs would go. Unions question whether the plan will work.\n"


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_unions_question_the_figures_disputes_the_headline_rate(nlp):
    assert DISPUTED in _caveats(nlp, HEADLINE)["6.1%"]


def test_questions_as_a_noun_dispute_no_count(nlp):
    assert DISPUTED not in _caveats(nlp, NOUN)["300"]


def test_a_question_about_no_figure_disputes_nothing(nlp):
    assert DISPUTED not in _caveats(nlp, WHETHER)["120"]
