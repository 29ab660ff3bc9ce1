"""Who the dead were: "Killed were Ann Lee and Bob Stone", "Police said the dead were Ann Lee,
20; Bob Stone, 34; and a 3-year-old boy", "Police identified the dead as ..." count the people
listed, one claim for the list. Pure.

The gold README's implied counts; realgold14, realgold16, realgold19 golds annotate the list
after an inverted "killed were", after "the dead were" and after "identified the dead as", with
its number of people. A name set beside a person noun is that person ("his daughter, Ann
Lee"), a name beside a name another person ("Ann Lee, 20; Bob Stone, 34"), a person noun the
parse joins to the first's home town another person ("Hector Garcia Jr., 41, of Rio Grande City
and his 3-year-old son, Julian Garcia": realgold6, 2).

"Police identified the victims as Ann Lee and Bob Stone" is the same list of "the victims", of
the one measure the article's counts give them (``find_identified_victims``, impl57c; asked
after the register, which knows that measure).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.implied.casualty_context import casualty_told
from factcheck.extract.implied.casualty_measures import measure_of
from factcheck.extract.implied.other_means import OTHER_MEANS_LEMMAS
from factcheck.extract.implied.person_shapes import is_age_person
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    CASUALTY_VERBS,
    DEATH_TELLING_LEMMAS,
    DEATH_TELLING_WORDS,
    IDENTIFIED_DEAD_GROUPS,
    IDENTIFY_VERBS,
    INVERTED_CASUALTY_MEASURES,
    INVERTED_CASUALTY_WORDS,
    INVERTED_STATE_WORDS,
    KILLING_VERBS,
    PHRASAL_CASUALTY_VERBS,
)
from factcheck.extract.token_index import tokens_with_lemma, tokens_with_lower

# Every branch of ``identified_dead`` needs one of these lemmas: "Killed were ..." a verb
# ``measure_of`` may call "killed" (phrasal, KILLING_VERBS, CASUALTY_VERBS, "shoot", "find",
# "pronounce"; ``_listed`` takes no other measure), "be" ("the dead were"), IDENTIFY_VERBS;
# other_means.py's ("Also caught in the gunfire were a clerk and a customer", implvoc2).
_LISTING_LEMMAS = frozenset(
    {"shoot", "find", "pronounce", "be"}
    | OTHER_MEANS_LEMMAS
    | {lemma for lemma, _ in PHRASAL_CASUALTY_VERBS}
    | KILLING_VERBS.keys()
    | CASUALTY_VERBS.keys()
    | IDENTIFY_VERBS
)


def find_identified_dead(doc: Doc) -> Iterator[tuple[int, int, str, int, Token]]:
    """Yield (start, end, measure, number of people, verb) for each list of the dead."""
    # the only tokens that may list; "Injured was ...": the tagger's proper noun keeps its
    # form as lemma (impl56b)
    tokens = {t.i: t for t in tokens_with_lemma(doc, _LISTING_LEMMAS)}
    tokens.update((t.i, t) for t in tokens_with_lower(doc, INVERTED_CASUALTY_WORDS.keys()))
    for token in (tokens[i] for i in sorted(tokens)):
        found = identified_dead(token)
        if found is None:
            continue
        measure, people = found
        start = min(t.idx for t in people[0].subtree if t.i <= people[0].i)
        end = people[-1].idx + len(people[-1].text)
        value = _count(people)
        yield start, end, measure, value, token


def find_identified_victims(doc: Doc, measure: str) -> Iterator[tuple[int, int, str, int, Token]]:
    """Yield (start, end, measure, number of people, verb) for each list that identifies "the
    victims" of an article that counts its casualties with one ``measure`` ("Police identified
    the victims as Ann Lee, 20, and Bob Stone, 34": 2 of that measure; gold README "Implied
    counts", the victims re-mentioned by name). Not where the victims carry their own figure
    ("the two victims": the figure is the claim), nor where the counts' measures differ
    (``measure`` "": which were killed is not told), nor where the counts are of the hurt but
    the article tells a death in a figure ("Two people were killed. A man was wounded. Police
    identified the victims as ..." : the list may hold the dead)."""
    if not measure or measure != "killed" and _death_told(doc):
        return
    for token in tokens_with_lemma(doc, IDENTIFY_VERBS):
        if token.pos_ != "VERB" or not _victim_group(token):
            continue
        listed = prep_objects(token, "as")
        found = _listed(measure, listed, measures=frozenset({measure}))
        if found is None or len(found[1]) < 2:
            continue
        people = found[1]
        start = min(t.idx for t in people[0].subtree if t.i <= people[0].i)
        end = people[-1].idx + len(people[-1].text)
        value = _count(people)
        if value >= 2:
            yield start, end, measure, value, token


def _death_told(doc: Doc) -> bool:
    """Any word of a death in the article ("killed", "died", "dead", "fatal")."""
    return bool(
        list(tokens_with_lemma(doc, DEATH_TELLING_LEMMAS))
        or list(tokens_with_lower(doc, DEATH_TELLING_WORDS))
    )


def _victim_group(verb: Token) -> bool:
    """ "the victims" (no figure of their own) as the object or passive subject of ``verb``."""
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and c.lower_ == "victims"
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        and not any(d.like_num or d.dep_ == "nummod" for d in c.children)
        for c in verb.children
    )


def identified_dead(token: Token) -> tuple[str, list[Token]] | None:
    """(measure, people and the names beside them) when ``token`` lists who was killed."""
    lemma = token.lemma_.lower()
    # "Injured was Ann Lee", "Wounded were ...": the tagger may call the opening participle a
    # proper noun or an adjective (impl56b)
    misread = token.tag_ != "VBN" and token.lower_ in INVERTED_CASUALTY_WORDS and _opens(token)
    inverted = any(c.dep_ == "auxpass" and c.i > token.i for c in token.children)
    if (token.tag_ == "VBN" or misread) and inverted:
        # "Killed were ...", "Also killed were ...": the verb before its "were"
        measure = INVERTED_CASUALTY_WORDS[token.lower_] if misread else measure_of(token, lemma)
        # the parse may hang the list on the verb or on its "were"; "Also injured was the
        # gunman's wife": the parse may call the one listed the subject (impl41)
        holders = [token, *(c for c in token.children if c.dep_ == "auxpass")]
        # "Also wounded was a 17-year-old": the age the tagger calls an adjective (impl55);
        # "Wounded were Ann Lee and Bob Stone": the passive subject after its "were" (impl56b)
        deps = ("attr", "nsubj", "acomp", "nsubjpass")
        listed = [c for h in holders for c in h.children if c.dep_ in deps and c.i > token.i]
        return _listed(measure, listed, measures=INVERTED_CASUALTY_MEASURES)
    opening = next(
        (
            c
            for c in token.children
            if c.dep_ in ("nsubj", "acomp")
            and (
                c.lower_ in INVERTED_CASUALTY_WORDS
                # "Dead is John Smith, 24" (impl56b): the bare state word only, in a story
                # of harm (not a crash nor a band: casualty_context.py)
                or c.lower_ in INVERTED_STATE_WORDS
                and not list(c.children)
                and casualty_told(c)
            )
            and c.i < token.i
            and _opens(c)
        ),
        None,
    )
    if lemma == "be" and opening is not None:
        # "Killed were ...": the tagger may read a sentence's opening "Killed" as a noun;
        # "Wounded were ...", an adjective (impl41)
        measure = {**INVERTED_CASUALTY_WORDS, **INVERTED_STATE_WORDS}[opening.lower_]
        # "Killed was a 17-year-old": an age the tagger calls an adjective (impl55)
        listed = [c for c in token.children if c.dep_ == "attr" or is_age_person(c)]
        return _listed(measure, listed, measures=INVERTED_CASUALTY_MEASURES)
    if lemma == "be" and _dead_group(token, ("nsubj",)):
        return _listed("killed", [c for c in token.children if c.dep_ == "attr"])  # "the dead were"
    if (
        lemma in IDENTIFY_VERBS
        and token.pos_ == "VERB"
        and _dead_group(token, ("dobj", "nsubjpass"))
    ):
        # "identified the dead as ...", "The dead were identified as ..."
        listed = [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "as"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        return _listed("killed", listed)
    return None


def _opens(word: Token) -> bool:
    """``word`` opens its sentence, after an "also" at most ("Also killed was ...")."""
    return all(t.lower_ == "also" for t in word.doc[word.sent.start : word.i])


def _dead_group(verb: Token, deps: tuple[str, ...]) -> bool:
    """ "the dead", "the deceased" as the verb's subject or object."""
    return any(
        c.dep_ in deps
        and c.lower_ in IDENTIFIED_DEAD_GROUPS
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        for c in verb.children
    )


def _listed(
    measure: str | None, heads: list[Token], *, measures: frozenset[str] = frozenset({"killed"})
) -> tuple[str, list[Token]] | None:
    if measure not in measures or len(heads) != 1:
        return None
    people = _people(heads[0])
    return (measure, people) if people else None


def listed_people(head: Token) -> tuple[list[Token], int]:
    """The people of the list ``head`` opens, with the names set beside them, and how many
    they are ("his sister, Mia Lee" is one), as "identified the victims as ..." reads them."""
    people = _people(head)
    return people, _count(people)


def _count(people: list[Token]) -> int:
    """How many people a list holds: a name set beside a person noun is that person ("his
    daughter, Ann Lee"), a name beside a name another ("Ann Lee, 20; Bob Stone, 34"); a list of
    names set after a list of as many person nouns restates it ("his mother and brother, Ann
    Lee and Tom Lee": 2, imp62)."""
    restated = _restated_half(people)
    if restated:
        return restated
    return sum(1 for p in people if p.dep_ != "appos" or _name(p) and _name(p.head))


def _restated_half(people: list[Token]) -> int:
    """k where ``people`` (in text order) are k person nouns joined by "and", a comma, then k
    names ("mother and brother, Ann Lee and Tom Lee", however the parse hangs them); else 0."""
    half = len(people) // 2
    if half < 2 or len(people) != 2 * half:
        return 0
    nouns, names = people[:half], people[half:]
    if not all(_person_noun(p) and not _name(p) for p in nouns) or not all(map(_name, names)):
        return 0
    doc = people[0].doc
    between = doc[nouns[-1].i + 1 : names[0].left_edge.i]
    joined = doc[nouns[-2].i + 1 : nouns[-1].i]
    return (
        half
        if any(t.text == "," for t in between)
        and not any(t.lower_ == "and" for t in between)
        and any(t.lower_ == "and" for t in joined)
        else 0
    )


def _people(head: Token) -> list[Token]:
    """The people of a list with the names set beside them, in order; a name beside a person
    noun is that person ("his daughter, Ann Lee"), a name beside a name another ("Ann Lee, 20;
    Bob Stone"); ages and "all of Bastrop" are no one. Empty where something in it is not a
    person ("the dead were from out of state")."""
    people: list[Token] = []
    queue = [head]
    while queue:
        token = queue.pop(0)
        if _person_noun(token) or _name(token):
            people.append(token)
        elif not (token.like_num or token.lower_ == "all" or token.dep_ == "appos"):
            return []
        queue += [c for c in token.children if c.dep_ in ("conj", "appos")]
        queue += _joined_to_home(token)
    people.sort(key=lambda t: t.i)
    return people


def _joined_to_home(person: Token) -> list[Token]:
    """ "Hector Garcia Jr., 41, of Rio Grande City and his 3-year-old son": the parse joins the
    next person to the home town; a person noun joined to the place of "of" is one more
    person (a name joined there may be another town: "of Austin and San Marcos")."""
    return [
        joined
        for prep in person.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for place in prep.children
        if place.dep_ == "pobj" and place.pos_ == "PROPN"
        for joined in place.conjuncts
        if joined.i > place.i and _person_noun(joined)
    ]


def _person_noun(token: Token) -> bool:
    """One person: "a 3-year-old boy", "a 17-year-old" (not "residents of Elmwood", no
    number)."""
    return (
        token.tag_ == "NN" and token.lemma_.lower() in CASUALTY_PERSON_NOUNS or is_age_person(token)
    )


def _name(token: Token | None) -> bool:
    return token is not None and token.pos_ == "PROPN" and token.text[:1].isupper()
