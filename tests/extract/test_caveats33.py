"""caveats33 (session 26): a clause on the figure's own noun that estimates or claims the figure
hedges it (gold README, "hedged": "estimated", "claimed"); on invented sentences parallel to the
tuning and unannotated cases (usa-today "the 50,000 per day city officials estimated", breitbart
"$27, which he claimed as his campaign's average donation", west-journal "the $36.5 billion
estimated by Forbes")."""

from __future__ import annotations

from factcheck.extract import extract_claims
from factcheck.extract.caveats.caveat_hedges import hedge_of
from factcheck.model import Caveat


def hedged_claims(nlp, text):
    """The texts of the claims that carry the hedged caveat (full extraction)."""
    claims = extract_claims(nlp(text), doc_name="t").claims
    return [c.text for c in claims if any(m.kind == Caveat.HEDGED for m in c.caveats)]


def number_token(doc, text):
    return next(t for t in doc if t.text == text)


def test_a_contact_relative_clause_that_estimates_the_figure_hedges_it(nlp):
    doc = nlp("The rally fell well short of the 20,000 a night the organizers estimated last week.")
    mention = hedge_of(number_token(doc, "20,000"))
    assert mention is not None and mention.text == "estimated"


def test_a_which_clause_that_claims_the_figure_hedges_it(nlp):
    text = "She asked each supporter to give $19, which she claimed as her typical donation."
    assert "$19" in hedged_claims(nlp, text)


def test_a_participle_of_estimating_on_the_figure_hedges_it(nlp):
    doc = nlp("Critics say the mayor owns far less than the $4.5 billion estimated by Fortune.")
    mention = hedge_of(number_token(doc, "billion"))
    assert mention is not None and mention.text == "estimated"


def test_a_relative_clause_whose_subject_is_the_figure_does_not_hedge(nlp):
    doc = nlp("Neighbours saw two young men, who were believed to have been at the party.")
    assert hedge_of(number_token(doc, "two")) is None


def test_a_participle_with_a_content_of_its_own_does_not_hedge(nlp):
    doc = nlp("The officer shot and wounded three men believed to be with the gang.")
    assert hedge_of(number_token(doc, "three")) is None


def test_a_suspected_person_is_no_estimate_of_the_count(nlp):
    doc = nlp("Deputies arrested two men suspected in the burglary on Friday.")
    assert hedge_of(number_token(doc, "two")) is None


def test_claimed_lives_are_no_claim_of_the_figure(nlp):
    doc = nlp("Officials mourned the 14 lives claimed by the flood last spring.")
    assert hedge_of(number_token(doc, "14")) is None
