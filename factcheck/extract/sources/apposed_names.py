"""A person described first and named after a comma is cited by the name: "Its spokesman,
Ade Kolo, said ...", "The mayor of Varra, Lina Moss, said ...", "A police spokesman,
Inspector Jon Vale, said ..." give "Ade Kolo", "Lina Moss" and "Inspector Jon Vale",
named_person (invented examples).

The description before the comma is an appositive, which the source text leaves out as it
leaves out one after the name ("Cole, the police chief": docs/gold-conventions.md, "Titles
and roles before names"); a title written before the name itself stays ("Inspector",
"Dr."). A body named so already gives its name (``org_appositions.py``).

Notes:
    Majority reading of the golds: 56 records in 21 wire sets by different writers (wireb,
    wiree, wiref, wirek, wirel, wirem, wiren, wireo, wirev, wirew, wirex, wirey, wire2a, wire2d,
    wire2e, wire2f, wire2g, wire2h, wire2j; wirez split) and realgold8, realgold32 write the
    name alone; wirej, tests/corpus, realgold6, realgold33 write the phrase whole, and
    realgold's nyt article both ways. Ruled for the name in session 70 (docs/gold-conventions.md,
    "A role set off by a comma before the name").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.entity_spans import entity_bounds
from factcheck.extract.sources.courtesy_titles import person_name_bounds


def name_after_description(span: Span, head: Token) -> Span | None:
    """The person's name set off by a comma after the description ``head`` heads in
    ``span`` or right after it ("Its spokesman, Ibrahim Lawal", "A spokesman for the
    brigade, Capt. Oleh Datsenko"), with a title written right before the name, or None:
    not when the head is itself a name ("Lee Moran, HuffPost"), nor when what follows the
    comma is not a person's name apposed to the description ("A lawyer for the family, who
    asked not to be named")."""
    if head.pos_ != "NOUN" or head.ent_type_ == "PERSON":
        return None
    doc = span.doc
    commas = [t.i for t in span if t.text == "," and head.i < t.i < span.end - 1]
    if len(commas) > 1:
        return None
    comma = commas[0] if commas else _comma_after_phrase(span, head)
    if comma is None or comma + 1 >= len(doc):
        return None
    first = doc[comma + 1]
    if not first.is_title:
        return None
    person = next(
        (t for t in doc[first.i : first.i + _NAME_WORDS] if t.ent_type_ == "PERSON"), None
    )
    if person is None or any(not (t.is_title or t.is_punct) for t in doc[first.i : person.i]):
        return None  # "the council, which Ann Lee chairs": not a name after the comma
    start, end = person_name_bounds(doc, person.i)
    end = max(end, entity_bounds(doc, person.i)[1])
    if not commas and not _closes_the_subject(doc, end):
        return None  # "the mayor, Ann Lee and two aides": not one name
    if not _apposed_to(doc[start:end], span, head):
        return None
    return doc[min(first.i, start) : end]


def _comma_after_phrase(span: Span, head: Token) -> int | None:
    """The comma that closes the description's own phrase after ``span`` ("A spokesman for
    the brigade,": the source phrase may stop before "for"), or None."""
    own = {t.i for t in head.subtree}
    for token in span.doc[span.end : head.right_edge.i + 2]:
        if token.text == ",":
            return token.i
        if token.i not in own:
            return None
    return None


# How many words a title and a name may take after the comma ("Director General Vikram Chauhan")
_NAME_WORDS = 5


def _closes_the_subject(doc: Doc, end: int) -> bool:
    """The name ends the subject: a comma, a full stop or the verb comes right after it."""
    return end >= len(doc) or doc[end].text in (",", ".") or doc[end].pos_ in ("VERB", "AUX")


def _apposed_to(name: Span, span: Span, head: Token) -> bool:
    """The parse hangs the name on the description: an apposition of the head or of a word
    of its phrase ("The mayor of Lampedusa, Giulia Martello": on "Lampedusa"), or the
    description on the name."""
    root = name.root
    if root.dep_ == "appos" and (root.head.i == head.i or span.start <= root.head.i < span.end):
        return True
    if root.dep_ == "appos" and root.head.i in {t.i for t in head.subtree}:
        return True
    return head.dep_ == "appos" and head.head.i == root.i
