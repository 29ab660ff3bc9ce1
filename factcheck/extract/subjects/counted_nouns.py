"""The noun a figure counts or the thing it measures, found from the figure's own phrase.

The figure's number is followed to the noun it modifies ("roughly 240 hostages"), through a
unit to what the unit measures ("10 cubic kilometres of ice"), to the whole after "of" ("7.7
percent of voters"), to a parallel count that names the noun a bare count leaves out, or,
when nothing in the phrase names it, to the clause around it (``figure_clauses.py``).
``subjects.find_subject`` adds the poll, money and span readings around this.

Notes:
    Gold README, "subject": what is counted or measured, as a short noun phrase.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    LENGTH_UNITS,
    MEASURE_UNIT_LEMMAS,
    MONEY_VERB_NOUNS,
    MULTIPLYING_NUMBER_WORDS,
    POINT_WORDS,
)
from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.mentions.multiplier_verbs import multiplied_object
from factcheck.extract.mentions.unit_fractions import unit_and_a_half
from factcheck.extract.subjects.absolute_shares import absolute_participle
from factcheck.extract.subjects.casualty_subjects import (
    casualty_verb_before,
    state_after,
    with_predicate,
)
from factcheck.extract.subjects.changed import degree_subject
from factcheck.extract.subjects.clause_subjects import (
    clause_subject,
    measured_subject,
    measures,
    verb_complement,
)
from factcheck.extract.subjects.elided import elided_count_noun
from factcheck.extract.subjects.existential_counts import existential_noun
from factcheck.extract.subjects.figure_clauses import from_clause
from factcheck.extract.subjects.harmed_persons import fatal_harm
from factcheck.extract.subjects.measured_levels import level_measured
from factcheck.extract.subjects.money_subjects import is_money, money_verb
from factcheck.extract.subjects.noun_phrases import (
    NOUNS,
    compound_head,
    described_pronoun,
    head_phrase,
    noun_phrase,
    of_phrase,
    owner_of,
    possessed_noun,
    prep_object,
)
from factcheck.extract.subjects.participle_wholes import whole_participle
from factcheck.extract.subjects.point_margins import point_margin
from factcheck.extract.subjects.point_measures import measured_in_points
from factcheck.extract.subjects.point_nouns import point_noun
from factcheck.extract.subjects.poll_subjects import is_points, margin_of
from factcheck.extract.subjects.qualified_nouns import qualified_noun
from factcheck.extract.subjects.span_events import span_event
from factcheck.extract.subjects.span_subjects import (
    dimension,
    duration,
    is_duration,
    speed,
    spent_on,
)
from factcheck.extract.subjects.what_wholes import what_whole


def find_noun_subject(doc: Doc, mention: Mention) -> str:
    """Return the noun phrase naming what the figure counts or measures, or ''.

    "roughly 240 hostages" -> "hostages"; "five main agenda items" -> "main agenda items";
    "the death count in Gaza crossed 9,000" -> "death count"; "7.7 percent of voters" -> "voters";
    "killing at least 57 people" -> "people killed"; "a depth of 10 km" -> "depth".

    Args:
        doc: the parsed article.
        mention: a claim mention in ``doc``.
    """
    number = mention.number_token(doc)
    while number.dep_ == "quantmod" and number.head.like_num and number.head.i >= mention.figure[1]:
        number = number.head  # "250 to 300 people", "around 25-30 shots": the range's top
    if (
        number.lower_ in MULTIPLYING_NUMBER_WORDS
        and number.dep_ == "quantmod"
        and number.head.like_num
    ):
        # "more than two dozen other investors", parsed with "dozen" on "two": the count
        # hangs on "two", as "two" on the noun it counts
        number = number.head
    span_end = mention.end
    multiplied = multiplied_object(number)
    if multiplied is not None:
        return noun_phrase(multiplied, after=number.i)  # "doubling the caps on green cards"
    described = _described_share(doc, span_end)
    if described:
        return described  # "one of those killed", "a third of those in the generation"
    whole = what_whole(doc, span_end)
    if whole:
        return whole  # "half of what the budget chief has sought": a share of that amount
    of_noun = _share_of(doc, span_end)
    if of_noun is not None:
        # "more than half of Republican primary voters", "a quarter of Americans" (shares);
        # "With 87.5% of ballots counted": the ballots counted
        # "one in five of the people intercepted off Tunisia": those intercepted
        counted = absolute_participle(doc[span_end - 1]) or whole_participle(of_noun)
        return f"{noun_phrase(of_noun, after=span_end)} {counted}".strip()
    existing = existential_noun(doc[mention.start : mention.figure[1]])
    if existing:
        return existing  # "searched for armed intruders, fearing there might be four"
    state = state_after(doc, span_end)
    if state:
        return state  # headlines' "1 dead, 4 injured", "Four found shot to death"
    harmed = casualty_verb_before(doc, mention)
    if harmed:
        return harmed  # headlines' "Man wounds 2, including baby", "Shooter injures 5 at mall"
    lone_unit = number.i == mention.figure[1] - 1 or unit_and_a_half(doc, *mention.figure)
    if not number.like_num and lone_unit:
        # a lone unit, "for almost a decade", "spent more than a year examining": the unit is
        # the figure's number token
        found = (
            spent_on(number)
            or (duration(number) if is_duration(number) else "")
            or span_event(number)  # "within a month", "in a decade"
        )
        if found:
            return found
    head = number.head
    if number.dep_ == "npadvmod" and head.tag_ == "JJR" and head.head.pos_ in NOUNS:
        head = head.head  # "Twenty thousand fewer people", "5,000 more troops"
        return with_predicate(head, noun_phrase(head, after=head.i - 1))
    # "240 hostages": the number modifies the noun after it.
    # "250 million kwacha": a currency word the tagger reads as an adjective is the unit
    unit_head = head.pos_ in NOUNS or (head.i < span_end and is_money(doc[head.i : head.i + 1]))
    if number.dep_ in ("nummod", "quantmod", "compound", "amod") and unit_head:
        found = degree_subject(head) if mention.start <= head.i < span_end else ""
        if found:
            return found  # "44 percent fewer supporters", "down 15.9 percent"
        if head.i >= mention.start and is_points(head):
            # "won Ohio by 20 percentage points": a margin; "plus or minus four percentage
            # points": the clause says what is measured
            return margin_of(head) or from_clause(head)
        if head.i >= span_end:
            # "the ten swing States": the figure hung on a compound counts the compound's head
            return _counted_noun(compound_head(head), span_end)
        described = point_noun(head, span_end) if mention.start <= head.i else ""
        if described:
            return described  # "a six-percentage-point lead": the lead, in points
        if mention.start <= head.i < span_end and head.lower_ in POINT_WORDS:
            # "the index rose 3.5 points": the index; "leads by 29 points": the points are
            # what the margin counts
            margin = margin_of(head)
            if margin:
                # "leads Smith by seven points", "lost by 13 points": the lead or the winning
                # margin, in points (as "won Ohio by 20 percentage points" is a margin)
                return f"{margin} in points"
            moved = measured_subject(head) if head.dep_ in ("npadvmod", "dobj") else None
            if moved is not None:
                return noun_phrase(moved, after=moved.left_edge.i - 1)
            # "back Clinton by 19 points", "16 points ahead of Trump": a margin, in points
            return (
                point_margin(head)
                or measured_in_points(head)  # "a net positive of nine points"
                or with_predicate(head, noun_phrase(head, after=head.i - 1))
            )
        if head.i >= mention.start and is_duration(head):
            # "held for 11 months", "debated for 120 hours": how long it lasted
            return duration(head)
        found = (spent_on(head) or span_event(head)) if head.i >= mention.start else ""
        if found:
            return found  # "12 years as a congresswoman", "two years' probation"
        if head.i >= mention.start:
            # The head is the unit inside the span ("7.7 percent"): look past it.
            found = dimension(head) or _beyond_unit(head, span_end) or from_clause(head)
            return speed(head, span_end, found) or found
    last = doc[mention.figure[1] - 1]
    if mention.figure[1] > number.i + 1:
        found = _beyond_unit(last, span_end)
        if found:
            return found
    found = of_phrase(number) or owner_of(number) or (owner_of(last) if last.i != number.i else "")
    if found:
        return found
    qualified = qualified_noun(number, mention.start)
    if qualified:
        return qualified  # "a village with a population under 700": not an earlier count
    elided = _elided(number, mention)
    if elided:
        return elided  # "six votes for Smith, 24 for Doe", "had 1,210 robberies; ... had 702"
    if number.dep_ == "nsubjpass" and fatal_harm(number.head):
        # "three were shot dead", "two were shot to death": killed, as "two men were shot dead"
        return "killed"
    if number.dep_ in ("nsubj", "nsubjpass") and number.head.pos_ == "VERB":
        # "996 were identified as likely voters": what they were counted as
        as_phrase = [c for c in number.head.children if c.dep_ == "prep" and c.lower_ == "as"]
        found = prep_object(as_phrase[0]) if as_phrase else ""
        # "8,000 died", "12 were killed": the verb says what the figure counts; "three are
        # receiving treatment": with what it does, when that is a thing
        done = " ".join(w for w in (number.head.text, verb_complement(number.head)) if w)
        return found or done
    return from_clause(number)


def _counted_noun(head: Token, span_end: int, *, predicate: bool = True) -> str:
    """The noun after a figure, or what it measures when it is a unit ("hectares of wheat")."""
    phrase = noun_phrase(head, after=span_end - 1)
    if head.lemma_.lower() in MEASURE_UNIT_LEMMAS or head.lower_ in LENGTH_UNITS:
        return _what_unit_measures(head, phrase) or phrase
    return with_predicate(head, phrase) if predicate else phrase


def _what_unit_measures(unit: Token, phrase: str) -> str:
    """What a unit after its figure measures: "10 cubic kilometres of ice" -> "cubic
    kilometres of ice", "a cost of 4,000 Swiss francs" -> "cost", "charged them 2,000 dinars"
    -> "charge", "the concentration reached 420 parts per million" -> "concentration"; or ''."""
    measured = of_phrase(unit)
    if measured:
        return f"{phrase} of {measured}"
    owner = owner_of(unit)
    if owner:
        return owner
    verb = unit.head
    if unit.dep_ == "pobj" and verb.dep_ == "prep":
        return level_measured(unit)
    if unit.dep_ != "dobj" or verb.pos_ != "VERB":
        return ""
    if verb.lemma_.lower() in MONEY_VERB_NOUNS:
        return money_verb(verb)
    return clause_subject(unit) if measures(verb) else ""


def _described_share(doc: Doc, span_end: int) -> str:
    """What "those" after a share's "of" stands for, by the words that describe it, or ''."""
    if span_end + 1 >= len(doc) or doc[span_end].lower_ != "of":
        return ""
    pronoun = doc[span_end + 1]
    return described_pronoun(pronoun) if pronoun.head.i == span_end else ""


def _share_of(doc: Doc, span_end: int) -> Token | None:
    """The noun after "of" that a share or count right before it is part of."""
    if span_end + 1 >= len(doc) or doc[span_end].lower_ != "of":
        return None
    objects = [c for c in doc[span_end].children if c.dep_ == "pobj"]
    if objects:
        # "2,093 of Clinton's emails", "40 percent of likely Green voters": the object, not
        # a name or compound before it; "of them", "of the 19": none (an ellipsis)
        if objects[0].pos_ not in NOUNS:
            return None
        return possessed_noun(objects[0]) or objects[0]
    for token in doc[span_end + 1 : min(span_end + 6, len(doc))]:
        if token.pos_ in NOUNS and token.head.i >= token.i or token.dep_ == "pobj":
            return token if token.pos_ in NOUNS else None
    return None


def _elided(number: Token, mention: Mention) -> str:
    """The noun a bare count leaves out because a parallel count beside it names it."""
    if mention.figure[1] != number.i + 1 or not number.like_num:
        return ""
    if is_money(number.doc[number.left_edge.i : number.i + 1]):
        return ""
    noun = elided_count_noun(number)
    if noun is None:
        return ""
    counts = [c.i for c in noun.children if c.dep_ == "nummod" and c.i < noun.i]
    return head_phrase(noun, after=max(counts, default=noun.left_edge.i - 1))


def _beyond_unit(unit: Token, span_end: int) -> str:
    found = of_phrase(unit)
    if found:
        return found
    if unit.dep_ in ("nummod", "compound", "amod") and unit.head.pos_ in NOUNS:
        if unit.head.i >= span_end:
            return _counted_noun(unit.head, span_end, predicate=False)
    if unit.dep_ == "nmod" and unit.head.pos_ in NOUNS and unit.head.i >= span_end:
        # "an eight-way primary contest": the parse may hang the unit on its noun as an nmod;
        # only across words, not "a 62%-32% divide" (the other side's figure between)
        if all(t.is_alpha for t in unit.doc[span_end : unit.head.i]):
            return _counted_noun(unit.head, span_end, predicate=False)
    return ""
