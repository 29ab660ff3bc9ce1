"""The subject of the clause a bare figure is in, climbing through the verbs that share it."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    LEVEL_COMPARING_ADJECTIVES,
    MEASURE_VERBS,
    PARTICIPLES,
    RELATIVE_THING_PRONOUNS,
    ROUTE_PREPS,
)
from factcheck.extract.subjects.level_subjects import level_holder
from factcheck.extract.subjects.noun_phrases import NOUNS, noun_phrase, prep_object

# Climbing from a bare figure to its clause: "the death count crossed 9,000".
CLIMB_DEPS = frozenset({"dobj", "attr", "pobj", "prep", "npadvmod", "appos", "conj", "oprd"})


SUBJECT_DEPS = ("nsubj", "nsubjpass")


# Entity labels of agents: "Clinton gained five points" counts support, not Clinton.
AGENT_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def measures(verb: Token) -> bool:
    """True for a verb whose subject is what its object figure measures ("sales reached")."""
    return verb.lemma_.lower() in MEASURE_VERBS


def measured_subject(token: Token) -> Token | None:
    """The subject of the clause of a bare figure when it is a thing measured, not an agent:
    "the Dow Jones industrial average closed down 24 points" (not "Clinton gained 5 points")."""
    subject = clause_subject_token(token)
    if subject is None or subject.ent_type_ in AGENT_LABELS:
        return None
    return subject


def shares_subject(verb: Token) -> bool:
    """True for a verb without a subject that shares the subject of the verb it hangs on: a
    conjunct ("crude reversed losses and was up 46 cents") or an infinitive of result ("the
    index closed down 24 points, to close at 18,432"); not a control verb's complement
    ("the bank agreed to set aside $1 billion") nor a participle ("..., totaling $12,500")."""
    if verb.head.pos_ not in ("VERB", "AUX"):
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    # "was up 12 cents to settle at $3.90": parsed as the copula's complement, not control
    result = verb.dep_ == "advcl" or (verb.dep_ == "xcomp" and verb.head.pos_ == "AUX")
    # "the number of claimants, projected to grow to 12 million", "unemployment is expected to
    # hit 8 percent": a participle raises its subject to the infinitive (not "agreed to")
    head = verb.head
    # a participle the tagger may call a past tense: "with the number ... projected to swell"
    absolute = head.tag_ in ("VBN", "VBD") and (
        head.dep_ in ("acl", "pcomp") or any(c.lower_ == "with" for c in head.children)
    )
    passive = head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children)
    raised = verb.dep_ == "xcomp" and (absolute or passive)
    return verb.dep_ == "conj" or ((result or raised) and infinitive)


def clause_subject(token: Token) -> str:
    """Climb from a bare figure to its verb and return that verb's subject ("death count")."""
    subject = clause_subject_token(token)
    return noun_phrase(subject, after=subject.left_edge.i - 1) if subject is not None else ""


def clause_subject_token(token: Token) -> Token | None:
    """The nominal subject of the clause a bare figure is in, through verbs that share one:
    "the Dow closed down 24 points, to close at 18,432" -> "average"."""
    current = token
    for _ in range(8):
        climbs = (
            current.dep_ in CLIMB_DEPS
            or current.pos_ in ("ADP", "NUM", "NOUN", "SYM")
            or _compares_level(current)
        )
        if not climbs and not (current.pos_ == "ADV" and current.dep_ == "advmod"):
            break  # "was up 46 cents", "closed down 24 points": through the adverb
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return verb_subject(current)
        if current.head.i == current.i:
            break
    return None


def _compares_level(token: Token) -> bool:
    """ "was closer to 35,000", "could be as high as 150": the copula's adjective that sets the
    figure (its prepositional object) beside the copula's subject."""
    return (
        token.dep_ == "acomp"
        and token.lower_ in LEVEL_COMPARING_ADJECTIVES
        and token.head.lemma_ == "be"
        and any(c.dep_ == "prep" and c.lower_ in ("to", "as") for c in token.children)
    )


def verb_subject(verb: Token) -> Token | None:
    """The verb's nominal subject, or that of the verb it shares one with (two steps up)."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            antecedent = relative_antecedent(verb, subjects[0])
            if antecedent is not None:
                return antecedent  # "the gap in delegates, which stood at 263": the gap
            # "Spending on nurses reached $9.8 million": a gerund names a thing too
            gerund = subjects[0].tag_ == "VBG"
            return subjects[0] if subjects[0].pos_ in NOUNS or gerund else None
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in NOUNS:
            return verb.head  # "the number of claimants projected to grow to 12 million"
        holder = level_holder(verb)
        if holder is not None:
            return holder  # "payrolls rising by 170,000", "set the bidding to start at $5"
        if not shares_subject(verb):
            return None
        verb = verb.head
    return None


def relative_antecedent(verb: Token, subject: Token) -> Token | None:
    """The noun a relative clause's "which" or "that" stands for when its verb measures:
    "the jobless rate, which rose to 5.1 percent" -> "rate"; None for any other subject (a
    person's "who" is an agent) or verb."""
    if subject.lower_ not in RELATIVE_THING_PRONOUNS or verb.dep_ != "relcl":
        return None
    if not measures(verb) or any(
        c.dep_ == "dobj" and not any(t.like_num for t in c.subtree) for c in verb.children
    ):
        return None  # "an explosion that hit a checkpoint 50 meters away": not the explosion
    return verb.head if verb.head.pos_ in NOUNS else None


def verb_complement(verb: Token) -> str:
    """What a count's own verb does with it, when the verb alone says little: "two were taken
    in private vehicles" -> "in private vehicles", "three are receiving treatment" ->
    "treatment", "three were found inside the home" -> "inside home"; '' for a casualty verb
    (its participle names the count), where a count went ("taken to hospital"), or a place, a
    time or a name after the verb."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in PARTICIPLES:
        return ""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    for child in verb.rights:
        if child.dep_ == "dobj":
            plain = child.pos_ == "NOUN" and not child.ent_type_
            return noun_phrase(child, after=child.left_edge.i - 1) if plain else ""
        if child.dep_ in ("prep", "agent") and passive:
            # not "three remain in serious condition": an active verb's phrase is its state
            found = prep_object(child) if child.lower_ not in ROUTE_PREPS else ""
            return f"{child.lower_} {found}" if found else ""
    return ""
