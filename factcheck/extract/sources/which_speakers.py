"""The body a "which said" stands for (wsrc67a): "according to a tally by the Tana Institute, a
security research group, which said ...", "according to Europol, the EU's police agency, which
said ...", "according to the coast guard, which said ...".

A relative "which" that reports a figure stands for the body before it. The parse hangs the
clause on the description in apposition after the name ("a security research group"), so the
figure went to an unnamed group (anonymous) or to the description rather than the name; or,
after an "according to" phrase, reads the clause as an adverbial one and leaves the bare
"which" as the source (anonymous). The golds give the named body (tests/wired d_1 "the
Mogadishu-based Hiraal Institute", tests/wirem m_2 "Europol", tests/wireg g_1 "the coast
guard", tests/wiree e_1 "the Citizens' Front": four sets by four writers), as the conventions
give a description's name ("Names after a descriptor", tests/wirem README).
"""

from __future__ import annotations

from spacy.tokens import Token


def described_body(which: Token, noun: Token) -> Token:
    """The noun a "which" clause reports for: the name a description in apposition describes
    ("the Tana Institute, a research group, which said": the institute), else ``noun``."""
    if which.lower_ != "which" or noun.dep_ != "appos" or noun.pos_ != "NOUN":
        return noun
    name = noun.head
    return name if name.pos_ == "PROPN" or name.ent_type_ == "ORG" else noun


def body_before_which(which: Token) -> Token | None:
    """The body named right before the comma that opens a "which" clause, however the parse
    hung the clause: a name a description in apposition describes ("the Citizens' Front, a
    coalition of parties and unions, which said": the front), a name before a description set
    off by commas ("Europol, the EU's police agency, which said"), or the body cited by
    "according to" ("according to the coast guard, which said"); None otherwise."""
    doc = which.doc
    if which.dep_ != "nsubj" or which.i < 2 or doc[which.i - 1].text != ",":
        return None
    noun = doc[which.i - 2]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for link in (noun, *noun.ancestors):
        if link.dep_ == "appos" and link.pos_ == "NOUN":
            return link.head if _a_name(link.head) else None
        if link.dep_ not in _INSIDE_A_PHRASE:
            break
    left = noun.left_edge.i
    if noun.pos_ == "NOUN" and left >= 2 and doc[left - 1].text == ",":
        name = doc[left - 2]
        if _a_name(name):
            return name  # the parse lost the apposition
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according":
        return noun  # "according to the coast guard, which said", the clause misread
    return None  # "a coalition of unions, which": the parse's own noun


# How a word inside a description hangs on it ("a coalition of parties and unions").
_INSIDE_A_PHRASE = frozenset({"conj", "pobj", "prep", "compound", "poss", "cc"})


def _a_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ == "ORG"
