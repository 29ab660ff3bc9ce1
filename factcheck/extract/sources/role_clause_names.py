"""A role described by a participle clause, then the person's name in apposition: "A lawyer
representing the family, Ana Ruiz, said ...", "One pastor backing the senator, Tom Grant of
First Baptist Church, said ...".

The speaker is named: the source is the person (README "Source kinds": a person named ->
`named_person`). The phrase runs through the name here, as ``keep_appositive_name`` runs it for
"A Twitter spokesman, Christopher Abboud"; ``apposed_names.name_after_description`` then gives
the name alone (docs/gold-conventions.md, "A role set off by a comma before the name", session
70). Without this the phrase stopped at the
participle and gave the unnamed role ("A lawyer", anonymous, with an anonymous_source caveat).
The parse hangs the name on the role or on the clause's object ("the senator, Tom Grant"):
either way a person's name set off by commas between the clause and the verb the role is the
subject of names the speaker. PolNeAR (session 69, allowed articles): "One pastor supporting
Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said he had made more than 150
phone calls" (gold source the name).

Not a clause with a clause of its own inside ("families affected by the fire"), nor a comma
followed by anything but a person's name ("A lawyer representing the family, who asked not to
be named, said").
"""

from __future__ import annotations

from spacy.tokens import Span, Token


def name_after_role_clause(head: Token, end: int) -> int:
    """The end of "<role> <participle clause>, <Name>" when the source phrase ``head`` stops
    at ``end``, the participle clause on it; else ``end`` unchanged."""
    doc = head.doc
    if head.dep_ != "nsubj" or end >= len(doc) - 2:
        return end
    clause = doc[end]
    if clause.dep_ != "acl" or clause.head.i != head.i or clause.tag_ != "VBG":
        return end
    comma = next((t.i for t in doc[end:] if t.text == ","), None)
    if comma is None or comma + 1 >= len(doc):
        return end
    inside = doc[end:comma]
    words = set(t.i for t in clause.subtree)
    if any(t.i not in words or (t.dep_ in ("acl", "relcl") and t.i != clause.i) for t in inside):
        return end
    name = _apposed_name(doc[comma + 1], head, words)
    if name is None:
        return end
    after = name.right_edge.i + 1
    verb = head.head
    if after == verb.i or (after + 1 == verb.i and doc[after].text == ","):
        return after
    return end


def _apposed_name(first: Token, head: Token, clause_words: set[int]) -> Token | None:
    """The person's name in apposition that opens at ``first``, hung on the role or on a
    word of its clause, or None."""
    if not _person_word(first):
        return None
    name = first
    while name.dep_ != "appos" and name.head.i != name.i and name.head.i > name.i:
        name = name.head
    if name.dep_ != "appos" or name.left_edge.i != first.i or not _person_word(name):
        return None
    if name.i == first.i:
        return None  # one word: a surname alone is written after a role rarely, a place often
    if name.head.i != head.i and name.head.i not in clause_words:
        return None
    return name


def _person_word(word: Token) -> bool:
    """A word of a person's name: tagged so, or a capitalised proper noun the tagger left
    untagged (a rare first name: "Darran Whiting" had no entity in the PolNeAR sentence)."""
    if word.ent_type_ == "PERSON":
        return True
    return word.ent_type_ == "" and word.pos_ == "PROPN" and word.is_title


def named_after_role_clause(span: Span, head: Token) -> bool:
    """The source phrase ``span`` is "<role> <participle clause>, <Name>" on ``head``: a
    named person, however the tagger read the name."""
    clause = next((c for c in head.rights if c.dep_ == "acl"), None)
    if clause is None:
        return False
    end = name_after_role_clause(head, clause.i)
    return end != clause.i and end == span.end
