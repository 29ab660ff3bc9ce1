"""Counts the text implies without a digit: "a man was shot and killed" is 1 killed. Pure.

Issue 9 and the gold README ("Implied counts"): such counts are claims when they are
checkable, stored with ``implied = true``. Found over the parse: a casualty verb whose subject
(passive: "a woman was killed", "a teen died") or object (active: "killing his wife and two
children" = 3) is a list of people that can be counted: each singular person is 1, a figure
counts as itself, and any uncountable part ("several people", "they") drops the whole count.
An implied count is a lower bound: "a man was shot and killed" says at least one was killed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from factcheck.extract.attribution import find_source
from factcheck.extract.doctext import doc_text
from factcheck.flags import find_flag_reasons
from factcheck.model import Approx, Claim, Status

# Verb lemmas and the measure they imply. "shot" alone may be fatal or not: no measure,
# unless a conjunct or adverb says ("shot and killed", "fatally shot", "shot and wounded").
CASUALTY_VERBS = {"kill": "killed", "die": "killed", "wound": "injured", "injure": "injured"}
FATAL_ADVERBS = frozenset({"fatally", "dead", "death"})
# Singular nouns for one person; a noun after "a"/"an"/"another" counts as one person only if
# it is one of these or a name ("a 19-year-old" parses with head "old").
PERSON_NOUNS = frozenset(
    "man woman boy girl teen teenager person child baby toddler infant victim student officer "
    "deputy trooper resident driver passenger bystander father mother son daughter wife "
    "husband brother sister grandmother grandfather friend neighbor neighbour girlfriend "
    "boyfriend suspect gunman shooter old worker employee customer clerk guard youth male "
    "female adult individual".split()
)
# Active forms whose object is counted: "killing" and the simple past "killed"; not "to kill"
# or "will kill" (VB), which tell of no casualty.
ACTIVE_TAGS = frozenset({"VBG", "VBD"})
_ONE = frozenset({"a", "an", "another", "one"})
_OWNERS = frozenset({"his", "her", "their", "its"})
_PRONOUNS_ONE = frozenset({"him", "her", "himself", "herself"})
_REFLEXIVE = frozenset({"himself", "herself"})


@dataclass(frozen=True)
class ImpliedCount:
    """A count the text implies: its words, the measure and the number of people."""

    start: int
    end: int
    text: str
    measure: str
    value: int
    verb: Token


def find_implied_counts(
    doc: Doc, *, skip: Sequence[tuple[int, int]] = ()
) -> Iterator[ImpliedCount]:
    """Yield the casualty counts a parsed text implies without a digit.

    Args:
        doc: the parsed article.
        skip: character spans of figures already claimed; a count whose subject holds one of
            them is that figure's, not an implied one (unless objects add up, "his wife and
            two children").
    """
    seen: set[int] = set()
    for verb in doc:
        measure = _measure_of(verb)
        if measure is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        passive, people = _counted(verb)
        if not people:
            continue
        value = _count(people)
        if value is None or value < 1:
            continue
        has_figure = any(t.like_num and not _is_age(t) for p in people for t in p.subtree)
        if passive and has_figure:
            continue  # "two men were killed": the figure is the claim
        if not passive and has_figure and len(people) < 2:
            continue
        tokens = [t for p in people for t in p.subtree] + [verb]
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t.text) for t in tokens)
        if start in seen or any(s <= start < e or start <= s < end for s, e in skip if passive):
            continue
        seen.add(start)
        yield ImpliedCount(start, end, doc_text(doc)[start:end], measure, value, verb)


def find_implied_claims(doc: Doc, *, doc_name: str, claims: Sequence[Claim]) -> list[Claim]:
    """Return the implied counts of a parsed article as claims with ``implied=True``.

    Args:
        doc: the parsed article.
        doc_name: the article's name.
        claims: the figures already claimed in it (their spans are skipped).
    """
    found = []
    for count in find_implied_counts(doc, skip=[(c.start, c.end) for c in claims]):
        source = find_source(doc, count.verb)
        found.append(
            Claim(
                doc=doc_name,
                start=count.start,
                end=count.end,
                text=count.text,
                value=count.value,
                # "a man was killed" says at least one was: the incident may have more
                approx=Approx.LOWER_BOUND,
                subject=count.measure,
                source=source,
                key=True,
                status=Status.UNVERIFIED,
                flag_reasons=find_flag_reasons(status=Status.UNVERIFIED, source=source, caveats=()),
                implied=True,
            )
        )
    return found


def _measure_of(verb: Token) -> str | None:
    if verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in CASUALTY_VERBS:
        # "shot and killed": the conjunct carries the subject of "shot"
        return CASUALTY_VERBS[lemma]
    if lemma == "shoot":
        # "fatally shot", "shot dead", "shot to death"
        words = {c.lower_ for c in verb.children} | {
            g.lower_ for c in verb.children for g in c.children if c.dep_ == "prep"
        }
        if words & FATAL_ADVERBS:
            return "killed"
    if lemma in ("find", "pronounce") and any(c.lower_ == "dead" for c in verb.children):
        return "killed"  # "a woman was found dead", "he was pronounced dead"
    return None


def _counted(verb: Token) -> tuple[bool, list[Token]]:
    """(passive or intransitive, the people counted) for a casualty verb."""
    head = verb
    # "shot and killed" (conj), "found shot to death" (xcomp, oprd): the subject is up the tree
    while head.dep_ in ("conj", "xcomp", "oprd") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in head.children
    ):
        head = head.head
    subjects = [c for c in head.children if c.dep_ in ("nsubjpass",)]
    if verb.lemma_.lower() == "die":
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if subjects:
        return True, _with_conjuncts(subjects[0])
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "..., killing his wife and two children", "a guard fatally shot Ann Lee and Bo Ray"
    if (
        objects
        and verb.tag_ in ACTIVE_TAGS
        and not (verb.tag_ == "VBD" and objects[0].lower_ in _REFLEXIVE)
    ):  # "he killed himself" is no count of victims
        return False, _with_conjuncts(objects[0])
    return False, []


def _is_age(token: Token) -> bool:
    """True for the number of an age ("a 17-year-old boy"): no count of people."""
    following = token.doc[token.i + 1 : token.i + 3]
    return any(t.lower_ in ("year", "years", "month", "months") for t in following) and any(
        t.lower_ == "old" for t in token.doc[token.i + 1 : token.i + 6]
    )


def _with_conjuncts(token: Token) -> list[Token]:
    found = [token]
    for child in token.children:
        if child.dep_ == "conj":
            found += _with_conjuncts(child)
    return found


def _count(people: Sequence[Token]) -> int | None:
    total = 0
    for index, person in enumerate(people):
        number = [c for c in person.children if c.dep_ == "nummod"]
        if number:
            value = _number(number[0])
            if value is None:
                return None
            total += value
        elif person.lower_ in _PRONOUNS_ONE and person.dep_ == "dobj":
            total += 1
        elif person.lower_ in ("he", "she") and len(people) == 1:
            total += 1  # "he was pronounced dead": at least one person
        elif _one_person(person) or (
            index and person.lower_ in PERSON_NOUNS and person.tag_ == "NN"
        ):
            total += 1  # "a man and child": the conjunct shares the article
        else:
            return None
    return total


def _one_person(token: Token) -> bool:
    if token.tag_ not in ("NN", "NNP"):
        return False
    if token.ent_type_ == "PERSON":
        return True
    if token.lower_ not in PERSON_NOUNS:
        return False
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
    determiners.add(token.doc[token.left_edge.i].lower_)  # "a 19-year-old woman"
    # "a man", "his wife", "the victim", and headlines' bare "Boy shot and killed"
    return bool(determiners & (_ONE | _OWNERS | {"the"})) or not determiners - {token.lower_}


_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "both": 2,
}  # fmt: skip


def _number(token: Token) -> int | None:
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return _WORDS.get(text)
