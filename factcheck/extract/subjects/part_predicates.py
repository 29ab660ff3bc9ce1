"""What a part of an earlier count is said to be or do: "64 people ..., nine of whom had died"
-> "people died". Pure.

A figure that counts a part of a whole named before it by a pronoun ("nine of whom", "a third of
them", "31,200 of them") takes the earlier figure's subject (``ellipses.py``), but what sets the
part apart is its own predicate: those who died, those sheltering in centres, the share in
Turkey, the children. The wire golds name that predicate, with or without the whole's noun
(tests/wirel "nine of whom had died" -> died/dead, "Two of them were already dead" -> dead,
"31,200 of them sheltering" -> sheltering; wirej "a third of them in Turkey" -> Turkey; wirek
"more than half of them are children" -> children, "47 of them had been listed as missing in
action" -> missing in action; wiree "a third of them younger than 18" -> younger than 18;
wirea "21 of them over the Belgorod region" -> Belgorod). So the predicate follows the whole's
subject, both kept (any one word of a subject names the figure, gold README "subject"):

- the part as the subject of a verb: its verb, a passive one with its "as" complement ("had
  died", "had been listed as missing in action");
- the part as the subject of "be": what it is ("were already dead", "are children", "were in
  catastrophe");
- the part standing alone after the whole: its place or state ("a third of them in Turkey",
  "a quarter of them younger than 16", "14,100 of them sheltering in schools").

A negated or modal verb says nothing the part is ("none of them would", "two of them may"):
no predicate is added.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import PART_PRONOUNS

# The words a predicate phrase may hold: a phrase longer than this is a clause, not a state.
_MOST_WORDS = 6
_STATE_DEPS = frozenset({"acomp", "attr"})
# (not a relative clause: "the 99 percent of them, where the consequences could be ..." says
# nothing of the part; audit-3)
_BESIDE_DEPS = frozenset({"prep", "amod", "acl"})
# What a predicate phrase leaves out: adverbs, clauses, asides after a comma.
_LEFT_OUT_DEPS = frozenset(
    {"advmod", "neg", "advcl", "relcl", "acl", "punct", "cc", "conj", "appos", "mark"}
)


def with_part_predicate(figure: Span, subject: str) -> str:
    """``subject`` (the whole's, from the figure before) with the predicate of the part
    ``figure`` counts after it, when the figure is "N of them/whom/which"."""
    number = figure[-1]
    pronoun = _part_pronoun(number)
    if pronoun is None:
        return subject
    predicate = _predicate(number, pronoun)
    if not predicate:
        return subject
    words = {w.lower() for w in subject.split()}
    if subject and words <= {w.lower() for w in predicate.split()}:
        return predicate  # "listed" found already: the whole phrase "listed as missing in action"
    return f"{subject} {predicate}".strip()


def _part_pronoun(number: Token) -> Token | None:
    """The pronoun of "N of them": "of" right after the number, the pronoun its object."""
    for child in number.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == number.i + 1:
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects and objects[0].lower_ in PART_PRONOUNS:
                return objects[0]
    return None


def _predicate(number: Token, pronoun: Token) -> str:
    verb = number.head
    if number.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "neg" for c in verb.children) or _modal(verb):
            return ""
        if verb.lemma_.lower() == "be":
            return _state_of(verb, after=pronoun.i)
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        complement = next(
            (c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and passive),
            None,
        )  # "listed as missing in action"; not "died as a result of their injuries"
        return " ".join(w for w in (verb.text, _phrase(complement) if complement else "") if w)
    for child in number.rights:
        if child.i > pronoun.i and child.dep_ in _BESIDE_DEPS:
            if child.dep_ == "acl":
                return child.text if child.pos_ == "VERB" else ""  # "14,100 of them sheltering"
            return _phrase(child)  # "a third of them in Turkey", "younger than 16"
    if number.dep_ in ("npadvmod", "appos", "advcl"):
        return ""
    return ""


def _state_of(verb: Token, *, after: int) -> str:
    for child in verb.rights:
        if child.i <= after:
            continue
        if child.dep_ in _STATE_DEPS:
            return _phrase(child)  # "were already dead", "are children"
        if child.dep_ == "prep":
            return _phrase(child)  # "were in catastrophe"
    return ""


def _phrase(head: Token) -> str:
    """The words of ``head``'s phrase, quotes, adverbs and clauses left out ("as missing in
    action before they were identified" -> "as missing in action"); "" if long."""
    left_out: set[int] = set()
    for token in head.subtree:
        if token is not head and token.dep_ in _LEFT_OUT_DEPS:
            left_out.update(t.i for t in token.subtree)
    words = [t.text for t in head.subtree if t.i not in left_out and not t.is_quote]
    return " ".join(words) if 0 < len(words) <= _MOST_WORDS else ""


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
