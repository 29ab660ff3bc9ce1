"""Implied counts: casualties the text states without a digit ("a man was shot and killed").

Casualty verbs, nouns and states (``casualty_measures``, ``implied_predicates``), the people they
count (``implied_people``, ``person_shapes``) and the vocabulary rounds of local news
(``casualty_vocab*``). ``implied`` composes them (issue 9; gold README, "Implied counts").
"""
