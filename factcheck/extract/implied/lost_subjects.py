"""The subject of a casualty participle that the parse hangs elsewhere (session 44). Pure.

Two shapes where the person is plainly the participle's subject but the parse does not make
them its child, so the implied count (gold README "Implied counts") would be lost:

- a passive conjunct with its own "was" whose subject the parse joins to the first clause's
  object: "A girl was grazed by a bullet and Ann Lee, 22, was shot dead" (the parse makes
  "Lee" a conjunct of "bullet"); the person right before the "was" is the subject;
- a care state after "remain" or "stay" that the parse calls the verb's complement: "The boy
  remained hospitalized", "Tom Ray stays hospitalized", "the woman who remains critically
  injured" (the subject is the verb's, not the participle's).

Not: "a man was shot and was pronounced dead" (nothing between "and" and "was": the shared
subject, ``gapped_passives.py``), "remained hospitalized" with no subject at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.person_shapes import is_casualty_person
from factcheck.extract.implied.preposed_subjects import preposed_subject

# verbs whose complement participle is the subject's lasting state ("remained hospitalized")
_STAYING_VERBS = frozenset({"remain", "stay"})


def lost_subject(verb: Token) -> Token | None:
    """The person a casualty participle ``verb`` is said of where the parse lost them."""
    # "investigating after a 19-year-old was shot" (preposed_subjects.py, impl54b)
    return _stranded_subject(verb) or _staying_subject(verb) or preposed_subject(verb)


def _stranded_subject(verb: Token) -> Token | None:
    """ "A girl was grazed by a bullet and Ann Lee, 22, was shot dead": "Lee"."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    children = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children):
        return None
    auxiliaries = [c for c in children if c.dep_ == "auxpass" and c.i < verb.i]
    if not auxiliaries:
        return None
    first = auxiliaries[0]
    doc = verb.doc
    # the person ends (with an age's commas, ", 22,") right before the "was"; an appositive's
    # closing comma the parse hangs elsewhere may stand between ("and the remaining victim, a
    # female, was taken", impl55)
    candidates = [
        t
        for t in doc[verb.head.i + 1 : first.i]
        if t.dep_ == "conj"
        and t.head.i > verb.head.i
        and t.right_edge.i < first.i
        and all(g.is_punct for g in doc[t.right_edge.i + 1 : first.i])
    ]
    if not candidates:
        return None
    person = candidates[0]
    before = doc[person.left_edge.i - 1] if person.left_edge.i > 0 else None
    if before is None or before.lower_ not in ("and", "but", "while"):
        return None  # "and" opens the second clause right before the person
    # a name or a person noun ("Ann Lee", "a teenager"), not a thing ("and the car, ...")
    return person if person.ent_type_ == "PERSON" or is_casualty_person(person) else None


def _staying_subject(verb: Token) -> Token | None:
    """ "The boy remained hospitalized": "boy", the subject of "remained"."""
    if verb.dep_ != "acomp" or verb.tag_ != "VBN":
        return None
    head = verb.head
    if head.lemma_.lower() not in _STAYING_VERBS:
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None
