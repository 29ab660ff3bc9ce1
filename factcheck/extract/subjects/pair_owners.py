"""The two people a pair of shares is between, in the order the pair gives them. Pure.

Issue 11 (session 39, poll48): a poll or vote pair "44% to 43%", "56 percent to 32 percent",
"50 to 48 percent" gives one share to each of the two people its clause names, in the order it
names them: "Trump and Sanders were in a dead heat -- 44% to 43%" (44% Trump's, 43% Sanders'),
"she led Mr. Sanders 56 percent to 32 percent", "shows her in a dead heat with Sanders -- ahead
of him by two points, 50 to 48 percent". Gold README, "subject": what is counted or measured;
the tuning golds name each share's candidate (realgold24: 44% -> ['Trump', 'dead heat'], 43%
-> ['Sanders', ...], 50 -> ['Clinton', 'support'], 48 percent -> ['Sanders', 'support']).
``share_owners.py`` already gives the pair to the subject and object of a verb of leading; this
reads the names of the clause in order when no such verb holds them: coordinated subjects, a
pronoun for a person named before (resolved by its gender), "with"/"of" a rival. A clause that
names one person and a word of leading ("her edge was massive: 69 percent to 21 percent", "she
is up ... at 49.2 percent to 40 percent") gives that person the first share only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import FEMALE_TITLES, MALE_TITLES, PAIR_RACE_VERBS
from factcheck.extract.sources.pronoun_gender import named_of_its_gender
from factcheck.extract.subjects.pair_sides import pair_clause
from factcheck.extract.subjects.poll_subjects import person_names

# pronouns that stand for one person and may be a side of a pair ("she led", "ahead of him",
# "her edge")
PAIR_SIDE_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
# words by which one person named before a pair leads it: the first share is theirs ("she is
# up ... at 49.2 percent to 40 percent", "her edge was massive: 69 percent to 21 percent")
PAIR_LEAD_WORDS = frozenset({"ahead", "up", "edge", "lead", "advantage", "behind", "down"})
# how many sentences before the pair a pronoun's person may be named in
_PRONOUN_REACH = 3


def pair_owners(doc: Doc, first: Span) -> tuple[str, str] | None:
    """The names of the two people whose shares the pair starting at ``first`` gives, first
    figure's first ('' for the second when the clause names only the leader), or None.

    The names are read from the clause's subject (or its verb) to the first figure:
    a person's name, or a pronoun given the nearest earlier person of its gender. A name said
    twice ("Sanders ... him") counts once; a third person, or one alone, gives no pair; nor
    does a passive clause, whose order of names is not the pair's.
    """
    sent = first.sent
    verb, agent, _ = pair_clause(first[0])
    # the clause's subject, else the verb's own words ("That didn't help him as Clinton ...
    # carried the state 66% to 30%": "him" is no side of the pair)
    side = agent if agent is not None else verb
    if agent is not None and agent.dep_ == "nsubjpass":
        return None  # "Trump was defeated by Cruz, who won, 27.6 percent to 24.3 percent"
    start = side.left_edge.i if side is not None else sent.start
    people: list[str] = []
    for token in doc[max(start, sent.start) : first.start]:
        name = _person(doc, token)
        if name and name not in people:
            people.append(name)
    if len(people) == 1 and any(_leads(t) for t in doc[start : first.start]):
        return people[0], ""  # "her edge was massive: 69 percent to 21 percent"
    if len(people) != 2:
        return None
    return people[0], people[1]


def _leads(token: Token) -> bool:
    """A word by which the clause's one person leads or trails ("leads by", "is up", "her
    edge"): the pair's first share is that person's."""
    return token.lemma_.lower() in PAIR_RACE_VERBS or token.lower_ in PAIR_LEAD_WORDS


def _person(doc: Doc, token: Token) -> str:
    """The surname ``token`` names as a person ("Sanders", the last word of "Bernie Sanders"),
    the surname a pronoun stands for, or ''."""
    if token.lower_ in PAIR_SIDE_PRONOUNS and token.pos_ == "PRON":
        start = token.sent.start
        for _ in range(_PRONOUN_REACH):
            start = doc[start - 1].sent.start if start else 0
        named = named_of_its_gender(doc, token, start, by_surname=True)
        return named.text.split()[-1] if named is not None else ""
    if token.pos_ != "PROPN" or token.lower_ in MALE_TITLES | FEMALE_TITLES:
        return ""
    after = token.nbor() if token.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "PROPN" and after.ent_type_ == token.ent_type_:
        return ""  # "Bernie" of "Bernie Sanders": the surname names the person
    if token.ent_type_ == "PERSON" or token.text in _surnames(doc):
        return token.text
    return ""


def _surnames(doc: Doc) -> frozenset[str]:
    """The last words of the people the article names ("Trump" may be tagged an organisation
    in one sentence and a person in another)."""
    return frozenset(name.split()[-1] for name in person_names(doc) if name)
