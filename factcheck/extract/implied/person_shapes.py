"""Whether a noun names one person who can be a casualty, by its word or by the parse. Pure.

Issue 9, gold README "Implied counts" ("a man was shot and killed" = 1 killed). A word of the broad
person lexicon (``lexicon.CASUALTY_PERSON_NOUNS``) is a person; so, without a list, is a noun the
parse marks as one: a compound word on a person ending ("repairman", "chairwoman", "salesperson"), a
noun an age modifies ("a 34-year-old sommelier", "a sommelier, 34,"), and a noun a person's name
stands beside ("the sommelier, Ann Lee,"). Animals, vehicles, buildings and other things an age can
modify ("a 12-year-old dog", "a 100-year-old church") are no person. ``is_person_or_age`` is the
looser test the casualty shapes of ``misparsed_people``, ``hurt_states`` and ``wound_phrases`` share
(session 46): a person word, a name, or an age spelled or in digits.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import AGE_UNITS, CASUALTY_PERSON_NOUNS

# Endings of one-word compounds for a person ("deliveryman", "congresswoman", "chairperson").
_PERSON_ENDINGS = ("man", "woman", "person")
# Words with such an ending that are no person, or no casualty.
_NOT_PERSON_ENDINGS = frozenset(
    "talisman ottoman caiman german roman walkman superman batman spiderman pacman "
    "snowman strawman".split()
)
# Things an age modifies that are no person: animals, vehicles, buildings, bodies.
NON_PERSON_NOUNS = frozenset(
    "dog puppy cat kitten horse pony cow bull calf pig goat sheep deer bear animal pet bird "
    "chicken rooster dog's car truck vehicle van suv bus boat motorcycle bike bicycle house "
    "home building church school store business bar restaurant tree program law company "
    "firm tradition case record marriage relationship friendship feud dispute war "
    # the parse may read a casualty word after an age as its noun ("a 28-year-old shot in the
    # arm", "found the 9-year-old and 5-year-old dead")
    "shot gunshot wound injury stab dead wounded injured".split()
)
# The oldest age read as a person's ("a 1,000-year-old tree" is no person).
_MAX_AGE = 120


def is_casualty_person(token: Token) -> bool:
    """True if ``token`` is a singular noun that names one person (a word or a shape)."""
    word = token.lower_
    if word in CASUALTY_PERSON_NOUNS or token.lemma_.lower() in CASUALTY_PERSON_NOUNS:
        return True
    if token.pos_ != "NOUN" or token.tag_ != "NN" or word in NON_PERSON_NOUNS:
        return False
    return _person_compound(word) or _aged(token) or _named_beside(token)


def _person_compound(word: str) -> bool:
    """ "repairman", "spokeswoman", "chairperson": a compound on a person ending."""
    return (
        word.isalpha()
        and word not in _NOT_PERSON_ENDINGS
        and any(word.endswith(e) and len(word) >= len(e) + 3 for e in _PERSON_ENDINGS)
    )


def is_aged_name(token: Token) -> bool:
    """ "Dashawn Pettiford, 24, was shot": a first and last name with an age between commas is a
    person's, whatever entity label the tagger gives it (none, a place, an organisation)."""
    return (
        token.tag_ == "NNP"
        and token.is_title
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title for c in token.lefts)
        and age_beside(token)
    )


def _aged(token: Token) -> bool:
    """ "a 34-year-old sommelier", "a sommelier, 34,": an age on the noun."""
    return any(is_age_modifier(c) for c in token.children) or age_beside(token)


def is_age_modifier(child: Token) -> bool:
    """The "old" of "a 34-year-old", a modifier carrying an age."""
    if child.dep_ != "amod" or child.lower_ != "old":
        return False
    units = [c for c in child.children if c.lemma_.lower() in AGE_UNITS]
    return any(is_age_number(n) for u in units for n in u.children if n.dep_ == "nummod")


def age_beside(token: Token) -> bool:
    """ "X, 34,": a bare age in apposition between commas."""
    doc = token.doc
    return any(
        c.dep_ == "appos"
        and c.i == token.i + 2
        and token.nbor(1).text == ","
        and is_age_number(c)
        and c.i + 1 < len(doc)
        and doc[c.i + 1].is_punct
        for c in token.children
    )


def is_age_number(token: Token) -> bool:
    """A whole number a person's age can be."""
    text = token.text.replace(",", "")
    return token.like_num and text.isdecimal() and 0 < int(text) <= _MAX_AGE


def _named_beside(token: Token) -> bool:
    """ "the sommelier, Ann Lee,": a person's name in apposition."""
    return any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN" for c in token.children
    )


def is_age_person(token: Token) -> bool:
    """ "the 16-year-old", "a 2-year-old's shooting": an age standing alone for a person, which
    the tagger calls an adjective ("old" with its unit and number), not one modifying a noun ("a
    16-year-old boy": the boy is the person)."""
    if token.lower_ != "old" or token.dep_ in ("amod", "compound"):
        return False
    units = [
        c
        for c in token.children
        if c.dep_ in ("npadvmod", "compound") and c.lemma_.lower() in AGE_UNITS
    ]
    return any(is_age_number(n) for u in units for n in u.children if n.dep_ == "nummod")


def is_age_word(token: Token) -> bool:
    """ "old" of "a 13-year-old", "a three-year-old": an "old" with its unit of age, the number in
    digits or spelled (``is_age_person`` and ``is_age_modifier`` also ask for a number in
    digits, and for where "old" stands)."""
    # the tagger makes the unit a compound in some sentences ("A 19-year-old took his own
    # life"), an adverbial noun in most (session 53)
    return token.lower_ == "old" and any(
        c.dep_ in ("npadvmod", "compound") and c.lemma_.lower() in AGE_UNITS for c in token.children
    )


def is_person_or_age(token: Token) -> bool:
    """A person noun ("a man", "the teen"), a person's name, or an age standing for a person ("a
    3-year-old", "a three-year-old"); not a pronoun, read where its antecedent is."""
    if token.pos_ == "PROPN":
        return token.ent_type_ == "PERSON"
    return token.lemma_.lower() in CASUALTY_PERSON_NOUNS or is_age_word(token)
