"""Clauses a hedge on another clause does not reach. Pure.

A hedge says that what its own clause asserts is a belief, estimate or allegation (gold README,
"hedged"). Four kinds of clause or phrase beside or below it assert nothing under the hedge:

- a clause coordinated with the hedged one that has a subject of its own: "The woman was
  allegedly shot by her boyfriend, and her two children were unharmed", "Police say the shooting
  may have been gang-related, and four people were hurt". What the second clause says is stated
  as fact; a second verb without its own subject ("believed to have killed two and wounded
  three") shares the first one's hedge.
- a time clause, whose event the sentence takes as known: "Officers believe the suspect fled
  after shooting three people", "Police do not believe the public is in danger after three
  people were shot". The belief is about the flight or the danger, not about the shooting. An
  allegation adverb keeps what the act is said to have done ("allegedly fled after stealing
  $500") hedged, as `caveat_hedges` does for what an act took.
- an embedded question ("why", "how", "whether"), whose content the belief takes as given or
  leaves open: "Many thought the party would ask why it had lost twice" (the two defeats are
  known; what is believed is that the party would ask), "Aides expect a debate over whether the
  city needs 12 more officers".
- a contrasting clause with a subject of its own, opened by "while" or "whereas": "The campaign
  claimed 25,000 at the rally, while police put the crowd at 8,000". The other side's figure
  is its own statement, not the claim (session 56, cav56 probes; the tuning golds have no
  figure in such a clause under a hedge). A "while" clause without a subject shares the
  hedged act ("allegedly sat in the car while holding a rifle and opened fire on two houses",
  realgold3 gold: hedged). So is the alternative after "rather than" ("... calculated that 70
  percent were filed on time, rather than '70 percent were approved'").
- the starting level of a forecast change: "projected to swell to 9 million in 2030, from 6
  million in 2020", "expected to fall to 4.5 percent from 4.9 percent". The forecast is the new
  level; where the count stands now, or stood in a year gone by, is stated as known.

Counted over the tuning golds (docs/gold-conventions.md, "Forecasts and beliefs"): no gold
hedges a figure a belief or forecast clause presents as known; realgold33 ("why they had lost
twice") and realgold5 (a starting level "from ... in 2015") leave these two shapes unhedged.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    ALLEGATION_ADVERBS,
    ALLEGATION_VERBS,
    CLAIM_LEMMAS,
    CONTRAST_MARKS,
    EMBEDDED_QUESTION_WORDS,
    SAYING_BESIDE_VERBS,
    STARTING_LEVEL_VERBS,
    TIME_CLAUSE_MARKS,
)

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")


def own_coordinate_clause(child: Token, parent: Token, anchor: Token, hedge: Token) -> bool:
    """``child`` is a verb coordinated with the hedged clause's verb ``anchor`` (its parent)
    that has a subject of its own: a second statement, outside the hedge. Not when the hedge
    opens the sentence before the first clause's subject ("Reportedly, 300 homes were destroyed
    and 1,200 people were displaced"): then it covers both."""
    if child.dep_ != "conj" or parent.i != anchor.i:
        return False
    subjects = [c.i for c in anchor.children if c.dep_ in _SUBJECT_DEPS]
    if hedge.i != anchor.i and subjects and hedge.i < min(subjects):
        return False
    return any(c.dep_ in _SUBJECT_DEPS for c in child.children)


def said_beside(child: Token, parent: Token, anchor: Token, hedge: Token) -> bool:
    """``child`` is a verb of saying coordinated with the hedged clause's verb or set off after
    it (its parent ``anchor``): "The council estimated losses at $4 million and said prices had
    fallen 15 percent", "The union estimated damage at $9 million, saying 2,000 acres were
    flooded". Even without a subject of its own it makes a second statement: what it says is
    stated, not estimated (tests/wirey and tests/wirem golds: not hedged). A hedge inside what is
    said still reaches ("said it estimated 40 died"). Not after a claim or an allegation, whose
    "saying" or "and said" gives what is claimed ("claimed responsibility, saying its fighters
    had killed more than 40": tests/wired gold hedged; tests/wire2d's "claimed the attack and
    said they killed 22" unhedged, a split left as the README's "claimed" reads)."""
    if parent.i != anchor.i or child.pos_ != "VERB":
        return False
    if (
        hedge.lemma_.lower() in CLAIM_LEMMAS | ALLEGATION_VERBS
        or hedge.lower_ in ALLEGATION_ADVERBS
    ):
        return False
    if child.lemma_.lower() not in SAYING_BESIDE_VERBS:
        return False
    if child.dep_ == "acl":
        # "estimated damage at $9 million, saying ...", parsed as a modifier of the noun
        return child.i > 0 and child.nbor(-1).text == ","
    return child.dep_ in ("conj", "advcl")


def known_time_clause(child: Token, hedge: Token) -> bool:
    """``child`` opens a time clause ("after three people were shot", "after shooting three
    people", "before two officers arrived", "when two shots were fired") on the hedged clause:
    its event is taken as known (docs/gold-conventions.md "Forecasts and beliefs": "a relative
    or time clause").
    Not under an allegation adverb, whose act is alleged with what it did."""
    if hedge.lower_ in ALLEGATION_ADVERBS:
        return False
    if child.dep_ == "prep":
        # "after shooting three people" (a clause), and "after three shootings this month" (an
        # event named by a noun: the setting of the belief, as a clause would be; session 61,
        # cav61)
        return child.lower_ in TIME_CLAUSE_MARKS and any(
            c.dep_ in ("pcomp", "pobj") for c in child.children
        )
    if child.dep_ == "advcl":
        return any(_time_opener(c, child) for c in child.children)
    return False


def _time_opener(word: Token, clause: Token) -> bool:
    """The word opens ``clause`` as a time clause: a mark ("after", "before", "until"), or
    "when" / "whenever", which the parse hangs as an adverb before the clause's verb ("when
    three shots were fired")."""
    if word.lower_ not in TIME_CLAUSE_MARKS:
        return False
    if word.dep_ == "mark":
        return True
    return word.dep_ == "advmod" and word.tag_ == "WRB" and word.i == clause.left_edge.i


def contrasting_clause(child: Token) -> bool:
    """``child`` is a clause opened by "while" or "whereas" that has a subject of its own
    ("..., while police put the crowd at 8,000"), or the alternative "rather than" sets against
    the hedged clause ("say that staff calculated 70 percent were filed on time, rather than '70
    percent were approved'"; session 63, cav63: the parse hangs "than" on the hedged verb):
    another statement beside the hedged one, not its content."""
    if _rather_than(child) and any(c.dep_ in ("pcomp", "pobj") for c in child.children):
        return True  # "than" hung on the hedged verb, the alternative below it
    if child.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and _rather_than(c) for c in child.children
    ):
        return True  # the alternative's verb, "rather than" its mark
    if child.dep_ != "advcl":
        return False
    marks = [c for c in child.children if c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS]
    return bool(marks) and any(c.dep_ in _SUBJECT_DEPS for c in child.children)


def _rather_than(word: Token) -> bool:
    """ "than" with "rather" on it: "rather than" opens an alternative."""
    return word.lower_ == "than" and any(c.lower_ == "rather" for c in word.children)


def embedded_question(child: Token, hedge: Token) -> bool:
    """``child`` is a clause below the hedged one that opens with a question word ("about why
    they had lost twice", "over whether the city needs 12 more officers"): an embedded question
    asserts none of its content. Not under an allegation adverb, which keeps the whole act
    alleged; not "how many", whose "how" belongs to the figure, not to the clause."""
    if hedge.lower_ in ALLEGATION_ADVERBS or child.pos_ not in ("VERB", "AUX"):
        return False
    if child.dep_ not in ("ccomp", "pcomp", "advcl", "xcomp", "csubj"):
        return False
    return any(
        c.lower_ in EMBEDDED_QUESTION_WORDS and c.dep_ in ("advmod", "mark") and c.i < child.i
        for c in child.children
    )


def starting_level(number: Token, child: Token, parent: Token) -> bool:
    """``child`` is the "from" phrase of a change verb ``parent`` that also names the new level
    with "to" ("swell to 9 million in 2030, from 6 million in 2020", "fall to 4.5 percent from
    4.9 percent", "climb from 12,000 today to 15,000"), and the figure is in the "from" phrase,
    not in a "to" the parse hangs under it: the level the change starts from is where things
    stand, not what is forecast."""
    if child.dep_ != "prep" or child.lower_ != "from":
        return False
    if parent.lemma_.lower() not in STARTING_LEVEL_VERBS:
        return False
    targets = [
        c
        for c in [*parent.children, *child.children]
        if c.dep_ == "prep" and c.lower_ == "to" and c.i != child.i
    ]
    return bool(targets) and not any(number in t.subtree for t in targets)


def beside_in_own_clause(number: Token, anchor: Token) -> bool:
    """Going up from the figure to ``anchor`` (a verb above it) passes a clause coordinated with
    the anchor's own that has a subject of its own: "Trump denied mocking the reporter, and he
    leads the field with 35 percent" (the denial does not dispute the 35 percent)."""
    child = number
    for parent in number.ancestors:
        if parent.i == anchor.i:
            return own_coordinate_clause(child, parent, anchor, anchor)
        child = parent
    return False
