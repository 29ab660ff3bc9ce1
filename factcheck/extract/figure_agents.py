""" "The crowd was estimated at 14,000 by the police": the parse hangs the passive agent "by
the police" on the figure, not on "estimated", so the estimate had no one to speak for it.
A "by" phrase on the figure of a passive reporting verb's "at" names the agent when it names
a source (a name, a body, officials); "valued at $400,000 by 2010" and "by the end of the
year" are times, not agents."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import ANONYMOUS_HEADS, ORG_HEADS, UNIQUE_ROLE_HEADS

_SOURCE_HEADS = ANONYMOUS_HEADS | ORG_HEADS | UNIQUE_ROLE_HEADS
_AT = "at"
_BY = "by"


def agent_on_the_figure(verb: Token) -> Token | None:
    """The source of "was estimated at N by X" when the parse hung "by X" on N."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    for at in verb.children:
        if at.dep_ != "prep" or at.lower_ != _AT:
            continue
        for figure in at.children:
            if figure.dep_ != "pobj":
                continue
            for by in figure.children:
                if by.dep_ != "prep" or by.lower_ != _BY:
                    continue
                for obj in by.children:
                    if obj.dep_ != "pobj" or obj.ent_type_ in ("DATE", "TIME"):
                        continue
                    if obj.pos_ == "PROPN" or obj.lemma_.lower() in _SOURCE_HEADS:
                        return obj
    return None
