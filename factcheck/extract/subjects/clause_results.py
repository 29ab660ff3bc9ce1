"""Election results told beside a figure in a sentence that also speaks of polls (issue 11).
Pure.

"Despite leading the last 10 Iowa polls ..., Trump was defeated by Cruz, who won, 27.6 percent
to 24.3 percent, with 100 percent of precincts reporting"; "The outcome showed Clinton had
received 49.84 percent while Sanders received 49.59 percent": the words around the figure give
a result, whatever the polls before them say (realgold5, realgold19 golds: "vote").
"""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.extract.lexicon import CLAUSE_RESULT_WORDS, ELECTION_RESULT_WORDS, POLL_NOUNS

# tokens either side of a figure that make its clause
_REACH = 6


def clause_result(figure: Span) -> bool:
    """True if the words near ``figure`` in its sentence tell an election result, and name no
    poll and no forecast ("would win 45 percent")."""
    sent = figure.sent
    near = figure.doc[max(sent.start, figure.start - _REACH) : min(sent.end, figure.end + _REACH)]
    words = {t.lower_ for t in near}
    if words.isdisjoint(ELECTION_RESULT_WORDS | CLAUSE_RESULT_WORDS):
        return False
    return words.isdisjoint(POLL_NOUNS) and not any(t.tag_ == "MD" for t in near)
