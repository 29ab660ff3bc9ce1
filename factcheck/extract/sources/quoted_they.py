"""A quotation that passes on what unnamed others told the speaker: '"They told us there are
3,000 people in this camp," she said'.

The speaker does not give the figure as their own: "they" told it to them, and the innermost
attribution wins (issue 11; the session-55 ruling for quotations citing their own source, as
"Our members say ... 600" -> "Our members"). Who "they" are the text does not say, so the source
is the pronoun as written, anonymous (gold README: unnamed people -> anonymous). Two wire sets by
two writers give it so: tests/wired d_2 ("They told us there are 2,000 people"), tests/wirej j_3
("They told us two people are alive").

Only "they" as the subject of "tell" with the speaker as its object ("told us", "told me"),
inside the quotation: "they said" or "they think" may be the speaker's own account of a group
the quotation has just named.
"""

from __future__ import annotations

from spacy.tokens import Token

_SPEAKER_OBJECTS = frozenset({"us", "me"})


def they_told_the_speaker(subject: Token) -> bool:
    """``subject`` is the "They" of "They told us ..."."""
    verb = subject.head
    return (
        subject.lower_ == "they"
        and subject.dep_ == "nsubj"
        and verb.lemma_.lower() == "tell"
        and any(
            c.dep_ in ("dobj", "dative") and c.lower_ in _SPEAKER_OBJECTS for c in verb.children
        )
    )
