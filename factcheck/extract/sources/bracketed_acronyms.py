"""A short name the article defines in brackets after a body's name is that body's: "the
National Search and Rescue Agency (Basarnas) ... Basarnas said" is an organisation, whatever
the tagger reads the short name as (it reads invented or foreign acronyms as people).

Gold README, "Source kinds": an institution -> named_org. Evidence: two wire sets by two
writers give such a short name named_org where the tagger made it a person (tests/wired d_4
"Basarnas", tests/wiref f_4 "Nosdra").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import ORG_HEADS
from factcheck.extract.token_index import tokens_with_lower

_OPENING = frozenset({"("})


def bracketed_org_words(doc: Doc) -> list[Token]:
    """The one-word names written in brackets right after the name of a body ("... Agency
    (Basarnas)", "the Malawi Electoral Commission (MEC)")."""
    found = []
    # from the opening brackets, so only the words after one become Tokens (speed69)
    for opening in tokens_with_lower(doc, _OPENING):
        if not 2 <= opening.i + 1 < len(doc) - 1:
            continue  # the words of ``doc[2:-1]``
        token, closing = doc[opening.i + 1], doc[opening.i + 2]
        if opening.text != "(" or closing.text != ")" or not token.text[:1].isupper():
            continue
        body = doc[token.i - 2]
        if body.is_title and (body.ent_type_ == "ORG" or body.lemma_.lower() in ORG_HEADS):
            found.append(token)
    return found
