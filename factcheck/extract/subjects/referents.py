"""What the subject of a figure's copula names: "It was about 41%" after "turnout was high"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import (
    AGREEING_PRONOUNS,
    COMPARING_MULTIPLIERS,
    LEVEL_COMPARING_ADJECTIVES,
    PLURAL_REFERRING_PRONOUNS,
    REPORTING_VERBS,
    SINGULAR_REFERRING_PRONOUNS,
    SURVEY_HEADS,
)
from factcheck.extract.mentions.mentions import Mention

# From a figure's number up to the word that is the copula's complement.
_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "advmod", "npadvmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def copula_subject(doc: Doc, mention: Mention) -> str:
    """The thing a figure in the predicate of "be" measures, from the copula's subject.

    "It was about 41%" / "They're at 78 now": a referring pronoun stands for the common noun
    that is the subject of the sentence before ("the turnout was ...", "Court vacancies have
    been ticking up"), if that noun agrees in number. "The toll is nearly three times that
    figure": a multiplier compares the subject with the noun after it, so the subject is
    what it measures. Otherwise "" (the figure's own words say).
    """
    figure = doc[mention.figure[0] : mention.figure[1]]
    multiplier = any(t.lower_ in COMPARING_MULTIPLIERS for t in figure)
    top = _complement(mention.number_token(doc), figure, multiplier=multiplier)
    if top is None:
        return ""
    copula = top.head if top.dep_ != "pobj" else top.head.head
    if copula.dep_ == "acomp" and copula.lower_ in LEVEL_COMPARING_ADJECTIVES:
        copula = copula.head  # "it was closer to 600": the copula of the adjective
    subjects = [c for c in copula.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects:
        return ""
    subject = subjects[0]
    pronoun = subject.lower_
    if pronoun in SINGULAR_REFERRING_PRONOUNS | PLURAL_REFERRING_PRONOUNS:
        antecedent = _sentence_subject_before(doc, subject)
        if antecedent is None:
            return ""
        plural = antecedent.tag_ in ("NNS", "NNPS")
        # "410 people were working. Our members say it was closer to 600": "it" is the count
        counted = (
            plural
            and _compares_level(top.head)
            and any(c.dep_ == "nummod" and c.like_num for c in antecedent.children)
        )
        agrees = (pronoun in PLURAL_REFERRING_PRONOUNS) == plural or counted
        if pronoun in AGREEING_PRONOUNS and not agrees:
            return ""  # "it" and "they" agree in number; "that" may stand for a plural's figure
        return modified_noun(antecedent)
    if multiplier and subject.pos_ == "NOUN" and subject.lower_ not in SURVEY_HEADS:
        return modified_noun(subject)
    return ""


def _complement(number: Token, figure: Span, *, multiplier: bool) -> Token | None:
    """The copula's complement the figure stands in ("41" -> "%" attr of "was", "78" pobj of
    "at" on "'re"; past a multiplier, the noun compared with: "three times that figure"), or
    None when the figure is no complement of "be"."""
    token = number
    while token.dep_ in _MODIFIER_DEPS and figure.start <= token.head.i < figure.end:
        token = token.head  # within the figure: "about 41 %", "5 percentage points"
    if multiplier and token.dep_ == "advmod" and _is_copula(token.head):
        return token  # "That is roughly double the rate ...", the multiplier on the copula
    if multiplier and token.dep_ in ("nummod", "quantmod", "amod"):
        token = token.head  # "three times the bank's 2 percent target"
        if token.dep_ == "poss":
            token = token.head  # "three times the Bank of England's target", misparsed
    if token.dep_ in ("attr", "acomp") and _is_copula(token.head):
        return token
    if token.dep_ == "pobj" and _compares_level(token.head):
        return token  # "it was closer to 600", "it could be as high as 150"
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "at"
        and token.head.dep_ == "prep"
        and (_is_copula(token.head.head) or token.head.head.lemma_ == "stand")
    ):
        return token
    return None


def _compares_level(prep: Token) -> bool:
    """ "to" of "closer to", "as" of "as high as", on an adjective of the copula."""
    adjective = prep.head
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("to", "as")
        and adjective.dep_ == "acomp"
        and adjective.lower_ in LEVEL_COMPARING_ADJECTIVES
        and _is_copula(adjective.head)
    )


def _is_copula(verb: Token) -> bool:
    return verb.lemma_ == "be" or verb.lower_.replace("’", "'") in ("'re", "'s")


def _sentence_subject_before(doc: Doc, pronoun: Token) -> Token | None:
    """The common-noun subject of the sentence right before the pronoun's sentence: of its main
    verb, or of the clause a reporting verb reports ("the turnout was high, officials said")."""
    sent = pronoun.sent
    if sent.start == 0 or pronoun.i - sent.start > 3:
        return None  # the pronoun opens its sentence: "It was ...", "That is ..."
    before = doc[sent.start - 1].sent
    root = before.root
    if root.lemma_.lower() in REPORTING_VERBS:
        clauses = [c for c in root.children if c.dep_ in ("ccomp", "conj")]
        root = clauses[0] if clauses else root
    subjects = [c for c in root.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects:
        return None
    noun = subjects[0]
    if noun.pos_ != "NOUN" or noun.lower_ in SURVEY_HEADS or noun.ent_type_:
        return None
    return noun


def modified_noun(noun: Token) -> str:
    """The noun with its compounds and adjectives before it ("Court vacancies")."""
    left = [t for t in noun.lefts if t.dep_ in ("compound", "amod") and t.pos_ != "NUM"]
    start = min([t.i for t in left], default=noun.i)
    return noun.doc[start : noun.i + 1].text
