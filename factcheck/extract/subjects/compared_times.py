"""The time or place of a figure set against the one before it: "up from 1.6 million in
September", "down from 71 this morning", "compared with 72 tonnes a year earlier", "against
less than 1% in adults". The compared figure counts what the one before counts, then or there;
the wire golds name that time or place among its subject words ("September", "this morning",
"a year earlier", "last general election"; about 25 tuning sets), so it follows the subject;
the golds that name only the thing still match it (gold README, "subject"). Pure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    COMPARED_TIME_ADVERBS,
    COMPARED_TIME_MAX_WORDS,
    COMPARED_TIME_OPENERS,
    COMPARED_TIME_STOPS,
    COMPARISON_PREPS,
)
from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.subjects.compared_figures import compared_side
from factcheck.model import Claim


def comparing_word(doc: Doc, mention: Mention) -> Token | None:
    """The "from", "against", "versus" or "compared with" a figure is set against, or None."""
    number = mention.number_token(doc)
    head = doc[mention.figure[1] - 1] if mention.figure[1] > number.i + 1 else number
    if head.dep_ != "pobj":
        return None
    prep = head.head
    if compared_side(doc[mention.figure[0] : mention.figure[1]]) is not None:
        return None  # "compared to 39 percent for the former mayor": its side is named already
    if prep.i >= mention.start:
        return None  # "above 40 degrees": the figure's own bound, no comparison
    if prep.lower_ == "from" and prep.head.pos_ in ("NOUN", "PROPN"):
        return None  # "samples from 61% of the sites", "returns from 1,843 stations": no change
    if prep.lower_ in COMPARISON_PREPS:
        return prep
    if prep.lower_ in ("to", "with") and prep.head.lemma_.lower() == "compare":
        return prep
    return None


def compared_time(doc: Doc, mention: Mention) -> str:
    """The words of time or place right after a compared figure, in its comparison's phrase
    ("in its previous analysis", "last season", "at 14:00"), without the opening preposition
    and article; '' if the figure is no compared one or nothing follows it."""
    prep = comparing_word(doc, mention)
    if prep is None:
        return ""
    sent_end = doc[mention.start].sent.end
    words: list[Token] = []
    for token in doc[mention.end : sent_end]:
        if token.is_punct or token.is_space or token.lower_ in COMPARED_TIME_STOPS:
            break
        if token.pos_ in ("VERB", "AUX") or token.pos_ == "PRON" and token.dep_ != "poss":
            break  # "from 61% of the sites tested positive", "the 1 percent it regards as"
        if _other_figure(token) or token.head != token and _other_figure(token.head):
            break  # "80 percent of roughly 30,000 machines": a figure of its own
        if not prep.is_ancestor(token):
            break
        words.append(token)
    while words and words[0].lower_ in COMPARED_TIME_OPENERS:
        words = words[1:]
    if not words or len(words) > COMPARED_TIME_MAX_WORDS:
        return ""
    if not any(not t.is_stop or t.lower_ in COMPARED_TIME_ADVERBS for t in words):
        return ""  # "above the $1.11 a share that analysts expected": "a" names no time
    return " ".join(t.text for t in words)


def _other_figure(token: Token) -> bool:
    """A number that is no date or time ("30,000"; not "2024", "14:00")."""
    return token.like_num and token.ent_type_ not in ("DATE", "TIME")


def give_compared_times(
    doc: Doc, mentions: Mapping[int, Mention], claims: Sequence[Claim]
) -> list[Claim]:
    """Each compared figure's subject with its own time or place after it, once every figure
    has copied the subjects it copies and the unnamed ones are filled: "from 40 percent on July
    14 to 46 percent on August 1" gives the 46 percent the support, not the 40 percent's date.

    Args:
        doc: the parsed article.
        mentions: the stated figures' mentions, by their claims' start.
        claims: every claim of the article; implied ones stay as they are.
    """
    return [
        replace(claim, subject=with_compared_time(doc, mentions[claim.start], claim.subject))
        if claim.start in mentions and not claim.implied
        else claim
        for claim in claims
    ]


def with_compared_time(doc: Doc, mention: Mention, subject: str) -> str:
    """A compared figure's subject with its time or place after it ("crude exports September");
    a subject that names those words already, or none, stays as it is."""
    if not subject:
        return subject
    time = compared_time(doc, mention)
    if not time:
        return subject
    have = {w.lower() for w in subject.split()}
    if all(w.lower() in have for w in time.split()):
        return subject
    return f"{subject} {time}"
