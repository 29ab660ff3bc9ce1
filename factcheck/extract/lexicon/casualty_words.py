"""Rule data for implied counts: casualty verbs, nouns, states and their measures
(``extract/implied/``; gold README, "Implied counts"). The words of care and condition
(hospitals, treatment, recovery, release) are in ``care_words.py``.
"""

# fmt: off
# Verbs whose subject alone is counted, as "die": "Both victims survived".
INTRANSITIVE_CASUALTY_VERBS = frozenset({"die", "survive"})
FATAL_ADVERBS = frozenset({"fatally", "dead", "death"})
# "a double homicide" = 2 killed, "a triple shooting" = 3 shot: the event noun gives the measure.
EVENT_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
# "Ann Lee's killer", "the killer of Ann Lee": the doer's noun says its victim's harm (impl44v).
NOMINAL_AGENTS = {"killer": "killed", "murderer": "killed", "slayer": "killed"}
# "the stabbing of a teenager", "the wounding of two officers": event nouns of a harm short of
# a shooting, read only with their victims after "of" or as owners (implwide); "the fatal
# stabbing of" = killed. Not NOMINAL_EVENTS, which other rules read as casualty events.
# imp62: "investigating the homicide of a 23-year-old man", "Ann Lee's homicide" = killed.
NOMINAL_HARMS = {"stabbing": "injured", "wounding": "injured", "homicide": "killed"}
# A reflexive object is the subject again: one person ("shoots himself, father" = 2 shot).
REFLEXIVE_PERSONS = frozenset({"herself", "himself"})
# "left a woman with a gunshot wound": what a person is left with when hurt.
WOUND_NOUNS = frozenset({"wound", "injury", "burn"})
# "The surviving victim was taken to a hospital", "the injured woman is 21": a definite person
# whose own modifier says the casualty is counted, even where an earlier sentence counted them.
CASUALTY_MODIFIERS = frozenset({"injured", "wounded", "surviving"})
# "The 24-year-old was slain": the tagger may call the participle an adjective (lemma "slain")
# after an age; read as the verb it is (impl56b), its lemma here.
ADJECTIVE_PARTICIPLES = {"slain": "slay"}
# "were hit by stray bullets", "was struck in the ankle", "one of the shots hit the boy": a
# verb of impact is a shooting when gunfire is its doer or a body part its place (not "hit by
# a car", "hit with a bat"). "blasted in the chin" (impl41: a tabloid's word for a shot; the
# same tests of gunfire or a body part, so "the senator blasted the bill" is none).
IMPACT_VERBS = frozenset({"hit", "strike", "graze", "blast"})
GUNFIRE_NOUNS = frozenset(
    {
        "bullet",
        "gunfire",
        "round",
        "shot",
        "pellet",
        "gunshot",
        "fire",
        "shotgun",
        "bullets",
    }
)
BODY_PARTS = frozenset(
    {
        "head",
        "face",
        "eye",
        "ear",
        "jaw",
        "chin",
        "cheek",
        "mouth",
        "neck",
        "throat",
        "chest",
        "back",
        "shoulder",
        "arm",
        "elbow",
        "wrist",
        "hand",
        "finger",
        "stomach",
        "abdomen",
        "side",
        "torso",
        "hip",
        "groin",
        "buttock",
        "buttocks",
        "leg",
        "thigh",
        "knee",
        "ankle",
        "foot",
        "heel",
        "toe",
        "calf",
        "lower",
        "upper",
    }
)
# the place of a wound after a person or a verb: "a woman in the arm", "shot to the head"
# (gapped_objects.py, own_wounds.py), with a BODY_PARTS object
WOUND_PLACE_PREPS = frozenset({"in", "to"})
# "a 13-year-old girl with a gunshot wound", "A woman was found with gunshot wounds": a wound
# of these kinds on a person is an implied 1 injured (realgold8 README); not "a man with a gun".
# "a graze wound to the head" is a bullet's graze (impl54).
GUNSHOT_WOUND_MODIFIERS = frozenset({"gunshot", "bullet", "gun", "graze"})
# the verbs a person "with a gunshot wound" hangs on when the parse attaches it to the verb
WOUND_FOUND_VERBS = frozenset({"find", "arrive", "show", "walk", "discover", "locate"})
# "The deceased victim has been identified": a person's own modifier that says a death.
FATAL_MODIFIERS = frozenset({"deceased", "slain"})  # "the slain officer" (impl44v)
# "Deputies found Ann Reed dead": verbs whose small clause "<person> dead" is a death found.
FIND_VERBS = frozenset({"find", "discover", "locate"})
# "Both victims were teenagers", "Both of the deceased were acquainted": "both" with a word that
# names people as casualties is an implied 2 whatever the clause says (realgold3, realgold5,
# realgold10 golds; 7 of GVA's 229 articles), with the measure the word gives.
CASUALTY_PERSON_MEASURES = {"victim": "shot", "deceased": "killed", "dead": "killed"}
# "wounded four people, including a woman", "The dead include a 19-year-old woman, a 30-year-old
# man and ...": the people listed as part of a casualty count or group are counted where they
# are described (realgold8, realgold12 golds); the group words and what they say happened.
LIST_INCLUDE_WORDS = frozenset({"including", "include", "includes", "included"})
CASUALTY_GROUP_MEASURES = {
    "dead": "killed", "deceased": "killed", "victims": "shot", "wounded": "injured",
    "injured": "injured",
}  # fmt: skip
# "found a man and a boy, both of whom had been shot", "found two men and a woman, all of them
# dead": the quantifier stands for the people the clause hangs on, counted where they are named
# (realgold10 gold), not the quantifier.
RELATIVE_QUANTIFIERS = frozenset({"both", "all", "each"})
RELATIVE_QUANTIFIED = frozenset({"whom", "them"})
# "The girl sustained serious injuries", "a woman who suffered gunshot wounds", "a man was
# treated for gunshot wounds": the person who has a wound by one of these verbs is injured (the
# verb lemma and the preposition its wound hangs on, "" for a direct object).
# "A man received a gunshot wound to the hand" (implwide)
WOUND_HAVING_VERBS = {"suffer": "", "sustain": "", "treat": "for", "receive": ""}
# "rushed to a hospital where he succumbed to his injuries": a verb of dying after care that is
# not a casualty verb of its own (the death wins over the care: killed, not injured).
LATER_DEATH_VERBS = frozenset({"succumb"})
# "was shot while walking home and died at the hospital", "... and succumbed to his wounds":
# verbs of death a parse may join to the clause after the harm (casualty_measures.py, impl56).
JOINED_DEATH_VERBS = frozenset({"die", "succumb"})
# "where he was later pronounced dead", "and later died": the pronouns by which a clause after a
# verb of care goes on about the same people ("where one later died" is another count).
SAME_PEOPLE_PRONOUNS = frozenset({"he", "she", "they"})
# "found Ann Lee suffering from gunshot wounds", "a child had a bullet wound to the head": the
# verbs (with their preposition) by which a person has a wound, besides WOUND_HAVING_VERBS
# (realgold16 gold: each 1 injured).
WOUND_HAVING_PAIRS = frozenset({("suffer", "from"), ("have", "")})
# the perfect's auxiliary, by which a casualty verb's VBN acts on its object: "has shot", "had
# killed", "have wounded", "having stabbed" (active_participles.py, impl57b)
PERFECT_AUXILIARIES = frozenset({"have"})
# Phrasal casualty verbs, (lemma, particle) -> measure: "was gunned down as well", "gunned down
# his wife outside a drug store" (realgold10, realgold16 golds: killed; the GVA articles that
# use it all report a death).
PHRASAL_CASUALTY_VERBS = {("gun", "down"): "killed"}
# "fired into the house, striking a boy in the arm": words that make a sentence's impact a
# shooting (besides GUNFIRE_NOUNS); not "a ball struck the boy in the face"
IMPACT_GUNFIRE_WORDS = frozenset({
    "fire", "shoot", "discharge", "gun", "rifle", "pistol", "handgun", "firearm", "weapon",
})  # fmt: skip
# "an injured man", "a wounded girl": modifiers that bring in a new person who was hurt.
HURT_MODIFIERS = frozenset({"injured", "wounded"})
# "found the father, who was deceased", "discovered a woman, deceased, inside the home",
# "found deceased": "deceased" says the state "dead" says (realgold12, realgold16, realgold19).
DEAD_STATE_WORDS = frozenset({"dead", "deceased"})
# "the 16-year-old", "a 3-month-old": the units of an age that stands for a person
AGE_UNITS = frozenset({"year", "month", "week", "day"})
# "fired several shots, striking a man", "began shooting, hitting two men", "shot twice,
# hitting him": verbs of firing a gun whose participle clause tells whom the shots struck
# (impact_clauses.py; "opened fire" is read by its object)
FIRING_VERBS = frozenset({"fire", "shoot", "discharge"})
# "The gun went off, striking his daughter": the firearms whose going off is a shot
# (``implied/impact_clauses.py``, impl55).
FIREARM_NOUNS = frozenset({"gun", "handgun", "pistol", "rifle", "firearm", "weapon", "revolver"})
# "a woman was murdered", "suspected of slaying wife and son", "the person that murdered Ann":
# verbs that say a killing as plainly as "kill" (casualty_measures.measure_of)
KILLING_VERBS = {"murder": "killed", "slay": "killed"}
# Verbs whose infinitive of purpose is the act done with the thing used: "the gun he used to
# kill Ann Lee", "a rifle was used to shoot the guard" = 1 killed, 1 shot (instrument_use.py)
INSTRUMENT_USE_VERBS = frozenset({"use"})
# Weapons a sentence-opening "The gun used to kill ..." may parse as the subject of an active
# "used" (the habit's reading); a weapon is the thing used, never the user (instrument_use.py)
USED_WEAPON_NOUNS = frozenset({
    "gun", "weapon", "firearm", "rifle", "handgun", "pistol", "shotgun", "revolver", "knife",
})  # fmt: skip
# docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)" (vocab36).
# Verbs whose subject died, said through a wound or a life: "a man succumbed to his injuries",
# "a 22-year-old lost his life in the shooting" (1 killed each).
DEATH_PHRASE_VERBS = frozenset({"succumb", "lose"})
# What "succumb to" must name to be a death of the wounded: "succumbed to his injuries", "to her
# wounds", "to a gunshot wound" (not "succumbed to pressure", "to temptation", "to cancer").
SUCCUMB_TO_NOUNS = frozenset({"injury", "wound", "burn", "gunshot"})
# "lost his life", "lost their lives", "claimed the life of": the life lost or taken.
LIFE_NOUNS = frozenset({"life"})
# "nearly lost his life", "almost lost her life": a death that did not happen.
NEAR_MISS_ADVERBS = frozenset({"nearly", "almost", "narrowly"})
# "the shooting claimed the life of a 16-year-old", "the gunfire took the lives of a mother and
# her son": verbs whose "life of" object names who was killed.
LIFE_TAKING_VERBS = frozenset({"claim", "take"})
# "a man was stabbed outside a bar", "stabbed a store clerk": a casualty verb read as "shoot" is
# ("stabbed to death", "fatally stabbed", "stabbed and killed" are killed), measure injured, as
# the real gold writes "stabbed a sixth person" (realgold14: injured) and "stabbing" (EVENTS).
# "A man was knifed outside a bar" (implvoc): the same act, a tabloid's word for it.
# implvoc2 (session 49): "was slashed with a box cutter", "slashed a clerk" (a blade's cut; not
# "slashed the budget", "slashed the tires": no person)
STABBING_VERBS = {"stab": "injured", "knife": "injured", "slash": "injured"}
# "stabbed in the back": an idiom of betrayal, a stabbing only where the sentence speaks of a
# blade, a wound or care ("stabbed in the back with a kitchen knife").
BACKSTAB_LITERAL_WORDS = frozenset({
    "knife", "blade", "wound", "injury", "hospital", "police", "officer", "deputy", "scene",
    "attack", "assault", "weapon", "suspect", "arrest", "blood", "surgery", "victim",
})  # fmt: skip
# "The victim did not make it", "Jones, 24, died Monday": a death said without harm is read only
# where the sentence or the one before tells of a casualty by these words (lemmas or word forms;
# ``implied/casualty_context.py``, impl56), so "The team did not make it" counts no one.
# HARM_CONTEXT_WORDS alone where the sentence itself speaks of care ("drove himself to the
# hospital": the harm must be told, self_arrivals.py).
HARM_CONTEXT_WORDS = frozenset({
    "shoot", "shot", "gunshot", "wound", "injury", "gunfire", "stab", "bullet", "shooting",
    "stabbing", "injure",
})  # fmt: skip
CASUALTY_CONTEXT_WORDS = HARM_CONTEXT_WORDS | {
    "hospital", "surgery", "paramedic", "medic", "ambulance",
}  # fmt: skip
# A telegraphic headline's casualty words after its people, besides HEADLINE_PASSIVE_CASUALTY:
# "Woman stabbed, man shot in ...", "Man slain outside bar", "Boy grazed by stray bullet" (a
# graze only in a headline of gunfire, as "hit"); headline_casualties.py.
HEADLINE_VOCAB_CASUALTY = {
    "stabbed": "injured", "slain": "killed", "grazed": "shot",
    # implvoc (session 48): "Man assassinated outside office",
    # "Hiker perishes in fire", "Woman found lifeless in home"
    "assassinated": "killed", "perishes": "killed", "perished": "killed",
    "lifeless": "killed",
    # implvoc2 (session 49): "Woman strangled in her home", "Man slashed outside bar"
    "strangled": "killed", "slashed": "injured",
}  # fmt: skip
# "Teen succumbs to injuries after ...", "Father of three loses life in ...": a headline's verb
# of dying and the word after it that makes it one (killed).
HEADLINE_DEATH_PHRASES = frozenset({
    ("succumbs", "to"), ("succumbed", "to"), ("loses", "life"), ("lost", "life"),
})  # fmt: skip
# docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)" (vocab37).
# "A man was mortally shot", "mortally stabbed": a wound that killed, as "mortally wounded"
# (killed; FATAL_ADVERBS has "fatally").
MORTAL_ADVERBS = frozenset({"mortally"})
# "A 19-year-old suffered gunshot wounds to his arm", "sustained a stab wound": the verbs the
# tagger reads as adjectives on the wound noun after an age (1 injured).
SUFFERED_WOUND_WORDS = frozenset({"suffered", "sustained"})
# "with what appeared to be a gunshot wound", "what looked like a stab wound": the verbs of a
# hedged wound (``implied/hedged_wounds.py``, impl55).
HEDGED_SEEM_VERBS = frozenset({"appear", "seem", "look"})
# "with what police described as a gunshot wound": the verbs whose object "what" is the wound.
HEDGED_DESCRIBING_VERBS = frozenset({"describe"})
# ", losing his life", ", dying at the scene", ", succumbing to his wounds": the verbs of a
# subjectless clause of death whose person is the main clause's subject (killed).
DYING_VERBS = frozenset({"die", "lose", "succumb"})
# docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)" (vocab38).
# "A 3-year-old is fighting for his life after a shooting", "Two men are fighting for their
# lives": the verb whose "for his life" is a person's critical state (injured, as "in critical
# condition"); not "fighting for its life" (a firm), "for his political life".
LIFE_FIGHT_VERBS = frozenset({"fight", "battle"})
# the owners of a fought-for life that are people ("his life", "their lives"), not "its life".
PERSON_POSSESSIVES = frozenset({"his", "her", "their"})
# "The shooting left a 19-year-old dead": with FIND_VERBS, the verbs whose object a trailing
# "dead" is said of, where the parse reads "a 19-year-old dead" as one noun phrase (killed);
# "Doctors pronounced a 4-year-old dead" (implwide).
LEFT_DEAD_VERBS = frozenset({"leave", "pronounce"})
# "located another person lying wounded in a ditch", "was found lying injured": the states of
# a person found lying hurt (injured).
HURT_STATE_WORDS = frozenset({"wounded", "injured"})
# "The child was also bleeding from her face": a person bleeding is hurt (realgold20 gold); not
# "the campaign is bleeding support" (an object), "stop the bleeding" (a noun).
BLEEDING_VERBS = frozenset({"bleed"})
# "found the bodies of a man, two women and a small child" (realgold14 gold: each run killed),
# "the body of a 19-year-old was found": the people whose remains these are; not "the body of
# Christ", "a body of work", "the student body".
# "remain": the lemma the tagger gives the noun "remains" ("The remains of a woman were found";
# implvoc)
REMAINS_NOUNS = frozenset({"body", "remain"})
# docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)": words a local crime
# reporter writes for the same events, each read by ``death_phrases.py``, ``victim_phrases.py``,
# ``wound_phrases.py``, ``wound_holders.py``, ``headline_phrases.py`` or
# ``casualty_measures.measure_of``.
# "A man was beaten to death", "strangled to death", "was bludgeoned to death with a hammer":
# verbs of violence that say a killing only with "to death" ("beaten" alone is no count, "beat
# the Lakers" none; "bored / scared / worked to death" are not in the list).
DEATH_MANNER_VERBS = frozenset({
    "beat", "bludgeon", "strangle", "choke", "maul", "stomp", "kick", "club", "hack", "punch",
    "stab", "shoot", "burn", "crush", "trample", "torture", "batter", "pummel", "slash",
    "bleed",  # "A man bled to death on the sidewalk" (implwide)
})  # fmt: skip
# "A woman perished in the attack": an intransitive verb of death, as "die" (the subject).
PERISH_VERBS = frozenset({"perish"})
# "A man was assassinated outside his office", "the gunman executed a clerk": verbs that say a
# killing of a person as plainly as "murder" (a search warrant or a plan executed has no person).
KILLING_VOCAB_VERBS = {"assassinate": "killed", "execute": "killed"}
# "was the victim of a fatal shooting", "fell victim to a stabbing", "A homicide victim was
# identified": the event a victim suffered says the measure ("fatal" or "deadly" makes a
# shooting a killing); "victim of fraud" or "of gun violence" says none.
VICTIM_EVENT_NOUNS = {
    "homicide": "killed", "murder": "killed", "killing": "killed", "slaying": "killed",
    "shooting": "shot", "stabbing": "injured",
}  # fmt: skip
# the compound events of "a murder victim", "a homicide victim" (a killing: the victim is dead);
# "a shooting victim" stays with the verbs of care that read it (injured).
FATAL_VICTIM_COMPOUNDS = frozenset({"homicide", "murder", "slaying"})
# "A man took a bullet to the leg", "caught a bullet in the shoulder": the verbs by which a
# person receives a bullet (a part of the body after "to" or "in"; "took a bullet for the team"
# is an idiom).
BULLET_TAKING_VERBS = frozenset({"take", "catch"})
# what such a verb takes: the gunfire nouns a single shot is
TAKEN_GUNFIRE_NOUNS = frozenset({"bullet", "round", "slug", "shot"})
# "A man passed away from his injuries", "the teen passed away at the hospital": the verb and
# its particle that say a death as plainly as "died" (the subject; "passed the bill" is none).
PASSING_AWAY = ("pass", "away")
# "A woman was found lifeless in the driveway": a state after "found" that says a death, besides
# DEAD_STATE_WORDS ("found unresponsive" is no death: it may be an overdose, and many recover).
# "was found slain in his apartment" (impl54)
FOUND_LIFELESS_WORDS = frozenset({"lifeless", "slain"})
# "A man was found with multiple stab wounds", "a woman with a knife wound to the arm": the
# kinds of wound a blade gives, read as a gunshot wound is (injured).
BLADE_WOUND_MODIFIERS = frozenset({"stab", "knife"})
# "A man suffered fatal injuries", "sustained a fatal gunshot wound to the head", "was found with
# a mortal wound": a wound that says the person died (killed, not injured).
FATAL_WOUND_MODIFIERS = frozenset({"fatal", "mortal", "deadly"})
# "Man stabbed his wife", "Senator assassinated the bill": the words that open an object after a
# headline's casualty participle, making it active (HEADLINE_VOCAB_CASUALTY says nothing of the
# people before it).
HEADLINE_OBJECT_OPENERS = frozenset({
    "the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "that",
})  # fmt: skip
# "Deputies found a man unresponsive with gunshot wounds", "was found unconscious with a gunshot
# wound": a state between a person found and the wound they have (the wound says the harm; the
# state alone counts no one: "found unresponsive" may be an overdose).
FOUND_STATE_WORDS = frozenset({"unresponsive", "unconscious", "motionless"})
# "found a 17-year-old inside the apartment with a gunshot wound", "a man in a car with gunshot
# wounds": the place between a person and the wound they have, where the parse hangs "with" on
# the place (``placed_holders.py``, session 53): the prepositions of such a place.
PLACE_PREPOSITIONS = frozenset({
    "in", "inside", "at", "near", "outside", "on", "behind", "beside", "along",
})  # fmt: skip
# "Shots were fired and a man was hit", "Gunfire erupted. A woman was struck twice.": impact
# verbs whose passive, with no agent or instrument, says a shot where gunfire is told in the
# sentence or the one before (gunfire_context.py, impl54); the nouns and verbs that tell it.
CONTEXT_IMPACT_VERBS = frozenset({"hit", "strike"})
CONTEXT_GUNFIRE_NOUNS = frozenset({
    "bullet", "gunfire", "gunshot", "gunman", "gunmen", "shooter", "shooting", "pellet", "gun",
    "rifle", "pistol", "handgun", "firearm", "shotgun", "crossfire",
})  # fmt: skip
CONTEXT_GUNFIRE_VERBS = frozenset({"fire", "shoot"})
# "caught a stray bullet", "took a stray round": what a person catches or takes when shot
# without a part of the body named (gunfire_context.py, impl54; not "took a shot at").
STRAY_BULLET_NOUNS = frozenset({"bullet", "round", "slug"})
# "inflicted a fatal gunshot wound on their son": verbs that give a wound to the person after
# "on" (inflicted_wounds.py, impl54).
INFLICTING_VERBS = frozenset({"inflict"})
# Verbs of harm whose object, a first and last name by shape with no person label, is a person
# ("shot and killed Darnell Price", "fatally stabbed Ann Reyes"): one does not shoot or stab a
# thing one names so (names54; not "killed Planned Parenthood" alone: "kill" counts a name
# only beside "shoot" or "stab", ``named_objects.py``).
NAMED_OBJECT_HARM_VERBS = frozenset({"shoot", "stab", "gun"})
