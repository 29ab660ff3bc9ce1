""" "One in eight households had at least one member abroad": "at least one" as the threshold
that defines who a share counts, not a count of its own. Pure.

A share of people or things ("one in five parents", "a substantial majority", "the 5% a party
needs") is the figure; "at least one" in its clause says what puts them in it ("had delayed at
least one vaccine", "are to and from at least one state.gov address", "needs in at least one
province"). The golds write it as a not-claim ("threshold defining a group", "criterion",
"quantifier in a rule"): realgold32, wiref, wire2c, wire2l, wire2v, wire2y, none a claim in
this shape. "At least one" with no share over it stays a count ("killing at least one
person", "at least one case in Pinellas County": realgold, realgold4, realgold6 claims), and
so does a threshold written as a share ("when at least one in five households", wirez).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import SHARE_SUBJECT_WORDS


def is_threshold_one(doc: Doc, start: int, end: int) -> bool:
    """True if "one" at ``start`` after "at least" is the threshold of a share in its clause:
    "one in five parents had delayed at least one routine vaccine"."""
    if end - start != 1 or start < 2 or doc[start].lower_ != "one":
        return False
    if [t.lower_ for t in doc[start - 2 : start]] != ["at", "least"]:
        return False
    if start + 1 < len(doc) and doc[start + 1].lower_ in ("in", "out", "of"):
        return False  # "at least one in five households": a share itself
    verb = doc[start]
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    for _ in range(2):
        while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            verb = (
                verb.head
            )  # "had delayed or refused at least one vaccine": the first verb's subject
        if verb.dep_ == "relcl" and _names_a_share(verb.head):
            return True  # "the 5% a party needs in at least one province"
        before = [t for t in verb.subtree if t.i < start - 2 and _same_clause(t, verb)]
        if any(_names_a_share(t) for t in before):
            return True  # "one in five parents had delayed at least one vaccine"
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ != "ccomp" or not all(s.pos_ == "PRON" for s in subjects):
            return False
        verb = verb.head  # "one in four said they had taken part in at least one protest"
    return False


def _same_clause(token: Token, verb: Token) -> bool:
    """``token`` hangs on ``verb`` through no other verb (not a clause of its own)."""
    while token.i != verb.i:
        token = token.head
        if token.i != verb.i and token.pos_ in ("VERB", "AUX"):
            return False
    return True


def _names_a_share(token: Token) -> bool:
    if token.lower_ in SHARE_SUBJECT_WORDS:
        return True
    # "one in five": "in" ("out of") between two numbers, however the parse hangs them
    doc = token.doc
    return (
        token.lower_ in ("in", "out")
        and 0 < token.i < len(doc) - 1
        and doc[token.i - 1].like_num
        and (doc[token.i + 1].like_num or doc[token.i + 1].lower_ == "of")
    )
