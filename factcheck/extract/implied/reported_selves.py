"""Who a casualty's "he" or "she" may stand for beside a verb of telling or finding: the person
found ("Police found a man in the lot, and he had been shot in the arm") and a person telling
of their own harm ("A man told officers he had been shot while walking home"). Pure.

Session 54 (impl54). ``named_victims.find_antecedents`` passes over a person whose verb is a
reporting verb: "the DA said the man and the boy were in a car when they were shot" names the
teller, not the victim. Two places by such a verb are no teller: the object of "find", the
person found (the lexicon counts "find" a reporting verb for "investigators found that ..."),
and the subject of a verb of telling that opens with "a" or "an": a person not named before,
who tells of themselves ("a man told police he had been shot", "a woman called 911 and said she
had been stabbed" already counts her). Only the subject "he" of the teller's clause: "A man
told police his brother shot him" stays uncounted (impl44v: a reporter of it is not the
victim). An official or a definite teller ("The sheriff said he was shot", "the DA said ...")
stays no antecedent: they tell of others, as does a quoted "he" ('a man told officers, "He's
been shot"': the teller would say "I").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import FIND_VERBS

# the article of a person not named before
_INDEFINITE = frozenset({"a", "an"})


def may_stand_for(person: Token, pronoun: Token) -> bool:
    """True if ``person``, held by a reporting verb, may still be what ``pronoun`` stands for:
    the one found, or an indefinite teller of the pronoun's own clause."""
    verb = person.head
    if person.dep_ == "dobj" and verb.lemma_.lower() in FIND_VERBS:
        return True  # "found a man in the lot, and he had been shot"
    if person.dep_ != "nsubj" or not any(
        c.dep_ == "det" and c.lower_ in _INDEFINITE for c in person.children
    ):
        return False
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False  # "A man told police his brother shot him": an object stays unread (impl44v)
    if any(t.is_quote for t in verb.doc[verb.i : pronoun.i]):
        return False  # 'told officers, "He's been shot"': a quoted "he" is someone else
    # the pronoun speaks in the teller's own clause: "a man told officers [he had been shot]"
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > person.i]
    return any(c.left_edge.i <= pronoun.i <= c.right_edge.i for c in clauses)
