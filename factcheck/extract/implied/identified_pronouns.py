"""People a plural pronoun stands for, identified by name right after the sentence that counts
them (session 62, imp62). Pure.

"Two men were shot Friday night. Police identified them as Tom Fry, 31, and Ed Wu, 20", "...
They were identified as ...": the same list as "Police identified the victims as Ann Lee and
Bob Stone" (``identified_dead.find_identified_victims``, impl57c: the victims re-mentioned by
name, one claim for the list; gold README "Implied counts", "Repeats"), where the victims are
"them"/"they" of the sentence before. Read only where that sentence tells a casualty of a plural
group (its casualty verb's subject is a plural noun: "Two men were shot", "Both victims died"),
whose measure the list takes; not "Two men were arrested. Police identified them as ..." (no
casualty), nor a list that holds anything but people.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.implied.casualty_measures import is_unreal, measure_of
from factcheck.extract.implied.identified_dead import listed_people
from factcheck.extract.lexicon import IDENTIFY_VERBS
from factcheck.extract.token_index import tokens_with_lemma

# the plural pronoun identified: the object of "identified them", the subject of "they were
# identified"
_GROUP_PRONOUNS = {"them": "dobj", "they": "nsubjpass"}


def find_identified_pronouns(doc: Doc) -> Iterator[tuple[int, int, str, int, Token]]:
    """Yield (start, end, measure, number of people, verb) for "identified them as A and B"."""
    for verb in tokens_with_lemma(doc, IDENTIFY_VERBS):
        if verb.pos_ != "VERB" or not any(
            c.lower_ in _GROUP_PRONOUNS and c.dep_ == _GROUP_PRONOUNS[c.lower_] and c.tag_ == "PRP"
            for c in verb.children
        ):
            continue
        measure = _group_casualty(verb.sent)
        listed = prep_objects(verb, "as")
        if measure is None or len(listed) != 1:
            continue
        people, value = listed_people(listed[0])
        if value < 2:
            continue
        start = min(t.idx for t in people[0].subtree if t.i <= people[0].i)
        end = people[-1].idx + len(people[-1].text)
        yield start, end, measure, value, verb


def _group_casualty(sent: Span) -> str | None:
    """The measure of the casualty the sentence before ``sent`` tells of a plural group ("Two
    men were shot": "shot"), else None."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    for verb in before:
        if verb.pos_ != "VERB" or is_unreal(verb):
            continue
        measure = measure_of(verb, verb.lemma_.lower())
        groups = [
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "NNS" and c.pos_ == "NOUN"
        ]
        if measure is not None and groups:
            return measure
    return None
