"""A multiple casualty event named inside a longer noun: "the double homicide scene", "a
double murder case", "the double shooting suspect". Pure.

``casualty_nouns.multiple_event`` reads "a double homicide" where the parse makes "double"
a modifier of "homicide"; before another noun the parse hangs both words on that noun ("double"
amod, "homicide" compound of "scene"), and the count was lost. The event is the same: 2 killed
(realgold12 gold: "the home turned double homicide scene" = 2 killed, span "double homicide").
Not "a double murder-suicide" (who died is unclear, as ``multiple_event`` rules). impl45c.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import EVENT_MULTIPLES, MULTIPLE_EVENT_NOUNS


def compound_multiple_event(token: Token) -> str:
    """The measure of "double homicide" before the noun it modifies ("" if none).

    Args:
        token: a token that may be "double", "triple" ...

    Returns:
        "killed", "shot" or "injured" where ``token`` and the event noun after it both modify
        the same noun; else "".
    """
    if token.lower_ not in EVENT_MULTIPLES or token.dep_ not in ("amod", "compound", "nmod"):
        return ""
    if token.i + 2 >= len(token.doc):
        return ""
    event = token.nbor(1)
    if event.head != token.head or event.dep_ not in ("compound", "amod", "nmod"):
        return ""
    if event.nbor(1).text == "-":
        return ""  # "a double murder-suicide case"
    return MULTIPLE_EVENT_NOUNS.get(event.lemma_.lower(), "")
