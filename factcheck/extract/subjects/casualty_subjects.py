"""Subjects of casualty counts: the participle of a harm verb, the state word after a count."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.implied.gunfire_context import gunfire_near
from factcheck.extract.lexicon import (
    CASUALTY_PREDICATE_VERBS,
    CONTEXT_IMPACT_VERBS,
    COUNT_FATAL_ADVERBS,
    GENERIC_COUNT_NOUNS,
    HARM_ADVERBS,
    JUSTICE_PARTICIPLES,
    PARTICIPLES,
    STATE_WORDS,
)
from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.subjects.clause_subjects import SUBJECT_DEPS, verb_complement
from factcheck.extract.subjects.harmed_persons import fatal_harm, harmed_person
from factcheck.extract.subjects.noun_phrases import NOUNS


def state_after(doc: Doc, span_end: int) -> str:
    """ "1 dead", "2 Killed", "the four dead", "Four found shot to death": the state word
    right after a figure with no noun (telegraphic headlines, ellipsis)."""
    words = [t.lower_ for t in doc[span_end : span_end + 4]]
    how = ""
    if words[:1] == ["found"] or words[:1] and words[0] in HARM_ADVERBS:
        # "2 Critically Hurt"; "three fatally", "one fatally shot": a fatal wound killed
        if words[0] in COUNT_FATAL_ADVERBS and doc[span_end - 1].like_num:
            return "killed"
        how = words[0] if words[0] in HARM_ADVERBS else ""
        words = words[1:]
    if not words or words[0] not in STATE_WORDS:
        return ""
    state = doc[span_end + (len(doc[span_end : span_end + 4]) - len(words))]
    if state.head.i > state.i and state.head.pos_ in NOUNS:
        return ""  # "3 injured people": the noun says
    if words[:3] == ["shot", "to", "death"]:
        return "shot to death"
    # "2 Critically Hurt": how badly, as the gold may name it ("critically hurt")
    return f"{how} {words[0]}" if how else words[0]


def casualty_verb_before(doc: Doc, mention: Mention) -> str:
    """ "Gunmen wound 4, including ...", "Shooter injures 5 at mall": a bare count right after
    a casualty verb counts those it hurt ("wounded"), whatever the parse of a headline makes
    of it (an adverb, the verb's subject taken for the noun); not "wounds 2 teens".

    Session 55 (subj55c): the same bare object past "all" ("killing all three"), before an
    "other" with no noun ("wounded four other at a park"), and after an impact verb amid
    gunfire ("began shooting, hitting all five": shot), where the parse hangs the count
    elsewhere and an earlier noun ("three suspects", "one man") took it.

    Session 68 (wsubj68): a verb of justice's bare object, "Court jails 87 over ...",
    "Prosecutors charge 14 in ..." (``JUSTICE_PARTICIPLES``): those jailed or charged, not the
    court."""
    verb_at = mention.start - 1
    if verb_at > 0 and doc[verb_at].lower_ == "all":
        verb_at -= 1  # "hitting all five", "killing all three"
    if verb_at < 0 or doc[verb_at].sent != doc[mention.figure[0]].sent:
        return ""
    figure = doc[mention.figure[0] : mention.figure[1]]
    if not all(t.like_num for t in figure):
        return ""
    end = mention.end
    if end < len(doc) and doc[end].lower_ == "other":
        end += 1  # "wounded four other at a park": "other" standing for "others"
    after = doc[end] if end < len(doc) else None
    if after is not None and (after.pos_ in (*NOUNS, "NUM") or after.tag_ in ("JJR", "JJ")):
        return ""  # "wounds 2 teens", "kills 2 more", "injures 3 young men": words of its own
    verb = doc[verb_at]
    lemma = verb.lemma_.lower()
    if lemma in CONTEXT_IMPACT_VERBS and verb.pos_ == "VERB":
        # "striking all four": gunfire hit them (not "the toll hit 9": a measure, no gerund)
        hit = verb.tag_ == "VBG" or verb_at < mention.start - 1
        return "shot" if hit and gunfire_near(verb) else ""
    if lemma not in PARTICIPLES and verb.lower_.endswith("s"):
        lemma = verb.lower_[:-1]  # "wounds" tagged as a noun
    if lemma in JUSTICE_PARTICIPLES and verb.pos_ == "VERB" and _object_of(verb, figure[-1]):
        return JUSTICE_PARTICIPLES[lemma]  # "Court jails 87 over ...": those jailed
    if lemma not in PARTICIPLES:
        return ""
    if verb.lower_ == PARTICIPLES[lemma] and not _object_of(verb, figure[-1]):
        return ""  # "2 killed, 1 hurt": the state word comes after its count
    return PARTICIPLES[lemma]


def _object_of(verb: Token, number: Token) -> bool:
    """True if ``number`` (or the "other" it counts) is the verb's object: "injured three
    other", not the count of a telegraphic "2 killed, 1 hurt"."""
    head = number.head if number.dep_ == "nummod" else number
    return head.dep_ == "dobj" and head.head == verb


def with_predicate(head: Token, phrase: str) -> str:
    """ "57 people" says little: add what happened to them ("people killed", "people dead");
    a count of people named by their noun takes the harm told of them ("injured two teens":
    ``harmed_persons``)."""
    found = _with_predicate(head, phrase)
    return found if found != phrase else harmed_person(head, phrase)


def _with_predicate(head: Token, phrase: str) -> str:
    generic = head.lemma_.lower() in GENERIC_COUNT_NOUNS
    verb = head.head
    # the passive's subject is who was harmed ("were wounded"); the active's is who harmed
    harmed = head.dep_ == "nsubjpass" and verb.lemma_.lower() in CASUALTY_PREDICATE_VERBS
    if harmed and fatal_harm(verb):
        # "two people were fatally shot", "were shot to death": killed, not only shot
        return f"{phrase} killed"
    if not generic and head.ent_type_ != "NORP":
        # "Two other men were wounded": whoever they are, the count is of the wounded
        return f"{phrase} {participle(verb)}" if harmed and not head.ent_type_ else phrase
    complements = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp")]
    if head.dep_ in SUBJECT_DEPS and verb.pos_ == "AUX" and complements:
        if complements[0].pos_ == "ADJ":
            return f"{phrase} {complements[0].text}"  # "Two people are dead"
    if head.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ in ("VERB", "ADJ"):
        if complements and complements[0].pos_ == "ADJ":
            return f"{phrase} {complements[0].text}"  # "left 1,400 people dead"
        if verb.lemma_.lower() in PARTICIPLES:  # "10,000 Palestinians have been killed"
            return f"{phrase} {participle(verb)}"
        if head.dep_ != "dobj" and generic:
            # "300 people fled"; "two others were taken in private vehicles"
            done = " ".join(w for w in (participle(verb), verb_complement(verb)) if w)
            return f"{phrase} {done}"
        return phrase
    if not generic:
        return phrase
    for child in head.rights:
        if child.dep_ in ("amod", "acl") and child.pos_ in ("ADJ", "VERB"):
            return f"{phrase} {child.text}"  # "1,400 people dead", "300 people detained"
    return phrase


def participle(verb: Token) -> str:
    """ "killing" / "kills" -> "killed": the form gold subjects use for casualty verbs."""
    lemma = verb.lemma_.lower()
    if lemma in PARTICIPLES:
        return PARTICIPLES[lemma]
    return verb.lower_ if verb.tag_ in ("VBN", "VBD") else lemma
