"""The names of counted casualties: runs of a person's name words ("Habersham County Sheriff Joey
Terrell" gives "Joey Terrell"), and the names an identification gives the counted ("Police
identified him as Marcus Reed"). Pure.

Split from ``casualty_register.py``, which registers each counted person by these names and
matches later mentions against them. Ranks and titles before a name and suffixes after it
("Jr.") are no part of it; a run whose last word does not head its phrase is no name ("St.
Paul" of "a St. Paul father"), nor is a shouted headline word or a bare person noun ("Man").
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span, Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    DEAD_STATE_WORDS,
    IDENTIFYING_VERBS,
    PERSON_TITLES,
)
from factcheck.extract.token_index import tokens_with_lemma, tokens_with_tag

# Words of a name run that are no part of the person's own name: ranks and titles before it
# ("Valdosta Police Officer Randall Hancock", "Sheriff Joey Terrell") and suffixes after it.
NAME_TITLE_WORDS = (
    frozenset(
        "police officer deputy sheriff sgt sgt. sergeant lt lt. lieutenant det det. detective "
        "trooper capt capt. captain chief cpl cpl. corporal agent patrolman firefighter pastor "
        "rev rev. reverend coach principal judge mayor county city state".split()
    )
    | PERSON_TITLES
)


NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


IDENTIFIED_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})


IDENTIFIED_NOUNS = frozenset({"victim"})


def identified_names(doc: Doc, nouns: Container[str] = ()) -> list[list[Token]]:
    """The name runs an identification gives the counted: "identified them (the victim, the dead
    man) as Gale Hall and Mya Verner", "The victim was identified as Marcus Reed"; ``nouns``
    are the person nouns counted ("the driver" where "a driver" was counted; not "the
    suspect" where no suspect was)."""
    runs = []
    for verb in tokens_with_lemma(doc, IDENTIFYING_VERBS):  # the only tokens asked (speed50)
        if verb.pos_ != "VERB":
            continue
        who = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not who or not _counted_kind(who[0], nouns):
            continue
        for name in prep_objects(verb, "as"):
            for person in [name, *(c for c in name.subtree if c.dep_ in ("conj", "appos"))]:
                runs += [r for r in name_runs(doc[person.i : person.i + 1]) if r]
                runs += [
                    r for r in name_runs(doc[person.left_edge.i : person.i + 1]) if r[-1] == person
                ]
    return runs


def _counted_kind(token: Token, nouns: Container[str]) -> bool:
    """What an identification names the counted by: a pronoun, a victim, the dead, a counted
    person noun with its article ("the man" where a man was counted)."""
    word = token.lower_
    if word in IDENTIFIED_PRONOUNS or word in DEAD_STATE_WORDS:
        return True
    lemma = token.lemma_.lower()
    return (lemma in IDENTIFIED_NOUNS or lemma in nouns) and any(
        c.dep_ in ("det", "poss") for c in token.children
    )


def name_runs_in(doc: Doc, start: int, end: int) -> list[list[Token]]:
    """The name runs (``name_runs``) of the characters ``start:end``, widened to whole tokens."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return name_runs(span) if span is not None else []


def phrase_up_to(head: Token) -> Span:
    """The tokens of ``head``'s phrase up to it ("Valdosta Police Officer Randall Hancock")."""
    return head.doc[head.left_edge.i : head.i + 1]


def name_runs(span: Span) -> list[list[Token]]:
    """The runs of a person's name words in ``span``: capitalised proper nouns in a row, titles
    and suffixes left out, whose last word heads its phrase (not "St. Paul" of "a St. Paul
    father")."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in [*span, None]:
        if token is not None and is_name_word(token):
            current.append(token)
            continue
        run = _closed_run(current)
        if run:
            runs.append(run)
        current = []
    return runs


def doc_name_runs(doc: Doc) -> list[list[Token]]:
    """``name_runs(doc[:])``, asking only the tokens tagged as a name word must be (a test of
    every token of the article cost 2% of extraction; speed55): a run is name words in a row."""
    words = [t for t in tokens_with_tag(doc, _NAME_WORD_TAGS) if is_name_word(t)]
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in [*words, None]:
        if token is not None and (not current or token.i == current[-1].i + 1):
            current.append(token)
            continue
        run = _closed_run(current)
        if run:
            runs.append(run)
        current = [] if token is None else [token]
    return runs


def _closed_run(current: list[Token]) -> list[Token]:
    """A run of name words in a row as a name: titles before it and suffixes after it left
    out; empty unless its last word heads its phrase."""
    titles = [n for n, t in enumerate(current) if t.lower_ in NAME_TITLE_WORDS]
    if titles:
        current = current[titles[-1] + 1 :]  # "Habersham County Sheriff Joey Terrell"
    while current and current[-1].lower_ in NAME_SUFFIXES:
        current = current[:-1]
    return current if current and _heads_phrase(current[-1]) else []


# is_name_word's tags: a proper noun, or a common noun the tagger labels a person
_NAME_WORD_TAGS = ("NNP", "NN")


def is_name_word(token: Token) -> bool:
    """A capitalised proper noun that may be part of a name (not a shouted headline word, not a
    person noun standing for no one in particular: "Man", "Officer" of a headline)."""
    # a surname the tagger calls a common noun keeps its person label ("Verner was flown to ...")
    proper = token.tag_ == "NNP" or token.tag_ == "NN" and token.ent_type_ == "PERSON"
    if not proper or not token.text[:1].isupper() or (token.is_upper and len(token) > 1):
        return False
    if token.lower_ in NAME_SUFFIXES or token.lower_ in NAME_TITLE_WORDS:
        return True
    return token.is_alpha or "'" in token.text or "’" in token.text or "-" in token.text


def _heads_phrase(token: Token) -> bool:
    """The name's last word heads its phrase, or modifies another name word of it."""
    if token.lower_ in CASUALTY_PERSON_NOUNS:
        return False
    return token.dep_ != "compound" or token.head.tag_ == "NNP"
