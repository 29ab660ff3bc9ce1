"""A pronoun stands for a person of its own gender: "she added" after a quotation of "John
Krystek" is not Krystek's; "she said she supports a $12 wage" after "Ben Jealous ... told" is
the woman named before him (issue 11, pronoun sources; gold README, "Source kinds")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    FEMALE_FIRST_NAMES,
    FEMALE_TITLES,
    MALE_FIRST_NAMES,
    MALE_TITLES,
)
from factcheck.extract.sources.courtesy_titles import person_name_bounds
from factcheck.extract.sources.quotes import find_quotes
from factcheck.model import Source, SourceKind

_MALE = "male"
_FEMALE = "female"
_UNKNOWN = "unknown"
_PRONOUN_GENDER = {"he": _MALE, "him": _MALE, "his": _MALE, "she": _FEMALE, "her": _FEMALE}
_SURNAME_GENDERS = "factcheck_surname_genders"


def other_gender(pronoun: Token, source: Source) -> bool:
    """Whether the person ``source`` names is of the other gender than ``pronoun`` by the
    name's own words (a title, a first name: "John Krystek" for "she"); False when they say
    none ("Clinton" alone: the article may name a Hillary and a Bill)."""
    wanted = _PRONOUN_GENDER.get(pronoun.lower_)
    if wanted is None or source.kind is not SourceKind.NAMED_PERSON:
        return False
    gender = _name_gender(source.text)
    return gender is not None and gender != wanted


def named_of_its_gender(
    doc: Doc, pronoun: Token, start: int, *, by_surname: bool = False
) -> Source | None:
    """The nearest person before ``pronoun`` and from ``start``, outside quotations, whose name
    is not of the other gender; also a name the tagger missed ("Palin’s post", "Trump's wife,
    Melania") when the article says it is of the pronoun's gender: a surname it writes in full
    for people of that gender only, or a first name of that gender. ``by_surname`` also passes
    over a tagged surname the article gives only people of the other gender ("she" is not
    "Sanders" after "Bernie Sanders")."""
    wanted = _PRONOUN_GENDER.get(pronoun.lower_)
    if wanted is None:
        return None
    quoted = [(q.start, q.end) for q in find_quotes(doc)]
    for token in reversed(doc[start : pronoun.i]):
        if not token.is_title or any(a <= token.idx < b for a, b in quoted):
            continue
        if token.lower_ in MALE_TITLES or token.lower_ in FEMALE_TITLES:
            continue  # "Mr." alone names no one
        if token.ent_type_ == "PERSON":
            ent_start, ent_end = person_name_bounds(doc, token.i)
            named = Source(text=doc[ent_start:ent_end].text, kind=SourceKind.NAMED_PERSON)
            if token.i == ent_end - 1 and not other_gender(pronoun, named):
                if not by_surname or _gender(doc, named) in (None, wanted):
                    return named
        elif token.pos_ == "PROPN":
            named = Source(text=token.text, kind=SourceKind.NAMED_PERSON)
            if _gender(doc, named) == wanted:
                return named
    return None


def _gender(doc: Doc, source: Source) -> str | None:
    return _name_gender(source.text) or _surname_gender(doc, source.text)


def _name_gender(text: str) -> str | None:
    """The gender the title or first name before the last word says ("Mrs. Clinton", "Ben
    Jealous", "Sen. Lindsey Graham"), read back from the last word up to a lower-case word (a
    role: "Hillary Clinton's campaign manager Robby Mook" says nothing of Mook)."""
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in text.split()]
    if not words:
        return None
    if words[-1] in MALE_TITLES:
        return _MALE  # "her father"
    if words[-1] in FEMALE_TITLES:
        return _FEMALE
    for word, written in zip(reversed(words[:-1]), reversed(text.split()[:-1]), strict=True):
        if word in MALE_TITLES or word in MALE_FIRST_NAMES:
            return _MALE
        if word in FEMALE_TITLES or word in FEMALE_FIRST_NAMES:
            return _FEMALE
        if written[:1].islower():
            return None
    return None


def _surname_gender(doc: Doc, text: str) -> str | None:
    """ "Krystek": the one gender of the people the article names in full with that last
    word; none when it names both ("Hillary Clinton", "Bill Clinton"). A word it never writes
    as a last name is read as a first name ("Trump's wife, Melania")."""
    words = text.split()
    if len(words) != 1:
        return None
    word = words[0].removesuffix("'s").removesuffix("’s")
    genders = _surname_genders(doc).get(word)
    if genders is None:
        return _first_name_gender(word.lower())
    if len(genders) != 1 or _UNKNOWN in genders:
        return None
    return next(iter(genders))


def _first_name_gender(word: str) -> str | None:
    if word in MALE_FIRST_NAMES:
        return _MALE
    if word in FEMALE_FIRST_NAMES:
        return _FEMALE
    return None


def _surname_genders(doc: Doc) -> dict[str, set[str]]:
    """The genders of the people named in full, by their last word."""
    cached = doc.user_data.get(_SURNAME_GENDERS)
    if cached is None:
        cached = {}
        for ent in doc.ents:
            if ent.label_ != "PERSON" or len(ent) < 2:
                continue
            # a name of unknown gender counts too: "Liz Cheney" beside "Dick Cheney"
            cached.setdefault(ent[-1].text, set()).add(_name_gender(ent.text) or _UNKNOWN)
        doc.user_data[_SURNAME_GENDERS] = cached
    return cached
