"""Contenders the article sets in the race, read from what they do in it.

docs/gold-conventions.md "Candidates and campaigns as a partisan source": a candidate speaking
on the race it runs in, or on its own record, is a party to it. ``article_candidates`` finds a
candidate by a contender's noun or belonging next to a name the tagger reads as a person
("presidential candidate Ana Lopez", "the Lopez campaign", "Lopez won Nevada"). News copy more
often sets people in the race by what they do in it, where the tagger reads the name as an
organisation or a common noun, or by a pronoun:

- the subjects of a contender's verb, each of them ("Lopez and Reyes are campaigning in Ohio",
  "even as Lopez wins more primaries" with "Lopez" tagged an organisation);
- the one a contender beats, trails or leads ("Lopez leads Reyes by nine points");
- a named subject owning a contender's belonging through "his"/"her" ("Reyes suspended his
  campaign", "Lopez mocked her rivals", "Lopez muddled a row that has dogged her candidacy");
- the named subject of a clause that names a fellow contender ("Lopez took swipes at fellow
  contender Reyes").

A name counts as a person's where the tagger reads its last word as a person somewhere in the
article (the article's own people), never from a list of politicians.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.lexicon import (
    CANDIDATE_NOUNS,
    CANDIDATE_VERBS,
    CONTENDER_OWNINGS,
    CONTENDER_PEER_WORDS,
    CONTEST_OBJECT_VERBS,
)
from factcheck.extract.token_index import tokens_with_lemma
from factcheck.model import Source, SourceKind

_SUBJECTS = ("nsubj", "nsubjpass")
# the lemmas ``race_contenders`` looks at (CONTEST_OBJECT_VERBS is asked of CANDIDATE_VERBS only)
_WALKED_LEMMAS = CANDIDATE_VERBS | CONTENDER_OWNINGS | CANDIDATE_NOUNS


def race_contenders(doc: Doc) -> frozenset[str]:
    """The source keys (surnames) of the people the article sets in the race by what they do
    in it or own in it."""
    surnames = _person_surnames(doc)
    if not surnames:
        return frozenset()
    names: set[str] = set()
    # each branch asks for one of these lemmas: only those tokens are walked (speedB)
    for token in tokens_with_lemma(doc, _WALKED_LEMMAS):
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in CANDIDATE_VERBS:
            for subject in _subjects(token):
                if _a_person(subject, surnames):
                    names.add(_key(subject))
            if lemma in CONTEST_OBJECT_VERBS and any(
                _a_person(s, surnames) for s in _subjects(token)
            ):
                for obj in token.children:
                    if obj.dep_ == "dobj" and _a_person(obj, surnames):
                        names.add(_key(obj))  # "Lopez leads Reyes by nine points"
        if token.pos_ == "NOUN" and lemma in CONTENDER_OWNINGS:
            owner = _owner(token, surnames)
            if owner is not None:
                names.add(_key(owner))
        if token.pos_ == "NOUN" and lemma in CANDIDATE_NOUNS:
            peer = _peer(token, surnames)
            if peer is not None:
                names.add(_key(peer))  # "Lopez took swipes at fellow contender Reyes"
    names.discard("")
    return frozenset(names)


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, those joined by "and" included ("Lopez and Reyes campaigned")."""
    found: list[Token] = []
    for subject in verb.children:
        if subject.dep_ in _SUBJECTS:
            found.append(subject)
            found.extend(c for c in subject.conjuncts)
    return found


def _owner(noun: Token, surnames: frozenset[str]) -> Token | None:
    """Who owns a contender's belonging: the person "his"/"her" stands for, the nearest named
    subject before it in its sentence ("Reyes suspended his campaign", "Lopez muddled a
    controversy that has dogged her candidacy"). Not a name owning a noun the belonging
    qualifies: "Gedrich's campaign experiment" is a volunteer's."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in ("his", "her"):
            return _named_subject_before(child, surnames)
    return None


def _peer(noun: Token, surnames: frozenset[str]) -> Token | None:
    """ "Lopez took swipes at fellow contender Reyes": a fellow contender's peer is the named
    subject of the clause the noun stands in."""
    if not any(
        c.dep_ in ("amod", "compound") and c.lower_ in CONTENDER_PEER_WORDS for c in noun.children
    ):
        return None
    for verb in noun.ancestors:
        if verb.pos_ in ("VERB", "AUX"):
            subjects = [s for s in verb.children if s.dep_ == "nsubj"]
            if len(subjects) == 1 and _a_person(subjects[0], surnames):
                return subjects[0]
            return None
    return None


def _named_subject_before(pronoun: Token, surnames: frozenset[str]) -> Token | None:
    """The nearest subject before the pronoun in its sentence, when it is a person's name;
    none when another subject comes between ("Lopez said the mayor had ended his bid") or the
    subject is "who". A relative "that" is passed over for the subject it hangs under."""
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.dep_ == "nsubj" and token.tag_ == "WDT":
            continue  # "a row that has dogged her candidacy": "her" is not the row's
        if token.dep_ == "nsubj":
            # "who" is the person before it, and "McConnell, who has criticized his
            # campaign" may well mean another's: none
            return token if _a_person(token, surnames) else None
        if token.dep_ == "appos" and _a_person(token, surnames):
            return token  # a subject the parse hung on a phrase before it as an appositive
    return None


def _a_person(token: Token, surnames: frozenset[str]) -> bool:
    """A person's name: the last word of a name the article reads as a person somewhere,
    however the tagger labelled this mention; not a place or a people ("Washington",
    "Republicans")."""
    last = _last_of_name(token)
    if last.ent_type_ in ("GPE", "NORP", "LOC"):
        return False
    return last.text in surnames and last.pos_ in ("PROPN", "NOUN")


def _last_of_name(token: Token) -> Token:
    """The last word of the name a word heads or begins: "Ana" -> "Lopez", or the head word
    itself when the name is written before it ("Ana Lopez" with "Lopez" as the head)."""
    last = token
    while last.i + 1 < len(last.doc) and last.doc[last.i + 1].ent_iob_ == "I":
        last = last.doc[last.i + 1]
    return last


def _person_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the names the tagger reads as people somewhere in the article."""
    return frozenset(
        ent[-1].text
        for ent in doc.ents
        if ent.label_ == "PERSON" and ent[-1].text[:1].isupper() and len(ent[-1].text) > 2
    )


def _key(token: Token) -> str:
    return source_key(Source(text=_last_of_name(token).text, kind=SourceKind.NAMED_PERSON))
