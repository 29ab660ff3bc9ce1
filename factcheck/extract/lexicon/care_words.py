"""Rule data for care and condition: the hospital a person is taken to, the care and treatment
they are given, the condition a hospital reports, recovery, release and outlook; each tells a
person hurt (``extract/implied/``; gold README, "Implied counts"). Split from
``casualty_words.py`` (session 57, over its 400-line limit); re-exported by ``lexicon``.
"""

from factcheck.extract.lexicon.casualty_words import CASUALTY_CONTEXT_WORDS

# fmt: off
# "Another child was taken to a local hospital": a new person hurt (indefinite subjects only).
# The verbs a local reporter writes for the same transfer (session 53, the vocabulary ruling of
# docs/gold-conventions.md): "was driven to the hospital by a friend", "was carried / brought to
# the emergency room", "was transferred to a trauma center", "was admitted to the hospital",
# "was medevaced to ..."; a place of care must follow (``to_hospital``).
HOSPITAL_VERBS = frozenset({
    "take", "transport", "rush", "airlift", "fly", "drive", "carry", "bring", "transfer",
    "admit", "medevac",
    # "was medflighted / helicoptered to a trauma center" (impl56); the lemmatizer leaves
    # "medflighte", "helicoptere" of the rare verbs
    "medflight", "lifeflight", "helicopter", "medflighte", "lifeflighte", "helicoptere",
})
# "was life-flighted / care-flighted / air-lifted to a trauma center": a transfer by air the
# tokenizer splits at its hyphen, so the parse reads "flighted" as an adjective after "was"
# (impl56b; split_transfers.py). The first piece, then the verb's lemma after the hyphen.
SPLIT_TRANSFER_PIECES = frozenset({"life", "care", "med", "medi", "air", "mercy", "angel"})
SPLIT_TRANSFER_LEMMAS = frozenset({"flight", "lift"})
# "listed in critical condition": injured.
CONDITION_WORDS = frozenset({"critical", "serious", "stable", "grave"})
# "taken to Harbor Medical Center", "to a trauma center": a hospital by its name's words.
HOSPITAL_NAME_WORDS = frozenset({"medical", "trauma"})
# "rushed to the emergency room", "the emergency department", "the ER" (impl41; the
# abbreviation as written, not "er" in a quote; not "an emergency shelter").
HOSPITAL_WARDS = frozenset({"room", "department"})
HOSPITAL_ABBREVIATIONS = frozenset({"ER"})
# "The girl is still in the hospital", "The child went into emergency surgery", "remains in
# the hospital": a statement of condition is an implied 1 (realgold8 README), said of a person
# (not of who works there: a doctor in surgery is at work).
CARE_STATE_VERBS = frozenset({"be", "remain", "stay", "go", "undergo", "rush"})
# "The boy remains hospitalized": the parse may call "remains" the participle's auxiliary and
# hang the subject on it (impl41); word forms, as the lemmatizer leaves such an auxiliary.
STAYING_AUXILIARIES = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})
# "Jones, 24, underwent surgery": the tagger may call "underwent" an adjective (lemma
# "underwent") whose subject is still the person in care (impl56); the word forms of "undergo"
# read as the verb whatever their tag.
UNDERGO_FORMS = frozenset({"undergo", "undergoes", "underwent", "undergoing", "undergone"})
# People at a hospital or a scene for their work, not as patients: "A doctor is in surgery",
# "An officer walked into the hospital" count no one (implied_predicates.py, self_arrivals.py).
CAREGIVER_NOUNS = frozenset({"doctor", "nurse", "officer", "deputy", "trooper", "security"})
# People out of care or getting better were hurt: "Sheriff Lee was released from the hospital",
# "The mother has been released, but her son is still in critical condition", "His wife and son
# are now recovering" (realgold12, realgold14, realgold16 golds: implied injured).
RECOVERY_VERBS = frozenset({"recover"})
RELEASE_VERBS = frozenset({"release", "discharge"})
# "The victim was transported in noncritical condition", "is in fair condition": every word of a
# hospital's condition report says the person is hurt (realgold10 gold: implied injured). The
# title-case headline rule ("Father Critical") keeps CONDITION_WORDS.
# "is in guarded condition" (impl41).
CARE_CONDITION_WORDS = CONDITION_WORDS | {"fair", "good", "noncritical", "satisfactory", "guarded"}
# "The victim was upgraded to stable condition", "The boy's condition was downgraded to
# critical": a hospital's change of a patient's condition (impl56b, condition_changes.py).
CONDITION_CHANGE_VERBS = frozenset({"upgrade", "downgrade"})
# "a man was treated and released", "was treated at the scene", "treated at Mercy Hospital":
# care the person was given, so hurt (gold-conventions "A third passenger was treated for cuts"
# -> 1 injured); not "treated unfairly", "treated for depression", "treated to dinner".
TREAT_CARE_NOUNS = frozenset({"hospital", "scene", "center", "centre", "clinic"})
# "was treated by paramedics", "treated by medics at the scene", "was treated by EMS": care by
# those who give it is care (impl56; written from local reports, not from the corpus); not
# "treated by police as a suspect" (police give no care).
TREAT_CAREGIVER_NOUNS = frozenset({
    "paramedic", "medic", "ems", "emt", "doctor", "nurse", "physician", "surgeon",
    "firefighter", "responder",
})  # fmt: skip
# "received treatment for minor injuries", "needed treatment for a gunshot wound", "underwent
# surgery for wounds to his legs": the subject of these verbs has the wound the care is for, as
# "was treated for gunshot wounds" (impl56b; local reports' plain words, not from the corpus).
# Not "declined treatment" (may be no one hurt) nor "sought" (advice to readers).
CARE_FOR_NOUNS = frozenset({"treatment", "care", "surgery"})
CARE_TAKING_VERBS = frozenset({"receive", "get", "need", "require", "undergo"})
# "The boy remains on a ventilator", "was placed on a respirator": machines that keep a person
# alive, said as "on life support" is (impl56).
LIFE_MACHINE_NOUNS = frozenset({"ventilator", "respirator"})
# "A gunshot victim arrived at the hospital", "walked into Mercy Hospital", "showed up at a
# clinic": a new victim who came to care (1 shot, as "found a gunshot victim").
ARRIVAL_VERBS = frozenset({"arrive", "walk", "show"})
ARRIVAL_CARE_NOUNS = frozenset({"hospital", "clinic", "center", "centre", "room"})
# "Another victim drove himself to a hospital", "a second man walked into Mercy Hospital",
# "Another person was dropped off at the ER": the verbs of reaching care unaided and the
# prepositions of the place (``implied/self_arrivals.py``, impl55); "drive" and "take" only
# with a reflexive object, "drop" only passive.
SELF_ARRIVAL_PLACES = {
    "drive": ("to",), "take": ("to",), "go": ("to",), "come": ("to",), "walk": ("into", "to"),
    "stumble": ("into", "to"), "show": ("at", "to"), "turn": ("at", "to"), "arrive": ("at",),
    "check": ("into",), "drop": ("at",),
}  # fmt: skip
# A headline's "treated" of care: "Man treated, released after shooting", "Teen treated for
# gunshot wound", "Woman treated at hospital" (injured); not "treated unfairly", "treated to".
HEADLINE_CARE_AFTER = frozenset({"at"})
# what a headline's "treated for" must name to be care of the hurt: "treated for gunshot wound",
# "for injuries", "for stab wounds", "for burns" (not "for depression"); word beginnings.
HEADLINE_CARE_HARMS = ("injur", "wound", "gunshot", "stab", "burn", "cuts")
# "The baby is expected to be OK", "A man was expected to survive", "the boy, who is expected to
# recover": the outlook of a person hurt (1 injured, as "survived"; care.py reads "All four were
# expected to survive" so). The verb whose passive gives the outlook, the verbs of the outlook
# and the states after "to be" (hurt_states.py; realgold10 gold "The baby").
OUTLOOK_VERBS = frozenset({"expect"})
OUTLOOK_RECOVERY_VERBS = frozenset({"survive", "recover", "live"})
OUTLOOK_STATES = frozenset({"ok", "okay", "fine", "alright"})
# "is expected to make a full recovery": the thing an outlook "make" makes (impl56).
OUTLOOK_RECOVERY_NOUNS = frozenset({"recovery"})
# "Officer makes recovery after being ambushed", "is making a good recovery": a recovery made is
# from a wound where the sentence or the one before tells of harm by one of these (impl56c):
# the casualty context words, and an ambush (the attack on police that local news tells so).
MADE_RECOVERY_CONTEXT_WORDS = CASUALTY_CONTEXT_WORDS | {"ambush"}
# "A man was lucky to survive the shooting", "She is fortunate to be alive": a survival said as
# luck, of someone hurt (impl56b, lucky_survivals.py): the adjectives, and what "be" may be.
LUCKY_ADJECTIVES = frozenset({"lucky", "fortunate"})
ALIVE_STATES = frozenset({"alive"})
