""" "The election commission has GERB on 25.9%", "It puts DPS-New Beginning on about 11%", "an
exit poll ... had put Ngwira on 50.6%": a count or a poll that places a party or a candidate
"on" a share reports that share, as "put ... at" does (``put_reports.py``).

Notes:
    Gold README, "Source kinds" (the source is whoever gives the figure). British wire copy
    writes results and polls with "on": tests/wirej j_5 (the commission's count and a
    pollster's exit poll, "has ... on", "puts ... on"; 10 records) and tests/wireb b_2 ("had
    put Ngwira on 50.6%"): two writers. Only a share ("%", "percent", "per cent") after "on"
    counts, and only a name placed there: "put pressure on 3% of borrowers" and "has 31 seats"
    place nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

_PLACING = frozenset({"put", "have"})
_SHARE_WORDS = frozenset({"%", "percent", "per", "pct"})


def places_a_share(verb: Token) -> bool:
    """``verb`` is "put" or "have" with a named object and an "on" phrase (on the verb or on the
    object) whose words hold a share."""
    if _misread_has(verb):
        objects = [verb]  # "the commission has GERB on 25.9%": the parse makes GERB the verb
    elif verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _PLACING:
        return False
    else:
        objects = [c for c in verb.children if c.dep_ == "dobj" and _a_name(c)]
    if not objects:
        return False
    for holder in (verb, *objects):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "on" and _holds_a_share(prep):
                return True
    return False


def _misread_has(token: Token) -> bool:
    """ "X has GERB on 25.9%": the parse reads the name as the clause's verb, with "has" as
    its auxiliary and X as its subject."""
    return (
        token.pos_ == "PROPN"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children)
        and any(c.dep_ == "nsubj" for c in token.children)
    )


def _a_name(obj: Token) -> bool:
    """A party or a candidate: a name ("GERB", "the Liberals", "the reformist PP-DB
    alliance"), not "pressure" of "put pressure on 3% of borrowers"."""
    return obj.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in obj.lefts)


def _holds_a_share(prep: Token) -> bool:
    return any(t.lower_ in _SHARE_WORDS for t in prep.subtree) and any(
        t.like_num for t in prep.subtree
    )
