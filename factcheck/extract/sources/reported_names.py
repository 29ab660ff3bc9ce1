"""Names inside what someone says or thinks, which a later pronoun does not stand for.

"Giuliani said in an interview, adding that Clinton showed the conduct of a guilty person.
He continued, ..." -- "He" is Giuliani, the one adding, not Clinton, who is in what he
added; "Pollster Ann Ruiz is skeptical Lee can win. '...,' she said" -- "she" is Ruiz, not Lee.
A clause that completes the verb or adjective before it (the parse's ``ccomp`` after its
head) says what is reported or thought, so its subject speaks only through the outer one.
"""

from __future__ import annotations

from spacy.tokens import Token


def in_reported_clause(token: Token) -> bool:
    """Whether ``token`` stands in a clause that completes a word before it: "adding that
    Clinton showed ...", "is skeptical Lee can win"; not a quotation's "..., Lee said", which
    the parse may hang on the quoted verb after it."""
    return any(t.dep_ == "ccomp" and t.head.i < t.i for t in (token, *token.ancestors))
