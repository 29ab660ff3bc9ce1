"""A pronoun source takes its antecedent's name as last written in full.

"Electoral board chairperson Ruth Mbeki opened the count. ... "...," Mbeki told reporters.
... She said 21 districts had reported": the look-back finds the speaker "Mbeki", but the
convention gives a pronoun the name of its antecedent **as last written in full**, with the
title or role written before it there ("Electoral board chairperson Ruth Mbeki";
docs/gold-conventions.md, "Titles and roles before names in source text"). Only a bare
surname is widened: a titled short form ("Mr. Rubio") is how NYT copy writes the name in
full after its first mention, and the golds keep it (courtesy_titles.py).

Only where the name was written with a role or title before it: on a name written bare
("Bernie Sanders ... Sanders said ... he said") the golds split, the wire golds widening it
(wirem), the real golds keeping the nearer "Sanders" (19 records in session 67's audit).

Evidence: the wire tuning golds give the titled full name behind such a pronoun 7 times in two
sets by two writers (wireb's election and trial stories, wiren), none against; session 67's
audit on the allowed articles changed 9 sources, one in a real gold (right, "Michigan Attorney
General Bill Schuette"), the others right by the convention. Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.entity_spans import entity_bounds
from factcheck.extract.sources.source_phrase import source_phrase
from factcheck.model import Source, SourceKind


def in_full(doc: Doc, pronoun: Token, source: Source) -> Source:
    """``source`` as resolved for ``pronoun``; a bare surname widened to the name's last
    mention in full before the pronoun, with a role written before it there."""
    if source.kind is not SourceKind.NAMED_PERSON or " " in source.text.strip():
        return source
    surname = source.text.strip()
    if not surname[:1].isupper():
        return source
    full = _last_full_mention(doc, surname, pronoun.i)
    if full is None:
        return source
    phrase = source_phrase(full)
    if not _role_before_name(phrase, full):
        return source
    return Source(text=phrase.text, kind=SourceKind.NAMED_PERSON)


def _role_before_name(phrase: Span, surname: Token) -> bool:
    """The phrase writes a role or title before the given name and surname ("Regional police
    chief Sajid Khattak"), not the name alone ("Bernie Sanders"): only then do the golds agree
    on the full form (the wire golds 7 records of 7; the real golds, which give a bare
    "Sanders" for a "he" after "Sanders said" 19 times, keep the titled full form the one
    time the article wrote it, "Michigan Attorney General Bill Schuette")."""
    if surname.ent_type_ == "PERSON":
        start = entity_bounds(surname.doc, surname.i)[0]
    else:
        start = surname.i
        while start > phrase.start and phrase.doc[start - 1].pos_ == "PROPN":
            start -= 1
    if start == surname.i:
        return False  # no given name before the surname
    return any(t.pos_ != "DET" and not t.is_punct for t in phrase.doc[phrase.start : start])


def _last_full_mention(doc: Doc, surname: str, end: int) -> Token | None:
    """The last word of the last name before ``end`` written with more than ``surname``: a
    person the tagger reads ending in it ("Ruth Mbeki"), or the surname after a capitalised
    proper noun it is a compound of ("Made Suarsana" the tagger reads as no one)."""
    for ent in reversed([e for e in doc.ents if e.end <= end]):
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == surname:
            return ent[-1]
    for token in reversed(doc[1:end]):
        before = doc[token.i - 1]
        if (
            token.text == surname
            and before.pos_ == "PROPN"
            and before.is_title
            and before.head.i == token.i
        ):
            return token
    return None
