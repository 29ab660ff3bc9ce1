"""Later mentions of a named casualty: the article's register of the people it counts, matched
against each other mention of their names whose clause restates the harm. Pure.

Gold README "Repeats" (a figure repeated later is a separate claim at each place) and the real
golds: a person the article counts as killed, shot or injured is an implied claim again where a
later (or headline) clause restates the harm, the death, the care or condition, the recovery or
the release. "Marcus Reed, 24, was shot on Elm Street. ... Reed died Sunday" is 1 killed at
"Reed"; "Officer Dana Cole was shot ... Cole is making a recovery in intensive care" and "Cole
was released Sunday night" are 1 injured each. The parse's own casualty shapes miss these where
the surname alone loses its person label ("Reed" read as no one) or where the clause says
nothing of a wound but is told of a person already counted ("died Sunday", "survived", "was
released Sunday night", "is making a recovery").

The register holds the names inside the implied counts already found (first name and surname,
titles and "Jr." left out; one entry per person, "killed" where any count of the person says
so, else the first count's measure), and the names an identification gives the counted
("Police identified him as Marcus Reed": no claim there, the golds disagree on those; the name
is known for what follows). A mention is the head of a run of name words that are all one
registered person's, with the full name the article gives it ("Deandre Smith" for "Smith"); a
word another person of the article shares is nobody's alone ("Coffland" of a family, "Holmes"
of a shooter and her sister). Names joined ("Terrell and Zigan were released") are counted
together. A definite person noun counted for one person only ("the officer" after "an
officer was shot"; a headline's bare "Officer") is a mention too. Its clause is the verb it is
the subject of, the verbs joined to it that share that subject, and the complement of a
raising verb ("was said to be recovering"); the clause test is data (``restated_harms.py``): a
death, harm suffered (passive), care, condition, recovery, release from care. A mention may
also be the object of care or of a death ("Medics rushed Reed to Mercy Hospital", "pronounced
Reed dead") or the owner of the harm ("Reed's condition was not known"). The measure is the
first count's where the clause tells the harm again, "killed" where it tells a death ("was
shot" ... "Reed died"), "injured" where it tells care, a condition, a recovery or a release
(as ``recovered_victims`` reads them; "killed" for someone counted dead); a recovery or
release of someone counted dead is no mention of them.

Not counted: a clause that says nothing of the harm ("Reed had worked at the plant", "Cole's
family thanked the nurses"), a doer ("Cole returned fire", "Reed shot the man"), a pronoun, a
negated or modal clause ("Cole may be released"), a release from jail, on bond or after
questioning, another person of the noun ("another officer").

The parts: ``casualty_names.py`` (name runs, identifications), ``restated_harms.py`` (the
clause test), ``harm_mentions.py`` (a mention inside words that restate the harm, whatever the
clause: "an autopsy on Reed", "a vigil for Thomas and Johnson", "the slain boy's mother"); the
register and its matching stay here.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from factcheck.extract.doctext import doc_text
from factcheck.extract.implied.casualty_names import (
    doc_name_runs,
    identified_names,
    is_name_word,
    name_runs,
    name_runs_in,
    phrase_up_to,
)
from factcheck.extract.implied.harm_mentions import harm_word_measure
from factcheck.extract.implied.implied_people import person_phrase
from factcheck.extract.implied.restated_harms import (
    SUBJECT_DEPS,
    clause_measure,
    identified_measure,
    object_or_owner_measure,
)
from factcheck.extract.lexicon import PERPETRATOR_NOUNS, REFLEXIVE_PERSONS
from factcheck.extract.token_index import tokens_with_deps

# A definite re-mention of a counted person noun ("the officer"); not another person ("the
# other officer", "a second man") nor the plural.
DEFINITE_ARTICLES = frozenset({"the", "this", "that"})
NOT_SAME_PERSON_WORDS = frozenset(
    "another other second third fourth fifth second-degree one each every".split()
)
PLURAL_WORDS = frozenset({"people", "police"})
# the only tokens later_mentions reads: an object or owner, a preposition's object ("the death
# of Reed"), or a subject
_MENTION_DEPS = ("dobj", "poss", "pobj", *SUBJECT_DEPS)


@dataclass(frozen=True)
class Casualty:
    """A person the implied counts name: the words of the name (lowercase) and the measure."""

    words: frozenset[str]
    measure: str


def casualty_register(
    doc: Doc, counts: Iterable[tuple[int, int, str]], nouns: Container[str] = ()
) -> list[Casualty]:
    """The named people of ``counts`` (start, end, measure of each implied count found, in text
    order), one entry per person: "Sheriff Joey Terrell" and a later "Terrell" are one. The
    measure is "killed" where any count of the person says so, else the first count's. People
    the article names only where it identifies the counted ("Police identified them as Gale
    Hall and Mya Verner") are held with no measure: their clauses tell it."""
    people: list[tuple[set[str], list[str]]] = []
    named = [(start, end, measure, name_runs_in(doc, start, end)) for start, end, measure in counts]
    for run in identified_names(doc, nouns):
        named.append((run[0].idx, run[-1].idx, "", [run]))
    for _, _, measure, runs in sorted(named, key=lambda n: n[0]):
        for run in runs:
            words = {t.lower_ for t in run}
            same = [p for p in people if words <= p[0] or p[0] <= words]
            if len(same) > 1:
                continue  # "Coffland" of two people counted
            if same:
                same[0][0].update(words)
                same[0][1].append(measure)
            else:
                people.append((words, [measure]))
    register = []
    for words, measures in people:
        known = [m for m in measures if m]
        measure = "killed" if "killed" in known else (known or [""])[0]
        register.append(Casualty(frozenset(words), measure))
    return register


def later_mentions(
    doc: Doc, register: Sequence[Casualty], nouns: dict[str, str] | None = None
) -> Iterator[tuple[int, int, str, int, Token]]:
    """(start, end, measure, people, verb) for each mention of registered people whose clause
    restates the harm: a name ("Officer Hancock") or names joined ("Terrell and Zigan"), or a
    definite person noun of ``nouns`` (noun -> measure: "the officer", a headline's "Officer")."""
    if not register and not nouns:
        return  # no one to mention again: most articles count no one (speed50)
    register, shared = _with_full_names(doc, register)
    headline_end = doc_text(doc).find("\n")
    for token in tokens_with_deps(doc, _MENTION_DEPS):  # not every token (speed55)
        if token.dep_ in ("dobj", "poss", "pobj"):
            found = _object_mention(token, register, shared, nouns, headline_end)
            if found is not None:
                yield found
            continue
        if token.dep_ not in SUBJECT_DEPS:
            continue
        members = [token, *(c for c in token.conjuncts if c.i > token.i)]
        measures = [_named_measure(m, register, shared) for m in members]
        by_noun = False
        if None in measures and len(members) == 1 and nouns:
            measures, by_noun = [_noun_measure(token, nouns, headline_end)], True
        if None in measures:
            continue
        # joined people of two measures: the death wins ("Reed and Moss died")
        measure = clause_measure(token, "killed" if "killed" in measures else measures[0] or "")
        if measure is None and by_noun and token.lemma_.lower() == "victim":
            measure = identified_measure(token, measures[0] or "")
        if measure is None and len(members) == 1:
            measure = harm_word_measure(token, measures[0] or "")  # "the slain teen said"
        if measure is None:
            continue
        first, last = person_phrase(members[0]), person_phrase(members[-1])
        start, end = first[0].idx, last[-1].idx + len(last[-1].text)
        yield start, end, measure, len(members), token.head


def _object_mention(
    token: Token,
    register: Sequence[Casualty],
    shared: frozenset[str],
    nouns: dict[str, str] | None,
    headline_end: int,
) -> tuple[int, int, str, int, Token] | None:
    """A registered person as the object of care or of a death ("Medics rushed Reed to Mercy
    Hospital"), the owner of the harm ("Reed's condition was not known"), or named inside words
    that restate the harm ("Reed's death", "a vigil for Thomas and Johnson", "the victim's
    killer"; harm_mentions.py): (start, end, measure, people, head), or None."""
    measure = _named_measure(token, register, shared)
    found = None
    if measure is not None and token.dep_ != "pobj":
        found = object_or_owner_measure(token, measure)
    if measure is None and nouns:
        measure = _noun_measure(token, nouns, headline_end)
    members = [token]
    if found is None and measure is not None:
        found = harm_word_measure(token, measure)
        # "a vigil for Thomas and Johnson": each joined name one more counted person
        joined = [c for c in token.conjuncts if c.i > token.i]
        if found is not None and joined:
            if any(_named_measure(c, register, shared) is None for c in joined):
                return None
            members += joined
    if found is None:
        return None
    first, last = person_phrase(members[0]), person_phrase(members[-1])
    start, end = first[0].idx, last[-1].idx + len(last[-1].text)
    return start, end, found, len(members), token.head


def _named_measure(head: Token, register: Sequence[Casualty], shared: frozenset[str]) -> str | None:
    """The register's measure of the one person the name ``head`` heads ("" if only
    identified), or None where it names no one counted, or a word two people share."""
    if not is_name_word(head):
        return None  # no run of name words ends at it: its phrase need not be read (speed50)
    runs = [r for r in name_runs(phrase_up_to(head)) if r[-1] == head]
    if not runs:
        return None
    words = {t.lower_ for t in runs[0]}
    if words <= shared:
        return None
    people = [c for c in register if words <= c.words]
    return people[0].measure if len(people) == 1 else None


def _noun_measure(token: Token, nouns: dict[str, str], headline_end: int) -> str | None:
    """The measure of the one person a definite person noun re-mentions ("the officer"), or a
    headline's bare noun ("Officer makes recovery"); None for any other noun ("another
    officer", "the other man", "officers")."""
    noun = token.lemma_.lower()
    if noun not in nouns or token.tag_ not in ("NN", "NNP") or token.lower_ in PLURAL_WORDS:
        return None
    if any(c.lower_ in NOT_SAME_PERSON_WORDS for c in token.children):
        return None
    articles = [c.lower_ for c in token.children if c.dep_ == "det"]
    if token.idx < headline_end:
        return nouns[noun] if not articles or articles[0] in DEFINITE_ARTICLES else None
    return nouns[noun] if articles and articles[0] in DEFINITE_ARTICLES else None


def registered_nouns(counts: Iterable[tuple[int, str, str, str]]) -> dict[str, str]:
    """Person nouns of one counted person each: from (start, text, noun, measure) of the
    counts of one person; a noun counted for two people by an indefinite article ("a man ...
    another man", "a man ... a man") is nobody's alone."""
    indefinite: dict[str, int] = {}
    measures: dict[str, list[str]] = {}
    for _, text, noun, measure in sorted(counts):
        if not noun:
            continue
        first = text.split()[0].lower() if text.split() else ""
        if first in NOT_SAME_PERSON_WORDS:
            indefinite[noun] = 2
        elif first in ("a", "an", "one"):
            indefinite[noun] = indefinite.get(noun, 0) + 1
        measures.setdefault(noun, []).append(measure)
    return {
        noun: "killed" if "killed" in found else found[0]
        for noun, found in measures.items()
        if indefinite.get(noun, 0) <= 1
    }


def with_victim_noun(nouns: dict[str, str], counts: Sequence[tuple[str, str]]) -> dict[str, str]:
    """``nouns`` with "victim" for a definite "the victim" where the article counts someone
    (``counts``: the noun, else the words, and the measure of each implied count, in order)
    under another noun or a name ("Marcus Reed was shot ... The victim had surgery Saturday",
    "A boy was shot ... The victim remains in a coma"): "the victim" of a shooting story is
    one of its counted casualties, whatever noun first counted them. A doer counted ("the
    gunman killed himself", "the suspect was shot by police", "himself") tells no victim. The
    measure is the counts' own where they agree; "killed" beside another measure is left to
    the clause ("": care tells "injured", a death "killed"), as the victim may be either."""
    measures = [
        measure
        for noun, measure in counts
        if noun not in PERPETRATOR_NOUNS and noun not in REFLEXIVE_PERSONS
    ]
    if not measures or "victim" in nouns:
        return nouns
    kinds = set(measures)
    measure = measures[0] if len(kinds) == 1 or "killed" not in kinds else ""
    return {**nouns, "victim": measure}


def _with_full_names(
    doc: Doc, register: Sequence[Casualty]
) -> tuple[list[Casualty], frozenset[str]]:
    """The register with each person's full name where the article gives one name that holds
    the counted words ("Deandre Smith" for a "Smith" counted), and the name words another
    person of the article shares ("Holmes" of "Dekitta Holmes" beside "Carolyn Holmes")."""
    runs = {frozenset(t.lower_ for t in run) for run in doc_name_runs(doc)}
    runs = {r for r in runs if len(r) > 1}
    full = []
    shared: set[str] = set()
    for casualty in register:
        holding = {r for r in runs if casualty.words < r}
        words = casualty.words | next(iter(holding)) if len(holding) == 1 else casualty.words
        if len(holding) > 1:
            shared |= casualty.words  # "Smith" of "Ann Smith" and of "Tom Smith"
        full.append(Casualty(words, casualty.measure))
    for run in runs:
        if not any(run <= c.words for c in full):
            shared |= run & {w for c in full for w in c.words}
    return full, frozenset(shared)
