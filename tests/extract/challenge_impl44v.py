"""Invented challenge sentences for implied casualty counts: how harm is said (session 36,
branch impl44v). Written from how local crime reporters phrase a shooting, never copied from
a corpus article. Data only (no test is collected from this file): each sentence with the
implied counts the gold conventions want, as (people's span, measure, value); an empty list
where the sentence counts no one (gold README "Implied counts", docs/gold-conventions.md).

Scored by ``score`` below: a count is found when an implied count of the same measure and
value overlaps its span.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

Count = tuple[str, str, int]

CHALLENGE: list[tuple[str, list[Count]]] = [
    # --- active, passive, relative: shot ---
    ("A 31-year-old man was shot Tuesday night on Elm Street.", [("A 31-year-old man", "shot", 1)]),
    ("Police said a teenager was shot in the leg near the park.", [("a teenager", "shot", 1)]),
    ("A gunman shot a store clerk during the robbery.", [("a store clerk", "shot", 1)]),
    ("Someone opened fire and shot a woman sitting on her porch.", [("a woman", "shot", 1)]),
    (
        "A man who was shot outside the bar drove himself to the hospital.",
        [("A man", "shot", 1)],
    ),
    ("Officers found a woman who had been shot in the arm.", [("a woman", "shot", 1)]),
    ("A boy shot in the hand Sunday is expected to recover.", [("A boy", "shot", 1)]),
    ("Two men and a woman were shot early Saturday.", [("a woman", "shot", 1)]),
    (
        "A man and his nephew were shot while sitting in a car.",
        [("A man and his nephew", "shot", 2)],
    ),
    # --- fatal words ---
    ("A 45-year-old man was fatally shot Friday evening.", [("A 45-year-old man", "killed", 1)]),
    ("A woman was shot dead inside her home, police said.", [("A woman", "killed", 1)]),
    ("A teen was gunned down on his way to school.", [("A teen", "killed", 1)]),
    ("Gunmen gunned down a shop owner in broad daylight.", [("a shop owner", "killed", 1)]),
    ("A father of four was slain outside his apartment.", [("A father of four", "killed", 1)]),
    ("A man was murdered in his driveway early Monday.", [("A man", "killed", 1)]),
    ("A woman was found dead with gunshot wounds in a parked car.", [("A woman", "killed", 1)]),
    ("A man was pronounced dead at the scene.", [("A man", "killed", 1)]),
    ("The victim, a 22-year-old man, died at the hospital.", [("a 22-year-old man", "killed", 1)]),
    (
        "A 17-year-old boy died at the hospital hours after the shooting.",
        [("A 17-year-old boy", "killed", 1)],
    ),
    ("A man succumbed to his injuries on Thursday.", [("A man", "killed", 1)]),
    ("A woman was killed when a stray bullet struck her car.", [("A woman", "killed", 1)]),
    ("A man was shot and killed in a parking lot Saturday.", [("A man", "killed", 1)]),
    ("Police say a gunman shot and killed a cashier.", [("a cashier", "killed", 1)]),
    ("A 19-year-old was killed in a drive-by shooting.", [("A 19-year-old", "killed", 1)]),
    ("A man was fatally wounded in an exchange of gunfire.", [("A man", "killed", 1)]),
    ("A man was shot to death outside a nightclub.", [("A man", "killed", 1)]),
    ("A woman who was shot Monday died Wednesday.", [("A woman", "killed", 1)]),
    ("A man died after being shot in the chest.", [("A man", "killed", 1)]),
    (
        "A teenager was killed and another was wounded.",
        [("A teenager", "killed", 1), ("another", "injured", 1)],
    ),
    ("A gunman killed a woman and her son before fleeing.", [("a woman and her son", "killed", 2)]),
    ("A man was found shot to death in an alley.", [("A man", "killed", 1)]),
    (
        "A woman was found dead in her home with a gunshot wound to the head.",
        [("A woman", "killed", 1)],
    ),
    ("A man who was slain Friday was identified as Dale Voss.", [("A man", "killed", 1)]),
    ("A man was executed in his car, police said.", [("A man", "killed", 1)]),
    ("A 30-year-old man died of his wounds Sunday.", [("A 30-year-old man", "killed", 1)]),
    ("A woman later died from her injuries.", [("A woman", "killed", 1)]),
    ("A man was killed in a shooting on Oak Avenue.", [("A man", "killed", 1)]),
    # --- nominal harm ---
    (
        "Police are investigating the death of a 24-year-old man.",
        [("a 24-year-old man", "killed", 1)],
    ),
    ("The killing of a store clerk shocked the town.", [("a store clerk", "killed", 1)]),
    ("Detectives are investigating the slaying of a woman.", [("a woman", "killed", 1)]),
    ("An arrest was made in the shooting of a teenager.", [("a teenager", "shot", 1)]),
    ("Police arrested a suspect in the fatal shooting of a man.", [("a man", "killed", 1)]),
    ("The murder of Dale Voss remains unsolved.", [("Dale Voss", "killed", 1)]),
    ("Police charged a man in the shooting death of a woman.", [("a woman", "killed", 1)]),
    (
        "A suspect was charged in the shooting deaths of a man and his wife.",
        [("a man and his wife", "killed", 2)],
    ),
    ("A man's shooting death is under investigation.", [("A man", "killed", 1)]),
    ("Mara Quinn's killer has not been found.", [("Mara Quinn", "killed", 1)]),
    ("Police have not yet found the killer of Leon Hart.", [("Leon Hart", "killed", 1)]),
    ("Ben Ortiz's death was ruled a homicide.", [("Ben Ortiz", "killed", 1)]),
    ("A jury convicted him in the murder of a cab driver.", [("a cab driver", "killed", 1)]),
    # --- wound words ---
    ("A man suffered a gunshot wound to the leg.", [("A man", "injured", 1)]),
    ("A woman was grazed by a bullet.", [("A woman", "shot", 1)]),
    ("A man was hit by gunfire while walking his dog.", [("A man", "shot", 1)]),
    ("A child was struck by gunfire inside the home.", [("A child", "shot", 1)]),
    ("A stray bullet hit a girl sleeping in her bed.", [("a girl", "shot", 1)]),
    ("A stray bullet struck a woman in the shoulder.", [("a woman", "shot", 1)]),
    ("A man was hospitalized after the shooting.", [("A man", "injured", 1)]),
    ("A man is in critical condition after being shot.", [("A man", "shot", 1)]),
    ("A woman is listed in stable condition.", [("A woman", "injured", 1)]),
    ("A boy was taken to a hospital in serious condition.", [("A boy", "injured", 1)]),
    ("A man underwent surgery for a gunshot wound.", [("A man", "injured", 1)]),
    ("A teenager is recovering from a gunshot wound.", [("A teenager", "injured", 1)]),
    ("A man suffered non-life-threatening injuries.", [("A man", "injured", 1)]),
    ("A woman was treated and released from a hospital.", [("A woman", "injured", 1)]),
    ("A man was wounded in the shooting.", [("A man", "injured", 1)]),
    ("A woman was injured by flying glass.", [("A woman", "injured", 1)]),
    ("A teen was shot in the foot and is expected to survive.", [("A teen", "shot", 1)]),
    (
        "A man suffered gunshot wounds to the torso and was taken to a hospital.",
        [("A man", "injured", 1)],
    ),
    ("A woman sustained a gunshot wound to her arm.", [("A woman", "injured", 1)]),
    ("A girl was hit in the leg by a stray bullet.", [("A girl", "shot", 1)]),
    ("A man was struck in the back by a bullet.", [("A man", "shot", 1)]),
    ("A second man was wounded in the arm.", [("A second man", "injured", 1)]),
    ("A bystander was wounded by a stray round.", [("A bystander", "injured", 1)]),
    ("A man was rushed to the hospital with a gunshot wound.", [("A man", "injured", 1)]),
    ("A woman was airlifted to a trauma center.", [("A woman", "injured", 1)]),
    # --- headlines ---
    (
        "Man shot, killed outside convenience store\n\nPolice are investigating.",
        [("Man", "killed", 1)],
    ),
    ("Teen wounded in drive-by shooting\n\nPolice are investigating.", [("Teen", "injured", 1)]),
    ("Woman shot in face during robbery\n\nPolice are investigating.", [("Woman", "shot", 1)]),
    ("Man killed in overnight shooting\n\nPolice are investigating.", [("Man", "killed", 1)]),
    ("Boy hurt by stray bullet\n\nPolice are investigating.", [("Boy", "injured", 1)]),
    ("Father fatally shot in driveway\n\nPolice are investigating.", [("Father", "killed", 1)]),
    ("Man dies after shooting on Main Street\n\nPolice are investigating.", [("Man", "killed", 1)]),
    (
        "Woman found shot to death in apartment\n\nPolice are investigating.",
        [("Woman", "killed", 1)],
    ),
    ("Clerk slain in robbery\n\nPolice are investigating.", [("Clerk", "killed", 1)]),
    ("Teen hospitalized after shooting\n\nPolice are investigating.", [("Teen", "injured", 1)]),
    # --- coordination, both, the other, another ---
    (
        "A man was killed and a woman was wounded.",
        [("A man", "killed", 1), ("a woman", "injured", 1)],
    ),
    (
        "A man and a woman were shot; both are expected to survive.",
        [("A man and a woman", "shot", 2)],
    ),
    ("One man died at the scene and another was taken to a hospital.", [("another", "injured", 1)]),
    (
        "A woman was killed and her boyfriend was injured.",
        [("A woman", "killed", 1), ("her boyfriend", "injured", 1)],
    ),
    ("A father and his son were both shot.", [("A father and his son", "shot", 2)]),
    (
        "A man and his girlfriend were shot; the man died.",
        [("A man and his girlfriend", "shot", 2), ("the man", "killed", 1)],
    ),
    ("Another man was shot in the stomach.", [("Another man", "shot", 1)]),
    ("A second victim was found in the back seat, dead.", [("A second victim", "killed", 1)]),
    (
        "A woman and her daughter were killed in the attack.",
        [("A woman and her daughter", "killed", 2)],
    ),
    ("A man shot his wife and then himself.", [("his wife", "shot", 1), ("himself", "shot", 1)]),
    # --- shooter who turned the gun on himself ---
    ("The gunman then turned the gun on himself.", [("himself", "killed", 1)]),
    (
        "After shooting his wife, the man shot and killed himself.",
        [("his wife", "shot", 1), ("himself", "killed", 1)],
    ),
    (
        "A man killed his ex-girlfriend before killing himself.",
        [("his ex-girlfriend", "killed", 1), ("himself", "killed", 1)],
    ),
    (
        "A man fatally shot his neighbor, then turned the gun on himself.",
        [("his neighbor", "killed", 1), ("himself", "killed", 1)],
    ),
    # --- names, ages, appositives, identifications ---
    (
        "Jamal Reed, 23, was shot several times and died at the scene.",
        [("Jamal Reed, 23", "killed", 1)],
    ),
    (
        "The victim, identified as Tonya Birch, 41, was shot once in the back.",
        [("Tonya Birch, 41", "shot", 1)],
    ),
    ("Police identified the man who was killed as Curtis Lamb, 36.", [("the man", "killed", 1)]),
    (
        "Devon Hale, of Maple Heights, died of a gunshot wound to the chest.",
        [("Devon Hale", "killed", 1)],
    ),
    ("Kyle Stone was taken to Mercy Hospital, where he died.", [("Kyle Stone", "killed", 1)]),
    (
        "Rita Moss was taken to a hospital, where she was pronounced dead.",
        [("Rita Moss", "killed", 1)],
    ),
    ("The 27-year-old died two days later.", [("The 27-year-old", "killed", 1)]),
    ("A man with multiple gunshot wounds was found on the sidewalk.", [("A man", "injured", 1)]),
    ("Officers found a man suffering from a gunshot wound.", [("a man", "injured", 1)]),
    (
        "Officers arrived to find a woman with a gunshot wound to the neck.",
        [("a woman", "injured", 1)],
    ),
    ("Deputies responded to a report of a person shot.", [("a person", "shot", 1)]),
    ("Police found the body of a man in a vacant lot.", [("a man", "killed", 1)]),
    ("A shooting early Sunday left a man dead.", [("a man", "killed", 1)]),
    ("A shooting Friday night injured a 15-year-old girl.", [("a 15-year-old girl", "injured", 1)]),
    (
        "The shooting wounded a bystander who was waiting for a bus.",
        [("a bystander", "injured", 1)],
    ),
    ("A dispute ended with a man shot in the stomach.", [("a man", "shot", 1)]),
    (
        "The gunfire killed a woman and wounded her brother.",
        [("a woman", "killed", 1), ("her brother", "injured", 1)],
    ),
    ("The wounded man was taken to a hospital.", [("The wounded man", "injured", 1)]),
    ("A wounded man walked into the emergency room.", [("A wounded man", "injured", 1)]),
    ("Police found a gunshot victim lying in the street.", [("a gunshot victim", "shot", 1)]),
    ("A woman was shot multiple times and is in critical condition.", [("A woman", "shot", 1)]),
    ("Officers found a man dead inside the apartment.", [("a man", "killed", 1)]),
    ("A man was found unresponsive with a gunshot wound and later died.", [("A man", "killed", 1)]),
    ("An officer was shot in the line of duty Tuesday.", [("An officer", "shot", 1)]),
    ("A deputy was wounded during the standoff.", [("A deputy", "injured", 1)]),
    ("A pregnant woman was among those shot.", [("A pregnant woman", "shot", 1)]),
    ("A man was shot by police after he pointed a gun at officers.", [("A man", "shot", 1)]),
    ("Officers shot and killed a suspect who fired at them.", [("a suspect", "killed", 1)]),
    ("A homeowner shot an intruder who broke into his house.", [("an intruder", "shot", 1)]),
    ("A 6-year-old accidentally shot his sister with a handgun.", [("his sister", "shot", 1)]),
    ("A woman was critically injured in the shooting.", [("A woman", "injured", 1)]),
    ("A man was seriously wounded, police said.", [("A man", "injured", 1)]),
    ("A clerk was pistol-whipped and shot during the holdup.", [("A clerk", "shot", 1)]),
    ("A man lost his life in the shooting.", [("A man", "killed", 1)]),
    ("A young mother was killed in a hail of bullets.", [("A young mother", "killed", 1)]),
    (
        "An innocent bystander was caught in the crossfire and killed.",
        [("An innocent bystander", "killed", 1)],
    ),
    ("A girl was caught in the crossfire and hit in the leg.", [("A girl", "shot", 1)]),
    ("A man was shot in what police called a targeted attack.", [("A man", "shot", 1)]),
    ("A woman died Sunday, a day after she was shot.", [("A woman", "killed", 1)]),
    (
        "Police said a man opened fire, killing a woman and injuring two others.",
        [("a woman", "killed", 1)],
    ),
    (
        "A 20-year-old man has died after a shooting on Pine Street.",
        [("A 20-year-old man", "killed", 1)],
    ),
    ("A man remains hospitalized after being shot Monday.", [("A man", "injured", 1)]),
    ("One person was killed and another hurt in a shooting.", [("another", "injured", 1)]),
    ("A man is dead after a shooting at a gas station.", [("A man", "killed", 1)]),
    (
        "A teenager is dead and a man is injured after a shooting.",
        [("A teenager", "killed", 1), ("a man", "injured", 1)],
    ),
    ("A woman was shot and wounded by her ex-husband.", [("A woman", "injured", 1)]),
    # --- a hurt, then the same person's death in a conjunct ---
    ("A man was wounded in the shooting and later died.", [("A man", "killed", 1)]),
    ("A woman was rushed to a hospital but did not survive.", [("A woman", "killed", 1)]),
    ("A teen was hospitalized and died two days later.", [("A teen", "killed", 1)]),
    ("A man suffered a gunshot wound to the head and died at the scene.", [("A man", "killed", 1)]),
    ("A boy was hit by a stray bullet and later died at a hospital.", [("A boy", "killed", 1)]),
    (
        "A woman was critically injured and succumbed to her wounds Friday.",
        [("A woman", "killed", 1)],
    ),
    ("A man was taken to a trauma center and was pronounced dead.", [("A man", "killed", 1)]),
    (
        "A man was wounded and his cousin died.",
        [("A man", "injured", 1), ("his cousin", "killed", 1)],
    ),
    ("A man was wounded but did not die.", [("A man", "injured", 1)]),
    ("A woman was hospitalized and could die.", [("A woman", "injured", 1)]),
    # --- an active clause, then a passive harm after "and" ---
    ("A woman answered the door and was shot in the face.", [("A woman", "shot", 1)]),
    ("A man opened the door and was immediately shot.", [("A man", "shot", 1)]),
    ("A teen ran from the car but was struck in the back by a bullet.", [("A teen", "shot", 1)]),
    ("The gunman fired at officers and was killed.", [("The gunman", "killed", 1)]),
    ("A woman was sitting on her porch when someone shot her.", [("A woman", "shot", 1)]),
    ("A man was walking to his car when a gunman shot him in the back.", [("A man", "shot", 1)]),
    # --- more negatives ---
    ("The man was shot at twice but was not hit.", []),
    ("Officers said nobody was wounded.", []),
    ("A man tried to kill his brother, prosecutors said.", []),
    ("Witnesses feared someone would be killed.", []),
    ("She was not among those shot.", []),
    ("The suspect was taken into custody uninjured.", []),
    # --- negatives: count no one ---
    ("No one was injured in the shooting.", []),
    ("The clerk was not hurt.", []),
    ("The driver escaped unharmed.", []),
    ("A man was shot at but the bullets missed him.", []),
    ("He threatened to kill his neighbor.", []),
    ("A woman could have been killed, police said.", []),
    ("The boys killed time at the mall.", []),
    ("Nobody was hurt when the bullets hit the house.", []),
    ("A man fired shots into the air.", []),
    ("Police said no one was struck by the gunfire.", []),
    ("The shooting could have killed a child.", []),
    ("The bill would kill the program.", []),
    ("The woman was uninjured.", []),
    ("A car was struck by gunfire.", []),
    ("A house was hit by several bullets.", []),
    ("Neither of the men was wounded.", []),
    ("Officers shot at the suspect but did not hit him.", []),
    ("The senator said the proposal is dead.", []),
]


def score(
    counts_of: Callable[[str], Iterable[Count]],
    challenge: list[tuple[str, list[Count]]] | None = None,
) -> tuple[int, int, int, int]:
    """(expected found, expected, counts that match nothing expected, counts given) over a
    challenge set (this file's by default; challenge_impl45c.py's too)."""
    found = expected = extra = given = 0
    for text, want in CHALLENGE if challenge is None else challenge:
        got = list(counts_of(text))
        given += len(got)
        expected += len(want)
        used: set[int] = set()
        for span, measure, value in want:
            for i, (g_span, g_measure, g_value) in enumerate(got):
                same_span = span.lower() in g_span.lower() or g_span.lower() in span.lower()
                if i not in used and same_span and (g_measure, g_value) == (measure, value):
                    used.add(i)
                    found += 1
                    break
        extra += len(got) - len(used)
    return found, expected, extra, given
