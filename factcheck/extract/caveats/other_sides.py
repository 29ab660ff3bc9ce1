"""The act a military source reports was done by another side: no partisan_source.

Gold README, partisan_source: "a belligerent reports the results of its own military action".
``caveat_sources.reports_own_military_action`` takes a combat verb whose doer is a strike, a
drone or troops for the source's own ("the strike had targeted 10 operatives"). Wire copy from a
war gives the other side's attacks in the same words, with the doer's side beside it: "A Russian
guided bomb strike on a village killed three people and wounded at least 14, the regional
military administration said" (tests/wirek k_4 gold: the Ukrainian administration counting a
Russian strike's victims, not partisan; tests/wirea a_4 gold gives the Kharkiv governor's counts
of Russian strikes no caveat either). The doer is another side's when a word before it names a
people or a state ("Russian", "Israeli", "government") that the source phrase does not name.
"Israeli strikes killed 40 militants, the Israeli military said" stays the source's own act.

A passive verb with no agent the parse found may still name its doer in a "by" phrase the parse
hung elsewhere: "Three civilians were killed and eight wounded there over the previous day by
Russian glide bombs, it added" ("by" under "day"; tests/wirem m_1 gold: the Ukrainian regional
military administration's counts, no caveat, as k_4's). ``passive_done_by_another_side`` reads
the "by" phrases of the verb's clause.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from factcheck.extract.lexicon import ARMED_PARTY_WORDS, LAUNCH_VERBS, SIDE_WORDS
from factcheck.model import Source, SourceKind

_WORD_RE = re.compile(r"[\w'’-]+")
_SIDE_ENTITIES = frozenset({"NORP", "GPE"})
# a state and its people's adjective share their first letters ("Russia", "Russian"; "Israel",
# "Israeli"; "Ukraine", "Ukrainian")
_DEMONYM_STEM = 5


def done_by_another_side(agent: Token, source_text: str) -> bool:
    """The doer of the combat verb carries a side the source phrase does not name: "A Russian
    guided bomb strike" under "the regional military administration"."""
    source_words = _source_words(source_text)
    for modifier in agent.children:
        if modifier.dep_ not in ("amod", "compound", "poss") or modifier.i > agent.i:
            continue
        word = _bare(modifier.lower_)
        if modifier.ent_type_ in _SIDE_ENTITIES or word in SIDE_WORDS:
            if word not in source_words:
                return True
    return False


def passive_done_by_another_side(verb: Token, source_text: str) -> bool:
    """A "by" phrase after the passive verb, in its clause, names another side's doer: "were
    killed over the previous day by Russian glide bombs" (the parse hangs "by" on "day")."""
    for token in verb.subtree:
        if token.i < verb.i or token.lower_ != "by" or token.dep_ not in ("prep", "agent"):
            continue
        for doer in (c for c in token.children if c.dep_ == "pobj"):
            if any(done_by_another_side(d, source_text) for d in (doer, *doer.conjuncts)):
                return True
    return False


def launched_by_another_side(number: Token, source: Source) -> bool:
    """The weapons the figure counts were launched or fired by another side, named as the doer:
    "Ukraine's air force said Russia launched 215 drones and nine missiles" (the defender
    counting the attacker's salvo), "a U.S. defence official said the Houthis had launched more
    than 50 drones". Not partisan in eight sets (tests/wirek k_4, wirem m_1, wirep p_1, wire2b
    b_5, wire2e e_3, wire2k k_3, wire2p p_3, wire2u u_3 gold), partisan in two (wirea a_4,
    wirez z_3): docs/gold-conventions.md, "The other side's salvo". The drones the source's own
    air defences shot down stay its own action. A person named as the source is left as it was
    (a spokesman may name his own state as the doer: "Lt. Col. Ann Lee said Israel fired")."""
    if source.kind is not SourceKind.NAMED_ORG and source.kind is not SourceKind.ANONYMOUS:
        return False
    for verb in number.ancestors:
        if verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() not in LAUNCH_VERBS:
            return False
        agents = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
        return any(_another_side_named(a, source.text) for a in agents)
    return False


def _another_side_named(agent: Token, source_text: str) -> bool:
    """ "Russia", "the Houthis": a state, a people, an armed group or another proper name the
    source phrase does not name ("Russia" is named by "Russia's defence ministry"; "Israel" by
    "the Israeli army")."""
    word = _bare(agent.lower_)
    if not (
        agent.pos_ == "PROPN"
        or agent.ent_type_ in _SIDE_ENTITIES
        or word in ARMED_PARTY_WORDS
        or word in SIDE_WORDS
    ):
        return False
    return not any(
        w == word or (len(w) >= _DEMONYM_STEM and w[:_DEMONYM_STEM] == word[:_DEMONYM_STEM])
        for w in _source_words(source_text)
    )


def _source_words(source_text: str) -> set[str]:
    """The words of the source phrase, lowered, without a possessive ending."""
    return {_bare(w.lower()) for w in _WORD_RE.findall(source_text)}


def _bare(word: str) -> str:
    """ "russia's" -> "russia"."""
    return word.removesuffix("'s").removesuffix("’s")
