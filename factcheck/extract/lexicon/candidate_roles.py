"""Rule data: the words a campaign story uses for the one candidate it is about. Pure data.

"The candidate said", "the nominee told reporters", "the businessman has said": in a story
about one candidate, the definite singular word stands for that person, a person identified
by a role held by one (gold README, "Source kinds": a unique role -> named_person). Without
the list such a phrase fell to the anonymous default (realgold8 gold: "The candidate" is
Kasich, named_person, four claims; PolNeAR "the candidate said" after a Trump quotation).
Entries are lower-case singular lemmas; only the definite singular is read so ("the
candidates", "a candidate" are not one identified person).
"""

CANDIDATE_EPITHET_HEADS = frozenset(
    {
        "candidate",
        "nominee",
        "front-runner",
        "frontrunner",
        "contender",
        "challenger",
        "incumbent",
        "businessman",
        "businesswoman",
        "mogul",
        "billionaire",
        "hopeful",
    }
)
