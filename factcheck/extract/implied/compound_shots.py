"""A person and "shot" the parse reads as one noun, "a teen shot" (session 62, imp62). Pure.

"A teen shot in the leg was taken to a hospital", "A teen shot Saturday night died Sunday",
"Police said a teen shot near the school is expected to survive": en_core_web_sm reads "teen
shot" as a compound noun (a "shot" of a kind, as "a flu shot"), the subject of the main clause,
so the reduced relative "shot in the leg" ("A woman shot in the leg was taken ...", read right)
was lost. Where the word before "shot" is a person noun (``lexicon.CASUALTY_PERSON_NOUNS``) and
the "shot" is the subject of the clause, the person was shot (gold README "Implied counts": 1
shot), or killed where the main clause says the death ("... died Sunday"; as "A man who was shot
Saturday died", docs/gold-conventions.md "Vocabulary of casualty shapes"). Not "a flu shot",
"a mug shot", "a warning shot" (no person), nor "the team's last shot" (no compound).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from factcheck.extract.implied.casualty_measures import measure_of
from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS
from factcheck.extract.token_index import tokens_with_lower


def find_compound_shots(doc: Doc) -> Iterator[tuple[int, int, str, int, Token]]:
    """Yield (start, end, measure, 1, "shot") for "a teen shot ..." read as one noun."""
    for shot in tokens_with_lower(doc, frozenset({"shot"})):
        person = _compound_person(shot)
        if person is None:
            continue
        start = min(t.idx for t in shot.lefts) if list(shot.lefts) else person.idx
        end = person.idx + len(person.text)
        main = shot.head
        dies = main.pos_ == "VERB" and measure_of(main, main.lemma_.lower()) == "killed"
        yield start, end, "killed" if dies else "shot", 1, shot


def _compound_person(shot: Token) -> Token | None:
    """The person of "a teen shot" read as one noun, subject of its clause; else None."""
    if shot.pos_ != "NOUN" or shot.dep_ not in ("nsubj", "nsubjpass") or shot.i == 0:
        return None
    person = shot.doc[shot.i - 1]
    if person.dep_ != "compound" or person.head != shot or person.pos_ != "NOUN":
        return None
    if person.lemma_.lower() not in CASUALTY_PERSON_NOUNS:
        return None
    # only the person and its article before "shot": not "a teen flu shot"
    lefts = [c for c in shot.lefts if c != person]
    if any(c.dep_ != "det" or c.lower_ not in ("a", "an", "the") for c in lefts):
        return None
    return person
