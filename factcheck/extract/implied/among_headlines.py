"""A verbless headline's person "among" a counted casualty group: "Teen among 2 killed in
shooting", "Child, 10, among 3 injured in road-rage shooting". Pure.

Gold README "Implied counts" (and "Repeats": a headline's count is its own claim): the person
placed among the dead or hurt is an implied 1, as in the body's "her son was among those
killed" (``among_casualties`` in casualty_groups.py). A headline drops the "is", so the
parse makes the person the root and hangs "among" on it; the group's figure is a claim of its
own and stays one.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.casualty_measures import measure_of
from factcheck.extract.lexicon import CASUALTY_GROUP_MEASURES, CASUALTY_PERSON_NOUNS

# the group's word where the parse makes it a noun with the figure before it ("among 3 hurt",
# "among two shot"), beside CASUALTY_GROUP_MEASURES' "dead", "injured", "wounded"
_GROUP_WORD_MEASURES = {
    **CASUALTY_GROUP_MEASURES,
    "killed": "killed",
    "hurt": "injured",
    "shot": "shot",
}


def headline_among(among: Token) -> tuple[str, Token] | None:
    """(measure, person) when ``among`` hangs on a verbless root person noun ("Teen among 2
    killed") and its group is a figure with a casualty participle; else None."""
    person = among.head
    if person.dep_ != "ROOT" or among.dep_ != "prep" or person.i > among.i:
        return None
    if person.lemma_.lower() not in CASUALTY_PERSON_NOUNS or person.pos_ in ("VERB", "AUX"):
        return None
    group = next((c for c in among.children if c.dep_ == "pobj"), None)
    if group is None:
        return None
    if group.like_num:
        # "among 3 injured": the figure, the participle hung on it
        done = [c for c in group.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        measure = measure_of(done[0], done[0].lemma_.lower()) if done else None
        return (measure, person) if measure else None
    if any(c.dep_ == "nummod" and c.like_num for c in group.children):
        # "among 3 hurt", "among two shot": the parse makes the participle the noun
        measure = _GROUP_WORD_MEASURES.get(group.lower_)
        return (measure, person) if measure else None
    return None
