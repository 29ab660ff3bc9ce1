"""A side clause set against the main one that gives its own figure reports that figure only:
"The association said 36,500 tickets were sold, while the fans' group estimated the crowd at
close to 50,000" -> 36,500 is the association's; "A survey by X found one in three families
were cutting meals, while the statistics office puts the poverty rate at 24.5%" -> one in three
is the survey's.

Gold README, "Source kinds": the source is whoever gives the figure; a contrast clause ("while",
"whereas") brings a second source with its own figure, two sources side by side, as wire copy
sets rival counts against each other (tests/wirex x_3 and tests/wirev v_3: two writers gave the
main clause's figure its own source; the extractor gave it the contrast clause's). A contrast
clause with no figure of its own ("..., while police said the toll could rise") still reports
the clause it hangs on. Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import CONTRAST_MARKS

_FIGURE_ENTS = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})


def gives_a_rival_figure(verb: Token) -> bool:
    """``verb`` heads a "while"/"whereas" clause that holds a figure of its own."""
    if verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in verb.children):
        return False
    return any(t.like_num or t.ent_type_ in _FIGURE_ENTS for t in verb.subtree if t.i > verb.i)
