"""A light coreference of source mentions (issue 11).

- An unnamed role named in the next sentence: "A Red Cross official estimated 9,200 dead.
  Anna Weber, speaking to reporters, added ..." -- the official is Anna Weber, a person not
  named before who goes on speaking.
- A definite role that stands for a person named earlier: "the senator" after "Senator Ann
  Lee" or "Ann Lee, a senator from Ohio," is that person (kind ``named_person``). The phrase
  is kept as written, as the gold writes short forms ("The commission", "the official").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.entity_spans import entity_bounds
from factcheck.extract.lexicon import (
    ANONYMOUS_HEADS,
    CONTINUATION_VERBS,
    ORG_HEADS,
    SPOKESPERSON_HEADS,
    UNIQUE_ROLE_HEADS,
)
from factcheck.extract.token_index import tokens_with_deps

_ROLES = "factcheck_person_roles"
_TITLE_DEPS = ("compound", "appos")


def named_in_next_sentence(doc: Doc, head: Token) -> Span | None:
    """The person an indefinite role ("A Red Cross official", "a spokeswoman") turns out to
    be: the subject of a continuing reporting verb ("added", "went on") in the next sentence,
    a name the article has not used before."""
    if not _is_indefinite_role(head):
        return None
    sents = list(doc.sents)
    index = next(i for i, s in enumerate(sents) if s.start <= head.i < s.end)
    if index + 1 >= len(sents):
        return None
    for token in sents[index + 1]:
        if token.pos_ != "VERB" or token.lemma_.lower() not in CONTINUATION_VERBS:
            continue
        for subject in token.children:
            if subject.dep_ == "nsubj" and subject.ent_type_ == "PERSON":
                start, end = entity_bounds(doc, subject.i)
                name = doc[start:end]
                if not _named_before(doc, name, head.i):
                    return name
    return None


def refers_to_named_person(head: Token) -> bool:
    """ "the senator" after "Senator Ann Lee" or "Ann Lee, a senator from Ohio": a definite
    role the article gave a named person before."""
    word = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.tag_ != "NN" or word in ORG_HEADS or word in ANONYMOUS_HEADS:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
        return False
    return any(i < head.i for i in _person_roles(head.doc).get(word, ()))


def _person_roles(doc: Doc) -> dict[str, list[int]]:
    """For each role word, where the article uses it as a named person's title or apposition
    ("Senator Ann Lee", "businessman Al Moe", "Ann Lee, a senator"); computed once per Doc."""
    cached = doc.user_data.get(_ROLES)
    if cached is None:
        cached = {}
        # a title or an apposition is a compound or an appos: only those become Tokens (a walk
        # of every token cost 76 ms an article; speed69)
        for token in tokens_with_deps(doc, _TITLE_DEPS):
            if token.ent_type_ != "PERSON":
                if token.pos_ in ("NOUN", "PROPN") and _titles_a_person(token):
                    cached.setdefault(token.lemma_.lower(), []).append(token.i)
        doc.user_data[_ROLES] = cached
    return cached


def _titles_a_person(token: Token) -> bool:
    """ "businessman Al Moe" (a compound of the name) or "Ann Lee, a senator" (an apposition)."""
    if token.dep_ == "compound" and token.head.ent_type_ == "PERSON":
        return True
    return token.dep_ == "appos" and token.head.ent_type_ == "PERSON"


def _is_indefinite_role(head: Token) -> bool:
    word = head.lemma_.lower()
    if word not in ANONYMOUS_HEADS and word not in UNIQUE_ROLE_HEADS | SPOKESPERSON_HEADS:
        return False
    if head.tag_ not in ("NN",):
        return False  # "officials" are several people
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.lefts)


def _named_before(doc: Doc, name: Span, end: int) -> bool:
    last = name[-1].lower_
    return any(t.lower_ == last and t.ent_type_ == "PERSON" for t in doc[:end])
