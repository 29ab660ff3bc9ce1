"""What a figure with no counted noun of its own measures, read from the clause around it.

"was stabbed four times" (how often), "the quake killed at least 57" (the casualty verb),
"fined the bank HK$400 million" (the verb), "spent $77 million on advertising" (what the money
went to), "was designed for 22,000 visits but handled more than 31,000" (the parallel noun),
"lifted the Nasdaq 2.1 percent" (the index moved): the clause's verb, its object or its
subject say what is counted when the figure's phrase does not.

Notes:
    Gold README, "subject"; the seed's "the death count in Gaza crossed 9,000".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    MONEY_REASON_VERBS,
    MULTIPLIER_ADVERBS,
    ONCE_WORDS,
    PARTICIPLES,
    PERCENT_WORDS,
    POINT_WORDS,
    TIME_UNITS,
)
from factcheck.extract.mentions.once_counts import once_verb
from factcheck.extract.not_claims.frequencies import frequency_verb
from factcheck.extract.subjects.casualty_subjects import participle
from factcheck.extract.subjects.clause_subjects import clause_subject, measures
from factcheck.extract.subjects.level_subjects import level_holder
from factcheck.extract.subjects.money_subjects import (
    as_written,
    is_money,
    is_sale_price,
    money_purpose,
    money_verb,
    price_per,
    purpose_verb,
    spending_on,
    upward_of,
)
from factcheck.extract.subjects.noun_phrases import (
    COUNT_HEADS,
    NOUNS,
    noun_phrase,
    owner_of,
    purpose,
    valued_noun,
)


def from_clause(token: Token) -> str:
    """What a figure with no counted noun measures, from the clause around it."""
    verb = token.head
    once = once_verb(token) if token.lower_ in ONCE_WORDS else None
    if once is not None:
        return f"times {once.lower_}"  # "was uttered once", as "was uttered twice"
    frequent = frequency_verb(token)
    if frequent is not None:
        return f"times {frequent.lower_}"  # "fed us twice a day": how often they were fed
    how_often = token.lower_ in MULTIPLIER_ADVERBS
    if how_often and token.dep_ in ("npadvmod", "advmod", "dobj") and verb.pos_ == "VERB":
        # "was stabbed four times": how often it happened; "fired three times", parsed as
        # the verb's object, too (not who fired)
        return f"times {verb.lower_}"
    owned = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ in NOUNS]
    if owned:  # "making the total reward $8,000": a small clause
        return noun_phrase(owned[0], after=owned[0].left_edge.i - 1)
    valued = valued_noun(token)
    if valued:
        return valued
    if verb.lower_ == "worth" and verb.head.pos_ in NOUNS:  # "the bill, worth $1.2 trillion"
        return noun_phrase(verb.head, after=verb.head.left_edge.i - 1)
    if is_sale_price(token):
        return "sale price"
    upward = upward_of(token)
    if upward is not None:
        return _verb_object(token, upward)  # "spend upward of $4 million on ads"
    spent = spending_on(token, verb) if token.dep_ == "dobj" else ""
    if spent:
        return spent  # "dropping $2.5 million on such ads": spent, not a level that dropped
    holder = level_holder(verb) if token.dep_ == "dobj" else None
    if holder is not None:
        return noun_phrase(holder, after=holder.left_edge.i - 1)  # "an amount ranging $8-$10"
    if token.dep_ == "dobj" and verb.pos_ == "VERB":
        return _verb_object(token, verb)
    if (
        token.dep_ == "npadvmod"
        and verb.pos_ == "VERB"
        and is_money(token.doc[token.left_edge.i : token.i + 1])
    ):
        found = money_purpose(token, verb)  # "put £30m into a programme", parsed as an adverb
        if found:
            return found
    return purpose(token) or owner_of(token) or clause_subject(token)


def _verb_object(token: Token, verb: Token) -> str:
    """What a figure that is a verb's object measures.

    "the quake killed at least 57": the casualty verb says who is counted; "the death count
    crossed 9,000": the verb's subject; "fined the bank HK$400 million": the verb; "lifted
    the Nasdaq 2.1 percent" (parsed as one object): the noun before the figure.
    """
    if verb.lemma_.lower() in PARTICIPLES:
        return participle(verb)
    spent = spending_on(token, verb)
    if spent:
        return spent  # "spent $890,000 on costs related to ...", "spend upward of $4m on ads"
    if is_money(token.doc[token.left_edge.i : token.i + 1]) and not measures(verb):
        # "Clinton spent $77 million on advertising", "raised $18,000": the subject is
        # who pays; the money is named by what it went to, or by the verb
        if verb.lemma_.lower() in MONEY_REASON_VERBS:
            return money_verb(verb)  # "fined the firm $2 million for the spill": a fine
        return (
            purpose(token)
            or money_purpose(token, verb)
            or price_per(token)
            or purpose_verb(verb)
            or money_verb(verb)
        )
    return (
        purpose(token)
        or _parallel_noun(token)
        or _named_before(token)
        or clause_subject(token)
        # "spending four days in Ohio": the span of time, not the verb
        or (token.text if token.lemma_.lower() in TIME_UNITS else as_written(verb, verb.lemma_))
    )


def _named_before(unit: Token) -> str:
    """ "lift the Nasdaq 2.1 percent", parsed as one object: the index moved by the percent."""
    if unit.lower_ not in PERCENT_WORDS and unit.lower_ not in POINT_WORDS:
        return ""
    names = [c for c in unit.lefts if c.dep_ in ("nmod", "compound") and c.pos_ in NOUNS]
    if not names or names[-1].ent_type_ in ("PERSON", "NORP", "GPE"):
        return ""
    return noun_phrase(names[-1], after=names[-1].left_edge.i - 1)


def _parallel_noun(number: Token) -> str:
    """ "was designed for 22,000 visits but handled more than 31,000": a bare count that an
    earlier count in its sentence names leaves its noun out (ellipsis)."""
    if not number.like_num or is_money(number.doc[number.left_edge.i : number.i + 1]):
        return ""
    for token in reversed(number.sent[: number.i - number.sent.start]):
        head = token.head
        if token.like_num and token.dep_ == "nummod" and head.pos_ == "NOUN" and head.i > token.i:
            if head.lemma_.lower() in TIME_UNITS or head.lower_ in COUNT_HEADS:
                return ""
            return noun_phrase(head, after=token.i)
    return ""
