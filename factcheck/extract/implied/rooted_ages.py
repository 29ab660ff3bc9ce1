"""An age that opens a pair of subjects, which the parse makes the root of the sentence
(session 62, imp62). Pure.

"A 9-year-old and his mother were wounded", "The 12-year-old and his older sister were shot",
"A 4-year-old and her grandmother were found dead": en_core_web_sm reads "old" (the age that
stands for a person) as the sentence's root, hangs "and" on it and makes the verb its conjunct,
so the verb's subject is only the second person and the pair's count (gold README "Implied
counts": 2, one claim for the people's phrase, as "A teen and his mother were wounded") came
out as 1. The age is the first subject when it stands right before the "and" that opens the
verb's own subject ("A 16-year-old and his mother died in the fire" too).
Not: "A 9-year-old boy and his mother were wounded" (the parse joins them already), "The
17-year-old ran, and his mother was shot" (a comma: two clauses).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.person_shapes import is_age_person


def rooted_age(verb: Token, subjects: list[Token]) -> Token | None:
    """The age of "A 9-year-old and his mother were wounded" for ``verb`` "wounded" whose
    ``subjects`` the parse found are ["mother"]; else None."""
    if verb.dep_ != "conj" or len(subjects) != 1:
        return None
    age = verb.head
    subject = subjects[0]
    if not is_age_person(age) or not age.i + 1 < subject.left_edge.i < verb.i:
        return None
    joiner = age.doc[age.i + 1]
    if joiner.lower_ != "and" or joiner.head != age or joiner.i + 1 != subject.left_edge.i:
        return None
    return age
