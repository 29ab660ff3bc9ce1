"""A campaign's own people: figures they give carry partisan_source.

Gold README, partisan_source: "the text marks the source as a party (... a campaign's own
count)". The article names a campaign's people once, with their role ("Clinton campaign manager
Robby Mook", "His campaign chairman Paul Manafort", "Brian Fallon, a spokesman for Mrs.
Clinton"), and later only by name ("Mook said"): the role is read once per document and every
figure of that person is the campaign's own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.lexicon import (
    CAMPAIGN_STAFF_NOUNS,
    OWN_COUNT_NOUNS,
    OWN_COUNT_SUBJECTS,
    OWN_COUNT_UNREAL,
    OWN_COUNT_VERBS,
    OWN_MONEY_NOUNS,
    OWN_MONEY_VERBS,
    OWN_SHARE_NOUNS,
    SPEAKER_POSSESSIVES,
    SPEAKER_PRONOUNS,
    SPOKESPERSON_HEADS,
)
from factcheck.extract.token_index import tokens_with_lower
from factcheck.model import Source, SourceKind


def campaign_staff(doc: Doc) -> dict[str, str]:
    """The source keys of the people the article describes as a campaign's staff, each with
    the words of its role ("campaign manager")."""
    staff: dict[str, str] = {}
    for token in tokens_with_lower(doc, CAMPAIGN_STAFF_NOUNS):
        if token.lower_ not in CAMPAIGN_STAFF_NOUNS or token.pos_ != "NOUN":
            continue
        role = _campaign_role(token)
        if role is None:
            continue
        person = _person_named(token)
        if person is not None:
            key = source_key(Source(text=person.text, kind=SourceKind.NAMED_PERSON))
            if key:
                staff.setdefault(key, role)
    return staff


def _campaign_role(noun: Token) -> str | None:
    """ "campaign manager", "Clinton campaign chairman", "a spokesman for Mrs. Clinton", "a
    spokeswoman for the Trump campaign"; not "a spokesman for the sheriff's office"."""
    before = noun.doc[max(noun.i - 2, 0) : noun.i]
    if any(t.lower_ == "campaign" for t in before):
        return f"campaign {noun.lower_}"
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lower_ == "campaign":
                return f"{noun.lower_} for the campaign"
            if noun.lower_ in SPOKESPERSON_HEADS and obj.ent_type_ == "PERSON":
                return f"{noun.lower_} for {obj.text}"
    return None


def _person_named(noun: Token) -> Span | None:
    """The person the role names: the name right after it ("campaign manager Robby Mook") or
    the name it is in apposition to ("Brian Fallon, a spokesman for ...")."""
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].ent_type_ == "PERSON":
        return _entity_at(doc[noun.i + 1])
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        return _entity_at(noun.head)
    return None


def _entity_at(token: Token) -> Span | None:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def speaks_of_own_money(number: Token) -> str | None:
    """The figure's sentence has its speaker giving their own money: "we raised $18,000", "he's
    raised about $100,000", "his campaign's average donation", "his net worth"; not "Clinton
    raised $50 million" (someone else's) nor "he raised taxes" (no money)."""
    for token in number.sent:
        lemma = token.lemma_.lower()
        if lemma in OWN_MONEY_VERBS and token.pos_ == "VERB":
            # "he's raised $100,000" is parsed as a passive with an object
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            objects = [c for c in token.children if c.dep_ == "dobj"]
            if any(s.lower_ in SPEAKER_PRONOUNS for s in subjects) and any(
                is_money(o) for o in objects
            ):
                return f"{subjects[0].text} {token.text}"
        elif lemma in OWN_MONEY_NOUNS and token.pos_ == "NOUN":
            if lemma == "campaign" and token.dep_ != "poss":
                continue  # "his campaign's donation" counts its money; "her campaign says" no
            owners = [c for c in token.children if c.dep_ == "poss"]
            if any(o.lower_ in SPEAKER_POSSESSIVES for o in owners):
                return f"{owners[0].text} {token.text}"
    return None


def is_money(token: Token) -> bool:
    """ "$18,000", "about $100,000", "$4 million": an amount of money."""
    return token.ent_type_ == "MONEY" or any(c.text == "$" for c in token.subtree)


def speaks_of_own_count(number: Token) -> str | None:
    """The figure counts a result its speaker holds: "I have earned 9 million votes", "we won
    17 states", "her winning 48 percent against 45 percent"; not "he has two children" (no
    result), "Clinton won 55 percent" (no speaker), nor "we have 3 percent" (a share without a
    verb of winning)."""
    nouns: list[Token] = []
    for token in number.ancestors:
        if token.pos_ in ("VERB", "AUX"):
            return _own_result(token, nouns)
        if token.pos_ in ("NOUN", "PROPN") or token.lower_ == "%":
            nouns.append(token)
    return None


def _own_result(verb: Token, nouns: list[Token]) -> str | None:
    """The verb holds a result (its figure counts votes, delegates, states; a share only when
    won, not had) and its subject is a speaker's pronoun."""
    lemma = verb.lemma_.lower()
    if lemma not in OWN_COUNT_VERBS:
        return None
    if any(c.lower_ in OWN_COUNT_UNREAL for c in verb.children if c.dep_ in ("aux", "mark")):
        return None  # "if he could earn 15 percent", "we can win": a hope, not a count
    on_path = {n.i for n in nouns}
    # "get the unemployment rate down to 6 percent": the verb's object is no result, so the
    # figure is not one; "winning 48 percent against 45 percent" sets a result against another
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i not in on_path]
    if not all(_result_word(o.lemma_.lower(), lemma) for o in objects):
        return None
    # what the figure itself counts: "I haven't won a state in almost three weeks" counts weeks
    if not any(_result_word(n.lemma_.lower(), lemma) for n in nouns):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Trump and I have 2.5 million more votes" (a misparse of "than Donald Trump and I have")
    subjects += [c for s in subjects for c in s.children if c.dep_ == "conj"]
    if not subjects:
        # the parse may hang the pronoun elsewhere: the word before the verb (or its
        # auxiliaries) is then its subject
        start = min([verb.i, *(c.i for c in verb.children if c.dep_ == "aux")])
        subjects = [verb.doc[start - 1]] if start > 0 else []
    speaker = next((s for s in subjects if s.lower_ in OWN_COUNT_SUBJECTS), None)
    return None if speaker is None else f"{speaker.text} {verb.text}"


def _result_word(word: str, verb_lemma: str) -> bool:
    """Votes, delegates, states; a share or margin only when won, not had."""
    return word in OWN_COUNT_NOUNS or (verb_lemma != "have" and word in OWN_SHARE_NOUNS)
