"""A second person whose "was" the text leaves out: "A man was killed and a woman wounded"
(implwide, session 50). Pure.

Gapping is ordinary English: the second clause drops the "was" or "is" it shares with the
first ("A man was killed and a woman hurt", "A woman is dead and a man injured", "The shooting
left a man dead and a woman wounded"). The parse then makes the second participle an active
verb with the person as its subject ("woman" nsubj of "wounded") or a modifier of the person
("man" with "hurt" as its acl), and the passive reading finds no one. The person is counted
with the participle's measure: 1 injured each above. Not counted: a participle with its own
"was" (read as any passive), an object ("a man was killed and a gunman wounded two": a doer),
a first clause that is neither passive nor a state ("A man ran and a woman hurt her knee": no
gap), a thing ("a man was shot and a car damaged").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.person_shapes import is_person_or_age

# the gapped participles and what each says of the person
GAPPED_PARTICIPLES = {
    "killed": "killed",
    "wounded": "injured",
    "injured": "injured",
    "hurt": "injured",
    "stabbed": "injured",
    "shot": "shot",
}
# a first clause that lends its "was" or "is": a passive, or "dead" after "be" or "leave" ("is
# dead", "left a man dead")
_STATE_HEADS = frozenset({"be", "leave"})


def gapped_participle(verb: Token) -> tuple[str, list[Token]] | None:
    """(measure, people) for a participle whose "was" the text leaves out ("A man was killed
    and a woman wounded": the woman, injured); else None."""
    measure = GAPPED_PARTICIPLES.get(verb.lower_)
    if measure is None or verb.tag_ not in ("VBN", "VBD"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass", "neg") for c in verb.children):
        return None
    if verb.dep_ == "conj":
        # "a woman wounded": the parse makes the person the participle's subject
        people = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        first = verb.head
    elif verb.dep_ == "acl" and verb.head.dep_ == "conj" and verb.head.i + 1 == verb.i:
        # "and a man hurt": the parse makes the participle the person's modifier
        people = [verb.head]
        first = verb.head.head
    else:
        return None
    if not people or not is_person_or_age(people[0]) or first.i > people[0].i:
        return None
    passive = any(c.dep_ == "auxpass" for c in first.children)
    stated = first.lemma_.lower() in _STATE_HEADS and any(
        t.lower_ == "dead" for c in first.children for t in (c, *c.children)
    )
    if not (passive or stated):
        return None
    return measure, with_conjuncts(people[0])
