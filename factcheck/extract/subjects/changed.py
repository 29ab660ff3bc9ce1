"""What an amount is added to or taken off: "would add about $47 a year to the tax bill".

"add less than 1 percent to national economic output", "could shave about 0.1 percentage point
off third-quarter growth", "cut $4 million from the parks budget": the amount measures a change
of the thing it goes to or comes off, not the doer ("a tax overhaul would add ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import CHANGE_TARGET_PREPS, DEGREE_WORDS
from factcheck.extract.subjects.clause_subjects import clause_subject, verb_subject
from factcheck.extract.subjects.noun_phrases import NOUNS, noun_phrase, of_phrase

# Entity labels of no thing changed: "added 2 percent in May", "cut $5 million from Ohio".
_NOT_CHANGED = frozenset({"DATE", "TIME", "GPE", "PERSON", "ORG", "NORP", "CARDINAL"})


def changed_noun(number: Token, span_end: int) -> Token | None:
    """The noun an amount is added to or taken off, or None.

    ``number`` is the figure's number; it climbs to its unit ("2 percent", "0.1 percentage
    point", "$4 million") inside the span, which must be the verb's direct object.
    """
    amount = number
    while amount.dep_ in ("nummod", "compound", "quantmod") and amount.head.i < span_end:
        amount = amount.head
    if amount.dep_ != "dobj":
        return None
    verb = amount.head
    preps = CHANGE_TARGET_PREPS.get(verb.lemma_.lower())
    if not preps:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in preps and prep.i > amount.i:
            for noun in prep.children:
                if (
                    noun.dep_ == "pobj"
                    and noun.pos_ == "NOUN"
                    and noun.ent_type_ not in _NOT_CHANGED
                ):
                    return noun
    return None


def degree_subject(unit: Token) -> str:
    """What a figure measuring a degree word says differs, with the word; or ''.

    "30 percent fewer votes" -> "votes"; "wages were 2 percent lower" -> "wages lower";
    "more than 50% higher" said of a concentration -> "concentration higher"; "5 points shy of
    the record" -> "shy of record". The figure measures the difference the word names, not a
    unit alone (gold README, "subject").
    """
    degree = unit.head
    if unit.dep_ != "npadvmod" or degree.pos_ not in ("ADJ", "ADV"):
        return ""
    if degree.tag_ not in ("JJR", "RBR") and degree.lower_ not in DEGREE_WORDS:
        return ""
    if degree.dep_ == "amod" and degree.head.pos_ in NOUNS and degree.head.i > degree.i:
        return noun_phrase(degree.head, after=degree.i)  # "30 percent fewer votes"
    whole = of_phrase(degree)
    if whole:
        return f"{degree.lower_} of {whole}"
    verb = degree.head
    holder = verb_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    said = noun_phrase(holder, after=holder.left_edge.i - 1) if holder is not None else ""
    said = said or clause_subject(degree)
    if not said and degree.pos_ == "ADV":
        return ""  # "rose 4 points, far more than expected": the unit says more
    return f"{said} {degree.lower_}".strip()
