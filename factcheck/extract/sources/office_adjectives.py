"""An office named with an adjective before a name: "regional governor Vasyl Koval", "provincial
disaster chief Rowena Salcedo", "presiding judge Marta Olmedo", "executive director Ana Ruiz".

docs/gold-conventions.md, "Titles and roles before names", keeps a role that stands before the
name at the attribution. The role walk (``source_extent.common_noun_role_start``) stops at an
adjective, so that a description ("Republican presidential candidate Ana Ruiz") is left out; but
where the role ends in an office one person holds (UNIQUE_ROLE_HEADS, or a judge), a lowercase
adjective before it is part of the office's name, and four golds by four writers keep it
(tests/wirea "regional governor", tests/wirel "provincial disaster chief", tests/wiref "presiding
judge", tests/corpus "CONAF executive director").

Not an adjective that dates or rates the office ("former governor", "longtime director":
STATUS_ADJECTIVES), nor a capitalised one (a party or a nation: "Republican", "Kenyan").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import STATUS_ADJECTIVES, UNIQUE_ROLE_HEADS

_OFFICE_HEADS = UNIQUE_ROLE_HEADS | frozenset({"judge"})


def office_adjective(token: Token, role_last: Token) -> bool:
    """``token`` is a lowercase adjective of the office that ``role_last`` ends in."""
    return (
        token.tag_ in ("JJ", "VBG")  # "presiding" is a participle
        and token.dep_ in ("amod", "compound")
        and token.is_lower
        and token.is_alpha
        and token.lower_ not in STATUS_ADJECTIVES
        and role_last.lemma_.lower() in _OFFICE_HEADS
    )
