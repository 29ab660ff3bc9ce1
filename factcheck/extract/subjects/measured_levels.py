"""What a unit figure after "to" or "at" measures: "Exports of copper rose to 4,210 metric
tons" -> exports, "the concentration peaked at 424 parts per million" -> concentration, "It put
the area of cropland at 140,000 hectares" -> area of cropland. Pure.

A unit names how a figure is measured, not what is measured (gold README, "subject": what the
figure counts or measures). A unit figure that is the object of its clause's measuring verb
takes the clause's subject (``counted_nouns._what_unit_measures``); one after "to" or "at"
does the same: the level a thing rises to, falls to or peaks at is that thing's (tests/wirek
"rose 12.3% from September to 5,640 metric tons" -> exports; tests/corpus "peaked at 424 parts
per million" -> concentration). A reckoning put at a unit figure measures the thing put
(tests/wired "put the area of farmland washed away at about 223,000 hectares" -> farmland; the
README's "put the debt at $4 billion" for money, ``noun_phrases``).

A figure a relative clause puts a thing at is that thing's: "a population he put at six
million" -> population, "the basket of goods, which the office put at 1.1 million pesos" ->
basket (tests/wiree, tests/wireb); so is one put at through the participle that names the
thing: "put the number held by the army at closer to 800" -> number held (tests/wiree).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    LEVEL_REACHING_VERBS,
    RECKONING_VERBS,
    RELATIVE_THING_PRONOUNS,
)
from factcheck.extract.subjects.clause_subjects import clause_subject, measures
from factcheck.extract.subjects.noun_phrases import NOUNS, noun_phrase, of_phrase


def level_measured(unit: Token) -> str:
    """What the unit noun ``unit``, the object of "to" or "at" on a verb, measures, or ''."""
    prep = unit.head
    verb = prep.head
    if verb.pos_ != "VERB" or prep.lower_ not in ("to", "at"):
        return ""
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in RECKONING_VERBS:
        verb = verb.head  # "put the area of cropland washed away at": "at" hung on "washed"
    lemma = verb.lemma_.lower()
    if prep.lower_ == "at" and lemma in RECKONING_VERBS:
        put = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in NOUNS and c.i < prep.i]
        if not put:
            return ""
        phrase = noun_phrase(put[0], after=put[0].left_edge.i - 1)
        measured = of_phrase(put[0])
        return f"{phrase} of {measured}" if measured and measured not in phrase else phrase
    if measures(verb) or lemma in LEVEL_REACHING_VERBS:
        return clause_subject(unit)
    return ""


def reckoned_thing(number: Token) -> str:
    """What a relative clause or a participle puts at the figure whose last token is
    ``number`` ("a population he put at six million"), or '' for any other figure (the plain
    "put the toll at 24" is named by the object, ``noun_phrases``)."""
    token = number
    if token.dep_ in ("nummod", "compound") and token.head.i > token.i:
        token = token.head  # "put at 1.1 million pesos": the unit is the object of "at"
    if token.dep_ != "pobj":
        return ""
    prep = token.head
    if prep.lower_ == "to" and prep.head.lower_ in ("closer", "close"):
        prep = prep.head.head  # "at closer to 800"
    if prep.lower_ != "at" or prep.dep_ != "prep":
        return ""
    verb = prep.head
    if verb.pos_ == "VERB" and verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        put = verb.head  # "put the number held by the army at closer to 800"
        if put.head.lemma_.lower() in RECKONING_VERBS and put.pos_ in NOUNS:
            return noun_phrase(put, after=put.left_edge.i - 1)
        return ""
    if verb.lemma_.lower() not in RECKONING_VERBS or verb.dep_ != "relcl":
        return ""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and objects[0].lower_ not in RELATIVE_THING_PRONOUNS:
        return ""  # "a report that put the toll at 40": the toll, named by the object
    thing = verb.head
    if thing.pos_ not in NOUNS or thing.pos_ == "PRON":
        return ""
    return noun_phrase(thing, after=thing.left_edge.i - 1)
