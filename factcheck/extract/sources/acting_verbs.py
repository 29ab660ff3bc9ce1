"""A verb of saying or counting used for an act, so its figure is the writer's (source none).

"Lopez testified for 11 hours", "she calculated her taxes in three hours", "he told the story
three times", "Tenney took the primary, claiming 41 percent of the vote", "the officer cited 12
drivers for speeding": the figure is how long or how often the act went on, or what the act won
or dealt with, not something the subject says. The gold README's source is whoever gives the
figure; someone who does something counted is not its source (realgold golds: "claiming 41
percent of the vote" none). Pure.

Two forms, each only where the verb has no clause of its own to report:

- a time adverbial of the act: the figure counts time units and hangs on the verb through a
  preposition or as a bare noun phrase ("for 11 hours", "three times"), with no verb between
  (not "admitted to stealing cars over 14 months", the act told), and the verb's object,
  if any, carries no figure and no superlative ("reported 40 deaths in three days", "reported
  its smallest profit in 17 years" still report);
- the verb's own object is what the act wins or deals with (``ACT_VERB_OBJECTS``: "claimed 41
  percent of the vote", "cited 12 drivers"), not what is reported ("cited 12 deaths").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import ACT_VERB_OBJECTS, TIME_UNITS

# A verb's clauses that carry what it reports: "testified that he paid $3,000".
_CLAUSES = frozenset({"ccomp", "xcomp"})
# How a time adverbial hangs on its verb: "for 11 hours", "three times", "three hours late".
_ADVERBIAL_DEPS = frozenset({"prep", "npadvmod", "advmod"})
# The time nouns of an adverbial: a span ("for three hours") or a count of repeats ("twice").
_TIME_NOUNS = TIME_UNITS | frozenset({"time"})
# How a figure hangs on the verb as its object: "claimed 41 percent", and the parse's bare noun
# phrase for a second one ("claiming 41 percent of the vote to Wells' 33 percent").
_OBJECT_DEPS = frozenset({"dobj", "npadvmod"})


def acts_on_its_figure(verb: Token, below: Token, number: Token) -> bool:
    """True if reporting ``verb`` is an act whose time or object ``number`` counts.

    Args:
        verb: a verb on the figure's path that reads as a reporting verb.
        below: the path's token right under ``verb``.
        number: the figure's number token.

    Returns:
        True for "testified for 11 hours", "claimed 41 percent of the vote"; False for
        "testified that he paid $3,000", "cited 12 deaths in a report".
    """
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in _CLAUSES for c in verb.children):
        return False
    if below.dep_ in _ADVERBIAL_DEPS and _times_the_act(verb, below, number):
        return True
    if _acted_on(verb) and (
        below.dep_ in _OBJECT_DEPS or (below.dep_ == "prep" and below.lower_ == "to")
    ):
        return True  # "to" a rival's share: "... of the vote to Ruiz's 40 percent"
    return False


def _times_the_act(verb: Token, below: Token, number: Token) -> bool:
    """ "for 11 hours", "in three hours", "three times": a time noun counted by the figure,
    on a verb whose object reports nothing counted."""
    unit = number.head if number.dep_ == "nummod" else number
    if unit.lemma_.lower() not in _TIME_NOUNS or unit not in below.subtree:
        return False
    token = unit
    while token != below:
        if token.pos_ in ("VERB", "AUX"):
            return False  # "admitted to victimizing 100 people over 14 months": what is told
        token = token.head
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        if any(t.like_num or t.tag_ == "JJS" for t in child.subtree if t not in below.subtree):
            return False  # "reported 40 deaths in three days": the object is the report
    return True


def _acted_on(verb: Token) -> bool:
    """An object of ``verb``, or its "of" noun ("41 percent of the vote"), is what the act
    deals with; any object, since the parse splits "claiming 41 percent of the vote to Wells'
    33 percent" into two."""
    nouns = ACT_VERB_OBJECTS.get(verb.lemma_.lower())
    if nouns is None:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    heads = objects + [
        o for b in objects for p in b.children if p.lower_ == "of" for o in p.children
    ]
    return any(h.lemma_.lower() in nouns for h in heads)
