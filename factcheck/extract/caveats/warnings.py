"""A warning of a size is a forecast of it: hedged; a warning that states a fact is not.

docs/gold-conventions.md "Forecasts and beliefs" (b): a forecaster's expectation, projection or
prediction of a size is ``hedged``. Wire copy on disasters gives forecasts as warnings: "The
Nigeria Hydrological Services Agency has warned that 148 of the country's 774 local government
areas face a high risk of flooding" (tests/wired d_2 gold: hedged), "The department had warned
of a storm surge of 2 to 3 meters (6.5 to 10 feet) above normal tide" (tests/wireg g_1 gold:
both hedged). Two writers, the same reading.

"warn" hedges the figure of what it warns of ("warned of a surge of 2 to 3 meters") or the
figure of the clause it warns that, when that clause looks ahead: a modal ("warned that 3,000
jobs could go") or the present tense ("face a high risk"). A clause in the past or perfect
states what happened ("Doctors warned that 30 patients had been admitted overnight"): the
warning is about it, the figure is no forecast. Whether the word reaches the figure at all is
``caveat_hedges.hedge_of``'s test, as for "fear".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import FORWARD_MODALS, WARNING_LEMMAS, WARNING_SETTING_PREPOSITIONS

_PRESENT_TAGS = frozenset({"VBP", "VBZ"})
_QUOTE_MARKS = frozenset({":", '"', "“", "”"})


def is_warning(token: Token) -> bool:
    """ "warned", "warns", "warning" (the verb)."""
    return token.pos_ == "VERB" and token.lemma_.lower() in WARNING_LEMMAS


def warns_of_fact(warning: Token, number: Token) -> bool:
    """The warning's clause on the figure's path states what happened or is, not what may be:
    "warned that 30 patients had been admitted"; not "warned of a surge of 2 to 3 meters",
    "warned that 148 areas face a high risk", "warned that 3,000 jobs could be lost"."""
    between = []  # the figure's governors below the warning
    for token in number.ancestors:
        if token.i == warning.i:
            break
        between.append(token)
    else:
        return True  # the warning does not govern the figure
    below = between[-1] if between else number
    if below.dep_ == "prep":
        # "warned of a storm surge of 2 to 3 meters" (the parse may hang the measure on a
        # later "above normal tide"); not "warned residents after 12 homes were burgled", nor
        # a clause the warned-of noun carries ("warned of the fight ahead: 'There are 14
        # primaries'", a fact the warning rests on)
        if any(t.pos_ in ("VERB", "AUX") for t in between):
            return True
        return below.lower_ in WARNING_SETTING_PREPOSITIONS
    if below.dep_ != "ccomp":
        return True  # "warned residents after 12 homes were burgled": not what is warned
    auxes = [c for c in below.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FORWARD_MODALS for a in auxes):
        return False
    if any(a.lemma_.lower() == "have" for a in auxes):
        return True  # "had been admitted", "have died"
    if any(c.dep_ == "expl" for c in below.children):
        return True  # "warned that there are 200 people trapped": what is, not what may be
    gap = warning.doc[min(warning.i, below.i) : max(warning.i, below.i)]
    if any(t.text in _QUOTE_MARKS for t in gap):
        return True  # 'warned of the fight ahead: "There are 14 primaries ..."': a quotation
    if below.tag_ in _PRESENT_TAGS or any(a.tag_ in _PRESENT_TAGS for a in auxes):
        return False  # "face a high risk", "is set to ..."
    return True
