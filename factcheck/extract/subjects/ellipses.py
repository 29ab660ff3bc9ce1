"""Figures whose counted noun is left out, so they count what the figure before them counts.

"210 of them", "12 of the 19", "The other six were taken to hospitals", "he now has 739", a bare
percentage after another ("took 61 percent. Everyone else combined for 39 percent."), a word
that only holds a figure ("That number follows 292,000 in June"): ``claims.py`` gives such a
figure the subject of the figure before it. Not a poll's share ("nine out of 10 say"), a
whole with its own noun ("two of the three Democratic contests") or a participle that names
those counted ("23 of the 53 wounded").

Notes:
    Gold README, "subject": what is counted, not who holds it ("Sanders") or the verb
    ("have").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    ELLIPSIS_PRONOUNS,
    HOLDER_LABELS,
    PARTITIVE_HEADS,
    PERCENT_WORDS,
    POSSESSIVE_MARKS,
    QUANTITY_SUBJECTS,
    REPORTING_VERBS,
)
from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.subjects.casualty_subjects import casualty_verb_before
from factcheck.extract.subjects.dash_appositives import dash_anchor
from factcheck.extract.subjects.noun_phrases import NOUNS, described_pronoun
from factcheck.extract.subjects.participle_wholes import own_participle
from factcheck.extract.subjects.poll_subjects import answers_a_question
from factcheck.extract.subjects.subjects import subject_phrase
from factcheck.extract.subjects.unnamed_counts import is_unnamed_count


def is_elliptical(doc: Doc, mention: Mention) -> bool:
    """True for a figure whose noun is left out: "210 of them", "12 of the 19", "the other six".

    Such a figure counts what the figure before it counts (``claims.py``).
    """
    if casualty_verb_before(doc, mention):
        return False  # "killed one man and wounded four other": its verb says who it counts
    if dash_anchor(doc, mention):
        return False  # "a deluge of comments - nearly 300,000 in all": the noun before the dash
    inside = doc[mention.start : mention.end]
    if (
        inside[-1].like_num
        and not any(t.lower_ == "the" for t in inside)
        and answers_a_question(doc[mention.figure[0] : mention.figure[1]])
    ):
        return False  # "nine out of 10 say they ...": a poll's share, not "12 of the 19"
    if any(t.lower_ == "of" for t in inside) and inside[-1].like_num:
        # a share "12 of the 19" followed by no noun of its own
        follower = doc[mention.end] if mention.end < len(doc) else None
        if follower is not None and own_participle(inside[-1], follower):
            return False  # "23 of the 53 wounded": the participle names those counted
        if follower is not None and _names_own_whole(inside[-1], mention.end):
            return False  # "two of the three Democratic contests": the whole has its noun
        return follower is None or (inside[-1].head != follower and follower.lower_ != "of")
    after = doc[mention.end : mention.end + 3]
    if len(after) >= 2 and after[0].lower_ == "of":
        following = after[1] if after[1].pos_ != "DET" or len(after) < 3 else after[2]
        if following.like_num:
            return True
        if _is_ellipsis_pronoun(following) and not described_pronoun(following):
            return True  # "12 of them"; not "one of those killed"
    number = mention.number_token(doc)
    if number.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and any(
        c.lower_ in ("other", "remaining") for c in number.lefts
    ):
        return True  # "The other six were taken to hospitals": the number is the noun phrase
    return (
        _bare_percent_after_percent(doc, mention)
        or _names_nothing_counted(doc, mention)
        or _names_only_a_figure(doc, mention)
    )


def _is_ellipsis_pronoun(token: Token) -> bool:
    """True for a pronoun that stands for the counted noun right after "of": "12 of them",
    "half of us"; not the country "US" ("17 percent of the US population", "40 percent of US
    adults" count the population and the adults)."""
    return token.lower_ in ELLIPSIS_PRONOUNS and token.text not in _COUNTRY_US


# "US" and "U.S." write the country, never the pronoun "us"
_COUNTRY_US = frozenset({"US", "U.S."})


def _names_own_whole(whole: Token, span_end: int) -> bool:
    """True for the whole of a share that counts a noun after the span through adjectives or
    names the parse hangs on that noun: "two of the three Democratic contests", "24 of the 34
    Senate seats"; not a common noun between, which may be a misread verb ("12 of the 19 hold
    secrets").

    Where a verb takes the share, a common noun between is part of the whole's name ("met
    four of its six performance targets", "came from 1,843 of the country's 2,105 polling
    stations": wire copy by four writers, tests/wired, wiren, wirez, corpus; each took the
    figure before for what it counts); not where a verb of saying takes it, which leaves the
    misread verb its clause's own ("said 12 of the 19 hold secrets").
    """
    noun = _whole_noun(whole, span_end)
    if noun is None:
        return False
    between = whole.doc[span_end : noun.i]
    own_verb = _has_own_verb(noun)
    return all(
        (t.head == noun and (t.dep_ == "amod" or t.pos_ == "PROPN"))
        or (own_verb and t.head == noun and t.dep_ == "compound" and t.pos_ in NOUNS)
        or (own_verb and t.dep_ == "advmod" and t.head.head == noun and t.head.dep_ == "amod")
        for t in between
    )


def _has_own_verb(noun: Token) -> bool:
    """True for the noun of a share's whole whose share a verb not of saying takes: "met
    four of its six spending targets", "148 of its 774 areas face"; not "said 12 of the 19
    hold secrets", nor a share with no verb at all."""
    share = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if share is None or not share.like_num:
        return False
    verb = share.head.head if share.dep_ == "pobj" else share.head
    if share.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return share.dep_ != "dobj" or verb.lemma_ not in REPORTING_VERBS


def _whole_noun(whole: Token, span_end: int) -> Token | None:
    """The noun the whole of a share counts: its head ("the three Democratic contests"), or
    a noun the parse hangs beside it on the same "of" ("27 of 38 recently released prisoners")."""
    if whole.dep_ == "nummod":
        noun = whole.head
    elif whole.dep_ == "pobj":
        nouns = [
            t
            for t in whole.doc[span_end : span_end + 4]
            if t.head == whole.head and t.dep_ == "pobj" and t.pos_ in NOUNS
        ]
        if not nouns:
            return None
        noun = nouns[0]
    else:
        return None
    return noun if noun.pos_ in NOUNS and noun.i >= span_end else None


def _names_only_a_figure(doc: Doc, mention: Mention) -> bool:
    """True for a figure whose subject is only a word for a figure: "That number follows
    292,000 in June", "The number is 110 for all of the county", "put the figure at 40,000".

    Such a word points back to what the figure before it counts (``claims.py``).
    """
    words = subject_phrase(doc, mention).split()
    if len(words) != 1 or words[0].lower().rstrip("s") not in _FIGURE_WORDS:
        return False  # not "four counts of aggravated assault": a count there is a charge
    sent = doc[mention.start].sent
    named = [t for t in sent if t.text == words[0]]
    # "the number of people held there is three times as many": the figure word has its own
    return not any(c.dep_ == "prep" and c.lower_ == "of" for t in named for c in t.children)


# "number", "total", "figure": the words that only hold a figure and name no thing
_FIGURE_WORDS = QUANTITY_SUBJECTS & PARTITIVE_HEADS


def _names_nothing_counted(doc: Doc, mention: Mention) -> bool:
    """True for a bare number whose clause gives only who holds it or the verb that takes it:
    "he now has 739", "Sanders' was 695.49", "Obama won with 332, 62 more than needed"; or
    that nothing names at all ("There are six voting blocs. Five are urban.":
    ``is_unnamed_count``).

    Such a number counts what the figure before it counts (``claims.py``), not "Sanders" or
    "have" (gold README, "subject": what is counted).
    """
    figure = doc[mention.figure[0] : mention.figure[1]]
    if not all(t.like_num or t.pos_ in ("DET", "ADV", "ADJ", "PUNCT") for t in figure):
        return False  # "12 delegates", "40 percent", "$3 million": a unit of its own
    if mention.end < len(doc) and doc[mention.end].pos_ in NOUNS:
        return False
    number = mention.number_token(doc)
    subject = subject_phrase(doc, mention)
    if not subject:
        # "There are six voting blocs. Five are urban.": nothing at all names the count
        return mention.figure[1] - mention.figure[0] == 1 and is_unnamed_count(number)
    verb = number.head
    if number.dep_ == "dobj" and verb.pos_ == "VERB" and subject.split()[0] == verb.lemma_.lower():
        return True  # the verb named only for want of a noun: "has 739"
    words = subject.split()
    if not all(w[:1].isupper() for w in words):
        return False
    return any(
        _holder(t) or _takes_the_count(t, number) for t in number.sent if t.text == words[-1]
    )


def _takes_the_count(name: Token, number: Token) -> bool:
    """True for a name that is the subject of the verb whose object is the bare number:
    "Sanders will pick up at least 16" after "Ortiz will gain at least 22" (delegates).

    The name holds the count whatever the tagger calls it: en_core_web_sm often tags a
    surname opening a sentence ("Sanders") an ORG or a common noun, so ``_holder`` misses it.
    """
    verb = number.head
    return (
        number.dep_ == "dobj" and verb.pos_ == "VERB" and name.dep_ == "nsubj" and name.head == verb
    )


def _holder(name: Token) -> bool:
    """True for a person or place that holds a figure ("Obama", "Missouri"), or a possessive
    with its noun left out ("Walker's was 409.25")."""
    if name.ent_type_ in HOLDER_LABELS:
        return True
    follower = name.nbor(1) if name.i + 1 < len(name.doc) else None
    return follower is not None and follower.lower_ in POSSESSIVE_MARKS


def _bare_percent_after_percent(doc: Doc, mention: Mention) -> bool:
    """ "took 61 percent of the vote. Everyone else combined for 39 percent.": a percentage
    with nothing of its own to measure, after another in its sentence or the one before."""
    figure = doc[mention.figure[0] : mention.figure[1]]
    if not any(t.lower_ in PERCENT_WORDS or t.text.endswith("%") for t in figure):
        return False
    sent = figure.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    earlier = doc[start : mention.start]
    if not any(t.lower_ in PERCENT_WORDS or t.text.endswith("%") for t in earlier):
        return False
    return not subject_phrase(doc, mention)
