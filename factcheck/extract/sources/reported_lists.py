"""A list of reported clauses the parse breaks after its first item: "Clinic staff reported two
patients were critical, three were stable and four were still being examined." The parser
makes the later items the sentence's root, with "reported" a clause hanging on them (at times
through another item: "reported" -> "were" -> "examined"); but the sentence opens with the
reporting clause and lists what was reported, comma after comma, so every item is the
speaker's (gold README "Source": who the text says the figure comes from, in this sentence;
realgold5, 3 records of that shape, after an opening "Earlier,"). ``attribution_steps.py``
asks here when no other attribution hangs at a step of the figure's path.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.sources.reporting_verbs import is_reporting_verb

# How an earlier item of the list hangs on a later one, and the reported clause on its verb.
_ITEM_DEPS = frozenset({"ccomp"})
# How many items down from the figure's step the reporting clause may hang.
_ITEM_STEPS = 4


def reported_list_opener(ancestor: Token, number: Token) -> Token | None:
    """The reporting verb that opens the figure's sentence and reports the first item of a
    list the parse hangs, item under item, below ``ancestor`` (a step of the figure's path).

    Returns "reported" for "Earlier, officials reported two were hurt, one was killed" (the
    figure in "one was killed"): the reporting clause, with its subject, opens the sentence
    (an adverb before it may stand: "Earlier,"), reports a clause of its own, and a comma sets
    it off from the item that holds the figure. None for "Two were hurt, police said they
    fled" (the reporting verb after the figure) and for a sentence that opens otherwise
    ("After police said the shooter had fled, 300 students ...": the writer's).
    """
    item = ancestor
    for _ in range(_ITEM_STEPS):
        earlier = [
            c
            for c in item.children
            if c.dep_ in _ITEM_DEPS and c.i < number.i and number not in c.subtree
        ]
        if not earlier:
            return None
        item = earlier[0]
        if is_reporting_verb(item):
            return item if _opens_the_list(item, number) else None
    return None


def _opens_the_list(verb: Token, number: Token) -> bool:
    sent = verb.sent
    if verb.left_edge.i != sent.start:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > verb.i:
        return False
    if not any(c.dep_ in _ITEM_DEPS and c.i > verb.i for c in verb.children):
        return False  # "Lee said in a statement." reports no item of its own
    end = verb.right_edge.i
    if end >= number.i or end + 1 >= len(verb.doc):
        return False
    return verb.doc[end + 1].text == ","
