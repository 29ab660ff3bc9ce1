"""The person of a relative clause a report splits: "a man who police said had been stabbed"
(implwide, session 50). Pure.

"A man who was stabbed walked into a fire station" counts the man (the relative's "who"
stands for him; ``relative_people.py``). A reporter often puts the source inside the clause:
"A man who police said had been stabbed walked into a fire station", "A woman, who police say
was shot by her boyfriend, is recovering". The parse then makes the casualty verb the
reporting verb's clause and hangs "who" on either verb, so the passive finds no subject. The
person is the noun the reporting clause hangs on: 1 injured, 1 shot above. Not counted: a
clause of belief or doubt ("who police believe was shot": ``_SAYING_VERBS`` are verbs of
saying), an active clause ("a man who police said shot his neighbor": the doer).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.relative_people import relative_person

# verbs of saying that may split a relative clause ("who police said was shot")
_SAYING_VERBS = frozenset({"say", "tell", "report"})


def reported_relative(verb: Token) -> Token | None:
    """The noun "who" stands for in "a man who police said had been stabbed", for the passive
    casualty ``verb`` ("stabbed") under the reporting clause; else None."""
    report = verb.head
    if verb.dep_ != "ccomp" or report.dep_ != "relcl":
        return None
    if report.lemma_.lower() not in _SAYING_VERBS:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "a man who police said shot his neighbor": the doer
    if any(c.dep_ == "nsubjpass" and c.tag_ not in ("WP", "WDT") for c in verb.children):
        return None  # "a man who police said his son was shot": another subject
    relative = [
        c
        for c in (*verb.children, *report.children)
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that")
    ]
    return relative_person(report) if relative else None
