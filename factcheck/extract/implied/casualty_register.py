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
raising verb ("was said to be recovering"); the clause test is data (the constants below): a
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
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.doctext import doc_text
from factcheck.extract.implied.casualty_measures import is_unreal, later_death, measure_of
from factcheck.extract.implied.implied_people import person_phrase
from factcheck.extract.lexicon import (
    CARE_CONDITION_WORDS,
    CASUALTY_PERSON_NOUNS,
    CONDITION_WORDS,
    DEAD_STATE_WORDS,
    OUTLOOK_RECOVERY_VERBS,
    OUTLOOK_VERBS,
    PERSON_TITLES,
)
from factcheck.extract.token_index import tokens_with_lemma

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

# The clause test. A death: "Reed died Sunday", "succumbed", "passed away", "was killed", "was
# pronounced dead", "is dead", "did not survive".
DEATH_VERBS = frozenset({"die", "succumb", "perish"})
DEATH_PARTICLES = {"pass": "away"}
KILLED_PASSIVES = frozenset({"kill", "murder", "slay"})
# Harm suffered, in the passive: "Reed was shot in the leg", "Cole was struck twice".
HARM_PASSIVES = frozenset({"shoot", "wound", "injure", "hurt", "strike", "hit", "stab", "graze"})
# "Reed suffered a gunshot wound", "sustained injuries".
HARM_HAVING_VERBS = frozenset({"suffer", "sustain"})
HARM_HAD_NOUNS = frozenset({"wound", "injury", "gunshot", "bullet"})
# Care: "Reed was taken to Mercy Hospital", "was hospitalized", "underwent surgery", "is in
# intensive care", "remains in the ICU", "was listed in critical condition".
CARE_PASSIVES = frozenset({"hospitalize", "treat", "admit", "airlift", "medevac"})
# "Reed remains hospitalized": the parse makes "remains" an auxiliary of an active participle.
CARE_STATE_PARTICIPLES = frozenset({"hospitalize"})
LIFE_FIGHT_VERBS = frozenset({"fight"})
CARE_MOVES = frozenset({"take", "rush", "transport", "airlift", "fly", "transfer", "carry"})
CARE_PLACE_NOUNS = frozenset(
    "hospital surgery care icu unit center centre room clinic condition support".split()
)
CARE_UNDERGONE_NOUNS = frozenset({"surgery", "surgeries", "treatment", "operation"})
CARE_STATES = frozenset({"hospitalized", "hospitalised"})
# Verbs that place their subject in care or a condition ("is", "remains", "was listed", "went
# into surgery"); not "worked at the hospital".
CARE_STATE_VERBS = frozenset({"be", "remain", "stay", "lie", "list", "rest", "go"})
# "Reed's injuries are not life-threatening", "Reed's condition was not known": the owner hurt.
OWNED_HARM_NOUNS = frozenset({"injury", "wound", "condition"})
# "Paramedics pronounced Reed dead", "found Reed dead": the object's death.
DEATH_FINDING_VERBS = frozenset({"pronounce", "find", "leave"})
# Recovery: "Cole is recovering", "is making a recovery", "is expected to survive", "survived".
RECOVERY_VERBS = frozenset({"recover", "survive"})
RECOVERY_NOUNS = frozenset({"recovery"})
# Release from care: "Cole was released Sunday night", "was discharged"; not "released on
# bond", "from jail", "to his family".
RELEASE_PASSIVES = frozenset({"release", "discharge"})
NOT_CARE_RELEASES = frozenset(
    "jail custody prison detention bond bail probation parole recognizance".split()
)
# A release the sentence tells is from police hands: "was questioned and released".
NOT_CARE_RELEASE_CONTEXT = frozenset(
    "question interview interrogate charge arrest custody detain book cite".split()
)

# "Police identified them as ...", "The victim was identified as ...": the identified.
IDENTIFYING_VERBS = frozenset({"identify"})
IDENTIFIED_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})
IDENTIFIED_NOUNS = frozenset({"victim"})
# "was said to be recovering", "is believed to be in stable condition": the clause is the
# complement's.
RAISING_VERBS = frozenset({"say", "believe", "report", "appear", "seem", "list", "expect"})

# A definite re-mention of a counted person noun ("the officer"); not another person ("the
# other officer", "a second man") nor the plural.
DEFINITE_ARTICLES = frozenset({"the", "this", "that"})
NOT_SAME_PERSON_WORDS = frozenset(
    "another other second third fourth fifth second-degree one each every".split()
)
PLURAL_WORDS = frozenset({"people", "police"})

_SUBJECTS = ("nsubj", "nsubjpass")


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
    named = [
        (start, end, measure, _name_runs_in(doc, start, end)) for start, end, measure in counts
    ]
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
                runs += [r for r in _name_runs(doc[person.i : person.i + 1]) if r]
                runs += [
                    r for r in _name_runs(doc[person.left_edge.i : person.i + 1]) if r[-1] == person
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


def _name_runs_in(doc: Doc, start: int, end: int) -> list[list[Token]]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return _name_runs(span) if span is not None else []


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
    for token in doc:
        if token.dep_ in ("dobj", "poss"):
            measure = _named_measure(token, register, shared)
            found = None if measure is None else _object_or_owner_measure(token, measure)
            if found is not None:
                tokens = person_phrase(token)
                start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
                yield start, end, found, 1, token.head
            continue
        if token.dep_ not in _SUBJECTS:
            continue
        members = [token, *(c for c in token.conjuncts if c.i > token.i)]
        measures = [_named_measure(m, register, shared) for m in members]
        if None in measures and len(members) == 1 and nouns:
            measures = [_noun_measure(token, nouns, headline_end)]
        if None in measures:
            continue
        # joined people of two measures: the death wins ("Reed and Moss died")
        measure = _clause_measure(token, "killed" if "killed" in measures else measures[0] or "")
        if measure is None:
            continue
        first, last = person_phrase(members[0]), person_phrase(members[-1])
        start, end = first[0].idx, last[-1].idx + len(last[-1].text)
        yield start, end, measure, len(members), token.head


def _object_or_owner_measure(person: Token, measure: str) -> str | None:
    """A registered person as the object of care or of a death ("Medics rushed Reed to Mercy
    Hospital", "Paramedics pronounced Reed dead") or the owner of the harm ("Reed's injuries are
    not life-threatening", "Reed's condition was not known"): the measure, or None."""
    head = person.head
    if person.dep_ == "poss":
        if head.lemma_.lower() in OWNED_HARM_NOUNS and head.dep_ in _SUBJECTS:
            return measure if measure == "killed" else "injured"
        return None
    if is_unreal(head):
        return None
    if any(
        c.dep_ in ("acomp", "oprd", "ccomp") and c.lower_ in DEAD_STATE_WORDS for c in head.children
    ):
        return "killed" if head.lemma_.lower() in DEATH_FINDING_VERBS else None
    if head.lemma_.lower() in CARE_MOVES and _to_care(head):
        return "killed" if measure == "killed" or later_death(head) else "injured"
    return None


def _named_measure(head: Token, register: Sequence[Casualty], shared: frozenset[str]) -> str | None:
    """The register's measure of the one person the name ``head`` heads ("" if only
    identified), or None where it names no one counted, or a word two people share."""
    if not _name_word(head):
        return None  # no run of name words ends at it: its phrase need not be read (speed50)
    runs = [r for r in _name_runs(doc_span(head)) if r[-1] == head]
    if not runs:
        return None
    words = {t.lower_ for t in runs[0]}
    if words <= shared:
        return None
    people = [c for c in register if words <= c.words]
    return people[0].measure if len(people) == 1 else None


def doc_span(head: Token) -> Span:
    """The tokens of ``head``'s phrase up to it ("Valdosta Police Officer Randall Hancock")."""
    return head.doc[head.left_edge.i : head.i + 1]


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


def _with_full_names(
    doc: Doc, register: Sequence[Casualty]
) -> tuple[list[Casualty], frozenset[str]]:
    """The register with each person's full name where the article gives one name that holds
    the counted words ("Deandre Smith" for a "Smith" counted), and the name words another
    person of the article shares ("Holmes" of "Dekitta Holmes" beside "Carolyn Holmes")."""
    runs = {frozenset(t.lower_ for t in run) for run in _name_runs(doc[:])}
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


def _name_runs(span: Span) -> list[list[Token]]:
    """The runs of a person's name words in ``span``: capitalised proper nouns in a row, titles
    and suffixes left out, whose last word heads its phrase (not "St. Paul" of "a St. Paul
    father")."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in [*span, None]:
        if token is not None and _name_word(token):
            current.append(token)
            continue
        titles = [n for n, t in enumerate(current) if t.lower_ in NAME_TITLE_WORDS]
        if titles:
            current = current[titles[-1] + 1 :]  # "Habersham County Sheriff Joey Terrell"
        while current and current[-1].lower_ in NAME_SUFFIXES:
            current.pop()
        if current and _heads_phrase(current[-1]):
            runs.append(current)
        current = []
    return runs


def _name_word(token: Token) -> bool:
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


def _clause_measure(person: Token, measure: str) -> str | None:
    """The measure a mention's clause restates ("killed" where it tells a death), or None;
    ``measure`` is the register's ("" for a person only identified)."""
    verb = person.head
    verbs = [verb, *_shared_conjuncts(verb)]
    if verb.lemma_.lower() in RAISING_VERBS:
        verbs += [c for c in verb.children if c.dep_ == "xcomp"]  # "was said to be recovering"
    passives = [
        person.dep_ == "nsubjpass" if v is verb else any(c.dep_ == "auxpass" for c in v.children)
        for v in verbs
    ]
    for v, passive in zip(verbs, passives, strict=True):
        if _survival_denied(v):
            return "killed"  # "Reed did not survive"
        if not is_unreal(v) and _tells_death(v, passive=passive):
            return "killed"
    for v, passive in zip(verbs, passives, strict=True):
        kind = None if is_unreal(v) else _tells_care(v, passive=passive)
        if kind is None:
            continue
        if measure == "killed" and kind in ("recovery", "release"):
            return None  # someone counted dead does not recover: another person of that name
        if kind == "harm":
            # harm suffered again keeps the first measure ("shot"), or tells its own
            return measure or measure_of(v, v.lemma_.lower()) or "injured"
        # care, a condition, a recovery or a release tells a person hurt ("injured"), or one
        # counted dead taken to care ("was taken to a hospital, where he died")
        if measure == "killed" or later_death(v):
            return "killed"
        return "injured"
    return None


def _shared_conjuncts(verb: Token) -> list[Token]:
    """Verbs joined to ``verb`` that share its subject ("was shot and later died")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and not any(g.dep_ in _SUBJECTS for g in c.children)
    ]


def _survival_denied(verb: Token) -> bool:
    """ "did not survive": a death told by a negated survival."""
    return (
        verb.lemma_.lower() == "survive"
        and any(c.dep_ == "neg" for c in verb.children)
        and [c.lower_ for c in verb.children if c.dep_ == "aux"] == ["did"]
    )


def _tells_death(verb: Token, *, passive: bool) -> bool:
    """A death: "died", "succumbed", "passed away", "was killed", "was pronounced dead"."""
    lemma = verb.lemma_.lower()
    if lemma in DEATH_VERBS:
        return True
    if DEATH_PARTICLES.get(lemma) and any(
        c.dep_ == "prt" and c.lower_ == DEATH_PARTICLES[lemma] for c in verb.children
    ):
        return True
    if passive and lemma in KILLED_PASSIVES:
        return True
    return any(c.dep_ in ("acomp", "oprd") and c.lower_ in DEAD_STATE_WORDS for c in verb.children)


def _tells_care(verb: Token, *, passive: bool) -> str | None:
    """The kind of harm, care, condition, recovery or release ``verb``'s clause tells of its
    subject ("harm", "care", "recovery", "release"), or None."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if passive and lemma in HARM_PASSIVES:
        return "harm"
    if lemma in HARM_HAVING_VERBS and any(o.lemma_.lower() in HARM_HAD_NOUNS for o in objects):
        return "harm"
    if (passive or lemma in CARE_STATE_PARTICIPLES) and lemma in CARE_PASSIVES:
        return "care"  # "was treated at the scene", "remains hospitalized"
    if lemma in LIFE_FIGHT_VERBS and any(o.lower_ == "life" for o in prep_objects(verb, "for")):
        return "care"  # "is fighting for his life"
    if passive and lemma in CARE_MOVES and _to_care(verb):
        return "care"
    if lemma == "undergo" and any(o.lower_ in CARE_UNDERGONE_NOUNS for o in objects):
        return "care"
    if not objects and lemma in CARE_STATE_VERBS and _in_care(verb):
        return "care"
    if lemma in RECOVERY_VERBS and not objects:
        return "recovery"  # "is recovering", "survived"
    if any(o.lemma_.lower() in RECOVERY_NOUNS for o in objects):
        return "recovery"  # "is making a recovery"
    if lemma in OUTLOOK_VERBS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in OUTLOOK_RECOVERY_VERBS for c in children
    ):
        return "recovery"  # "is expected to survive"
    if passive and lemma in RELEASE_PASSIVES and _out_of_care(verb):
        return "release"
    return None


def _to_care(verb: Token) -> bool:
    """ "taken to Mercy Hospital", "flown to a trauma center": a place of care."""
    return any(_care_place(o) for o in prep_objects(verb, "to"))


def _in_care(verb: Token) -> bool:
    """ "is in intensive care", "remains hospitalized", "was listed in critical condition",
    "is critical", "is on life support"."""
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd") and (c.lower_ in CARE_STATES or c.lower_ in CONDITION_WORDS):
            return True
        if c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in CARE_STATES:
            return True
    if verb.lemma_.lower() == "list" and any(
        o.lower_ in CARE_CONDITION_WORDS for o in prep_objects(verb, "as")
    ):
        return True  # "was listed as stable"
    objects = [o for p in ("in", "at", "on", "into") for o in prep_objects(verb, p)]
    return any(_care_place(o) for o in objects)


def _care_place(place: Token) -> bool:
    """A place or state of care: "hospital", "intensive care", "the ICU", "critical condition"
    (a condition needs its word of care), "Mercy Medical Center", "life support"."""
    word = place.lower_
    if word == "condition":
        return any(c.lower_ in CARE_CONDITION_WORDS for c in place.children)
    if word == "support":
        return any(c.lower_ == "life" for c in place.children)
    if word in ("center", "centre", "unit", "room"):
        return any(
            c.lower_ in ("medical", "trauma", "care", "emergency", "burn", "intensive")
            for c in place.subtree
        )
    return word in CARE_PLACE_NOUNS


def _out_of_care(verb: Token) -> bool:
    """Released from care: no "on", "to" or "into", and "from" only a place of care."""
    if prep_objects(verb, "on") or prep_objects(verb, "to") or prep_objects(verb, "into"):
        return False
    sources = prep_objects(verb, "from")
    if any(s.lower_ in NOT_CARE_RELEASES for s in sources):
        return False
    if any(t.lemma_.lower() in NOT_CARE_RELEASE_CONTEXT for t in verb.sent):
        return False
    return not any(c.dep_ == "dobj" for c in verb.children)
