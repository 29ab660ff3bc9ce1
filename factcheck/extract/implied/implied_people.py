"""The people of an implied count: who they are, how many, and their noun phrase. Pure.

Split from ``implied.py`` (one concern each): "a man and child" is 2, "his twin daughters" 2,
"her sons, 7 and 8" 2, "several people" no count; the phrase the real gold writes ("a
14-year-old boy", "a woman in her 20s"; "A fourth person" is "person").
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from spacy.tokens import Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.doctext import doc_text
from factcheck.extract.implied.addressed_victims import is_addressed_name
from factcheck.extract.implied.counted_people import counted_word, is_negated_list
from factcheck.extract.implied.listed_names import is_listed_before_name
from factcheck.extract.implied.name_forms import has_split_period
from factcheck.extract.implied.named_victims import (
    is_listed_name,
    is_named,
)
from factcheck.extract.implied.ordinal_appositives import ordinal_appositive
from factcheck.extract.implied.own_wounds import has_own_wound
from factcheck.extract.implied.person_shapes import is_casualty_person
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    EVENT_MULTIPLES,
    HEADLINE_MISREAD_VERBS,
    LISTED_PRONOUNS,
    PAIR_PERSON_WORDS,
    SCHOOL_YEAR_NOUNS,
)

_ONE = frozenset({"a", "an", "another", "one"})
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them"})
OWNERS = frozenset({"his", "her", "their", "its"})
# "Ann Lee, whose son was killed", "a family whose mother had died": the relative owner names
# one person as "her son" does (impl42)
_RELATIVE_OWNERS = frozenset({"whose"})
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "both": 2,
}  # fmt: skip


def is_listed_pronoun(person: Token) -> bool:
    """ "killing her and another woman": an object pronoun joined to a person noun stands for
    one person of the count (realgold10 gold: 2), where a pronoun alone counts no one; not "shot
    him and the three other women" (the figure is its own claim)."""
    if person.lower_ not in LISTED_PRONOUNS or person.tag_ != "PRP":
        return False
    listed = [c for c in person.children if c.dep_ == "conj"]
    return any(c.lemma_.lower() in CASUALTY_PERSON_NOUNS for c in listed) and not any(
        g.dep_ == "nummod" for c in listed for g in c.children
    )


def is_indefinite(person: Token) -> bool:
    return person.lemma_.lower() in CASUALTY_PERSON_NOUNS and any(
        c.dep_ in ("det", "nummod") and c.lower_ in _ONE for c in person.children
    )


def is_noun_or_person(token: Token) -> bool:
    """A noun, or a headline's capitalised person noun ("Man" tagged as a name)."""
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.lower_ in CASUALTY_PERSON_NOUNS


def is_re_mention(people: Sequence[Token], counted: set[str]) -> bool:
    """ "The woman was pronounced dead" after "A woman and toddler died": counted already."""
    definite = [p for p in people if any(c.lower_ in ("the", "this", "that") for c in p.lefts)]
    return len(definite) == len(people) and all(p.lemma_.lower() in counted for p in people)


def _list_ends_in_conjunct(child: Token) -> bool:
    """ "a man, a woman and a boy": the parse hangs "and a boy" on the appositive "a woman";
    "his wife, her friend, a neighbor and a deputy": on the last of a chain of person
    appositives (impl, session 41). An appositive chain that ends in "and" is a list."""
    while True:
        if any(g.dep_ == "conj" for g in child.children):
            return True
        nxt = [
            g
            for g in child.children
            if g.dep_ == "appos" and g.lower_ in CASUALTY_PERSON_NOUNS and g.tag_ == "NN"
        ]
        if not nxt:
            return False
        child = nxt[0]


def with_conjuncts(token: Token) -> list[Token]:
    found = [token]
    for child in token.children:
        if has_own_wound(token, child):
            continue  # "hit a woman in the arm and a man in the chest": 1 and 1 (own_wounds.py)
        listed = (
            child.dep_ == "appos" and child.lower_ in CASUALTY_PERSON_NOUNS and child.tag_ == "NN"
        )
        # "A mother, father, and toddler": appos, conj; a headline's pair "Father, son found dead"
        paired = (
            listed
            and not any(c.dep_ in ("det", "poss") for c in child.children)
            and "\n" not in doc_text(token.doc)[: child.idx]
        )
        if (
            child.dep_ == "conj"
            or paired
            or is_listed_name(token, child)
            # "Four people were found dead: a woman, a man and ...": the list after a plural
            # restates its figure; after a singular person it goes on ("his wife, her friend")
            or (
                listed
                and any(g.dep_ == "conj" for g in child.children)
                or listed
                and token.tag_ == "NN"
                and _list_ends_in_conjunct(child)
            )
            and not restates_one(token, child)
        ):
            found += with_conjuncts(child)
        elif child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > token.i:
            # "a woman, Ann Lee, and her son, Tom": the parse hangs the next person on the
            # name that stands beside the first
            for person in child.children:
                if (
                    person.dep_ == "conj"
                    and person.tag_ == "NN"
                    and person.lower_ in CASUALTY_PERSON_NOUNS
                ):
                    found += with_conjuncts(person)
    return found


def restates_one(token: Token, apposition: Token) -> bool:
    """ "The victim, a husband and father, died", "Ann Lee, a mother and a nurse, was killed":
    an apposition closed by a comma that says who one person is, not a list going on from them
    (impl58): the person is singular, and the verb says one ("was", "is", "has") or the person
    is definite (a name, "the", an owner). Not "A man, a woman and a child, all from Dayton,
    were shot", nor "The victims, a man and a woman, were shot" (plural: the list restates the
    figure)."""
    doc = token.doc
    end = apposition.right_edge.i + 1
    if end >= len(doc) or doc[end].text != "," or token.tag_ not in ("NN", "NNP"):
        return False
    verb = token.head
    singular = verb.tag_ == "VBZ" or any(
        c.lower_ in ("was", "is", "has") for c in [verb, *verb.children] if c.dep_ != "conj"
    )
    definite = token.pos_ == "PROPN" or any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in token.children
    )
    return singular or definite


def hyphen_piece(word: Token) -> Token | None:
    """ "his ex-wife" parsed as "ex", "-", "wife" apart: the word before the hyphen, where
    ``word`` is the one after it and the parse left the two unjoined; else None."""
    doc = word.doc
    if word.i < 2 or doc[word.i - 1].text != "-" or doc[word.i - 1].whitespace_:
        return None
    piece = doc[word.i - 2]
    if piece.whitespace_ or not piece.is_alpha or piece.head == word or word.head == piece:
        return None
    return piece


# the left dependents that are no part of a person's noun phrase: joiners, commas, and clauses
_NOT_PHRASE = frozenset({"cc", "punct", "ccomp", "csubj", "advcl", "nsubj", "parataxis", "mark"})


def person_phrase(person: Token) -> list[Token]:
    """The person's noun phrase up to its head: "a 14-year-old boy", not "A fourth"."""
    # not a clause the parse hangs before a name it takes for the root ("Deputies found Ann
    # Lee and her roommate, Beth Tran, with gunshot wounds": "found" a ccomp of "Tran"; impl58)
    lefts = [t for c in person.lefts if c.dep_ not in _NOT_PHRASE for t in c.subtree]
    start = min((t.i for t in lefts), default=person.i)
    # "Police ID man killed by officers", "Coroner IDs woman found dead": the parse makes the
    # headline's verb and who did it compounds of the person; the person opens after the verb
    # (as headline_verbs.py reads it; impl58)
    verbs = [t.i for t in lefts if t.lower_ in HEADLINE_MISREAD_VERBS and t.text[:1].isupper()]
    if verbs:
        start = max(verbs) + 1
        lefts = [t for t in lefts if t.i >= start]
    ordinals = [t.i for t in lefts if t.lower_ in _ORDINALS]
    if person.lemma_.lower() in SCHOOL_YEAR_NOUNS:
        ordinals = []  # "the sixth-grader": the ordinal is the school year, part of the noun
    end = person.i + 2 if has_split_period(person) else person.i + 1  # "Carter Sr."
    piece = hyphen_piece(person.doc[start]) if start == person.i else None
    if piece is not None:
        # "his ex-wife", "a co-worker": the parse makes the word before the hyphen a piece of
        # its own, with the owner on it; the gold keeps the whole noun phrase (impl, session 41)
        start = min((t.i for c in piece.lefts for t in c.subtree), default=piece.i)
    if person.doc[start].lower_ in _RELATIVE_OWNERS and start < person.i:
        start += 1  # "Ann Lee, whose son was killed": the gold writes "son" (realgold12)
    while start < person.i and person.doc[start].is_punct:
        # "... as Tom Fry. Fry was shot": the parse may hang the period before the person on
        # them; a phrase opens at a word (imp62)
        start += 1
    if ordinals:
        start = max(ordinals) + 1  # "A fourth person": the gold writes "person"
        named = ordinal_appositive(person)
        if named is not None:
            # "A third victim, Ann Lee,": the person's phrase reaches over who they are
            end = max(t.i for t in person_phrase(named)) + 1
    for prep in person.rights:
        # "a woman in her 20s": the age describes the person, and the gold keeps it
        if prep.dep_ == "prep" and prep.lower_ == "in" and _decade(prep):
            end = max(end, max(t.i for t in prep.subtree) + 1)
    return list(person.doc[start:end])


def _decade(prep: Token) -> bool:
    """ "in her 20s", "in their late teens": an age given as a decade."""
    return any(
        o.dep_ == "pobj"
        and (o.lower_ == "teens" or o.lower_[:-1].isdecimal() and o.lower_.endswith("0s"))
        and any(c.dep_ == "poss" for c in o.children)
        for o in prep.children
    )


def count_people(people: Sequence[Token], names: Container[str] = frozenset()) -> int | None:
    if is_negated_list(people):
        return None  # "Neither his wife nor his son was hurt" (counted_people.py)
    total = 0
    for index, person in enumerate(people):
        number = [c for c in person.children if c.dep_ == "nummod"]
        if person.lower_ in EVENT_MULTIPLES:
            total += EVENT_MULTIPLES[person.lower_]
        elif size := counted_word(person):
            total += size  # "the other", "a couple", "that person" (counted_people.py)
        elif number:
            value = _number(number[0])
            if value is None:
                return None
            total += value
        elif person.lower_ == "another" and person.pos_ == "PRON":
            total += 1  # "two were killed and another was wounded"
        elif index and _one_of_people(person):
            total += 1  # "a mother, a father and one of their sons were shot" (impl57b)
        elif len(people) == 1 and _is_both(person):
            total += 2  # "Both were killed", "both victims died"
        elif index == 0 and len(people) > 1 and is_listed_pronoun(person):
            total += 1  # "her and another woman"
        elif is_twins(person):
            total += 2  # "his twin daughters", "the twins"
        elif len(people) == 1 and _listed_ages(person) > 1:
            total += _listed_ages(person)  # "her sons, 7 and 8, were hurt"
        elif _one_person(person) or (
            index and person.lower_ in CASUALTY_PERSON_NOUNS and person.tag_ == "NN"
        ):
            total += 1  # "a man and child": the conjunct shares the article
        elif is_named(person, names) or index and is_named(people[0], names) and person.is_title:
            total += 1  # "Ann Reed, 40, and Lee Hines": a name listed with a name
        elif is_addressed_name(person):
            total += 1  # "shot Trooper Dale Wicks": a title of address names a person
        elif is_listed_before_name(person, people, names):
            total += 1  # "Dashawn Pettiford and Marcus Reed" (name_forms.py)
        else:
            return None  # pronouns, "several people", "they": no count
    return total


def _one_of_people(person: Token) -> bool:
    """ "one of their young sons" listed after a person: one person picked from a group."""
    return person.lower_ == "one" and any(
        o.lemma_.lower() in CASUALTY_PERSON_NOUNS for o in prep_objects(person, "of")
    )


def _listed_ages(person: Token) -> int:
    """ "her sons, 7 and 8": the ages listed after an owned plural person noun (0 if none)."""
    if person.tag_ != "NNS" or person.lemma_.lower() not in CASUALTY_PERSON_NOUNS:
        return 0
    if not any(c.dep_ == "poss" for c in person.children):
        return 0
    for age in person.children:
        if age.dep_ == "appos" and age.like_num and age.i > person.i:
            return len(with_conjuncts(age))
    return 0


def is_twins(person: Token) -> bool:
    """ "his twin daughters", "16-year-old twin sisters", "the twins": two people."""
    if person.tag_ != "NNS":
        return False
    if person.lower_ in PAIR_PERSON_WORDS:
        return True
    return person.lemma_.lower() in CASUALTY_PERSON_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in PAIR_PERSON_WORDS for c in person.children
    )


def _is_both(token: Token) -> bool:
    if token.lower_ == "both" and token.pos_ in ("PRON", "DET"):
        return True
    # "both people" (implvoc2): "people" is no casualty noun alone ("several people"), but two
    # with "both"
    person = token.lemma_.lower() in CASUALTY_PERSON_NOUNS or token.lower_ == "people"
    return person and any(
        c.lower_ == "both" and c.dep_ in ("det", "predet") for c in token.children
    )


def _one_person(token: Token) -> bool:
    # not names: the real gold counts "a man", not "Smith" (headlines tag "Boy" NNP or UH)
    # "Man kills girlfriend": a headline's bare object may be tagged a verb (VBP)
    if (
        token.tag_ not in ("NN", "JJ", "NNP", "UH", "VBP")
        or token.lower_ not in CASUALTY_PERSON_NOUNS
        and not is_casualty_person(token)
    ):
        return False
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
    left = next(t for t in token.subtree if not t.is_punct)
    if left.pos_ in ("DET", "PRON"):  # not "RELATED: 23-year-old woman hospitalized"
        determiners.add(left.lower_)  # "a 19-year-old woman"
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children):
        return True  # "found Miller's wife dead": one person, owned by a name
    # "a man", "his wife", "the victim", and headlines' bare "Boy shot and killed"
    return bool(determiners & (_ONE | OWNERS | _RELATIVE_OWNERS | {"the"})) or not determiners - {
        token.lower_
    }


def _number(token: Token) -> int | None:
    text = token.lower_.replace(",", "")
    if text.isdecimal():  # "²" is a digit to isdigit() but no number to int()
        # the fuzz run's 4,684 digits: int() refuses more than 4,300; no count of people is long
        return int(text) if len(text) <= 9 else None
    return _WORDS.get(text)
