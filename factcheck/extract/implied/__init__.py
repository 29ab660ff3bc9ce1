"""Implied counts: casualties the text states without a digit ("a man was shot and killed").

Casualty verbs, nouns and states (``casualty_measures``, ``casualty_nouns``,
``implied_predicates``), the people they count (``implied_people``, ``person_shapes``) and the
vocabulary of local news, gathered from its rounds by what each says (``death_phrases``,
``later_deaths``, ``hurt_states``, ``wound_phrases``, ``victim_phrases``, ``found_bodies``,
``misparsed_people``, ``other_means``, ``headline_phrases``). ``implied`` composes them (issue 9;
gold README, "Implied counts").
"""
