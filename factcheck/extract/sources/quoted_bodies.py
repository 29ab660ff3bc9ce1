"""A body cited inside a quotation: "The company says 410 people were working that night ...,"
she said; "If the ministry is reporting 187,000, we are probably talking about 800,000," he
said. The speaker passes on the body's figure and names the body, so the body is its source
(docs/gold-conventions.md, "A quotation that cites its own source", session 55), as a named
person who "said" it already is (``quoted_citations.py``).

Notes:
    Evidence: tests/wireb b_5 ("The company says 410", gold "The company") and tests/wireg g_3
    ("If the ministry is reporting 187,000", gold "the ministry"): two writers. Only a body's
    definite common noun ("the company", "the ministry": ORG_HEADS after "the") cites; a
    person's word ("my doctor says") and a pronoun stay the speaker's own account; "report"
    cites only for such a body ("the Ambassador tells me" stays the speaker's).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import ORG_HEADS

_REPORTING = frozenset({"report"})


def a_definite_body(named: Token) -> bool:
    """ "The company", "the ministry": a body's common noun after "the"."""
    return (
        named.pos_ == "NOUN"
        and named.lemma_.lower() in ORG_HEADS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in named.children)
    )


def a_reporting_body(named: Token) -> bool:
    """ "the ministry is reporting 187,000": a body that reports counts."""
    return named.head.lemma_.lower() in _REPORTING and (
        named.pos_ == "PROPN" or a_definite_body(named)
    )
