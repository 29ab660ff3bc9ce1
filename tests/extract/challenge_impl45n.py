"""Invented challenge sentences for implied casualty counts whose victim is a person's name or
an age noun (session 37, branch impl45n): "Jones, 34, was pronounced dead", "A 17-year-old was
shot in the leg", "6-year-old Ana Ruiz was wounded", in headlines, passive and active, reduced
and relative clauses, "remains hospitalized after being shot". Written for this set, not taken
from any article. Gold README "Implied counts"; docs/gold-conventions.md.

Each row: the sentence, the people's span, the measure (killed, shot or injured; the gold's
subjects for one hurt list both "shot" and "injured", so the test reads them as one), the count.
A name that identifies a person counted already ("He was identified as Ann Lee", "Relatives
identified the man as ...") is no claim of its own (realgold5, realgold12), so no row asks it.
``NEGATIVES`` count no one: the suspect named or aged, a shooter's age, a name that is no
casualty, a death that is other news.
"""

from __future__ import annotations

CHALLENGE: list[tuple[str, str, str, int]] = [
    # a bare age noun, passive
    ("A 17-year-old was shot in the leg Saturday night.", "A 17-year-old", "shot", 1),
    ("A 23-year-old was shot and killed outside a bar early Sunday.", "A 23-year-old", "killed", 1),
    (
        "A 15-year-old was wounded in a drive-by shooting on Elm Street.",
        "A 15-year-old",
        "injured",
        1,
    ),
    ("An 18-year-old was shot to death in his car Tuesday.", "An 18-year-old", "killed", 1),
    ("A 9-year-old was struck by a stray bullet while sleeping.", "A 9-year-old", "shot", 1),
    ("A 62-year-old was fatally shot during a robbery at his store.", "A 62-year-old", "killed", 1),
    ("A 31-year-old was stabbed outside a nightclub, police said.", "A 31-year-old", "injured", 1),
    ("An 11-year-old was grazed by a bullet on her front porch.", "An 11-year-old", "injured", 1),
    ("A 4-year-old was critically injured when a gun went off.", "A 4-year-old", "injured", 1),
    ("A three-year-old was shot in the chest Monday evening.", "A three-year-old", "shot", 1),
    ("A 7-month-old was wounded when bullets hit the apartment.", "A 7-month-old", "injured", 1),
    # a bare age noun, intransitive or state
    ("A 19-year-old died after being shot near the park.", "A 19-year-old", "killed", 1),
    ("A 2-year-old remains in the hospital after being shot Monday.", "A 2-year-old", "shot", 1),
    (
        "A 16-year-old remains in critical condition after the shooting.",
        "A 16-year-old",
        "injured",
        1,
    ),
    ("A 27-year-old is dead after a shooting on Oak Avenue.", "A 27-year-old", "killed", 1),
    ("A 14-year-old is recovering after being shot in the arm.", "A 14-year-old", "shot", 1),
    ("A 45-year-old was pronounced dead at the scene.", "A 45-year-old", "killed", 1),
    (
        "A 20-year-old was hospitalized with a gunshot wound to the hip.",
        "A 20-year-old",
        "injured",
        1,
    ),
    ("A 33-year-old is in stable condition after the shooting.", "A 33-year-old", "injured", 1),
    ("A 5-year-old was rushed to the hospital after being shot.", "A 5-year-old", "shot", 1),
    # a bare age noun, reduced or relative clause
    ("Officers found a 22-year-old shot in the back of a car.", "a 22-year-old", "shot", 1),
    ("Police found a 40-year-old who had been shot in the head.", "a 40-year-old", "shot", 1),
    ("Medics treated a 28-year-old shot in the shoulder.", "a 28-year-old", "shot", 1),
    ("Deputies said a 36-year-old who was shot twice later died.", "a 36-year-old", "killed", 1),
    # a bare age noun, active object
    ("The gunman shot a 13-year-old in the foot, police said.", "a 13-year-old", "shot", 1),
    ("A stray bullet killed a 10-year-old playing in her yard.", "a 10-year-old", "killed", 1),
    ("The crash killed a 17-year-old and hurt two others.", "a 17-year-old", "killed", 1),
    # a definite age noun, the first mention
    ("Police said the 16-year-old was shot in the stomach.", "the 16-year-old", "shot", 1),
    (
        "The 52-year-old was taken to a hospital with a gunshot wound and died.",
        "The 52-year-old",
        "killed",
        1,
    ),
    ("The 8-year-old was shot while riding her bike on Maple Street.", "The 8-year-old", "shot", 1),
    # an age noun in a headline
    (
        "3-year-old shot in Northside home\n\nPolice are looking for the shooter.",
        "3-year-old",
        "shot",
        1,
    ),
    (
        "16-year-old killed in drive-by shooting\n\nThe shooting happened Friday.",
        "16-year-old",
        "killed",
        1,
    ),
    (
        "Police: 12-year-old wounded by stray bullet\n\nThe girl is expected to live.",
        "12-year-old",
        "injured",
        1,
    ),
    (
        "Man charged after 2-year-old shot at home\n\nThe boy is expected to live.",
        "2-year-old",
        "shot",
        1,
    ),
    (
        "Suspect arrested in shooting that killed 19-year-old\n\nPolice made the arrest Friday.",
        "19-year-old",
        "killed",
        1,
    ),
    (
        "Teen charged in death of 15-year-old\n\nThe trial opens next month.",
        "15-year-old",
        "killed",
        1,
    ),
    # an age before a name
    (
        "6-year-old Ana Ruiz was shot while playing outside her home.",
        "6-year-old Ana Ruiz",
        "shot",
        1,
    ),
    (
        "On Tuesday, 10-year-old Marcus Hill was critically wounded outside his school.",
        "10-year-old Marcus Hill",
        "injured",
        1,
    ),
    (
        "17-year-old Darnell Price was shot and killed Saturday.",
        "17-year-old Darnell Price",
        "killed",
        1,
    ),
    (
        "Police said 24-year-old Kevin Shaw died at the scene.",
        "24-year-old Kevin Shaw",
        "killed",
        1,
    ),
    (
        "Last month, 8-year-old Lila Grant was killed by a stray bullet.",
        "8-year-old Lila Grant",
        "killed",
        1,
    ),
    (
        "The shooting killed 34-year-old Rosa Diaz, police said.",
        "34-year-old Rosa Diaz",
        "killed",
        1,
    ),
    ("A gunman shot 19-year-old Tyrell Banks in the leg.", "19-year-old Tyrell Banks", "shot", 1),
    (
        "Friends mourned 15-year-old Jada Cole, who was shot Friday.",
        "15-year-old Jada Cole",
        "shot",
        1,
    ),
    (
        "The victim, 22-year-old Sean Hale, was pronounced dead at the hospital.",
        "The victim, 22-year-old Sean Hale",
        "killed",
        1,
    ),
    # a name with its age after it
    ("David Ross, 22, was shot dead on the corner of 5th and Main.", "David Ross", "killed", 1),
    ("Jones, 34, was pronounced dead at the scene.", "Jones", "killed", 1),
    ("Maria Lopez, 45, was shot in the arm and taken to a hospital.", "Maria Lopez", "shot", 1),
    ("Terrence Wade, 19, died at the hospital Sunday.", "Terrence Wade", "killed", 1),
    ("Keisha Moore, 27, was wounded in the shooting.", "Keisha Moore", "injured", 1),
    ("Brandon Tate, 31, was found shot to death in his apartment.", "Brandon Tate", "killed", 1),
    ("Luis Ortega, 52, remains in critical condition.", "Luis Ortega", "injured", 1),
    ("Carl Benson, 60, suffered a gunshot wound to the leg.", "Carl Benson", "injured", 1),
    ("Police said Andre Miles, 25, was shot several times.", "Andre Miles", "shot", 1),
    # a name alone
    ("Ana Ruiz died Sunday of her wounds.", "Ana Ruiz", "killed", 1),
    ("Marcus Bell was shot and killed outside his home Friday night.", "Marcus Bell", "killed", 1),
    ("Tanya Wells was shot in the leg and is expected to survive.", "Tanya Wells", "shot", 1),
    ("Derek Sloan was fatally stabbed during an argument.", "Derek Sloan", "killed", 1),
    (
        "Officer Dana Pike was wounded in the exchange of gunfire.",
        "Officer Dana Pike",
        "injured",
        1,
    ),
    ("Jamal Carter died at the hospital hours after the shooting.", "Jamal Carter", "killed", 1),
    ("The gunman shot and killed Frank Dorsey in the parking lot.", "Frank Dorsey", "killed", 1),
    ("Someone opened fire and wounded Tina Marsh as she walked home.", "Tina Marsh", "injured", 1),
    (
        "Kyle Benton was hospitalized with a gunshot wound to the chest.",
        "Kyle Benton",
        "injured",
        1,
    ),
    ("Rita Flores was struck by gunfire while sitting in her car.", "Rita Flores", "shot", 1),
    ("Neighbors said Ray Holt was killed in the shooting.", "Ray Holt", "killed", 1),
    ("Janelle Hart remains hospitalized after being shot in the back.", "Janelle Hart", "shot", 1),
    ("Dennis Ward died after being shot in the head, police said.", "Dennis Ward", "killed", 1),
    ("Gary Mills was found dead in his home on Friday.", "Gary Mills", "killed", 1),
    ("Tyrone Fisher, 17, was shot and killed Friday night.", "Tyrone Fisher", "killed", 1),
    ("Holly Brandt died from her injuries Monday.", "Holly Brandt", "killed", 1),
    ("Witnesses said Omar Reyes, 29, was stabbed in the chest.", "Omar Reyes", "injured", 1),
    (
        "Deputies said 30-year-old Rachel Ames was shot in the face.",
        "30-year-old Rachel Ames",
        "shot",
        1,
    ),
    ("A 58-year-old was killed when gunfire erupted at a bus stop.", "A 58-year-old", "killed", 1),
    # a name in a headline
    (
        "Marcus Bell shot dead outside his home\n\nPolice are investigating.",
        "Marcus Bell",
        "killed",
        1,
    ),
    # a name re-mentioned with its own casualty (gold README "Repeats")
    ("Eric Dunn, 20, was shot in the neck. Dunn died later at the hospital.", "Dunn", "killed", 1),
    (
        "Lena Park, 18, was wounded. Park was treated for a gunshot wound to the leg.",
        "Lena Park",
        "injured",
        1,
    ),
    # an age noun re-mentioned
    (
        "A 6-year-old boy was shot in the arm. The 6-year-old was treated at Mercy Hospital.",
        "A 6-year-old boy",
        "shot",
        1,
    ),
    (
        "A 15-year-old was shot Tuesday. The 15-year-old died Wednesday.",
        "The 15-year-old",
        "killed",
        1,
    ),
    # an age noun with a noun in a list the parse keeps
    (
        "A 71-year-old grandmother was killed when bullets hit her home.",
        "A 71-year-old grandmother",
        "killed",
        1,
    ),
    ("A 13-year-old student was shot near the school.", "A 13-year-old student", "shot", 1),
    # name and age with a role
    ("The victim, Alonzo Fields, 38, died at the scene.", "The victim, Alonzo Fields", "killed", 1),
    (
        "The injured man, Rick Soto, 44, was listed in serious condition.",
        "The injured man, Rick Soto",
        "injured",
        1,
    ),
]

NEGATIVES: list[str] = [
    # the suspect named or aged
    "Police arrested Derek Simms, 24, and charged him with murder.",
    "A 19-year-old was charged with murder in the shooting.",
    "The 32-year-old suspect was booked into the county jail.",
    "A 17-year-old was arrested in connection with the killing.",
    "Carl Hughes, 41, faces charges of attempted murder.",
    "The shooter, a 22-year-old, fled in a white sedan.",
    "Police are searching for a 25-year-old in connection with the shooting.",
    "Mark Tolan was sentenced to life in prison for the killing.",
    # a name that tells, not one that was hurt
    "Chief Ann Brady said the shooting appeared random.",
    "Lt. Omar Keys told reporters the shooting appeared to be gang related.",
    # other news
    "The 16-year-old was a sophomore at Central High School.",
    "Jane Doe, 45, lives two doors down from the shooting scene.",
    "A 30-year-old witness told police she heard four shots.",
    "The 40-year-old owner of the store said he heard the shots.",
    "Ryan Foley, 28, said he ran when the gunfire started.",
    "Omar Reyes, 29, was charged with murder and held without bail.",
    "Tina Cole, 52, has lived on the block for 20 years.",
    "Police said a 21-year-old fired the shots from a car.",
]
