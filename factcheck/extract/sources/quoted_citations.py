"""A quotation that cites someone for its figure gives the figure to the one it cites (issue 11).

"“Clinton's final count was 699.57, according to the state party,” the site reported", "“I saw
in the news that Trump said his approval was 41 percent,” Adelson said": the speaker passes on
a figure and names where it comes from, and the innermost attribution wins over a speaker who
embeds it (issue 11, "Nominal sources"; realgold5 and realgold7 golds). ``attribution.py``
otherwise gives every figure in a quotation to the quotation's speaker, which stays right for
the speaker's own words: only an explicit citation counts here, an "according to" or a name
that "said" it, not whatever the parse hangs on a verb of the quoted words ("the Ambassador
tells me that I need ... more than 3 agents", "whether the report represents ... the 2.2
percent average": the speaker's figures).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import UNSPECIFIED_GROUP_QUANTIFIERS
from factcheck.extract.sources.quoted_bodies import a_definite_body, a_reporting_body
from factcheck.extract.sources.reporting_verbs import according_to_object

# The one reporting verb that cites without describing how ("said"): "tell", "show", "find"
# and the rest also carry the speaker's own account of a scene.
_CITING_VERBS = frozenset({"say"})
# ... and "report", whose subject is a body that publishes counts ("If the ministry is reporting
# 187,000, ..."): ``quoted_bodies.py``.


def cites_for_the_figure(named: Token) -> bool:
    """``named`` (the word that names a source found inside a quotation) is the object of an
    "according to" (or ", per X") or a name that is the subject of "said"."""
    if named.dep_ == "pobj":
        frame = named.head if named.head.lower_ == "per" else named.head.head
        return according_to_object(frame) == named
    return (
        named.dep_ == "nsubj"
        and (named.pos_ == "PROPN" or a_definite_body(named))
        and (named.head.lemma_.lower() in _CITING_VERBS or a_reporting_body(named))
        and not _a_count(named)
    )


def _a_count(named: Token) -> bool:
    """ "about twice as many Democrats said", "40 Republicans said": those a poll or a tally
    counts are what the quotation reports, not a source it cites."""
    return any(
        t.like_num or t.dep_ in ("nummod", "quantmod") or t.lower_ in UNSPECIFIED_GROUP_QUANTIFIERS
        for t in named.subtree
    )
