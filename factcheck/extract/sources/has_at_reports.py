""" "Have" reports a figure when its subject has something at it: "Wealth-X has it at $4.5
billion", "a CNN-ORC survey had him at 4 percent", "the ministry has the death toll at 53".
The subject gives the figure, as "Forbes puts his net worth at $45 billion" does, so it is the
figure's source (gold README, "Source kinds": an organisation, person or poll that states or
gives the figure; PolNeAR golds). Only the estimate frame counts: what is had is a person, a
pronoun or an amount ("it", "him", "Clinton", "the toll"), and "at" holds a number that is not a
clock time; "had dinner at 7", "has a store at 45 Main St." and "had two guns" are acts."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import HAS_AT_AMOUNT_NOUNS, HAS_AT_PRONOUNS

_HAVE = "have"
_AT = "at"
# Named-entity labels of what an estimate does not put a thing at: "had dinner at 7 p.m.",
# "has an office at 45 Main St.".
_NOT_FIGURES = frozenset({"TIME", "FAC", "GPE", "LOC"})


def has_it_at(verb: Token) -> bool:
    """``verb`` is "have" with an estimated object and an "at" phrase holding a figure."""
    if verb.lemma_.lower() != _HAVE or verb.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and _estimated(c)]
    if not objects:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == _AT]
    preps += [g for o in objects for g in o.children if g.dep_ == "prep" and g.lower_ == _AT]
    return any(_holds_a_figure(prep) for prep in preps)


def _estimated(obj: Token) -> bool:
    """What an estimate puts at a figure: a pronoun, a name or an amount ("the toll")."""
    if obj.lower_ in HAS_AT_PRONOUNS:
        return True
    if obj.pos_ == "PROPN" and obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in HAS_AT_AMOUNT_NOUNS


def _holds_a_figure(prep: Token) -> bool:
    """The "at" phrase holds a number, and no clock time, date or place ("at 7 p.m.", "at the
    end of 2015", "at 45 Main St."); a bare number the tagger calls a date is a figure."""
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        words = list(obj.subtree)
        if not any(w.like_num for w in words):
            return False
        if any(w.ent_type_ in _NOT_FIGURES for w in words):
            return False
        return not any(w.ent_type_ == "DATE" and not _a_count(w) for w in words)
    return False


def _a_count(word: Token) -> bool:
    """A number that is not a year ("at 53", not "in 2015")."""
    return word.like_num and not (word.text.isdigit() and len(word.text) == 4)
