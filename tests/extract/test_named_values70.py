"""A dispute that names the figure by its value ("rejected the figure of 40") reaches every
earlier mention of that value, paragraphs back, and not the other figures of those sentences
(named_values.py; gold README, disputed, "Headlines" and "Repeats"). Invented stories.
"""

from factcheck.extract import extract_claims

DISPUTED = "disputed"

RAID = (
    "Rebels say they killed 40 soldiers in raid\n\n"
    "Key points\n"
    "- Rebels say they killed 40 soldiers in a raid on a base in Norland\n"
    "- The army says three of its men were wounded\n\n"
    "The rebel group said in a statement that its fighters had killed 40 soldiers and taken "
    "12 rifles.\n\n"
    "The raid began before dawn, witnesses said.\n\n"
    "Shops in the nearby town stayed shut all day.\n\n"
    "The army rejected the figure of 40 as a lie.\n"
)

NO_VALUE = (
    "Floods\n\n"
    "The relief agency said 40 people died and 12 were missing.\n\n"
    "The weather had been calm for a week.\n\n"
    "Roads reopened on Monday.\n\n"
    "The ministry rejected the figure.\n"
)


def _caveats(nlp, text):
    found: dict[str, list[set[str]]] = {}
    for c in extract_claims(nlp(text), doc_name="t").claims:
        found.setdefault(c.text, []).append({k.kind.value for k in c.caveats})
    return found


def test_the_named_value_is_disputed_at_every_earlier_mention(nlp):
    found = _caveats(nlp, RAID)
    assert found["40"] and all(DISPUTED in kinds for kinds in found["40"])


def test_other_figures_beside_the_named_value_are_not_disputed(nlp):
    found = _caveats(nlp, RAID)
    assert all(DISPUTED not in kinds for kinds in found.get("12", []))
    assert all(DISPUTED not in kinds for kinds in found.get("three", []))


def test_a_dispute_without_a_value_stays_near(nlp):
    found = _caveats(nlp, NO_VALUE)
    assert all(DISPUTED not in kinds for kinds in found["40"])
