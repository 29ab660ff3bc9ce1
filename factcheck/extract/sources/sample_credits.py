"""The author of a poll or survey written after the sample it asked: "A survey of 420 firms by
the Traders Association", "An exit poll of 6,200 voters carried out for a group of churches by
the Institute of Opinion Research" (wsrc67a).

The parse hangs the "by" on the sample's noun ("firms by the Traders Association") or on a
noun further inside the phrase ("a group ... by the Institute"), so the document's phrase
stopped at "A survey" and the figures went to a bare "A survey" / "An exit poll". The
conventions ("Documents 'by' an organisation") write the whole noun phrase from its determiner
through the organisation's name; two wire sets by two writers write these so (tests/wireb b_2
four records, tests/wireo o_3 five records).

Only a counted sample ("of 420 firms", "of 1,000 adults": a plural noun with a number), and
only a "by" the parse hangs on a noun: "a survey of 300 people killed by police" has its "by"
on the participle (those killed, not who asked).
"""

from __future__ import annotations

from spacy.tokens import Token


def credits_past_a_sample(head: Token) -> list[Token]:
    """The "by" words inside the counted sample a document is "of"; none when there is no
    counted sample."""
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        sample = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if sample is None or sample.tag_ not in ("NNS", "NNPS"):
            return []
        if not any(c.dep_ == "nummod" and c.like_num for c in sample.children):
            return []
        return [
            t
            for t in prep.subtree
            if t.lower_ == "by" and t.dep_ == "prep" and t.head.pos_ in ("NOUN", "PROPN")
        ]
    return []
