"""A share written "NAME on N%": "results showed Ngwira on 47.8% and Mhango on 44.5%", "the
PSdeG on 14.2% and 11 seats". The name is a candidate or party and the share its vote (gold
README, "subject"; tests/wireb and wiref, two writers, session 65: "vote" with the name); the
parse hangs "on" on the verb ("showed") or on the list, so the clause subject ("results") or the
name before the list named it. In a poll's sentence the share is poll support, read elsewhere.

So is a share given to a name, "gives GERB 26.4%", "gave Wirawan 54.6 percent" (tests/wirej and
tests/wirey, two writers: exit polls and quick counts, golds "vote" with the name, beside the
same page's "has GERB on 25.1%"): the parse makes the name the verb's dative and the share its
object, so the clause subject (the pollster, a source) named it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import PERCENT_WORDS

# Words of a poll in the figure's own sentence: its share is support, not a vote. Not
# "polling", which in results copy is the vote's ("polling agents", "polling stations").
_POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "pollster", "pollsters"})
# A name the tagger takes for a place may be a candidate ("Mhango"): places are not left out.
_NOT_HOLDERS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY"})


def named_standing(figure: Span) -> str:
    """ "Ngwira vote" for "Ngwira on 47.8%" or "gave Ngwira 47.8%", or ''."""
    doc = figure.doc
    percent = any(t.lower_ in PERCENT_WORDS or t.text.endswith("%") for t in figure)
    if not percent or figure.start < 2:
        return ""
    given = _given_to(figure)
    name = doc[figure.start - 2] if doc[figure.start - 1].lower_ == "on" else given
    if name is None:
        return ""
    if name.pos_ != "PROPN" or name.ent_type_ in _NOT_HOLDERS:
        return ""
    if any(t.lower_ in _POLL_NOUNS for t in figure.sent):
        return ""
    return f"{name.text} vote"


def _given_to(figure: Span) -> Token | None:
    """The name a share is given to, right before it: "gives GERB 26.4%", or None."""
    share = figure.root
    verb = share.head
    if share.dep_ != "dobj" or verb.lemma_.lower() != "give":
        return None
    before = figure.doc[figure.start - 1]
    if before.dep_ == "dative" and before.head == verb:
        return before
    return None
