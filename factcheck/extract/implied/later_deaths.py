"""A harm followed by the same person's death in a conjunct: killed (session 36, impl44v). Pure.

"A man was wounded and later died", "was rushed to a hospital but did not survive", "suffered a
gunshot wound and died at the scene", "was hit by a stray bullet and later died": the clause
says a hurt first and the death after it, of the same subject (the conjunct has no subject of
its own). So does a verb of care in the clause whose own clause says the death ("was shot and
was taken to a hospital, where he died", session 46 impl2; the tuning golds count the person
killed: realgold7, realgold12). The count is one killed, as "a man was shot and died" and "a
man who was shot Saturday died" already are (docs/gold-conventions.md, "Vocabulary of casualty
shapes": killed, not shot). Not: "a man was wounded and his brother died" (a subject of its
own), "was wounded and could die", "did not die" (not said as happening), "was wounded but
survived", "shot a clerk and was taken to a hospital, where he died" (the shooter dies).

The same death told by a clause about the person hurt (vocab37, session 29; was
``casualty_vocab2.py``): "A man who was shot Saturday night died at the hospital", "A teen shot
on Elm Street later succumbed to his injuries" (the relative clause's person died, also where
the death is a verb joined to the main one: "Ann Lee, who was shot, was taken to a hospital and
later died", impl57b), "The driver crashed into a pole, losing his life", "A man was shot in
the head, losing his life" (a subjectless clause of death after the main clause). Not: "a man
who was shot could die", "who shot his wife died" (the shooter is no casualty of "shot"),
", nearly losing his life", ", losing his seat", "after losing his life" (a time, not the
outcome). Told the other way round, a relative clause on the one person hurt says the death
(impl58, ``dies_in_relative``): "The gunman shot his wife, who died at the scene", "Gunfire
struck a girl who was taken to a hospital, where she died"; not "who survived", "whose son
died", nor a clause of care alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.casualty_measures import later_death, measure_of
from factcheck.extract.implied.relative_people import relative_person
from factcheck.extract.lexicon import (
    DEAD_STATE_WORDS,
    DYING_VERBS,
    HOSPITAL_VERBS,
    LATER_DEATH_VERBS,
    MODAL_WORDS,
)

# how far up from the harm's word its clause's verb may sit ("with a gunshot wound": wound ->
# with -> found)
_CLAUSE_STEPS = 3
# dependencies by which a harm's word hangs below its clause's verb
_BELOW_VERB = frozenset({"pobj", "prep", "dobj", "oprd", "acomp", "amod", "compound", "npadvmod"})


def dies_later(predicate: Token) -> bool:
    """True if the clause of the harm ``predicate`` goes on to the same person's death."""
    verb = predicate
    for _ in range(_CLAUSE_STEPS):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in _BELOW_VERB:
            break
        verb = verb.head
    conjuncts = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > verb.i
        and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
    ]
    if any(_says_death(c) for c in conjuncts) or any(_comma_killed(c) for c in verb.children):
        return True
    # "was shot and was taken to a hospital before he was pronounced dead", "was taken to a
    # hospital with a gunshot wound to the chest, where he died": a verb of care whose clause
    # goes on to the death; only where the hurt are the clause's subject (not "shot a woman and
    # was taken to a hospital, where he died": the shooter dies)
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.lemma_.lower() in HOSPITAL_VERBS and later_death(c) for c in [verb, *conjuncts])


def _says_death(verb: Token) -> bool:
    """ "died", "later died", "succumbed", "was pronounced dead", "did not survive"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    children = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in children):
        return False  # "and could die", "but may not survive"
    negated = any(c.dep_ == "neg" for c in children)
    lemma = verb.lemma_.lower()
    if lemma == "survive":
        # "but did not survive" (not "but did not survive the primary": nothing after it)
        return negated and not any(c.dep_ == "dobj" for c in children)
    if negated:
        return False  # "but did not die"
    if lemma == "die" or lemma in LATER_DEATH_VERBS:
        return True
    return lemma == "pronounce" and any(c.lower_ in DEAD_STATE_WORDS for c in children)


def dies_after(verb: Token) -> bool:
    """ "A man who was shot Saturday night died at the hospital", "A teen shot on Elm Street
    later succumbed to his injuries": ``verb`` qualifies the subject of a verb of death, so the
    person it counts died (not "a man who was shot could die", "did not die")."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    main = verb.head.head
    # "Ann Lee, who was shot in the head, was taken to a hospital and later died": a verb
    # joined to the main one, with no subject of its own, has the same subject (impl57b)
    joined = [
        c
        for c in main.children
        if c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    # a modal or "not" on the main verb holds for its conjuncts: "could be hurt and die"
    return _is_death(main) or (_is_real(main) and any(_is_death(v) for v in joined))


def _is_real(main: Token) -> bool:
    """``main`` says what happened: no "not", no modal ("could die", "did not die")."""
    return not any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODAL_WORDS) for c in main.children
    )


def _is_death(main: Token) -> bool:
    """``main`` says a death that happened."""
    if main.pos_ not in ("VERB", "AUX") or not _is_real(main):
        return False
    lemma = main.lemma_.lower()
    return lemma == "die" or measure_of(main, lemma) == "killed"


def is_dying_clause(verb: Token) -> bool:
    """ ", losing his life", ", dying at the scene": a subjectless clause of death after the
    main clause, whose subject is who died ("The driver crashed into a pole, losing his life";
    not ", nearly losing his life", ", losing his seat", ", killing two")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in DYING_VERBS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "neg", "mark") for c in verb.children):
        return False  # not "before dying", "after losing his life": a time, not the outcome
    if verb.lemma_.lower() == "die" and any(
        c.dep_ in ("dobj", "attr", "oprd", "acomp") for c in verb.children
    ):
        return False  # "dying a free man", "dying young": a manner of death, no event
    return measure_of(verb, verb.lemma_.lower()) == "killed"


def dying_clause_subjects(verb: Token) -> list[Token]:
    """The main clause's subject a dying clause is about ("The driver ..., losing his life")."""
    if not is_dying_clause(verb):
        return []
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]


def dies_in_clause(verb: Token) -> bool:
    """ "A man was shot in the head, losing his life": the shooting's person died after it."""
    return any(is_dying_clause(c) for c in verb.children)


def holder_dies(predicate: Token, people: list[Token]) -> bool:
    """ "A man with a gunshot wound to the chest died at the scene", "A man suffering from a
    gunshot wound was pronounced dead", "found a man with a gunshot wound who died": the harm
    is told inside its one person's own phrase, and that person is the subject of a verb of
    death (or of a relative clause of death after the harm), so the person died (impl55; as
    ``dies_after`` reads "A man shot in the chest died"). Not "a man with a gunshot wound did
    not die", "could die" (``_says_death``), nor a harm outside the person's phrase ("A woman
    whose son was wounded died": the son's)."""
    if len(people) != 1:
        return False
    person = people[0]
    if person == predicate or not person.left_edge.i <= predicate.i <= person.right_edge.i:
        return False
    if any(
        c.dep_ == "relcl"
        and c.i > predicate.i
        and _says_death(c)
        and _relative_subject(c)
        and relative_person(c) == person
        for c in person.subtree
    ):
        return True  # "found a man with a gunshot wound who died at the scene"
    return person.dep_ in ("nsubj", "nsubjpass") and _says_death(person.head)


def dies_in_relative(people: list[Token]) -> bool:
    """ "The gunman shot his wife, who died at the scene", "The shooting wounded a man, who died
    two days later", "Gunfire struck a girl who was taken to a hospital, where she died": a
    relative clause on the one person hurt says that person died, so the count is killed, as
    "a man who was shot Saturday died" (``dies_after``) reads the same two events told the
    other way round (gold README "Implied counts": "shot and killed" = killed). Not "shot his
    wife, who survived", "who could die", "whose son died" (the clause's subject is its "who"),
    nor a clause of care alone ("who was taken to a hospital")."""
    if len(people) != 1:
        return False
    person = people[0]
    return any(
        c.dep_ == "relcl"
        and _relative_subject(c)
        and (_says_death(c) or c.lemma_.lower() in HOSPITAL_VERBS and later_death(c))
        for c in person.children
    )


def _relative_subject(clause: Token) -> bool:
    """The relative clause's subject is its "who" (the person it hangs on)."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in clause.children
    )


def _comma_killed(clause: Token) -> bool:
    """ "Woman shot, killed in her driveway", "A man was shot, killed outside a bar": a
    participle of killing right after a comma, with no subject or clause word of its own, that
    the parse hangs on the harm as an adverbial clause; the same person was killed (impl55;
    ``headline_casualties`` reads "shot, killed" the same way where the parse fails)."""
    if clause.dep_ not in ("advcl", "conj") or clause.tag_ != "VBN" or clause.i < 1:
        return False
    if clause.doc[clause.i - 1].text != "," or clause.i < clause.head.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "neg", "aux") for c in clause.children):
        return False
    return measure_of(clause, clause.lemma_.lower()) == "killed"
