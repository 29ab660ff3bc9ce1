"""A speaker saying what they are worth: their own finances, partisan_source.

docs/gold-conventions.md "Candidates and campaigns as a partisan source" (b): a candidate
speaking on its own record, "its own finances and filings" included, is a party to it.
``campaign_staff.speaks_of_own_money`` reads the noun ("his net worth is $10 billion"); news
copy as often says it with the adjective: "Lopez claims she's worth $10 billion", "'I'm worth
more than $10 billion,' Lopez said" (realgold35 gold: partisan). The figure is the measure of
"worth" on a "be" whose subject is the speaker ("I", "we", "he", "she"); like "his net worth",
it is read for any named speaker, as the article may not call them a candidate (realgold35's
Trump). Not what a thing is worth ("the deal was worth $10 billion": no speaker), nor a hope
("I could be worth more").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import OWN_COUNT_UNREAL, OWN_WORTH_WORDS, SPEAKER_PRONOUNS


def states_own_worth(number: Token) -> str | None:
    """The words "she's worth" when the figure is what its speaker says it is worth."""
    worth = number.head if number.dep_ in ("nummod", "quantmod", "compound") else number
    worth = worth.head
    if worth.lower_ not in OWN_WORTH_WORDS or worth.pos_ not in ("ADJ", "ADP"):
        return None
    verb = worth.head
    if verb.lemma_.lower() != "be" or verb.i == worth.i:
        return None
    if any(c.lower_ in OWN_COUNT_UNREAL for c in verb.children if c.dep_ in ("aux", "mark")):
        return None  # "I could be worth more", "if she were worth $1 billion"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in SPEAKER_PRONOUNS:
        return None
    return f"{subject.text} {worth.text}"
