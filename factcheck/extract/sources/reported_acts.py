"""A reporting verb used for an act, not a report: "3 People Found Shot To Death Inside Car",
"About 30 officers from four agencies responded to the scene" (issue 11). Pure.

"find" and "respond" report ("a study found that ...", "he responded that ...") only with a
clause. With a state after them ("found shot to death", "found dead") the people are what was
found, and "responded to the scene" is where officers went: the number counts those people or
officers, not the sources of a report (realgold12, realgold19 golds: claims).

A particle makes any reporting verb an act when no clause follows: "about 200 people showed
up for the rally" is a crowd, "two witnesses pointed out the car" a gesture ("show" reports
only as "polls show that ..."; "pointed out that ..." keeps its clause and stays a report).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import ACT_OR_REPORT_VERBS, FOUND_STATES

_CLAUSES = ("ccomp", "parataxis")


def is_act_not_report(verb: Token) -> bool:
    """True if ``verb`` ("found", "responded", "showed up") has no clause and says what was
    done."""
    children = list(verb.children)
    if any(c.dep_ in _CLAUSES for c in children):
        return False  # "two officers found that the door was open"
    if any(c.dep_ == "prt" for c in children):
        return True  # "about 200 people showed up", "two men pointed out the car": an act
    if verb.lemma_.lower() not in ACT_OR_REPORT_VERBS:
        return False
    if verb.lemma_.lower() == "respond":
        return True  # "30 officers responded to the scene"
    # "people found shot to death", "two men found dead": a state of the people found
    return any(
        c.dep_ in ("xcomp", "oprd", "acomp")
        and c.tag_ in ("VBN", "JJ")
        or c.dep_ in ("dobj", "xcomp", "oprd")
        and c.lower_ in FOUND_STATES  # a title-case headline's object
        for c in children
    )


def goes_to_a_scene(verb: Token) -> bool:
    """True if ``verb`` is a "responded" with no clause: where officers went ("Police responded
    to two shootings at two different locations"), so no figure under it is theirs to report.
    """
    return verb.lemma_.lower() == "respond" and is_act_not_report(verb)
