"""A person telling their own finances: the figure is their own record, partisan_source.

docs/gold-conventions.md "Candidates and campaigns as a partisan source" (b): a source speaking
on "its own finances and filings" is a party to it (realgold10 gold: the candidate's "in
excess of $10 billion" net worth, partisan). News copy gives these figures from a disclosure
the person filed ("Lopez reported between $5,000 and $15,000 in interest income", "she reported
earning $2 million from the firm", "Lopez reported a speaking fee was $50,000") or from the
person's word ("Lopez claims she is worth $3 billion"); the article need not have set the
person in a race. The cue is on the parse: the figure is money, a word of the person's own
income or holdings stands between it and its clause, and the clause's subject is the speaker,
or the clause is what the speaker reported.

Not the person's money: another's ("Lopez reported that Reyes earned $2 million": the clause
has a subject of its own), a company's ("reported that the firm lost $9 million": no word of
income), nor the filing itself as the source ("his disclosure form lists ..."), whose kind is
no person.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.campaign_staff import is_money
from factcheck.extract.caveat_scope import source_key
from factcheck.extract.lexicon import (
    OWN_FINANCE_NOUNS,
    OWN_FINANCE_REPORT_VERBS,
    OWN_FINANCE_VERBS,
    SPEAKER_POSSESSIVES,
)
from factcheck.model import Source, SourceKind

_SPEAKER_SUBJECTS = frozenset({"he", "she"})


def tells_own_finances(number: Token, source: Source) -> str | None:
    """The words of the person's own money when the figure is it: "interest income",
    "earning", "worth"; None otherwise."""
    if source.kind is not SourceKind.NAMED_PERSON or not is_money(number):
        return None
    speaker = source_key(source)
    if not speaker:
        return None
    finance = _finance_word_on(number)
    if finance is False:
        return None  # "Reyes's income": another's money
    verb = next((t for t in number.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subject = _subject(verb)
    if finance is None and verb.lemma_.lower() in OWN_FINANCE_VERBS:
        finance = verb  # "reported earning $132 million"
    if finance is None and subject is not None and _a_finance_noun(subject):
        finance = subject  # "a speaking fee was $50,000"
        subject = None
    if finance is None:
        return None
    if verb.lemma_.lower() in OWN_FINANCE_REPORT_VERBS:
        reporter = verb  # "Lopez reported $5,000 in interest income"
    elif finance.lower_ == "worth" and verb.lemma_.lower() == "be":
        reporter = verb  # "she is worth $3 billion": her own word on her wealth
    elif verb.dep_ in ("xcomp", "ccomp") and subject is None:
        reporter = verb.head  # "reported earning $132 million", "reported a fee was $50,000"
        if reporter.lemma_.lower() not in OWN_FINANCE_REPORT_VERBS:
            return None
    else:
        return None  # "when she was earning $24,000": a story told, no filing
    said_by = _subject(reporter)
    return finance.text if said_by is not None and _the_speaker(said_by, speaker) else None


def _finance_word_on(number: Token) -> Token | bool | None:
    """The word of own money between the figure and its verb ("$5,000 in interest income",
    "investments worth $1 million", "worth $10 billion"); False when another owns it."""
    near = [
        obj
        for prep in number.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of")
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    for token in number.ancestors:
        if token.pos_ in ("VERB", "AUX"):
            break
        near.append(token)
    for token in near:
        if _a_finance_noun(token) or (token.lower_ == "worth" and token.pos_ in ("ADJ", "ADP")):
            owners = [c for c in token.children if c.dep_ == "poss"]
            if any(o.lower_ not in SPEAKER_POSSESSIVES for o in owners):
                return False
            return token
    return None


def _a_finance_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in OWN_FINANCE_NOUNS


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _the_speaker(subject: Token, speaker: str) -> bool:
    """ "he"/"she", or the speaker's own name ("Lopez reported ...")."""
    if subject.lower_ in _SPEAKER_SUBJECTS:
        return not _reported_by_another(subject.head, speaker)
    if subject.pos_ != "PROPN":
        return False
    return source_key(Source(text=subject.text, kind=SourceKind.NAMED_PERSON)) == speaker


def _reported_by_another(clause: Token, speaker: str) -> bool:
    """ "Lopez said he is worth far less": the "he" of a clause another name reports is that
    other's subject, not the speaker's."""
    if clause.dep_ != "ccomp":
        return False
    names = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return any(not _the_speaker(n, speaker) for n in names)
