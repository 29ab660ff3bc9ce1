"""Invented challenge sentences for implied casualty counts: who can be a casualty (session 36,
branch impl44p). Each sentence names its victim by a word or shape a local crime reporter
writes (an occupation, a rank, kin, a life stage, a religious or civic role, a school or sport
role, an age or a name that says "person" without a list) in one of several constructions
(passive, active object, relative clause, headline, "found dead", "died", "in critical
condition"). Written for this set, not taken from any article. Gold README "Implied counts".

Each row: the sentence, the people's span, the measure (killed, shot or injured), the count.
``NEGATIVES`` name no casualty person: animals, things, organisations, adjectives.
"""

from __future__ import annotations

CHALLENGE: list[tuple[str, str, str, int]] = [
    # occupations, passive "was shot and killed" / "was killed"
    ("A jogger was shot and killed on the river trail early Sunday.", "A jogger", "killed", 1),
    ("A firefighter was shot while responding to a house fire on Elm Street.", "A firefighter", "shot", 1),
    ("A delivery driver was shot in the leg during a robbery Tuesday night.", "A delivery driver", "shot", 1),
    ("A store manager was shot and killed during a holdup at the Quick Mart.", "A store manager", "killed", 1),
    ("A mail carrier was wounded by a stray bullet on Pine Avenue.", "A mail carrier", "injured", 1),
    ("A security guard was shot and wounded outside the nightclub.", "A security guard", "injured", 1),
    ("A cab driver was killed in an apparent robbery, police said.", "A cab driver", "killed", 1),
    ("A paramedic was shot while treating a patient on Main Street.", "A paramedic", "shot", 1),
    ("A waitress was shot in the arm when gunfire erupted in the parking lot.", "A waitress", "shot", 1),
    ("A mechanic was shot and killed at his garage on Route 9.", "A mechanic", "killed", 1),
    ("A landlord was fatally shot by a tenant Friday, police said.", "A landlord", "killed", 1),
    ("A janitor was wounded in the shooting at the high school.", "A janitor", "injured", 1),
    ("A barber was shot to death inside his shop Saturday afternoon.", "A barber", "killed", 1),
    ("A contractor was shot and critically wounded at a job site.", "A contractor", "injured", 1),
    ("A rideshare driver was shot in the head and died at the scene.", "A rideshare driver", "killed", 1),
    ("A pizza delivery man was shot during an attempted robbery.", "A pizza delivery man", "shot", 1),
    ("A store clerk was shot and killed during a robbery late Monday.", "A store clerk", "killed", 1),
    ("A tow truck driver was killed when a gunman opened fire.", "A tow truck driver", "killed", 1),
    ("A bouncer was stabbed outside a downtown bar early Saturday.", "A bouncer", "injured", 1),
    ("A journalist was shot and wounded while covering the protest.", "A journalist", "injured", 1),
    ("A rapper was shot and killed outside a recording studio.", "A rapper", "killed", 1),
    ("A musician was shot and killed after a performance on Friday.", "A musician", "killed", 1),
    ("A veterinarian was shot in the parking lot of her clinic.", "A veterinarian", "shot", 1),
    ("A plumber was shot and killed while working at a home on Oak Lane.", "A plumber", "killed", 1),
    ("A retiree was shot and killed in his driveway on Sunday.", "A retiree", "killed", 1),
    # ranks, service and civic roles
    ("A sergeant was shot during a traffic stop on Highway 12.", "A sergeant", "shot", 1),
    ("A Marine was shot and killed outside a bar near the base.", "A Marine", "killed", 1),
    ("A veteran was shot and killed at his home Thursday night.", "A veteran", "killed", 1),
    ("A soldier was shot and wounded at a gas station near the post.", "A soldier", "injured", 1),
    ("A corrections officer was stabbed by an inmate at the county jail.", "A corrections officer", "injured", 1),
    ("An inmate was killed in a fight at the state prison, officials said.", "An inmate", "killed", 1),
    ("A detective was wounded in an exchange of gunfire with a suspect.", "A detective", "injured", 1),
    ("A constable was shot while serving an eviction notice.", "A constable", "shot", 1),
    ("A prisoner was stabbed to death in his cell on Tuesday.", "A prisoner", "killed", 1),
    ("A sheriff was shot in the shoulder during a standoff.", "A sheriff", "shot", 1),
    ("A lieutenant was shot and killed while off duty.", "A lieutenant", "killed", 1),
    ("A councilman was shot and wounded outside his home.", "A councilman", "injured", 1),
    # religious roles
    ("A deacon was shot and killed in the church parking lot.", "A deacon", "killed", 1),
    ("A priest was stabbed during morning Mass, police said.", "A priest", "injured", 1),
    ("A minister was shot and killed after a Sunday service.", "A minister", "killed", 1),
    ("A rabbi was wounded when a gunman opened fire at the synagogue.", "A rabbi", "injured", 1),
    ("A parishioner was shot and killed as she left the church.", "A parishioner", "killed", 1),
    # kin and life stage
    ("A grandma was shot and killed while sitting on her porch.", "A grandma", "killed", 1),
    ("A mother of three was shot and killed outside her apartment.", "A mother of three", "killed", 1),
    ("A newborn was killed when a bullet tore through the wall.", "A newborn", "killed", 1),
    ("A preschooler was shot in the leg while playing in the yard.", "A preschooler", "shot", 1),
    ("A grandpa was wounded by a stray bullet while mowing his lawn.", "A grandpa", "injured", 1),
    ("A teenage boy was shot and killed near the park.", "A teenage boy", "killed", 1),
    ("A great-grandmother was shot and killed in her kitchen.", "A great-grandmother", "killed", 1),
    ("A stepbrother was shot during the argument, police said.", "A stepbrother", "shot", 1),
    ("A granddad was shot and killed at a family party.", "A granddad", "killed", 1),
    ("A senior citizen was shot and wounded during a carjacking.", "A senior citizen", "injured", 1),
    ("An elderly woman was shot and killed in her home.", "An elderly woman", "killed", 1),
    ("A widow was shot and killed during a home invasion.", "A widow", "killed", 1),
    ("A newlywed was shot and killed on his honeymoon.", "A newlywed", "killed", 1),
    # school and sport roles
    ("A freshman was shot outside the high school after a game.", "A freshman", "shot", 1),
    ("A sophomore was shot and killed at a house party.", "A sophomore", "killed", 1),
    ("A high school senior was shot and killed Friday night.", "A high school senior", "killed", 1),
    ("A coach was shot and wounded at the youth football game.", "A coach", "injured", 1),
    ("A quarterback was shot and killed outside a party.", "A quarterback", "killed", 1),
    ("A referee was stabbed after the game, police said.", "A referee", "injured", 1),
    ("A classmate was wounded in the shooting at the middle school.", "A classmate", "injured", 1),
    ("A college athlete was shot and killed near campus.", "A college athlete", "killed", 1),
    ("A pupil was stabbed outside the school gates.", "A pupil", "injured", 1),
    # generic and role nouns
    ("A homeless man was shot and killed under the bridge.", "A homeless man", "killed", 1),
    ("A shopper was wounded when gunfire broke out at the mall.", "A shopper", "injured", 1),
    ("A hiker was shot and killed on the trail.", "A hiker", "killed", 1),
    ("A visitor was shot and wounded at the apartment complex.", "A visitor", "injured", 1),
    ("A witness was shot and killed days before the trial.", "A witness", "killed", 1),
    ("A churchgoer was shot and wounded outside the chapel.", "A churchgoer", "injured", 1),
    ("A partygoer was shot and killed at a house party early Sunday.", "A partygoer", "killed", 1),
    ("A concertgoer was wounded in the shooting outside the arena.", "A concertgoer", "injured", 1),
    ("A homeless person was stabbed to death near the station.", "A homeless person", "killed", 1),
    ("A gang member was shot and killed in a drive-by shooting.", "A gang member", "killed", 1),
    ("A motorcyclist was shot and killed on the interstate.", "A motorcyclist", "killed", 1),
    ("A skateboarder was shot in the back at the skate park.", "A skateboarder", "shot", 1),
    ("A fisherman was shot and killed at the lake.", "A fisherman", "killed", 1),
    ("A babysitter was shot and killed while watching the children.", "A babysitter", "killed", 1),
    ("A caregiver was shot and wounded at the group home.", "A caregiver", "injured", 1),
    ("A vendor was shot and killed at the flea market.", "A vendor", "killed", 1),
    ("A tourist was shot and wounded in the French Quarter.", "A tourist", "injured", 1),
    ("A runner was shot and killed on the greenway.", "A runner", "killed", 1),
    # other constructions: relative clause, object, "died", condition, found dead
    ("Police are searching for the gunman who killed a cashier on Monday.", "a cashier", "killed", 1),
    ("The jogger who was shot Sunday died at the hospital.", "The jogger", "killed", 1),
    ("A gunman shot a bus driver on Route 5 and fled on foot.", "a bus driver", "shot", 1),
    ("Officers found a handyman dead inside the garage.", "a handyman", "killed", 1),
    ("A firefighter is in critical condition after being shot.", "A firefighter", "injured", 1),
    ("A deacon died after being shot outside the church.", "A deacon", "killed", 1),
    ("A landscaper was hit by gunfire while cutting grass.", "A landscaper", "shot", 1),
    ("A crossing guard was struck by a bullet near the school.", "A crossing guard", "shot", 1),
    ("An inmate was taken to a hospital after being stabbed.", "An inmate", "injured", 1),
    ("A 34-year-old electrician was shot and killed on Friday.", "A 34-year-old electrician", "killed", 1),
    ("A 19-year-old cashier was shot in the hand during the robbery.", "A 19-year-old cashier", "shot", 1),
    ("A 27-year-old nursing student was shot and killed near campus.", "A 27-year-old nursing student", "killed", 1),
    # coordinated victims
    ("A pastor and a deacon were shot outside the church.", "A pastor and a deacon", "shot", 2),
    ("A firefighter and a paramedic were wounded in the ambush.", "A firefighter and a paramedic", "injured", 2),
    ("A jogger and a cyclist were shot on the trail Saturday.", "A jogger and a cyclist", "shot", 2),
]  # fmt: skip

# Words that name no casualty person: each sentence counts no one.
NEGATIVES: list[str] = [
    "A dog was shot and killed by a neighbor on Tuesday.",
    "A horse was shot and killed in a pasture near the farm.",
    "A car was shot at several times on Main Street.",
    "A church was hit by gunfire overnight, police said.",
    "A store was shot up during the night.",
    "An officer-involved shooting was reported Monday, but no one was hurt.",
    "A bill to fund the fire department was killed in committee.",
    "The company was killed off by the new competitor.",
]
