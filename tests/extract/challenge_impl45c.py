"""Invented challenge sentences for implied casualty counts: coordinated victims, kin owned by
a possessive, and counting words (session 37, branch impl45c). Written from how local crime
reporters phrase a shooting, never copied from a corpus article. Data only (no test is
collected from this file): each sentence with the implied counts the gold conventions want, as
(people's span, measure, value); an empty list where the sentence counts no one (gold README
"Implied counts", docs/gold-conventions.md).

Scored by ``challenge_impl44v.score``: a count is found when an implied count of the same measure and
value overlaps its span.
"""

from __future__ import annotations

Count = tuple[str, str, int]

CHALLENGE: list[tuple[str, list[Count]]] = [
    # --- coordinated victims: one count over the whole coordination ---
    ("A man and a woman were shot early Sunday.", [("A man and a woman", "shot", 2)]),
    ("A man and a woman were killed in the crash.", [("A man and a woman", "killed", 2)]),
    (
        "A woman and her teenage son were wounded in the shooting.",
        [("A woman and her teenage son", "injured", 2)],
    ),
    ("A mother and her daughter were found dead.", [("A mother and her daughter", "killed", 2)]),
    ("A father and son were shot outside a gas station.", [("A father and son", "shot", 2)]),
    (
        "A gunman shot a clerk and a customer during the robbery.",
        [("a clerk and a customer", "shot", 2)],
    ),
    (
        "Police said the man killed his girlfriend and her mother.",
        [("his girlfriend and her mother", "killed", 2)],
    ),
    ("His wife and son were killed in the attack.", [("His wife and son", "killed", 2)]),
    (
        "The suspect shot his wife and daughter before fleeing.",
        [("his wife and daughter", "shot", 2)],
    ),
    (
        "A teenager and his cousin were injured by gunfire.",
        [("A teenager and his cousin", "injured", 2)],
    ),
    (
        "A husband and wife were found shot to death in their home.",
        [("A husband and wife", "killed", 2)],
    ),
    (
        "A grandmother and a toddler died in the fire.",
        [("A grandmother and a toddler", "killed", 2)],
    ),
    (
        "Deputies say a driver and his passenger were shot on the highway.",
        [("a driver and his passenger", "shot", 2)],
    ),
    (
        "An officer and a bystander were wounded in the exchange of gunfire.",
        [("An officer and a bystander", "injured", 2)],
    ),
    (
        "The gunman wounded a security guard and a cashier.",
        [("a security guard and a cashier", "injured", 2)],
    ),
    (
        "A woman, her boyfriend and her brother were shot at a party.",
        [("A woman, her boyfriend and her brother", "shot", 3)],
    ),
    (
        "Man, woman shot outside nightclub",
        [("Man, woman", "shot", 2)],
    ),
    (
        "Mother, son killed in house fire",
        [("Mother, son", "killed", 2)],
    ),
    (
        "A man and his girlfriend were stabbed during an argument.",
        [("A man and his girlfriend", "injured", 2)],
    ),
    (
        "A bouncer and a patron were shot and killed outside the bar.",
        [("A bouncer and a patron", "killed", 2)],
    ),
    # --- kin owned by a possessive ---
    ("Police say the man shot and killed his wife.", [("his wife", "killed", 1)]),
    ("A woman shot her boyfriend during an argument.", [("her boyfriend", "shot", 1)]),
    ("His 5-year-old son was wounded in the crossfire.", [("His 5-year-old son", "injured", 1)]),
    ("Her brother was shot in the leg.", [("Her brother", "shot", 1)]),
    ("The man's girlfriend was killed.", [("The man's girlfriend", "killed", 1)]),
    ("His cousin died at the hospital.", [("His cousin", "killed", 1)]),
    ("Her husband was found dead in the garage.", [("Her husband", "killed", 1)]),
    (
        "His grandmother was struck by a stray bullet.",
        [("His grandmother", "shot", 1)],
    ),
    ("The teen fatally shot his stepfather.", [("his stepfather", "killed", 1)]),
    ("Police said he stabbed his roommate.", [("his roommate", "injured", 1)]),
    ("Her uncle was critically injured.", [("Her uncle", "injured", 1)]),
    ("His adult nephew suffered a gunshot wound.", [("His adult nephew", "injured", 1)]),
    (
        "A man killed his ex-wife and then himself.",
        [("his ex-wife", "killed", 1), ("himself", "killed", 1)],
    ),
    ("The suspect's father was wounded.", [("The suspect's father", "injured", 1)]),
    ("Her daughter was shot in the arm.", [("Her daughter", "shot", 1)]),
    ("His sister was pronounced dead at the scene.", [("His sister", "killed", 1)]),
    ("A gunman killed her mother.", [("her mother", "killed", 1)]),
    ("Her 3-year-old was hit by a bullet.", [("Her 3-year-old", "shot", 1)]),
    ("His brother-in-law was shot and killed.", [("His brother-in-law", "killed", 1)]),
    ("Their son was killed in a drive-by shooting.", [("Their son", "killed", 1)]),
    # --- counting words ---
    ("Both were pronounced dead at the scene.", [("Both", "killed", 2)]),
    ("Both men died at the hospital.", [("Both men", "killed", 2)]),
    ("Both victims were shot in the head.", [("Both victims", "shot", 2)]),
    ("Both women were wounded.", [("Both women", "injured", 2)]),
    (
        # "One" is a figure, a claim of its own: only "another" is implied
        "One man was killed and another was wounded.",
        [("another", "injured", 1)],
    ),
    ("Another man was shot in the arm.", [("Another man", "shot", 1)]),
    ("Another victim died at the hospital.", [("Another victim", "killed", 1)]),
    ("Another person was injured.", [("Another person", "injured", 1)]),
    (
        "One victim died; the other was taken to a hospital.",
        [("the other", "injured", 1)],
    ),
    (
        "One man was killed and the other was critically injured.",
        [("the other", "injured", 1)],
    ),
    ("A second victim was shot in the leg.", [("victim", "shot", 1)]),
    ("A third man was wounded.", [("man", "injured", 1)]),
    ("A second woman died later at the hospital.", [("woman", "killed", 1)]),
    # "a pair" is a figure (value 2), a claim of its own, as "One of the victims" is
    ("A pair of teenagers were shot outside a store.", []),
    ("A pair of brothers were killed.", []),
    ("Police are investigating a double homicide.", [("double homicide", "killed", 2)]),
    ("Police investigate triple shooting", [("triple shooting", "shot", 3)]),
    ("The double shooting left neighbors shaken.", [("double shooting", "shot", 2)]),
    ("Officers responded to a double stabbing.", [("double stabbing", "injured", 2)]),
    ("Detectives are investigating a triple homicide.", [("triple homicide", "killed", 3)]),
    ("One of the victims died at the hospital.", []),
    ("One of the men was shot in the chest.", []),
    ("One of the teens was critically injured.", []),
    ("Another teen was grazed by a bullet.", [("Another teen", "shot", 1)]),
    ("A second child was wounded.", [("child", "injured", 1)]),
    ("Both children were killed.", [("Both children", "killed", 2)]),
    ("Both of the victims died.", [("Both of the victims", "killed", 2)]),
    ("Both officers were wounded.", [("Both officers", "injured", 2)]),
    ("Another woman was killed.", [("Another woman", "killed", 1)]),
    ("Another guy was shot in the head.", [("Another guy", "shot", 1)]),
    # --- "the other", a couple, a demonstrative, plain speech ---
    ("One died and the other is in critical condition.", [("the other", "injured", 1)]),
    (
        "One was pronounced dead at the scene and the other was taken to a hospital.",
        [("the other", "injured", 1)],
    ),
    ("One man died; the other was shot in the leg.", [("the other", "shot", 1)]),
    ("A couple was shot while walking their dog.", [("A couple", "shot", 2)]),
    ("An elderly couple was killed in the home invasion.", [("An elderly couple", "killed", 2)]),
    ("The couple were found shot to death in their bedroom.", [("The couple", "killed", 2)]),
    ("A young couple was wounded by stray gunfire.", [("A young couple", "injured", 2)]),
    ("Police say that person is recovering after surgery.", [("that person", "injured", 1)]),
    ("That man was shot in the chest, a witness said.", [("That man", "shot", 1)]),
    ("I saw another guy over there dead.", [("another guy", "killed", 1)]),
    ("A lady was shot outside the store.", [("A lady", "shot", 1)]),
    ("An older gentleman was struck by a bullet.", [("An older gentleman", "shot", 1)]),
    ("A guy was stabbed in the parking lot.", [("A guy", "injured", 1)]),
    # --- a multiple event before another noun ---
    ("Police taped off the double homicide scene.", [("double homicide", "killed", 2)]),
    ("He goes on trial in a double murder case.", [("double murder", "killed", 2)]),
    ("The double shooting suspect was arrested Friday.", [("double shooting", "shot", 2)]),
    # --- a coordination the parse splits from its state ---
    (
        "The shooting left a man and a woman wounded.",
        [("a man and a woman", "injured", 2)],
    ),
    (
        "The crash left a woman and her son injured.",
        [("a woman and her son", "injured", 2)],
    ),
    (
        "Officers found a man and a woman suffering from gunshot wounds.",
        [("a man and a woman", "injured", 2)],
    ),
    (
        "Deputies found a driver and his passenger suffering from stab wounds.",
        [("a driver and his passenger", "injured", 2)],
    ),
    (
        "Deputies found a clerk and a customer suffering from stab wounds.",
        [("a clerk and a customer", "injured", 2)],
    ),
    # --- negatives: no casualty, or a re-mention ---
    ("A couple of days later, police arrested a suspect.", []),
    ("The couple opened the restaurant in 2015.", []),
    ("The other was recovered in a closet.", []),
    ("The other is described as wearing a green jacket.", []),
    ("The two men shot at each other.", []),
    ("That person has not been identified as a suspect.", []),
    ("That guy is a hero, the neighbor said.", []),
    ("He was given a double dose of medicine.", []),
    ("The double play ended the game.", []),
    ("The storm left a man and his wife stranded.", []),
    ("Officers found a man and a woman suffering from the heat.", []),
    ("A man and a woman were arrested after the shooting.", []),
    ("His wife and son attended the vigil.", []),
    ("His wife called 911 after hearing gunshots.", []),
    ("Her son was arrested on murder charges.", []),
    ("Both suspects fled in a silver car.", []),
    ("Both gunmen wore masks.", []),
    ("Another man was arrested in connection with the shooting.", []),
    ("The other suspect remains at large.", []),
    ("One of the suspects was taken into custody.", []),
    ("A pair of shoes was found near the scene.", []),
    ("Her father said she loved to dance.", []),
    ("His mother told reporters he was a good student.", []),
    ("Both parties agreed to the plan.", []),
    ("Another senator voted against the bill.", []),
    ("A second suspect was arrested Tuesday.", []),
    ("The council approved both measures.", []),
    ("His wife filed for divorce last year.", []),
    ("A man and his dog were walking nearby when the shots rang out.", []),
    ("Neither his wife nor his son was hurt.", []),
]
