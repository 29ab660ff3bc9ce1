"""The speaker of a quotation whose reporting clause the parse leaves without a subject. Pure.

A speaker after a quotation often carries a long aside, and the parse then hangs the name on
something else and leaves the reporting verb with no subject: `“It came from one gun,” Al
Lee of Dover, who was shot in the arm, said Sunday` (the name read as a modifier of the
quotation's verb), `“We need one or two big ideas,” said Ann Ruiz, who served as labor
secretary yet endorsed Lee` (the name read as the subject of the aside's second verb). The
name is where news style puts it: right after the closing mark, before the aside and the verb,
or right after a verb that opens the clause. Its head then names the speaker, as a name before
a colon does (``quotes._name_before_colon``). The same holds where the parse reads the verb
"state(s)" as a noun after the name: `“We fought for two decades,” the Saudis state in a paper`
(PolNeAR and realgold: "the Saudis").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import REPORTING_VERBS, WEEKDAYS

_MARKS = frozenset({"”", "“", '"', "''", "``", "’", "'"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_SPEAKER_POS = frozenset({"PROPN", "NOUN"})
_MISREAD_STATE = frozenset({"state", "states"})
_NAME_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN"})


def aside_speaker(verb: Token, end: int) -> Token | None:
    """The head of the speaker's name for a subjectless reporting ``verb`` after a quotation
    that closes at character ``end``, or None.

    `“...,” said Ann Ruiz, who ...`: the name right after a verb that follows the closing
    mark. `“...,” Al Lee of Dover, who ..., said`: the name right after the closing mark, when
    a comma closes the aside just before the verb.
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    between = [t for t in doc[_after_mark(verb, end) : verb.i] if not t.is_space]
    if all(t.is_punct for t in between):  # `,” said Ann Ruiz, who ...`
        head = _name_head(verb.i + 1, verb) or _lone_name(verb.i + 1, verb)
        return None if head is None or _a_time(head) else head
    if len(between) < 3 or between[-1].text != ",":
        return None
    head = _name_head(between[0].i, verb)
    if (
        head is None
        or _a_time(head)
        or head.i + 1 >= between[-1].i
        or doc[head.i + 1].text not in (",", "of")
    ):
        return None  # a clause of its own, not a name with an aside
    return head


def misread_state_speaker(word: Token, end: int) -> Token | None:
    """`,” the Saudis state in a paper`, `,” a voice-over in the ad states.`: a speaker right
    after the closing mark whose verb "state(s)" the parse reads as a noun; the head of the
    speaker's name, or None. Only the lower-case word: "the United States" is a name."""
    if word.text not in _MISREAD_STATE or word.pos_ != "NOUN":
        return None
    doc = word.doc
    between = [t for t in doc[_after_mark(word, end) : word.i] if not t.is_space]
    if not between or between[0].pos_ == "ADP":
        return None
    if any(t.pos_ not in _NAME_POS and t.pos_ != "ADP" and t.text != "-" for t in between):
        return None  # a clause before the word: "the bill, which passed, states ..."
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if after is not None and not (after.is_punct or after.pos_ == "ADP" or after.is_space):
        return None  # "the document states that ...": the parse's own verb reading is not lost
    last = between[-1]
    return last if last.pos_ in _SPEAKER_POS else None


def misread_state_phrase(head: Token) -> Span | None:
    """The whole name ``misread_state_speaker`` found the head of ("the Saudis", "a voice-over
    in the ad"): the parse hangs its first words on the misread noun, not on the head."""
    doc = head.doc
    if head.i + 1 >= len(doc) or doc[head.i + 1].text not in _MISREAD_STATE:
        return None
    start = head.i
    while start > 0 and doc[start - 1].text not in _MARKS:
        word = doc[start - 1]
        if word.pos_ not in _NAME_POS and word.pos_ != "ADP" and word.text != "-":
            break
        start -= 1
    while start < head.i and doc[start].pos_ == "ADP":
        start += 1
    return doc[start : head.i + 1]


def _lone_name(i: int, verb: Token) -> Token | None:
    """`,” said Skelly, explaining ...`: a capitalised word alone between the verb and a
    comma or the sentence's end is a name, whatever the parse tags it."""
    doc = verb.doc
    if i + 1 >= verb.sent.end or not doc[i].is_title or not doc[i].is_alpha:
        return None
    return doc[i] if doc[i + 1].text in (",", ".") else None


def _a_time(word: Token) -> bool:
    """`,” said Tuesday, adding ...`: when, not who."""
    return word.lower_ in WEEKDAYS or word.ent_type_ in ("DATE", "TIME")


def _after_mark(verb: Token, end: int) -> int:
    """The first token after the quotation's closing mark."""
    doc = verb.doc
    i = verb.i
    while i > 0 and doc[i - 1].idx >= end:
        i -= 1
    while i < verb.i and (doc[i].text in _MARKS or doc[i].is_space):
        i += 1
    return i


def _name_head(i: int, verb: Token) -> Token | None:
    """The last word of the name phrase that opens at token ``i`` ("20-year-old Al Lee", "a
    neighbor"), when it is a noun or a name; the parse's noun chunks miss a name it misread."""
    doc = verb.doc
    last = None
    while i < verb.sent.end and (doc[i].pos_ in _NAME_POS or doc[i].text == "-"):
        last = doc[i]
        i += 1
    return last if last is not None and last.pos_ in _SPEAKER_POS else None
