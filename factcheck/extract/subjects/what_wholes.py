"""Subjects of a share taken "of what" a clause names: the share of that clause, as written.

"she proposes $90 billion - half of what the mayor's budget chief, Ana Ruiz, has sought";
"That is less than 10 percent of what the Road Builders Association estimates will be
needed"; "the team could have 80% of what it needs to win the title". The whole is a clause,
not a noun, so there is no noun to take after "of" (the parse offers only a name inside the
clause, "Road", or the verb before, "have"). The clause says what the share is a share of and
who set that amount, the words a reader names the figure by (gold README, "subject"; realgold6
and realgold24 golds list the clause's subject, "Summers", "American Society of Civil
Engineers", and its verb, "needed", beside "share").
"""

from __future__ import annotations

from spacy.tokens import Doc

# A clause longer than this is cut after its verb: the subject stays a short phrase.
_MAX_TOKENS = 16
_VERB_CHAIN = frozenset({"AUX", "VERB", "PART"})


def what_whole(doc: Doc, span_end: int) -> str:
    """ "share of what ..." for a figure right before "of what CLAUSE", or ''."""
    if span_end + 1 >= len(doc) or doc[span_end].lower_ != "of":
        return ""
    if doc[span_end + 1].lower_ != "what":
        return ""
    clause = next((c for c in doc[span_end].children if c.dep_ == "pcomp"), None)
    if clause is None:
        return ""
    end = clause.right_edge.i + 1
    # "what the association estimates will be needed": the parse may end the clause at
    # "estimates" (read as a noun) and hang "will be needed" on the main clause
    while end < len(doc) and doc[end].pos_ in _VERB_CHAIN and doc[end].sent == clause.sent:
        end += 1
    if end - (span_end + 1) > _MAX_TOKENS:
        end = clause.i + 1
    words = "".join(" " if t.pos_ == "PUNCT" else t.text_with_ws for t in doc[span_end + 1 : end])
    return "share of " + " ".join(words.split())
