"""A sentence the parser cut at an abbreviation goes on in the next one, and so does its
attribution: "The gunman and two accomplices fired into a store at Third Ave. / and 73rd St. in
Bay Ridge, about 4 a.m., cops said.", "The two men were still at large, the sheriff's
spokesman Sgt. / Kevin Lee said." (realgold3, realgold8 golds). The reporting verb
that closes the rest of the sentence attributes the figure in its first part."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import CUT_ABBREVIATIONS
from factcheck.extract.sources.reporting_verbs import is_reporting_verb
from factcheck.extract.sources.verb_subject import subject_of

# How many cuts a sentence may have been split at ("at Third Ave. and 73rd St. in ...").
_CUTS = 3


def continued_source(doc: Doc, number: Token) -> Token | None:
    """The subject of the reporting verb that closes the rest of the figure's sentence, when the
    parser cut it at an abbreviation; None when the sentence ends where it stops."""
    sent = number.sent
    for _ in range(_CUTS):
        if not _cut_at_an_abbreviation(sent):
            return None
        following = doc[sent.end].sent
        verb = _closing_reporting_verb(following)
        if verb is not None:
            return subject_of(verb, number)
        sent = following
    return None


def _cut_at_an_abbreviation(sent: Span) -> bool:
    """The sentence ends at an abbreviation's period with the text going on after it on the
    same line: "... at Third Ave." + " and 73rd St.", "... spokesman Sgt." + " Kevin Lee said"."""
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    words = _last_words(sent)
    if not words or "\n" in doc[words[-1].i : sent.end + 1].text_with_ws:
        return False  # a line ends there: a headline, a paragraph's last sentence
    last = words[-1]
    if last.text == "." and len(words) > 1 and not words[-2].whitespace_:
        word = words[-2].lower_  # "Sgt" "." as two tokens
    elif last.text.endswith(".") and len(last.text) > 1:
        word = last.lower_[:-1]  # "Ave." as one
    else:
        return False
    return word in CUT_ABBREVIATIONS


def _closing_reporting_verb(sent: Span) -> Token | None:
    """ "..., cops and store employees said.": the sentence's root, a reporting verb after
    which only punctuation is left."""
    root = sent.root
    if root.pos_ != "VERB" or not is_reporting_verb(root):
        return None
    if any(not (t.is_punct or t.is_space) for t in sent.doc[root.i + 1 : sent.end]):
        return None
    return root


def _last_words(sent: Span) -> list[Token]:
    """The sentence's last two tokens that are not spaces, in text order (fewer if it has
    fewer): all ``_cut_at_an_abbreviation`` reads, found from the end (asked per figure)."""
    doc = sent.doc
    last: list[Token] = []
    for i in range(sent.end - 1, sent.start - 1, -1):
        if not doc[i].is_space:
            last.insert(0, doc[i])
            if len(last) == 2:
                break
    return last
