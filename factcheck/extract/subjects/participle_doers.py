"""Who does what a participle adjunct says: "Martinez proved a potent fundraiser, taking in
more than $118 million" -> "Martinez take taking".

A figure that is the object of a participle hung on a clause by a comma ("..., offering $40
billion over eight years") or on a preposition ("since peaking in 2009 at $3.4 billion") gets,
for want of a noun, the participle's verb as its subject ("offer offering"). The participle has
no subject of its own: it is said of the subject of the clause it hangs on, and the tuning golds
(realgold6, realgold31, realgold35) name that doer, or the thing that moved, beside the verb:
the candidate who offers or takes in the money, the revenues that peaked. The doer goes before
the verb, which stays (gold README, "subject": any one word names it), as ``span_holders``
puts who a span is said of before its verb.
Not a pronoun ("she was hovering near 45%": who "she" is is another sentence's), not the subject
of a verb with an object the participle is said of ("accused him of taking $400": the object
took it), not a participle that modifies a noun ("donors giving $250": the donors are named
already), nor a subject that names more than the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import PARTICIPLE_DOER_DEPS
from factcheck.extract.subjects.clause_subjects import SUBJECT_DEPS
from factcheck.extract.subjects.noun_phrases import NOUNS, head_phrase

# How far the doer is looked for above the participle: "proved to be a fundraiser, taking
# in": the participle hangs on "be", whose subject is "proved"'s.
_MAX_CLIMB = 3


def with_participle_doer(number: Token, subject: str) -> str:
    """``subject`` with the doer of the participle whose object ``number`` is before it, when
    ``subject`` is only that participle's verb ("take taking"); else ``subject`` unchanged."""
    verb = _participle_of(number)
    if verb is None or not subject:
        return subject
    words = {w.lower() for w in subject.split()}
    if not words <= {verb.lower_, verb.lemma_.lower()}:
        return subject  # the subject names something besides the verb
    doer = _doer(verb)
    if doer is None:
        return subject
    return f"{head_phrase(doer, after=doer.left_edge.i - 1)} {subject}"


def _participle_of(number: Token) -> Token | None:
    """The participle a figure is the object of, directly or by a preposition, or None."""
    head = number.head
    if number.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "peaking ... at $5.2 billion"
    elif number.dep_ != "dobj":
        return None
    if head.tag_ != "VBG" or head.dep_ not in PARTICIPLE_DOER_DEPS:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in head.children):
        return None  # "with casino earnings dropping": the participle has its own subject
    return head


def _doer(participle: Token) -> Token | None:
    """The noun subject of the clause a participle hangs on, through a preposition ("since
    peaking") and the verbs that lend that clause their subject ("proved to be"); None for a
    pronoun or for no subject."""
    head = participle.head
    if participle.dep_ == "pcomp":
        head = head.head  # "dropping steadily since peaking": past "since"
        if any(c.dep_ in ("dobj", "dative") for c in head.children):
            return None  # "whom Lee accused of stealing three candles": the object steals
    for _ in range(_MAX_CLIMB):
        if head.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0] if subjects[0].pos_ in NOUNS else None
        if head.dep_ not in ("xcomp", "conj") or head.head.i == head.i:
            return None
        head = head.head  # "proved to be": "be" has the subject of "proved"
    return None
