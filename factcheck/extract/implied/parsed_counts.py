"""Implied counts read from the parse: a person noun with its casualty predicate ("a woman was
killed", "..., killing his wife and two children" = 3), a pronoun with the person it stands
for, "both" floating before the verb, and companions after "with". Pure.

Split from ``implied.py``, which adds the counts read from the words and the later mentions.
A figure among the people is its own claim: "Two women and a man were pronounced dead" counts
the man, an implied 1 (realgold5 README); "A man, two women and a child were killed" counts
the man and the child each (realgold14 gold). Not counted: a pronoun's antecedent counted
already, a named person's bare death in the news ("Florence Henderson has died").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from factcheck.extract.doctext import doc_text
from factcheck.extract.implied.casualty_measures import is_unreal
from factcheck.extract.implied.deceased_states import list_intro
from factcheck.extract.implied.implied_count import ImpliedCount
from factcheck.extract.implied.implied_people import (
    PRONOUNS,
    count_people,
    is_re_mention,
    person_phrase,
)
from factcheck.extract.implied.implied_predicates import casualty_predicate
from factcheck.extract.implied.later_deaths import dies_in_relative, dies_later, holder_dies
from factcheck.extract.implied.misparsed_people import listed_after, listed_before
from factcheck.extract.implied.named_victims import (
    PersonNames,
    find_antecedents,
    is_bare_death,
    is_both_people,
    is_named,
)
from factcheck.extract.implied.object_antecedents import object_antecedents, pronoun_object
from factcheck.extract.implied.person_shapes import is_casualty_person
from factcheck.extract.implied.predicate_candidates import casualty_candidates
from factcheck.extract.implied.previous_antecedents import previous_antecedent
from factcheck.extract.implied.shared_fates import find_companions, floating_both
from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS
from factcheck.extract.sources.attribution import find_source
from factcheck.model import SourceKind


def find_parsed_counts(doc: Doc, skip: Sequence[tuple[int, int]]) -> Iterator[ImpliedCount]:
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
        if measure != "killed" and (
            dies_later(predicate) or holder_dies(predicate, people) or dies_in_relative(people)
        ):
            # "a man was wounded and later died", "A man with a gunshot wound died" (impl55),
            # "shot his wife, who died at the scene" (impl58)
            measure = "killed"
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
            and (
                (passive and not any(c.dep_ == "dobj" for c in predicate.children))
                # "Officers found a man in the street. Medics pronounced him dead": the object
                # pronoun's person, named in the sentence before (impl58)
                or (not passive and people[0].dep_ == "dobj" and people[0].lower_ in ("him", "her"))
            )
        ):
            # "Police said the victim was Ann Reed. She was killed": the person the sentence
            # before names (previous_antecedents.py)
            before = previous_antecedent(people[0], names, seen, after=headline_end)
            if before is not None and not is_re_mention([before], counted):
                antecedents = [before]
                if find_source(doc, predicate, narrated=True).kind == SourceKind.NONE:
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
                noun = person_noun(person)
                text = doc_text(doc)[start:end]
                size = 2 if is_both_people(person) else 1
                yield ImpliedCount(start, end, text, measure, size, anchor, noun)
            continue
        if not people:
            continue
        # "A teenager, his mother and a neighbor were killed": the list's first people, split
        # off by the parse (misparsed_people.py, impl58)
        # "A man, a woman and a child were taken to the hospital": its last people
        people = [p for p in listed_before(people) if p.i not in seen] + people
        people = people + [p for p in listed_after(people) if p.i not in seen]
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
    noun = person_noun(people[0]) if len(people) == 1 else ""
    if len(people) > 1 and predicate.lemma_.lower() == "victim":
        noun = predicate.lower_  # "The victims were a man and a woman" (copular_victims.py)
    return ImpliedCount(start, end, doc_text(doc)[start:end], measure, value, predicate, noun)


def _overlaps(count: ImpliedCount, skip: Sequence[tuple[int, int]]) -> bool:
    """The count's span overlaps a figure's (a claim of its own)."""
    return any(s < count.end and count.start < e for s, e in skip)


def person_noun(person: Token) -> str:
    """The noun a count's subject names its person by ("man killed"): a common noun, or a
    person word the tagger reads otherwise ("a good Samaritan" a proper noun, "A resident
    underwent surgery" an adjective; impl54c); "" for a name."""
    if person.pos_ == "NOUN":
        return person.lower_
    if person.lemma_.lower() in CASUALTY_PERSON_NOUNS and person.i > 0 and not person.is_sent_start:
        return person.lower_
    return ""
