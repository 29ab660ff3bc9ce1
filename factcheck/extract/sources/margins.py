"""A poll's margin of error is the writer's description of the poll, not its finding (issue 11).

"The poll carries a margin of error of plus or minus 3.5 percentage points", "The new poll has a
margin of error of three percentage points", "The poll has a credibility interval of 5
percentage points": the golds give such figures no source (realgold8, realgold12, realgold19),
as they do "The margin of error is plus or minus 5.7 percentage points"; the poll that is the
subject of "has" does not report its own precision the way it reports "52 percent".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import MARGIN_HEADS


def states_its_margin(below: Token) -> bool:
    """The verb's object on the figure's path is a margin ("has a margin of error of 3 points")."""
    return below.dep_ == "dobj" and below.lemma_.lower() in MARGIN_HEADS
