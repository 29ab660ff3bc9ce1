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
``casualty_measures.py`` (killed, shot or injured, and whether it happened) and
``implied_people.py`` (how many people, and their noun phrase).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.caveats import CaveatTarget
from factcheck.extract.doctext import doc_text, span_text
from factcheck.extract.implied.casualty_measures import is_unreal, self_harm
from factcheck.extract.implied.casualty_register import (
    casualty_register,
    later_mentions,
    registered_nouns,
)
from factcheck.extract.implied.casualty_vocab6 import find_aged_remains
from factcheck.extract.implied.deceased_states import list_intro
from factcheck.extract.implied.gapped_objects import find_gapped_objects
from factcheck.extract.implied.headline_casualties import find_headline_casualties
from factcheck.extract.implied.identified_dead import find_identified_dead
from factcheck.extract.implied.implied_people import (
    PRONOUNS,
    count_people,
    is_re_mention,
    person_phrase,
)
from factcheck.extract.implied.implied_predicates import casualty_predicate
from factcheck.extract.implied.later_deaths import dies_later
from factcheck.extract.implied.left_dead import find_left_dead
from factcheck.extract.implied.named_victims import (
    PersonNames,
    find_antecedents,
    is_bare_death,
    is_both_people,
    is_named,
)
from factcheck.extract.implied.object_antecedents import object_antecedents, pronoun_object
from factcheck.extract.implied.people_lists import find_people_lists, find_title_pairs
from factcheck.extract.implied.person_shapes import is_casualty_person
from factcheck.extract.implied.predicate_candidates import casualty_candidates
from factcheck.extract.implied.previous_antecedents import previous_antecedent
from factcheck.extract.implied.reflexive_victims import find_reflexive_victims
from factcheck.extract.implied.shared_fates import find_companions, floating_both
from factcheck.extract.implied.suicides import find_suicides
from factcheck.extract.implied.victim_pairs import find_victim_pairs
from factcheck.extract.lexicon import (
    REFLEXIVE_PERSONS,
)
from factcheck.extract.sources.attribution import find_source
from factcheck.flags import find_flag_reasons
from factcheck.model import Approx, CaveatMention, Claim, Source, SourceKind, Status


@dataclass(frozen=True)
class ImpliedCount:
    """A count the text implies: its people's words, the measure and the number of people."""

    start: int
    end: int
    text: str
    measure: str
    value: int
    verb: Token
    noun: str = ""


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
    nouns = registered_nouns(ones)
    counted = {c.noun for c in counts if c.noun}
    register = casualty_register(doc, [(c.start, c.end, c.measure) for c in counts], counted)
    text = doc_text(doc)
    for start, end, measure, value, verb in later_mentions(doc, register, nouns):
        if any(s < end and start < e for s, e in [*found, *skip]):
            continue
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
    for count in _parsed_counts(doc, skip):
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
    # read as a noun (casualty_vocab6.py); "Both victims were teenagers", the casualty word
    # counting the pair (victim_pairs.py); "shot the clerk in the arm and a customer in the
    # leg", the second person with the verb gapped (gapped_objects.py); a telegraphic headline
    # the parse misreads ("Toddler shot, critically wounded")
    def counts(found_by: Iterable[tuple[int, int, str, int, Token]]) -> Iterator[ImpliedCount]:
        return (ImpliedCount(s, e, text[s:e], m, value, verb) for s, e, m, value, verb in found_by)

    victim_pairs = (
        ImpliedCount(s, e, text[s:e], measure, 2, verb, noun.lower_)
        for s, e, measure, noun, verb in find_victim_pairs(doc)
    )
    word_read = chain(
        counts(find_people_lists(doc)),
        counts(find_identified_dead(doc)),
        counts(find_left_dead(doc)),
        counts(find_aged_remains(doc)),
        victim_pairs,
        counts(find_gapped_objects(doc)),
        counts(find_headline_casualties(doc)),
    )
    for count in word_read:
        if take(count.start, count.end):
            yield count


def _parsed_counts(doc: Doc, skip: Sequence[tuple[int, int]]) -> Iterator[ImpliedCount]:
    """The counts read from the parse: a person noun with its casualty predicate."""
    seen: set[int] = set()
    counted: set[str] = set()  # person nouns counted so far: "the woman" re-mentions one
    names = PersonNames(doc)
    headline_end = doc_text(doc).find("\n")  # a headline's count is its own claim (gold README)
    for predicate in casualty_candidates(doc):  # the tokens that may be one
        # "... when someone shot her": the pronoun's person (object_antecedents.py)
        found = casualty_predicate(predicate) or pronoun_object(predicate)
        if found is None or is_unreal(predicate):
            continue
        measure, people, passive = found
        if measure != "killed" and dies_later(predicate):
            measure = "killed"  # "a man was wounded and later died" (later_deaths.py)
        people = [p for p in people if p.i not in seen]
        antecedents = (
            find_antecedents(people[0], names, seen)
            if len(people) == 1
            and people[0].lower_ in PRONOUNS
            and passive
            # not who finds: "they found Kathy Smith dead"
            and not any(c.dep_ == "dobj" for c in predicate.children)
            and not (people[0].dep_ == "nsubj" and predicate.lemma_.lower() == "find")
            else []
        )
        if not antecedents and len(people) == 1 and not passive:
            # "A woman was sitting on her porch when someone shot her" (object_antecedents.py)
            antecedents = object_antecedents(people[0], predicate, names, seen)
        anchor = predicate  # the token the count's source and sentence are read from
        if (
            not antecedents
            and len(people) == 1
            and passive
            and not any(c.dep_ == "dobj" for c in predicate.children)
        ):
            # "Police said the victim was Ann Reed. She was killed": the person the sentence
            # before names (previous_antecedents.py)
            before = previous_antecedent(people[0], names, seen, after=headline_end)
            if before is not None and not is_re_mention([before], counted):
                antecedents = [before]
                if find_source(doc, predicate).kind == SourceKind.NONE:
                    # "Police said the victim was Ann Reed. She was killed": the sentence that
                    # names the person gives the source (realgold3 gold "Police")
                    anchor = before
        if antecedents and is_bare_death(predicate):
            antecedents = [a for a in antecedents if not is_named(a, names)]
        if antecedents:
            # "Veronica Mercado was holding her child when police found them shot to death":
            # the gold counts the people the pronoun stands for, each where it is named
            for person in antecedents:
                if is_re_mention([person], counted):
                    continue
                seen.add(person.i)
                tokens = person_phrase(person)
                start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
                if start > headline_end:
                    counted.add(person.lemma_.lower())
                noun = person.lower_ if person.pos_ == "NOUN" else ""
                text = doc_text(doc)[start:end]
                size = 2 if is_both_people(person) else 1
                yield ImpliedCount(start, end, text, measure, size, anchor, noun)
            continue
        if not people:
            continue
        value = count_people(people, names)
        if any(is_named(p, names) for p in people) and is_bare_death(predicate):
            continue  # "Florence Henderson, the TV mom, has died": a death in the news
        both = floating_both(predicate, people)
        things = any(p.pos_ != "PRON" and not is_casualty_person(p) for p in people)
        if both is not None and (value is None or things):
            # "Ana Ruiz and her son were both found dead": the gold counts "both" (also where
            # the parse takes a caption's "Image 2 of 9" for the subject)
            value, people = 2, [both]
        # "two men were killed" ("A 8-year-old girl": an age, no figure of people)
        figures = [any(c.dep_ == "nummod" and c.like_num for c in p.children) for p in people]
        if passive and any(figures) and not all(figures):
            # "Two women and a man were pronounced dead": the figure is its own claim, the man
            # an implied 1 (realgold5 README)
            runs = _runs_between_figures(people, figures)
            if len(runs) > 1:
                # "A man, two women and a child were killed": the man and the child are each
                # a claim of their own, on either side of the figure (realgold14 gold)
                for run in runs:
                    count = _run_count(doc, run, names, measure, predicate, skip)
                    if count is not None:
                        seen.update(p.i for p in run)
                        if count.start > headline_end:
                            counted.update(p.lemma_.lower() for p in run)
                        yield count
                continue
            people = [p for p, figure in zip(people, figures, strict=True) if not figure]
            value, figures = count_people(people, names), [False] * len(people)
        if value is None or value < 1:
            continue
        if any(figures) and (passive or len(people) < 2 or all(figures)):
            # the figure is the claim ("injures 1 child and 1 adult": two claims, no sum)
            continue
        # a list's line ("Ann Lee, 16 – deceased") is told by the sentence opening the list
        count = _count_of(doc, people, value, measure, list_intro(predicate) or predicate)
        if passive and _overlaps(count, skip):
            continue
        seen.update(p.i for p in people)
        if count.start > headline_end:
            counted.update(p.lemma_.lower() for p in people)
        yield count
        companions = find_companions(predicate) if measure == "killed" else []
        if companions and not seen & {c.i for c in companions}:
            # "a woman was found dead with her toddler daughter": the daughter is dead too
            seen.update(c.i for c in companions)
            tokens = [t for c in companions for t in person_phrase(c)]
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            value = count_people(companions, names)
            if value:
                noun = companions[0].lower_ if len(companions) == 1 else ""
                text = doc_text(doc)[start:end]
                yield ImpliedCount(start, end, text, measure, value, predicate, noun)


def _runs_between_figures(people: list[Token], figures: list[bool]) -> list[list[Token]]:
    """The people without a figure, in runs the figured people split ("a man, two women and a
    child": [man], [child])."""
    runs: list[list[Token]] = [[]]
    for person, figure in zip(people, figures, strict=True):
        if figure:
            runs.append([])
        else:
            runs[-1].append(person)
    return [run for run in runs if run]


def _run_count(
    doc: Doc,
    run: list[Token],
    names: PersonNames,
    measure: str,
    predicate: Token,
    skip: Sequence[tuple[int, int]],
) -> ImpliedCount | None:
    """One run of people as its own count, unless it holds no countable person or a figure."""
    value = count_people(run, names)
    if value is None or value < 1:
        return None
    count = _count_of(doc, run, value, measure, predicate)
    return None if _overlaps(count, skip) else count


def _count_of(
    doc: Doc, people: list[Token], value: int, measure: str, predicate: Token
) -> ImpliedCount:
    """The count of ``people``, spanning their phrases; a lone common noun is its noun."""
    tokens = [t for p in people for t in person_phrase(p)]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    noun = people[0].lower_ if len(people) == 1 and people[0].pos_ == "NOUN" else ""
    if len(people) > 1 and predicate.lemma_.lower() == "victim":
        noun = predicate.lower_  # "The victims were a man and a woman" (copular_victims.py)
    return ImpliedCount(start, end, doc_text(doc)[start:end], measure, value, predicate, noun)


def _overlaps(count: ImpliedCount, skip: Sequence[tuple[int, int]]) -> bool:
    """The count's span overlaps a figure's (a claim of its own)."""
    return any(s < count.end and count.start < e for s, e in skip)


def implied_target(doc: Doc, count: ImpliedCount) -> CaveatTarget:
    """The implied count as a figure caveats may attach to (its verb stands for the number)."""
    subject = count.measure
    if count.noun and count.noun != "old":
        subject = f"{count.noun} {count.measure}"  # "man killed", "girl shot"
    elif count.text.lower() in REFLEXIVE_PERSONS:
        # "before shooting himself": the shooter is who is counted, named by the pronoun
        subject = f"{count.measure} {count.text.lower()}"
    source = find_source(doc, count.verb)
    if source.text and _names_within(source.text, count.text):
        # a headline's "Mother, child found dead": the counted people are not their source
        # (issue 11: never the counted thing as the source)
        source = Source(text="", kind=SourceKind.NONE)
    return CaveatTarget(
        number=count.verb,
        source=source,
        subject=subject,
        value=count.value,
    )


def implied_claim(
    count: ImpliedCount,
    target: CaveatTarget,
    caveats: tuple[CaveatMention, ...],
    *,
    doc_name: str,
) -> Claim:
    """Return an implied count as a claim with ``implied=True``.

    Args:
        count: the implied count.
        target: its source and subject (``implied_target``).
        caveats: the caveats found for it.
        doc_name: the article's name.
    """
    return Claim(
        doc=doc_name,
        start=count.start,
        end=count.end,
        text=count.text,
        value=count.value,
        # the real gold writes "a man was killed" as exactly one
        approx=Approx.EXACT,
        subject=target.subject,
        source=target.source,
        caveats=caveats,
        key=True,
        status=Status.UNVERIFIED,
        flag_reasons=find_flag_reasons(
            status=Status.UNVERIFIED, source=target.source, caveats=caveats
        ),
        # issue 8: a fact-checker reads the count in its sentence, as any figure
        sentence=" ".join(span_text(count.verb.sent).split()),
        implied=True,
    )


def _names_within(source: str, counted: str) -> bool:
    """True if the source's words stand whole inside the counted phrase ("Mother" in "Mother,
    child"), not as letters of another word ("he" in "his nephew")."""
    return re.search(rf"(?<!\w){re.escape(source.lower())}(?!\w)", counted.lower()) is not None
