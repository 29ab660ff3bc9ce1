"""A name by shape as the object of a shooting or a stabbing: "A gunman shot and killed Darnell
Price", "fatally stabbed Ann Reyes". Pure.

Gold README "Implied counts"; the lead's decision (session 12): a named victim is counted as "a
man" is. ``counted_by_verb`` counts an active verb's object only where it is surely a person: a
person label, a name the article gives a person, an age before it ("shot 19-year-old Tyrell
Banks"), a title of address; a bare first and last name may be a thing done to ("killed Planned
Parenthood"). But the tagger labels many victims' names a place or an organisation ("Darnell
Price" ORG), and one does not shoot or stab a thing one names so: a name by shape
(``victim_names.is_name_shape``) is the object's person where the verb, or a verb joined to it
("shot and killed"), is one of ``NAMED_OBJECT_HARM_VERBS``. Not with a particle ("shot down
the Smith Act"), except "gunned down".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.victim_names import is_name_shape
from factcheck.extract.lexicon import NAMED_OBJECT_HARM_VERBS, PHRASAL_CASUALTY_VERBS

# The past forms of NAMED_OBJECT_HARM_VERBS, where the tagger reads them as another word.
_FORMS = {"shot": "shoot", "stabbed": "stab", "gunned": "gun"}


def is_harmed_name(verb: Token, person: Token) -> bool:
    """True if ``person``, the object of ``verb``, is a name by shape that was shot or stabbed."""
    if not is_name_shape(person):
        return False
    joined = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if verb.dep_ == "conj":
        joined.append(verb.head)  # "shot and killed Darnell Price": the object is "killed"'s
    return any(_harms(v) for v in joined)


def _harms(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in NAMED_OBJECT_HARM_VERBS:
        # "A gunman shot and killed ...": the tagger may read "shot" as a noun
        lemma = _FORMS.get(verb.lower_, "")
        if not lemma:
            return False
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return not particles or (lemma, particles[0]) in PHRASAL_CASUALTY_VERBS
