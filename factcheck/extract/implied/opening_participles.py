"""A casualty participle that opens its sentence and stands for the main clause's subject
(session 62, imp62). Pure.

"Shot in the back, the teen ran to a neighbor's house", "Wounded in the leg, a clerk called
911", "Critically injured, the driver was pulled from the car": the participle clause before
the comma has no subject of its own; English reads its subject as the main clause's, so that
person is the one hurt (gold README "Implied counts": 1 shot, 1 injured), as "after being shot,
a clerk called 911" (``counted_by_verb._clause_before_being``) already reads. Not counted where
the main verb says a casualty itself ("Shot in the chest, the man died": one count, the main
verb's), nor where the participle has a subject, an auxiliary or an object of its own, nor
where it does not open the sentence ("The man, shot in the leg, ran": an apposed participle
other rules read). Read only where the sentence or the one before tells of gunfire, wounds or
care besides the participle itself, so "Wounded by the criticism, the mayor resigned" counts no
one.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import CASUALTY_CONTEXT_WORDS

# the adverbs that may come before the opening participle ("Critically wounded, ...")
_OPENING_ADVERB_TAGS = frozenset({"RB"})


def is_opening_shot(verb: Token) -> bool:
    """ "Shot in the back, the teen ran ...": the tagger reads the opening "Shot" as a base
    form ("VB", lemma "shot"); it is the participle of "shoot"."""
    return (
        verb.lower_ == "shot"
        and verb.tag_ == "VB"
        and verb.dep_ == "advcl"
        and verb.i == verb.sent.start
        and verb.head.i > verb.i
    )


def opening_participle_clause(verb: Token) -> Token | None:
    """The main verb of "Shot in the back, the teen ran" for ``verb`` "Shot"; else None."""
    if verb.dep_ != "advcl" or verb.head.i < verb.i or verb.tag_ not in ("VBN", "VB"):
        return None
    if verb.tag_ == "VB" and not is_opening_shot(verb):
        return None  # the tagger calls an opening "Shot" a base form; no other verb
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark") for c in verb.children
    ):
        return None
    sent = verb.sent
    before = verb.doc[sent.start : verb.i]
    if any(t.tag_ not in _OPENING_ADVERB_TAGS for t in before):
        return None
    if not _harm_told_around(verb):
        return None  # "Wounded by the criticism, the mayor resigned": no story of harm
    main = verb.head
    # the comma that closes the clause, right before the main clause
    if not any(t.text == "," for t in verb.doc[verb.right_edge.i + 1 : main.i]):
        return None
    from factcheck.extract.implied.implied_predicates import casualty_predicate

    if main.pos_ not in ("VERB", "AUX") or casualty_predicate(main) is not None:
        return None
    return main


def _harm_told_around(verb: Token) -> bool:
    """Words other than ``verb`` in its sentence or the one before tell of gunfire, wounds or
    care (``lexicon.CASUALTY_CONTEXT_WORDS``, as ``casualty_context.casualty_told``)."""
    sent = verb.sent
    start = verb.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(
        t.i != verb.i
        and (t.lemma_.lower() in CASUALTY_CONTEXT_WORDS or t.lower_ in CASUALTY_CONTEXT_WORDS)
        for t in verb.doc[start : sent.end]
    )
