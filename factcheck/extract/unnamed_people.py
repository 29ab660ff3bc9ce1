"""Plural people of a kind are an anonymous source whoever owns them: "Republican strategists
said", "Democratic operatives say", "Clinton allies said", "The aides, led by campaign manager
Terry Sullivan, told the group". The party, person or campaign in the phrase is whom they
belong to, not who speaks; the tagger's NORP or PERSON label on it made the phrase a named
body or person (session 37, anon45).

Gold README, "Source kinds": unnamed people -> anonymous; realgold19 "strategists",
realgold24 "his supporters", realgold19 "Advisers to four remaining mainstream candidates"
(anonymous, anonymous_source). A person named after the head ("aides, among them Ann Reyes")
names the speakers, and the phrase keeps the classifier's other rules.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import UNNAMED_PEOPLE_PLURALS


def unnamed_people_of_a_kind(span: Span, head: Token) -> bool:
    """The phrase's head is a plural word for people who speak as no body ("strategists",
    "allies", "aides"), with no person's name after it (in apposition) to name them."""
    if head.tag_ not in ("NNS", "NNPS") or head.lower_ not in UNNAMED_PEOPLE_PLURALS:
        return False
    return not any(t.ent_type_ == "PERSON" and t.dep_ == "appos" for t in span if t.i > head.i)
