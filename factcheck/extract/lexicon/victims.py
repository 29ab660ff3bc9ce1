"""Rule data for the people of implied counts: victims named, listed, re-mentioned or read from
a headline (``extract/implied/``).
"""

# fmt: off
# A headline's active casualty verb before its bare objects ("Toddler shoots himself, father").
HEADLINE_ACTIVE_CASUALTY = {
    "shoots": "shot", "shot": "shot", "kills": "killed", "killed": "killed",
    "wounds": "injured", "wounded": "injured",
}  # fmt: skip
# Passive casualty participles after a list of ages ("a 12 year old and 15 year old were shot").
PASSIVE_CASUALTY = {"shot": "shot", "killed": "killed", "wounded": "injured", "injured": "injured"}
# "His wife called 911 after he was shot": "he" is not the wife; the pronoun's antecedent
# keeps its gender where the person noun gives one.
FEMALE_PERSON_NOUNS = frozenset(
    "woman girl mother daughter wife sister grandmother girlfriend aunt niece granddaughter "
    "stepmother stepdaughter fiancee female mom".split()
)
MALE_PERSON_NOUNS = frozenset(
    "man boy father son husband brother grandfather boyfriend uncle nephew grandson "
    "stepfather stepson fiance male dad".split()
)
# "Ann Lee died at the hospital", "died of his injuries", "survived the shooting": a named
# person's death or survival counts only with such words ("Florence Henderson has died", a
# page's other news, does not).
CASUALTY_SCENE_NOUNS = frozenset(
    "hospital center scene injury wound shooting gunshot gunfire attack bullet gun".split()
)
# "turned the gun on himself": what a killer turns on himself (realgold8 README: an implied 1).
SELF_INFLICTED_TURN_OBJECTS = frozenset({"gun", "weapon", "rifle", "handgun", "pistol", "shotgun"})
# `spans12`) -----------------------------------------------------------------------------------
# "shot himself in the foot": a self-inflicted mistake, no wound (a real "shoots himself in the
# hand" is 1 shot, realgold10).
SELF_SHOT_IDIOM_PARTS = frozenset({"foot"})
# "his twin daughters", "the twins": a pair of people by the word itself (realgold8's "fatally
# shot twin daughters, himself"); "shooting her parents" (realgold19 gold: 2; vdesc40).
PAIR_PERSON_WORDS = frozenset({"twin", "twins", "parents"})
# "Father, 9-Year-Old Daughter Shot & Killed In ...", "Boy, 7, Shot In ...", "Ex-Con Found Dead
# After ...": the tagger reads a title-case headline's words as names, so its opening people are
# read off the surface (realgold12 README: a described victim is an implied 1).
HEADLINE_TITLE_CASUALTY = {
    "shot": "shot", "killed": "killed", "found": "killed", "wounded": "injured",
    "injured": "injured", "hurt": "injured",
}  # fmt: skip
HEADLINE_LIST_JOINS = frozenset({",", "&", "and"})
# "Shot & Killed", "Shot And Killed": the shooting killed
HEADLINE_FATAL_AFTER = frozenset({"&", "and"})
# people a headline names by a short word the body would not count: "Ex-Cop Found Dead"
HEADLINE_PERSON_EXTRA = frozenset({"cop", "con"})
# Relative words that stand for a person only ("a woman in the car who was shot": the woman, not
# the car; relative_people.py).
PERSON_RELATIVE_PRONOUNS = frozenset({"who", "whom"})
# What a person released or recovering is out of or over: care and wounds (not "released from
# jail", "recovering from the flu").
RECOVERY_FROM_NOUNS = frozenset({"hospital", "care", "injury", "wound", "surgery", "center"})
# A release with no "from" is out of care only where its sentence speaks of care or wounds
# ("... had been released, a bullet still lodged in her thigh"; not "was released on bond").
RELEASE_CONTEXT_WORDS = frozenset({
    "hospital", "condition", "bullet", "wound", "injury", "surgery", "treat", "gunshot",
    "treatment",  # "was released after treatment" (impl56)
})  # fmt: skip
# "Police identified the dead as ...", "the dead were ...": the groups whose list names the dead.
IDENTIFIED_DEAD_GROUPS = frozenset({"dead", "deceased"})
# "Killed were ...", and as written in the same inverted shape "Wounded were a 17-year-old boy
# and ...", "Also injured was the gunman's wife" (impl41): the measure of each opening word, and
# the measures an inverted list may count.
INVERTED_CASUALTY_WORDS = {
    "killed": "killed", "wounded": "injured", "injured": "injured", "hurt": "injured",
}  # fmt: skip
INVERTED_CASUALTY_MEASURES = frozenset({"killed", "injured", "shot"})
# "Dead is John Smith, 24", "Also dead are a man and a woman": an opening state word before an
# inverted "is"/"are" (impl56b; identified_dead.py), bare of words of its own (not "Dead last in
# the poll is ...").
INVERTED_STATE_WORDS = {"dead": "killed", "deceased": "killed"}
IDENTIFY_VERBS = frozenset({"identify"})
# A telegraphic headline read by its words where the parse fails ("Toddler shot, critically
# wounded", "Ten-year-old boy, parents hit in ... shooting", "16-year-old in critical condition
# after ...": realgold16, realgold19, realgold20 golds; ``headline_casualties.py``): the casualty
# words after the people, and what each says happened.
HEADLINE_PASSIVE_CASUALTY = {
    "shot": "shot", "killed": "killed", "wounded": "injured", "injured": "injured",
    "hurt": "injured", "hit": "shot", "dies": "killed", "died": "killed",
    "hospitalized": "injured",
}  # fmt: skip
# "in critical condition": the states of one hurt
HEADLINE_CONDITION_WORDS = frozenset({"critical", "serious", "stable", "grave"})
# "..., Injuring Child In Dallas", "Killing Wife, Wounding Two Officers", "kills 6-year-old
# brother, self": active casualty words before bare people (realgold12, realgold16, realgold20)
HEADLINE_OBJECT_CASUALTY = {
    "killing": "killed", "kills": "killed", "injuring": "injured", "injures": "injured",
    "wounding": "injured", "wounds": "injured",
}  # fmt: skip
# plural person words a headline counts by the word itself: "Ten-year-old boy, parents hit" = 3
HEADLINE_PAIR_PEOPLE = {"parents": 2, "twins": 2, "couple": 2}
# "X committed suicide", "X took his own life": 1 killed at X (suicides.py); not the bare
# "commit"/"take" (an infinitive or a generic present)
SUICIDE_VERBS = frozenset({"committed", "commits", "committing"})
OWN_LIFE_VERBS = frozenset({"took", "taken", "takes", "taking"})
# "Homicide victim a sophomore at ...", "Deceased victim identified in ...": one victim that
# opens a headline, named by what happened to them (realgold16, realgold20 golds;
# ``headline_casualties.py``)
HEADLINE_VICTIM_MODIFIERS = {
    "deceased": "killed", "homicide": "killed", "murder": "killed", "slaying": "killed",
    "slain": "killed", "shooting": "shot", "gunshot": "shot", "stabbing": "injured",
}  # fmt: skip
# "the shooting that left a nightclub co-owner, O'Neil Bandoo, dead", "Deputies found his wife
# Candace "Candy" Cormier and their adopted son Jeremiah dead", a title's "That Left David McCray,
# 22, Dead" (realgold, realgold12, realgold16 golds: each person 1 killed; left_dead.py): the
# forms of the verbs before the people.
LEFT_FOUND_DEAD_FORMS = frozenset(
    {"left", "leave", "leaves", "leaving", "found", "find", "finds", "finding", "discovered"}
)
# "killing her and another woman", "shot him and his girlfriend": the object pronouns that stand
# for one person when joined to a person noun (implied_people.is_listed_pronoun; realgold10
# gold: 2; vdesc40).
LISTED_PRONOUNS = frozenset({"him", "her"})
# A telegraphic headline's casualty words, read by headline_casualties.py beside
# HEADLINE_PASSIVE_CASUALTY and HEADLINE_VOCAB_CASUALTY: "Teen gunned down near school" (killed),
# "Suspect dead after shooting" (killed), "Grandmother struck by stray bullet" (shot, only in a
# headline of gunfire, as "hit"), "Man beaten outside bar" (injured).
HEADLINE_STATE_CASUALTY = {
    "dead": "killed", "gunned": "killed", "struck": "shot", "beaten": "injured",
}  # fmt: skip
# Casualty words that say gunfire only where the headline speaks of it ("Boy hit by car").
# "Stray bullet strikes girl" (impl54) as "hits": gunfire only ("Car strikes girl" is none).
HEADLINE_GUNFIRE_ONLY = frozenset({"hit", "hits", "grazed", "struck", "strikes"})
# Active casualty words before their people, beside HEADLINE_OBJECT_CASUALTY: "Child
# accidentally shoots sibling", "Man stabs roommate", "Deputies shoot, wound armed man",
# "Police Shoot And Kill Armed Man", "Stray bullet hits toddler" (gunfire only).
HEADLINE_ACTIVE_VERBS = {
    "shoots": "shot", "shoot": "shot", "stabs": "injured", "stab": "injured",
    "kill": "killed", "wound": "injured", "hits": "shot", "strikes": "shot",
}  # fmt: skip
# Words before a base-form casualty verb that make it no event ("threatens to shoot", "will kill").
HEADLINE_UNREAL_BEFORE = frozenset({
    "to", "will", "would", "could", "can", "may", "might", "not", "never", "cannot", "won't",
})  # fmt: skip
# Adverbs before an active casualty verb that make it a death ("Woman fatally shoots husband").
HEADLINE_FATAL_ADVERBS = frozenset({"fatally", "mortally"})
# Words after which a headline's clause of casualty opens again: "Man charged after girlfriend
# shot", "Vigil held for boy shot at park", "Shooting leaves man critically injured".
HEADLINE_CLAUSE_OPENERS = frozenset({"after", "for", "leaves", "left", "leaving", "as", "when"})
# The reflexive casualty after an active verb's people: "kills wife, then himself".
HEADLINE_SELF_WORDS = ("self", "himself", "herself")
# Words that tell a headline's "identified" victim was killed ("Victim identified in weekend
# homicide", "Man killed in crash identified" is read by its participle).
HEADLINE_FATAL_WORDS = frozenset({
    "homicide", "killing", "slaying", "murder", "fatal", "deadly", "death",
})  # fmt: skip
# Words that open no person before a person noun in a headline ("Drive-by leaves toddler"):
# casualty and clause words are never a person's modifier.
HEADLINE_NOT_MODIFIERS = frozenset({
    "leaves", "left", "after", "for", "and", "of", "in", "at", "by", "the", "a", "an", "with",
    "then", "while", "as", "when", "on", "near", "outside",
})  # fmt: skip
# Plural-looking words the parse tags so that still modify one person ("Police officer shot").
HEADLINE_PLURAL_MODIFIERS = frozenset({"police"})
# "a female who was deceased in the garage", "Ann Lee, 16 years old – deceased", "father to
# deceased victim Tom Lee": the police and list register's word for a death, said of one person
# however the parse hangs it (``deceased_states.py``; gold README "Implied counts").
DECEASED_WORDS = frozenset({"deceased"})
# the person nouns a name may follow in "deceased victim Tom Lee", "the slain officer Ann Ray"
DECEASED_NAME_ROLES = frozenset({"victim", "officer", "man", "woman", "teen", "boy", "girl"})
# "Friends remembered a slain teen", "the family of a murdered woman": an indefinite person's
# modifier that says a killing (the definite "the slain officer" is FATAL_MODIFIERS').
FATAL_INDEFINITE_MODIFIERS = frozenset({"slain", "murdered", "deceased"})
# "the family of a murdered woman", "a slain teen's mother", "friends of a slain soldier": who a
# killed person leaves behind, and what the killing left ("the funeral of", "the killer of",
# "the slaying of"), the owners by which a new one is named (modified_victims.py, implvoc2).
MOURNER_NOUNS = frozenset({
    "family", "families", "mother", "father", "parent", "son", "daughter", "sister", "brother",
    "wife", "husband", "widow", "widower", "child", "relative", "friend", "loved", "mom", "dad",
    "grandmother", "grandfather", "aunt", "uncle", "cousin", "fiancee", "fiance", "girlfriend",
    "boyfriend", "classmate", "neighbor", "coworker", "teammate", "funeral", "memorial",
    "vigil", "grave", "name", "death", "killer", "murderer", "slaying", "killing", "body",
})  # fmt: skip
# A headline's verb whose object is its casualty: "Family mourns man shot to death", "Coroner
# identifies teen killed in crash", "Police find gunshot victim in street" (headline_verbs.py):
# the parse's tags of a present-tense verb, and such verbs the parse may tag as nouns ("IDs",
# "mourns"), which are then no modifier of the person after them ("Police ID teen shot":
# headline_casualties.py, implied_people.person_phrase).
HEADLINE_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
HEADLINE_MISREAD_VERBS = frozenset({
    "ids", "id", "mourn", "mourns", "remember", "remembers", "identify", "identifies", "name",
    "names", "honor", "honors", "find", "finds", "seek", "seeks", "recall", "recalls",
    "grieve", "grieves", "bury", "buries", "search", "searches",
})  # fmt: skip
# Present-tense auxiliaries after which no casualty's people open ("Man is shot", "Police have
# suspect"): a form of "be", "have" or "do" is no verb whose object is the casualty, as
# "mourns" is (headline_verbs.py; the active casualty verbs, "Gunman shoots man", are skipped
# as HEADLINE_ACTIVE_VERBS).
HEADLINE_NOT_OPENING_VERBS = frozenset({"is", "are", "has", "have", "does", "do"})
# Object pronouns after a headline's participle that make it active ("Woman shot her husband",
# "Man charged after girlfriend shot him"): the people before it did the harm.
HEADLINE_ACTIVE_OBJECTS = frozenset({"him", "her", "his", "their", "them", "me", "us"})
# "Coroner IDs victim of fatal shooting": a victim named by a deadly event after "of"
HEADLINE_FATAL_EVENTS = frozenset({"fatal", "deadly"})
HEADLINE_HARM_EVENTS = frozenset({"shooting", "stabbing", "attack", "assault", "beating"})
# "A 17-year-old was among those shot": the tagger makes the participle after "those" a noun,
# the group itself (casualty_groups.py, session 53); the measure of each.
THOSE_CASUALTY_WORDS = {**INVERTED_CASUALTY_WORDS, "shot": "shot"}
# "Toddler recovering after shooting", "Teen recovers from gunshot wound": the words after a
# headline's people that say they survived a harm the headline tells (1 injured;
# recovery_headlines.py, impl54), and the words that join them to it.
HEADLINE_RECOVERY_WORDS = frozenset({"recovering", "recovers", "recovered"})
HEADLINE_RECOVERY_LINKS = frozenset({"after", "from", "following"})
# Marks and labels that open a related story's title inside an article's body ("RELATED: Teen
# shot in ...", "+ KY man killed in ...", "Quick Clicks Teen fatally shot in Allentown"); the
# title is read after them (body_titles.py, impl54). A label ending in ":" is also read as a
# headline's source prefix.
TITLE_LINE_PREFIXES = frozenset({
    "+", "•", "»", "-", "–", "—", "×", "RELATED:", "Related:", "READ MORE:", "Read more:",
    "MORE:", "ALSO:", "ALSO READ:", "SEE ALSO:", "WATCH:", "VIDEO:", "PHOTOS:", "EXCLUSIVE:",
    "UPDATE:", "BREAKING:", "PREVIOUS:", "PREVIOUSLY:", "Quick Clicks", "Trending",
})  # fmt: skip
# "Man charged in teen's shooting death", "Arrest in woman's stabbing death", "boy's beating
# death", "the clerk's killing": an owner's violent death, 1 killed (possessed_deaths.py,
# impl54b). The manner words go before "death"; the nouns stand alone.
DEATH_MANNER_WORDS = frozenset({"shooting", "stabbing", "beating", "strangulation"})
VIOLENT_DEATH_NOUNS = frozenset({"killing", "slaying"})
# "the man's death penalty", "the teen's shooting death toll": "death" opening another noun
DEATH_COMPOUND_HEADS = frozenset({
    "penalty", "toll", "sentence", "row", "certificate", "threat", "threats", "investigation",
})  # fmt: skip
# "Man killed, another hurt in shooting", "One dead, another injured": "another" after a first
# casualty clause of a headline is one more person (headline_others.py, impl54b).
HEADLINE_OTHER_PEOPLE = {"another": 1}
# "1 dead, man hurt", "Two killed, teen wounded": a counted casualty clause whose comma opens
# the next clause's people (headline_others.py); its figure is a claim of its own.
HEADLINE_COUNTED_STATES = frozenset({"dead", "killed", "hurt", "injured", "wounded", "shot"})
# The doers of a shooting: a count of one of them (the gunman killed himself, the suspect shot by
# police) does not tell who "the victim" of the story is (impl57a, casualty_register.py).
PERPETRATOR_NOUNS = frozenset(
    "suspect gunman gunmen shooter assailant attacker robber intruder burglar perpetrator "
    "killer carjacker".split()
)
# A counted casualty re-mentioned inside words that restate the harm (harm_mentions.py,
# impl57c; gold README "Implied counts" and "Repeats"): "Reed's death", "the killing of Ann
# Lee", "Reed's killer" tell the death of the person they name.
DEATH_RESTATING_NOUNS = frozenset({"death", "murder", "killing", "slaying", "homicide"})
KILLER_NOUNS = frozenset({"killer", "killers", "murderer", "murderers"})
# "a funeral for Reed", "an autopsy on Reed", "Reed's body": mourning and remains tell a death
# only of someone the article counts dead (a vigil may be held for the wounded).
MOURNING_NOUNS = frozenset({"funeral", "vigil", "memorial", "autopsy", "burial", "body"})
# "the shooting of Reed", "Reed's stabbing": the harm again, of the counted measure.
HARM_EVENT_NOUNS = frozenset({"shooting", "stabbing", "wounding"})
# Words set on the person that tell the harm: "the slain teen", "survivor Bo Li", "the wounded
# man"; a death word for someone counted dead, a wound word for someone counted hurt. Not "the
# late Justice X": "late" tells any death, and natural deaths are no casualty (PolNeAR, impl57c).
DEATH_MODIFIERS = frozenset({"slain", "dead", "deceased", "murdered"})
WOUND_MODIFIERS = frozenset({"wounded", "injured", "survivor", "survivors"})
# A death told anywhere in an article (identified_dead.find_identified_victims, impl57c): a list
# of "the victims" of an article whose implied counts are of the hurt may hold the dead that a
# figure counts ("Two people were killed. A man was wounded. Police identified the victims").
DEATH_TELLING_LEMMAS = frozenset({"kill", "die", "murder", "slay"})
DEATH_TELLING_WORDS = frozenset({"dead", "deceased", "fatal", "fatally", "deadly", "homicide"})
