"""Who "him" or "her" stands for when a casualty verb's object is the pronoun (session 36,
impl44v). Pure.

"A woman was sitting on her porch when someone shot her", "A man was walking to his car when a
gunman shot him in the back", "Lee holed up in a bar, where police killed him": the pronoun is
the person the sentence named before it (``named_victims.find_antecedents``), never who did the
harm ("Tom Reed walked up to her and shot her": not Tom Reed; "another man, who shot him": not
the other man). The person is counted where named, as a passive pronoun's is ("... when she was
shot"; gold README "Implied counts").
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from factcheck.extract.implied.casualty_measures import measure_of
from factcheck.extract.implied.named_victims import find_antecedents
from factcheck.extract.implied.participle_targets import participle_target

# object pronouns of one person
_OBJECT_PRONOUNS = frozenset({"him", "her"})


def pronoun_object(verb: Token) -> tuple[str, list[Token], bool] | None:
    """ "shot her", "killed him": the casualty of an active verb whose object is the pronoun
    of one person, as ``casualty_predicate`` answers (measure, people, passive)."""
    if verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lower_ not in _OBJECT_PRONOUNS:
        return None
    measure = measure_of(verb, verb.lemma_.lower())
    return (measure, objects, False) if measure else None


def object_antecedents(
    pronoun: Token, verb: Token, names: Container[str], seen: set[int]
) -> list[Token]:
    """The person the object pronoun of the active casualty ``verb`` stands for, or []."""
    if pronoun.lower_ not in _OBJECT_PRONOUNS or pronoun.dep_ != "dobj" or pronoun.head != verb:
        return []
    if pronoun.tag_ != "PRP":  # "her" as an owner: "shot her son"
        return []
    # "shot back at the suspect, injuring him": whom the main clause shot or fired at
    # (participle_targets.py)
    target = participle_target(pronoun, verb, names, seen)
    if target is not None:
        return [target]
    return find_antecedents(pronoun, names, seen, besides=_doers(verb))


def _doers(verb: Token) -> set[int]:
    """The tokens of who did the harm: the verb's subject, a conjunct's or participle's shared
    subject ("walked up to her and shot her", "shot back at him, injuring him"), a relative
    clause's noun ("another man, who shot him")."""
    doers: set[int] = set()
    head = verb
    while True:
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        for subject in subjects:
            doers.update(t.i for t in subject.subtree)
        if head.dep_ == "relcl":
            doers.add(head.head.i)
        # "walked up to her and shot her" (conj); "shot back at the suspect, injuring him"
        # (a participle's doer is its clause's subject)
        if subjects or head.dep_ not in ("conj", "advcl", "xcomp") or head.head == head:
            return doers
        head = head.head
