"""How a caveat cue refers to figures: "Those numbers", "None of the figures", "the toll",
"I cannot confirm that" (gold README, "Caveat scope"). Pure.

A cue whose arguments name a figure noun or an anaphor reaches figures beyond its own clause;
whether that noun can stand for figures of an earlier sentence ("These claims", "his account",
"they") or only for what its own sentence says ("claims that the report could not
corroborate") decides how far back. A cue inside a relative clause on a person or thing is
about that noun, not about figures.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.caveats.caveat_cues import Cue
from factcheck.extract.lexicon import (
    ANAPHORA,
    ANAPHORIC_DETERMINERS,
    FIGURE_NOUNS,
    FIGURE_QUANTIFIERS,
    REPORTING_VERBS,
    TOLD_NOUNS,
)
from factcheck.model import Caveat

# "Those numbers", "that information": nouns by which a cue refers back to figures
_REFERRING_NOUNS = FIGURE_NOUNS | TOLD_NOUNS


# pronouns that can stand for a clause ("..., but that has not been confirmed")
_CLAUSE_PRONOUNS = frozenset({"that", "this", "it", "which"})
# a figure noun the pronoun may stand for: "how the figure was compiled", not "may have been
# the result of a robbery"
_ACTANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})

_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"})


def is_about_a_person_or_thing(cue: Token) -> bool:
    """ "the shooter, who initial reports said had committed suicide": a cue inside a relative
    clause is about the noun it describes, not about figures of earlier sentences."""
    return any(
        a.dep_ == "relcl" and a.head.pos_ in ("NOUN", "PROPN") and a.head.lemma_ not in FIGURE_NOUNS
        for a in cue.ancestors
    )


def refers_to_figure(cue: Cue) -> bool:
    """The cue's arguments name a figure or point back to one ("Those numbers", "the toll")."""
    return referring_noun(cue) is not None


def referring_noun(cue: Cue) -> Token | None:
    """The word by which the cue refers to figures: "numbers" in "Those numbers", "None" in
    "None of the figures", "it"; None when the cue names no figure."""
    nearby = _own_clause_and_heads(cue.token)
    for token in nearby:
        if token.lemma_.lower() in _REFERRING_NOUNS and token.i != cue.token.i:
            return token
        for child in token.children:
            relative = child.tag_ in ("WDT", "WP") or child.lower_ in ("that", "which")
            if relative and token.dep_ in ("relcl", "acl") and child.i < token.i:
                # "records that Linick questioned": "that" is the records, not a figure
                if token.head.lemma_.lower() in FIGURE_NOUNS:
                    return token.head
                continue
            if (
                cue.kind is Caveat.NOT_INDEPENDENTLY_VERIFIED
                and token.i == cue.token.i
                and child.dep_ == "nsubj"
            ):
                continue  # "claims that the IG report could not corroborate": the checker
            if child.dep_ in _ARGUMENT_DEPS and (
                child.lemma_.lower() in _REFERRING_NOUNS or child.lower_ in ANAPHORA
            ):
                return child
            if child.dep_ in ("nsubj", "nsubjpass") and _names_figure_inside(child):
                return child
            if (
                child.dep_ == "dobj"
                and child.lower_ in FIGURE_QUANTIFIERS
                and _names_figure_inside(child)
            ):
                return child  # "verify any of the figures"
    if cue.token.dep_ == "amod" and cue.token.head.lemma_.lower() in FIGURE_NOUNS:
        return cue.token.head
    return None


def _own_clause_and_heads(cue: Token) -> list[Token]:
    """The cue and up to two of its heads, not past a joined clause that has a subject of its
    own: in "Those estimates have not been verified, and the government disputes that fire
    damage should be counted", the government's dispute is of its own clause, not of "Those
    estimates" (tests/wire2d d_4, tests/wireg g_5 golds: the figures before it not disputed;
    the dispute is of a method, of a sale)."""
    nearby = [cue]
    for head in list(cue.ancestors)[:2]:
        joined = nearby[-1]
        if joined.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
            break
        nearby.append(head)
    return nearby


def points_back(noun: Token) -> bool:
    """ "These claims", "the figures", "his account", "None of ...", "they": a caveat noun that
    can stand for figures of an earlier sentence; a bare "claims that the report could not
    corroborate" is about what its own sentence says."""
    if noun.lower_ in ANAPHORA or noun.lower_ in ANAPHORIC_DETERMINERS:
        return True
    if noun.lower_ in FIGURE_QUANTIFIERS:
        return _names_figure_inside(noun)  # "any of the figures"
    return any(
        c.dep_ == "poss" or (c.dep_ in ("det", "predet") and c.lower_ in ANAPHORIC_DETERMINERS)
        for c in noun.children
    )


def points_within_sentence(noun: Token) -> bool:
    """ "Police said the shooting may have been gang-related, but that has not been
    confirmed": a pronoun after a clause of its own sentence stands for that clause, not for
    figures of the sentences before; "I cannot confirm that" or "But that has not been
    confirmed" has no such clause and points back. A reporting verb before it ("Police said
    that could not be confirmed") only brings the cue in; a plural pronoun, or one after a
    figure noun ("He did not say how the figures were compiled, and they could not be
    verified"), stands for figures."""
    if noun.lower_ not in _CLAUSE_PRONOUNS:
        return False
    before = [t for t in noun.sent if t.i < noun.i]
    if any(t.lemma_.lower() in _REFERRING_NOUNS and t.dep_ in _ACTANT_DEPS for t in before):
        return False
    return any(
        t.pos_ in ("VERB", "AUX")
        and t.dep_ not in ("aux", "auxpass", "neg")
        and t.i != noun.head.i
        and t.lemma_.lower() not in REPORTING_VERBS
        for t in before
    )


def _names_figure_inside(argument: Token) -> bool:
    """ "None of the figures", "Neither the figure nor the videos", "his account of the
    toll": a figure noun inside the argument, one or two words down."""
    for token in argument.subtree:
        depth = sum(1 for a in token.ancestors if a.i != argument.i and argument in a.ancestors)
        if token.i != argument.i and depth <= 2 and token.lemma_.lower() in FIGURE_NOUNS:
            return token.dep_ in ("pobj", "conj", "appos", "nsubj", "dobj", "poss")
    return False
