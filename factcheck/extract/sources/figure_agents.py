""" "The crowd was estimated at 14,000 by the police": the parse hangs the passive agent "by
the police" on the figure, not on "estimated", so the estimate had no one to speak for it.
A "by" phrase on the figure of a passive reporting verb's "at" names the agent when it names
a source (a name, a body, officials); "valued at $400,000 by 2010" and "by the end of the
year" are times, not agents."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.sources.nominal import names_a_source

_AT = "at"
_BY = "by"


def agent_on_the_figure(verb: Token) -> Token | None:
    """The source of "was estimated at N by X" when the parse hung "by X" on N."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    for figure in prep_objects(verb, _AT):
        for obj in prep_objects(figure, _BY):
            if obj.ent_type_ not in ("DATE", "TIME") and names_a_source(obj):
                return obj
    return None
