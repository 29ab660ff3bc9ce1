"""An inference over a figure hedges it (docs/gold-conventions.md, "'Appears', 'apparently',
'suggest' as hedges"). Pure.

"It appears both were stabbed", "the father appears to have shot three", "early returns
suggest turnout fell about 15 percent": the verb governs a clause or an infinitive, and
``caveat_hedges.hedge_of`` decides whether that clause asserts the figure (not "the three fires
appear to be linked": the figure is in the subject). Not "appeared in 12 films" nor "suggested
three names": no clause, no inference; nor a figure in an adjunct of the inferred clause ("X
appears to have the best odds, according to three polls", "appeared to be locked in a close
race, with the survey finding that 45 percent ...", "Addressing about 100 members, he
suggested that ..."): the inference is about something else.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import INFERENCE_CLAUSE_DEPS, INFERENCE_VERBS

# Links that hang an adjunct, not an argument, on the inferred clause.
_ADJUNCT_DEPS = frozenset({"prep", "agent", "advcl", "acl", "relcl", "pcomp", "appos"})


def is_inference_over(token: Token, number: Token) -> bool:
    """ "appears"/"suggested" governing a clause or an infinitive that holds the figure as an
    argument, not inside an adjunct."""
    if not _is_inference_verb(token):
        return False
    for below in [number, *number.ancestors]:
        if below.head.i == token.i:
            return below.dep_ in INFERENCE_CLAUSE_DEPS
        if below.i != number.i and below.dep_ in _ADJUNCT_DEPS:
            return False
    return False


def _is_inference_verb(token: Token) -> bool:
    """ "appears"/"suggested" governing a clause or an infinitive."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in INFERENCE_VERBS:
        return False
    return any(child.dep_ in INFERENCE_CLAUSE_DEPS for child in token.children)
