"""An act of harm told as what a thing was used for: "the gun he used to kill Ann Lee", "the
pistol used to kill the officer", "a rifle was used to shoot the guard". Pure.

A casualty verb in the infinitive states no act of its own ("tried to kill", "threatened to
shoot", "plans to use a rifle to kill": ``counted_by_verb.counted_by_verb`` reads no object of
it). After a past "use" whose thing used the text gives, the infinitive is the act done with
it, and its object the person hurt: "the firearm he used to kill 17-year-old Ann Lee" = 1
killed (realgold10 gold), "what kind of gun was used to kill Ann Lee" = 1 killed (realgold5
gold). Not the habit, which has no thing used ("he used to shoot hoops", "a man who used to
shoot pool"); not a use to come or a modal one ("will use it to kill", "could be used to
kill": ``casualty_measures.is_unreal``).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import INSTRUMENT_USE_VERBS, USED_WEAPON_NOUNS


def used_to_harm(verb: Token) -> bool:
    """True when ``verb`` ("kill", "shoot") is the infinitive of purpose of a past "use"
    whose thing used is given: the act was done."""
    if verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "advcl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    use = verb.head
    if use.lemma_.lower() not in INSTRUMENT_USE_VERBS or use.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("nsubjpass", "dobj") for c in use.children):
        return True  # "a gun was used to kill ...", "he used a rifle to shoot ..."
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in USED_WEAPON_NOUNS for c in use.children):
        return True  # "The gun used to kill ...": the parse may make the weapon the user
    # "the gun (that) he used to kill ...", "the weapon used to kill ...": the noun is the thing
    # used, not its user ("a man who used to shoot pool")
    return (
        use.dep_ in ("relcl", "acl")
        and use.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in use.children)
    )
