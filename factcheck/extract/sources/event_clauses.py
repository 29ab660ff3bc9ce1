"""A reporting verb in a clause that tells when or why something happened is part of the
event, not who reports the figure beside it: "A Berlin woman received five months' probation
after she had posted comments on Facebook", "He was fined $500 because he had tweeted a
threat", "Police found two guns when a neighbor reported shots". Only an "as" clause (",
as police reported") or a closing clause with no mark (", police said") attributes the
sentence's figures (gold README: the reporter's own narration has no source)."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import EVENT_CLAUSE_MARKS


def tells_an_event(clause: Token) -> bool:
    """``clause``, a verb hung on the figure's clause as an adverbial clause, opens with a
    mark of time, cause or condition ("after", "because", "when", "if")."""
    if clause.dep_ != "advcl":
        return False
    return any(c.dep_ == "mark" and c.lower_ in EVENT_CLAUSE_MARKS for c in clause.lefts)
