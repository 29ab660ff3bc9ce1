"""Figures of a hypothetical the writer or speaker sets up: "suppose that a candidate wins 20
states", "Imagine driving a car with three wheels", "Let's say a family earns $50,000 a year",
and the sentence that goes on with it, "In that scenario, the delegates might make the
threshold 15 states" (session 55, branch notclaim55). Pure.

A figure inside an imagined case asserts nothing checkable: nobody won those 20 states. The
tuning golds write every such figure as a not-claim (realgold19 "hypothetical" for "20", "10",
"15" and "seven", realgold16 "hypothetical in a quotation" for "three wheels"). Read only under
an imperative "suppose" or "imagine" (no subject, no "to": "I can't imagine", "hard to
imagine" are no hypothetical) or "let's say", and only a figure inside what the verb governs.
A known figure named inside the case stays a claim: a definite one ("no candidate has crossed
the 1,237 threshold") or one in brackets ("enough delegates to win the nomination (1,237)"),
as the realgold19 gold has them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import HYPOTHETICAL_NOUNS, HYPOTHETICAL_VERBS

# what makes the imagining someone's own, not the reader's: "I can't imagine", "to imagine"
_OWNED_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "neg"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_ON_WITH = frozenset({"that", "this", "such"})
# "For instance, suppose": the words that may stand before a verb that opens its sentence
_OPENER_WORDS = 4
_CLAUSE_POS = frozenset({"VERB", "AUX", "PRON", "PROPN"})


def is_hypothetical_figure(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` is a figure of an imagined case."""
    number = doc[start]
    if _known(doc, start):
        return False
    sent = number.sent
    if any(_governs(cue, number) for cue in sent if _opens_a_hypothetical(cue)):
        return True
    return _goes_on_with_a_hypothetical(doc, sent)


def _opens_a_hypothetical(token: Token) -> bool:
    """An imperative "suppose" / "imagine" (no subject; the tagger may give "VBP" after "For
    instance,"), or the "say" of "let's say"."""
    if token.lemma_.lower() == "say":
        before = token.doc[max(token.i - 2, 0) : token.i]
        return len(before) == 2 and before[0].lower_ == "let" and before[1].lower_ in ("'s", "us")
    return (
        token.lower_ in HYPOTHETICAL_VERBS
        and (token.tag_ in ("VB", "VBP") or _opens_its_sentence(token))
        and not any(c.dep_ in _OWNED_DEPS for c in token.children)
    )


def _opens_its_sentence(token: Token) -> bool:
    """ "Imagine driving ...", "Or imagine ...", "For instance, suppose ...": the verb opens
    its sentence, after a few linking words at most (the tagger may call a first word a name)."""
    before = token.doc[token.sent.start : token.i]
    return len(before) <= _OPENER_WORDS and not any(t.pos_ in _CLAUSE_POS for t in before)


def _governs(cue: Token, number: Token) -> bool:
    """The number stands in what the verb governs; when the verb is the sentence's own, in
    the rest of the sentence (a dash or an aside can cut the parse's subtree short)."""
    if number.i <= cue.i:
        return False
    return _opens_its_sentence(cue) or cue.left_edge.i <= number.i <= cue.right_edge.i


def _goes_on_with_a_hypothetical(doc: Doc, sent: Span) -> bool:
    """ "In that scenario, ...", "In such a case, ..." right after a sentence that opens one."""
    words = [t.lower_ for t in sent[:4]]
    if len(words) < 3 or words[0] != "in" or words[1] not in _ON_WITH:
        return False
    if not any(w in HYPOTHETICAL_NOUNS for w in words[2:4]) or sent.start == 0:
        return False
    previous = doc[sent.start - 1].sent
    return any(_opens_a_hypothetical(t) for t in previous)


def _known(doc: Doc, start: int) -> bool:
    """ "the 1,237 threshold", "(1,237)": a figure the case takes as known."""
    before = doc[start - 1] if start > 0 else None
    if before is None:
        return False
    return before.lower_ in _DEFINITE or before.tag_ in ("PRP$", "POS") or before.text == "("
