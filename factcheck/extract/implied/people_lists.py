"""Lists of people the parse breaks, counted from their surface form. Pure.

Shapes that the dependency parse of local news gets wrong, so ``implied.py`` misses them:

- a headline's active casualty verb with bare objects: "Toddler shoots himself, father" = 2
  shot, "he shot sleeping wife, son" = 2 shot (the span is the people: "himself, father");
- a headline's bare person "in hospital": "Fire leaves woman dead, boy in hospital" = 1;
- a list of ages as people before a passive casualty verb: "a 12 year old, 15 year old and
  18 year old were wounded" = 3 injured (hyphens or not; one age alone is the parse's);
- one age as the person before a reduced casualty clause, which the parse takes for a noun
  compound: "2-year-old accidentally shot in home", "a 28-year-old shot in the leg" = 1
  (realgold8 README: the age is the implied claim; not "a 28-year-old shot his brother");
- a title-case headline opening with bare people before its casualty words, which the tagger
  reads as names: "Father, 9-Year-Old Daughter Shot & Killed In ..." = 2 killed, "Boy, 7, Shot
  In ..." = 1 shot, "Ex-Con Found Dead After ..." = 1 killed (realgold12 README: a described
  victim is an implied 1; the span is the people, without their ages after a comma);
- two bare people joined by a comma in any title line, which the parse takes apart: "Teacher,
  17-month-old son found dead", "Baby, 20-year-old man killed in ...", "shooting deaths of
  woman, daughter" = 2 (realgold3 README: a pair in a title is an implied 2; ``find_title_pairs``,
  which ``implied.py`` asks before the parse's own count of one of them).

Each yields (start char, end char, measure, value, verb token).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from factcheck.extract.doctext import doc_text
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    HEADLINE_ACTIVE_CASUALTY,
    HEADLINE_FATAL_AFTER,
    HEADLINE_LIST_JOINS,
    HEADLINE_PERSON_EXTRA,
    HEADLINE_TITLE_CASUALTY,
    NOMINAL_EVENTS,
    PASSIVE_CASUALTY,
    REFLEXIVE_PERSONS,
)
from factcheck.extract.token_index import tokens_with_lower

PeopleList = tuple[int, int, str, int, Token]  # start char, end char, measure, value, verb

_SKIPPED = ("JJ", "VBG", "VBN")  # "shot sleeping mom": modifiers before the first person
_AGE = r"(?:an?\s+)?\d{1,2}[\s-]years?[\s-]old"
_AGE_LIST = re.compile(
    rf"({_AGE}(?:\s*,\s*{_AGE})*,?\s+and\s+{_AGE})\s+were\s+(?:fatally\s+)?$", re.IGNORECASE
)
_TITLE_AGE = re.compile(r"\d{1,2}-Years?-Old\b")
_LOOSE_AGE = re.compile(r"\d{1,2}-(?:year|month|week)s?-old\b", re.IGNORECASE)
_WINDOW = 200  # characters before the verb that a list of ages may take
_ONE_AGE = re.compile(_AGE, re.IGNORECASE)
_BARE_AGE = re.compile(
    r"\b((?:an?|the)\s+)?\d{1,2}-years?-old\s+(?:(?:accidentally|fatally)\s+)?(\w+)\b",
    re.IGNORECASE,
)


def find_people_lists(doc: Doc) -> Iterator[PeopleList]:
    """Yield the headline's objects and the lists of ages counted as casualties."""
    yield from _headline_objects(doc)
    yield from _headline_in_hospital(doc)
    yield from _title_case_headline(doc)
    yield from _age_lists(doc)
    yield from _bare_ages(doc)


def find_title_pairs(doc: Doc) -> Iterator[PeopleList]:
    """Yield "Teacher, 17-month-old son found dead", "Mother, child found dead" (a caption),
    "shooting deaths of woman, daughter": two bare singular people joined by a comma, before
    their casualty words or after an event noun's "of", are 2 (a headline, a caption or a
    related-story line; body text names people with an article)."""
    for comma in tokens_with_lower(doc, (",",)):  # the commas of doc[1:-2]
        if not 1 <= comma.i < len(doc) - 2:
            continue
        first, second = doc[comma.i - 1], _after_age(doc, comma.i + 1)
        if second is None or not (_bare_person(first) and _bare_person(second)):
            continue
        if not _opens_bare(first):
            continue
        measure = _title_casualty(doc, second.i + 1)
        before = doc[first.i - 1] if first.i > 0 else None
        if measure is None and before is not None and before.lower_ == "of" and first.i > 1:
            measure = NOMINAL_EVENTS.get(doc[first.i - 2].lemma_.lower())  # "deaths of"
        if measure is not None:
            yield first.idx, second.idx + len(second.text), measure, 2, second


def _bare_person(token: Token) -> bool:
    """A singular person noun with no article or owner: "Teacher", "son", "Mother"."""
    word = token.lower_
    return (
        (word in CASUALTY_PERSON_NOUNS or word in HEADLINE_PERSON_EXTRA)
        and token.tag_ in ("NN", "NNP")
        and not any(c.dep_ in ("det", "poss") for c in token.children)
    )


def _opens_bare(token: Token) -> bool:
    """No article, owner or adjective before the first person ("the victim's father, ...")."""
    if token.i == 0:
        return True
    before = token.nbor(-1)
    return before.pos_ not in ("DET", "ADJ") and before.tag_ not in ("PRP$", "POS")


def _after_age(doc: Doc, i: int) -> Token | None:
    """The token after an age that opens at ``i`` ("17-month-old son"), or the token at ``i``."""
    text = doc_text(doc)
    age = _LOOSE_AGE.match(text, doc[i].idx)
    if age is None:
        return doc[i]
    while i < len(doc) and doc[i].idx < age.end():
        i += 1
    return doc[i] if i < len(doc) else None


def _title_casualty(doc: Doc, i: int) -> str | None:
    """What the words at ``i`` say happened: "found dead", "killed", "shot dead", "hurt"."""
    if i + 1 >= len(doc):
        return None
    word, after = doc[i].lower_, doc[i + 1].lower_
    measure = HEADLINE_TITLE_CASUALTY.get(word)
    if word == "found":
        return measure if after == "dead" else None
    if word == "shot" and (after == "dead" or after in HEADLINE_FATAL_AFTER):
        return "killed"
    return measure


def _headline_objects(doc: Doc) -> Iterator[PeopleList]:
    text = doc_text(doc)
    headline_end = text.find("\n")
    if headline_end < 0:
        return
    for verb in doc:
        if verb.idx >= headline_end:
            return
        measure = HEADLINE_ACTIVE_CASUALTY.get(verb.lower_)
        if measure is None or verb.i == 0 or verb.i + 1 >= len(doc):
            continue
        if verb.lower_ in ("shot", "killed", "wounded") and verb.nbor(-1).is_punct:
            continue  # "Boy shot, ...": a passive headline; an active verb follows its subject
        people = _objects(verb, headline_end)
        if people:
            start, end = people[0].idx, people[-1].idx + len(people[-1].text)
            yield start, end, measure, len(people), verb


def _headline_in_hospital(doc: Doc) -> Iterator[PeopleList]:
    """A headline's "..., boy in hospital": a bare person noun in hospital is 1 injured."""
    headline_end = doc_text(doc).find("\n")
    for person in doc[:-2]:
        if headline_end < 0 or person.idx >= headline_end:
            return
        bare = person.i == 0 or doc[person.i - 1].text in (",", "and", ":")
        if (
            bare
            and person.tag_ == "NN"
            and person.lower_ in CASUALTY_PERSON_NOUNS
            and [t.lower_ for t in doc[person.i + 1 : person.i + 3]] == ["in", "hospital"]
        ):
            yield person.idx, person.idx + len(person.text), "injured", 1, person


def _title_case_headline(doc: Doc) -> Iterator[PeopleList]:
    """ "Father, 9-Year-Old Daughter Shot & Killed In ...": the bare singular people that open a
    title-case headline, up to its first casualty words ("Found Dead" too); nothing else may
    stand between them ("Man Who Shot Four People" counts no one)."""
    headline_end = doc_text(doc).find("\n")
    for verb in doc[1:]:
        if headline_end < 0 or verb.idx >= headline_end:
            return
        measure = HEADLINE_TITLE_CASUALTY.get(verb.lower_)
        # a sentence-case headline ("15-year-old boy shot in ...", "Boy, 3, killed by ..."):
        # the tagger may read the participle as a past tense or an adverbial clause
        sentence_case = verb.is_lower and verb.tag_ in ("VBD", "VBN")
        if measure is None or not (verb.is_title or sentence_case):
            continue
        after = [t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 3]]
        if verb.lower_ == "found" and after[:1] != ["dead"]:
            return  # "Boy Found Safe": no casualty
        if verb.lower_ == "shot" and (
            after[:1] == ["dead"]
            or after[:1]
            and after[0] in HEADLINE_FATAL_AFTER
            or after in (["to", "death"], [",", "killed"])
        ):
            # "Shot & Killed", "Shot And Killed", "Shot Dead", "shot, killed" (impl55)
            measure = "killed"
        people = _headline_people(doc, verb.i, title=not sentence_case)
        if people:
            yield people[0], people[-1], measure, len(people) - 1, verb
        return  # the headline's first casualty words alone name its opening people


def _headline_people(doc: Doc, end: int, *, title: bool = True) -> list[int]:
    """[span start, person ends ...]: the singular person nouns from the headline's first word
    up to token ``end``, joined by commas, "&" or "and", with ages ("9-Year-Old Daughter",
    "Boy, 7,"); [] if anything else comes ("Man Who Shot", "Police:", plurals)."""
    text = doc_text(doc)
    bounds: list[int] = [doc[0].idx]
    i = 0
    while i < end:
        token = doc[i]
        age = (_TITLE_AGE if title else _LOOSE_AGE).match(text, token.idx)
        if age is not None:
            while i < end and doc[i].idx < age.end():
                i += 1  # "9-Year-Old" before its person
            continue
        if token.lower_ == "ex" and i + 2 < end and doc[i + 1].text == "-":
            i += 2  # "Ex-Con": the person is the word after the hyphen
            token = doc[i]
        word = token.lower_
        person = word in CASUALTY_PERSON_NOUNS or word in HEADLINE_PERSON_EXTRA
        # a sentence-case headline capitalises only its first word ("Boy, 3,", "15-year-old boy")
        cased = token.is_title if title else token.is_title or token.is_lower
        if person and cased and not word.endswith("s"):
            if i and doc[i - 1].lower_ in CASUALTY_PERSON_NOUNS and len(bounds) > 1:
                bounds[-1] = token.idx + len(token.text)  # "Teen driver": one person
            else:
                bounds.append(token.idx + len(token.text))
        elif not (word in HEADLINE_LIST_JOINS or token.like_num and len(bounds) > 1):
            return []
        i += 1
    return bounds if len(bounds) > 1 else []


def _objects(verb: Token, limit: int) -> list[Token]:
    """The bare people after a headline's verb: "himself, father", "sleeping wife, son"."""
    doc = verb.doc
    people: list[Token] = []
    i = verb.i + 1
    while i < len(doc) and doc[i].idx < limit:
        token = doc[i]
        if token.lower_ in REFLEXIVE_PERSONS or (
            token.tag_ == "NN" and token.lower_ in CASUALTY_PERSON_NOUNS
        ):
            people.append(token)
            i += 1
            while i < len(doc) and doc[i].text in (",", "and"):
                i += 1  # ", ", " and ", ", and "
            if i == people[-1].i + 1:
                break  # the list ends: "mother on north side"
            continue
        if token.tag_ in _SKIPPED and i - (people[-1].i if people else verb.i) <= 2:
            i += 1  # "shot sleeping wife"
            continue
        if not people:
            return []  # "shoots at police", "killed in crash", "shoots two": no bare people
        break  # "wife, police say": the list has ended
    if people and all(p.lower_ in REFLEXIVE_PERSONS for p in people):
        return []  # "Man shoots himself": a suicide report, no count of victims
    return people


def _age_lists(doc: Doc) -> Iterator[PeopleList]:
    text = doc_text(doc)
    for verb in tokens_with_lower(doc, PASSIVE_CASUALTY):
        measure = PASSIVE_CASUALTY.get(verb.lower_)
        if measure is None or verb.i < 2 or verb.tag_ != "VBN":
            continue
        if verb.i + 1 < len(doc) and verb.nbor(1).lower_ == "at":
            continue  # "were shot at": missed
        # not the parse's sentence: it may end the sentence at "old"
        found = _AGE_LIST.search(text, max(0, verb.idx - _WINDOW), verb.idx)
        if found is None:
            continue
        if measure == "shot" and _fatal(verb):
            measure = "killed"
        start, end = found.span(1)
        yield start, end, measure, len(_ONE_AGE.findall(found.group(1))), verb


def _bare_ages(doc: Doc) -> Iterator[PeopleList]:
    text = doc_text(doc)
    for found in _BARE_AGE.finditer(text):
        measure = PASSIVE_CASUALTY.get(found.group(2).lower())
        verb = doc.char_span(*found.span(2))
        if measure is None or verb is None:
            continue
        word = verb[0]
        after = doc[word.i + 1] if word.i + 1 < len(doc) else None
        if _active(after):
            continue  # "a 28-year-old shot his brother", "shot two men", "shot at": active
        if measure == "shot" and (_fatal(word) or found.group(0).lower().count("fatally")):
            measure = "killed"
        start = found.start()
        # the age's own "old", in any case: a title-case headline writes "17-Year-Old Shot"
        end = start + found.group(0).lower().index("old") + 3
        yield start, end, measure, 1, word


def _active(after: Token | None) -> bool:
    """The word after "shot" shows it active: an object ("his brother", "two men", not "shot
    three times") or "at" people."""
    if after is None:
        return False
    if after.pos_ == "NUM":
        return not (after.i + 1 < len(after.doc) and after.nbor(1).lower_ == "times")
    if after.lower_ == "at":  # "shot at officers", not "shot at home"
        aimed = [t for t in after.doc[after.i + 1 : after.i + 3] if t.pos_ != "DET"]
        return bool(aimed) and (
            aimed[0].pos_ == "PRON" or aimed[0].lemma_.lower() in CASUALTY_PERSON_NOUNS
        )
    return after.pos_ in ("DET", "PRON", "PROPN")


def _fatal(verb: Token) -> bool:
    """ "were shot and killed", "were shot to death", "were fatally shot"."""
    after = [t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 4]]
    before = verb.doc[verb.i - 1].lower_
    return before == "fatally" or after[:2] in (["and", "killed"], ["to", "death"])
