"""Counts the text implies without a digit: "a man was shot and killed" is 1 killed. Pure.

Issue 9 and the gold README ("Implied counts"): such counts are claims when they are
checkable, stored with ``implied = true``. Found over the parse: a person noun with a casualty
predicate, as the subject of a casualty verb ("a woman was killed", "a teen died", "a girl was
shot in the wrist"), its object ("..., killing his wife and two children" = 3), a reduced or
relative clause ("a man killed in the shooting", "a girl who was fatally shot"), "dead" or
"in critical condition" as its state ("a mother and her son are dead", "left the suspect
dead"). Each singular person is 1, a figure counts as itself, and any uncountable part
("several people", "they") drops the whole count. The claim's span is the people's noun
phrase ("A 8-year-old girl", "a mother and her 2-year-old"), as the real gold writes it.
A definite re-mention with its own casualty or condition ("The woman was pronounced dead"
after "A woman ... died", "The girl is still in the hospital") is a claim at each place (gold
README "Repeats"; realgold8 README). Not counted: pronouns, a pronoun's antecedent counted
already, modal or negated events ("no one should be killed").

The parts, one concern each: ``implied_predicates.py`` (the casualty word and its people),
``casualty_measures.py`` and ``casualty_nouns.py`` (killed, shot or injured, and whether it
happened), ``implied_people.py`` (how many people, and their noun phrase), ``parsed_counts.py``
(the counts read from the parse), ``implied_count.py`` (the record) and ``implied_claims.py``
(the count as a claim). Here: the order in which the counts read from the parse, from the words and
from later mentions take their spans.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import chain

from spacy.tokens import Doc, Token

from factcheck.extract.doctext import doc_text
from factcheck.extract.implied.casualty_measures import self_harm
from factcheck.extract.implied.casualty_register import (
    casualty_register,
    later_mentions,
    registered_nouns,
    with_victim_noun,
)
from factcheck.extract.implied.compound_shots import find_compound_shots
from factcheck.extract.implied.gapped_objects import find_gapped_objects
from factcheck.extract.implied.headline_casualties import find_headline_casualties
from factcheck.extract.implied.hurt_states import find_aged_remains
from factcheck.extract.implied.identified_dead import find_identified_dead, find_identified_victims
from factcheck.extract.implied.identified_pronouns import find_identified_pronouns
from factcheck.extract.implied.implied_count import ImpliedCount
from factcheck.extract.implied.implied_people import person_phrase
from factcheck.extract.implied.left_dead import find_left_dead
from factcheck.extract.implied.parsed_counts import find_parsed_counts
from factcheck.extract.implied.people_lists import find_people_lists, find_title_pairs
from factcheck.extract.implied.possessed_deaths import find_possessed_deaths
from factcheck.extract.implied.reflexive_victims import find_reflexive_victims
from factcheck.extract.implied.suicides import find_suicides
from factcheck.extract.implied.victim_pairs import find_victim_pairs


def find_implied_counts(
    doc: Doc, *, skip: Sequence[tuple[int, int]] = ()
) -> Iterator[ImpliedCount]:
    """Yield the casualty counts a parsed text implies without a digit.

    Args:
        doc: the parsed article.
        skip: character spans of figures already claimed; a count whose people hold one of
            them is that figure's, not an implied one (unless objects add up, "his wife and
            two children").
    """
    counts = list(_first_counts(doc, skip))
    yield from counts
    # the people counted, named again where their clause restates the harm ("Reed died
    # Sunday" after "Marcus Reed, 24, was shot"; casualty_register.py)
    found = [(c.start, c.end) for c in counts]
    ones = [(c.start, c.text, c.noun, c.measure) for c in counts if c.value == 1]
    nouns = with_victim_noun(
        registered_nouns(ones), [(c.noun or c.text.lower(), c.measure) for c in counts]
    )
    counted = {c.noun for c in counts if c.noun}
    register = casualty_register(doc, [(c.start, c.end, c.measure) for c in counts], counted)
    text = doc_text(doc)
    for start, end, measure, value, verb in later_mentions(doc, register, nouns):
        if any(s < end and start < e for s, e in [*found, *skip]):
            continue
        found.append((start, end))
        yield ImpliedCount(start, end, text[start:end], measure, value, verb)
    # "Police identified the victims as Ann Lee and Bob Stone": the counted, by name
    # "Two men were shot. Police identified them as Tom Fry and Ed Wu" (identified_pronouns.py)
    identified = chain(
        find_identified_victims(doc, nouns.get("victim", "")), find_identified_pronouns(doc)
    )
    for start, end, measure, value, verb in identified:
        if not any(s < end and start < e for s, e in [*found, *skip]):
            found.append((start, end))
            yield ImpliedCount(start, end, text[start:end], measure, value, verb)


def _first_counts(doc: Doc, skip: Sequence[tuple[int, int]]) -> Iterator[ImpliedCount]:
    """The counts read from the parse and from the words (``find_implied_counts``)."""
    text = doc_text(doc)
    # a title's pair the parse takes apart ("Teacher, 17-month-old son found dead"): the pair
    # is counted, not the one person the parse finds
    pairs = [p for p in find_title_pairs(doc) if not any(s < p[1] and p[0] < e for s, e in skip)]
    found: list[tuple[int, int]] = [(start, end) for start, end, *_ in pairs]
    for start, end, measure, value, verb in pairs:
        yield ImpliedCount(start, end, text[start:end], measure, value, verb)
    for count in find_parsed_counts(doc, skip):
        if any(s < count.end and count.start < e for s, e in found[: len(pairs)]):
            continue
        found.append((count.start, count.end))
        yield count

    def take(start: int, end: int) -> bool:
        """Take ``start:end`` for a count if nothing counted or claimed so far overlaps it."""
        if any(s < end and start < e for s, e in [*found, *skip]):
            return False
        found.append((start, end))
        return True

    # lists the parse breaks ("Toddler shoots himself, father"): only where nothing was counted
    for pronoun, verb, measure in find_reflexive_victims(doc, self_harm):
        # "a gunman killed two people and then himself": the killer is 1 killed (realgold8);
        # "before shooting himself" 1 shot (realgold10)
        start, end = pronoun.idx, pronoun.idx + len(pronoun.text)
        if take(start, end):
            yield ImpliedCount(start, end, text[start:end], measure, 1, verb)
    for person, suicide in find_suicides(doc):
        # "Ann Lee went home and committed suicide", "before taking his own life": 1 killed
        tokens = person_phrase(person)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if take(start, end):
            word = person.lower_ if person.pos_ == "NOUN" else ""
            yield ImpliedCount(start, end, text[start:end], "killed", 1, suicide, word)

    # people the parse breaks or misreads, read by their words, in this order, each only where
    # nothing was counted: lists of people (people_lists.py); "Killed were Ann Lee and ...",
    # "identified the dead as ..." (one claim for the list); "left a nightclub co-owner, O'Neil
    # Bandoo, dead" (left_dead.py); "A 17-year-old remains in critical condition", "remains"
    # read as a noun (hurt_states.py); "Both victims were teenagers", the casualty word
    # counting the pair (victim_pairs.py); "shot the clerk in the arm and a customer in the
    # leg", the second person with the verb gapped (gapped_objects.py); a telegraphic headline
    # the parse misreads ("Toddler shot, critically wounded")
    def counts(found_by: Iterable[tuple[int, int, str, int, Token]]) -> Iterator[ImpliedCount]:
        return (ImpliedCount(s, e, text[s:e], m, value, verb) for s, e, m, value, verb in found_by)

    victim_pairs = (
        ImpliedCount(s, e, text[s:e], measure, 2, verb, noun.lower_)
        for s, e, measure, noun, verb in find_victim_pairs(doc)
    )
    possessed = find_possessed_deaths(doc)
    word_read = chain(
        counts(find_people_lists(doc)),
        counts(find_identified_dead(doc)),
        counts(find_left_dead(doc)),
        counts(find_aged_remains(doc)),
        victim_pairs,
        counts(find_gapped_objects(doc)),
        counts(find_headline_casualties(doc)),
        # "A teen shot in the leg was taken to a hospital": "teen shot" read as one noun
        # (compound_shots.py, imp62)
        counts(find_compound_shots(doc)),
        # "Man charged in teen's shooting death" (possessed_deaths.py, impl54b)
        (ImpliedCount(s, e, text[s:e], m, v, verb, noun) for s, e, m, v, verb, noun in possessed),
    )
    for count in word_read:
        if take(count.start, count.end):
            yield count
