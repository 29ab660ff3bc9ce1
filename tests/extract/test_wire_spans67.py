"""wspan67 (session 67), spans, values and approx on wire copy. Invented texts.

- "GH¢3.1bn", "₦45,000", "N45,000": the cedi's and the naira's signs glued to a figure are a
  currency (tests/wiren, wireo golds: claims); "N95 masks", "the N7 road" stay names.
- "bribes ranged from 2,000 to 30,000 dollars", "gives a range ..., from 12,100 to 19,800":
  "from X to Y" hung on "range"/"vary" is one range (tests/wiree, wirem golds), not a change.
- "will not settle for less than 8%", "at no time were there more than 31,000": a comparative in
  a negated clause bounds from the other side (tests/wiref, wireo golds); "nothing less than"
  is a lower bound (tests/wiren gold).
- "sank about 12 nautical miles from Kupang", "Nagpur, about 70km (43 miles) away": a distance
  past a conversion or in nautical miles that an event's verb takes places the scene (tests/wired,
  wirej, wirel golds); "lies some 30 km (19 miles) from the border" stays a claim (tests/corpus).
- "the two governments", "the two groups' tallies" after both are named: a re-mention of the pair
  (tests/wirep, wireo golds).
- "a 25kg sack of maize": a weight glued to its number before its noun is a compound descriptor
  (tests/wiren, wireo golds), as "a 25-kilogram sack" is; "sold 25kg of maize" measures.
- "nearly one and a half times the average": a multiplier of 1.5 (tests/wirej gold).
- "the 112 European emergency number", "the emergency service, 112 Galicia": the emergency number
  names a service (tests/wirej, wirem golds).
"""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_claims
from factcheck.extract.pipeline import parse_text


def _claims(nlp, text: str):
    return extract_claims(parse_text(nlp, text), doc_name="t", text=text)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Accra will trim outlays by GH¢3.1bn in 2027, the ministry said.", "GH¢3.1bn", 3.1e9),
        ("A crate of tomatoes now costs ₦45,000 in Kano.", "₦45,000", 45000),
        ("A crate of tomatoes now costs N45,000 in Kano, traders said.", "N45,000", 45000),
        ("The currency closed at N1,912.75 on Friday, the bank said.", "N1,912.75", 1912.75),
    ],
)
def test_cedi_and_naira_signs_glued_to_a_figure_are_a_currency(nlp, text, span, value):
    claim = next(c for c in _claims(nlp, text).claims if c.text == span)
    assert claim.value == pytest.approx(value)


def test_a_capital_letter_before_ungrouped_digits_is_no_currency(nlp):
    # near miss: no thousands separator, so no naira
    ex = _claims(nlp, "Nurses at the clinic on the N7 road asked for N95 masks.")
    assert not [c for c in ex.claims if "N" in c.text]


@pytest.mark.parametrize(
    ("text", "value", "high"),
    [
        ("The bribes ranged from 2,000 to 30,000 dollars per game, she said.", 2000, 30000),
        ("The survey gives a range for its tally, from 12,100 to 19,800 deaths.", 12100, 19800),
        ("Estimates of the crowd vary from 3,000 to 4,500 people.", 3000, 4500),
    ],
)
def test_from_x_to_y_after_range_or_vary_is_one_range(nlp, text, value, high):
    claims = _claims(nlp, text).claims
    assert len(claims) == 1
    assert (claims[0].value, claims[0].high, claims[0].approx.value) == (value, high, "range")


def test_from_x_to_y_after_a_change_verb_stays_two_figures(nlp):
    # near miss: "rose from X to Y" is a change
    claims = _claims(nlp, "Fares rose from 2,000 to 3,500 pesos last year.").claims
    assert [c.value for c in claims] == [2000, 3500]


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        (
            '"We will not return to the docks for less than 8%," the union leader said.',
            "lower_bound",
        ),
        ("The club said at no time were there more than 31,000 fans in the ground.", "upper_bound"),
        ("The envoy never spent more than 40 days abroad, aides said.", "upper_bound"),
        ('The real gap was "nothing less than 6%," the critic claimed.', "lower_bound"),
    ],
)
def test_comparative_in_a_negated_clause_turns_round(nlp, text, approx):
    claim = _claims(nlp, text).claims[0]
    assert claim.approx.value == approx


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("More than 50 families were not evacuated, the mayor said.", "lower_bound"),
        ("Police could not confirm that more than 20 people died.", "lower_bound"),
        ("The toll was no more than 30, police said.", "upper_bound"),
        ("Many of the patients had not been seen for more than three days.", "lower_bound"),
        ("The valley has not had a major flood in more than 200 years.", "lower_bound"),
    ],
)
def test_comparative_outside_the_denial_keeps_its_bound(nlp, text, approx):
    # near misses: the figure is the subject, the negated verb is another clause's, or the
    # negation is the qualifier's own
    claim = _claims(nlp, text).claims[0]
    assert claim.approx.value == approx


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sank late on Sunday about 12 nautical miles from Kupang, officials said.",
        "Radar showed nine tankers gathered about 30 nautical miles off the coast of Johor.",
        "The injured were taken to a hospital in Nagpur, about 70km (43 miles) away, the dean said.",
    ],
)
def test_distance_of_an_event_past_a_conversion_places_the_scene(nlp, text):
    ex = _claims(nlp, text)
    assert not [c for c in ex.claims if c.value in (12, 30, 70, 43)]
    assert "distance placing the scene" in {n.why for n in ex.not_claims}


@pytest.mark.parametrize(
    "text",
    [
        "Tarvo lies some 30 km (19 miles) from the border, the ministry said.",
        "Its rescue ship had been about 50 nautical miles from the wreck.",
    ],
)
def test_distance_a_verb_of_lying_states_stays_a_claim(nlp, text):
    # near misses: the distance is what the sentence asserts (tests/corpus golds)
    assert [c for c in _claims(nlp, text).claims if c.value in (30, 50)]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan traded blame, and the toll reported by the two governments rose.",
        "Amnesty counted 40 and Human Rights Watch 52. The two groups' tallies often differ.",
    ],
)
def test_the_two_governments_or_groups_after_a_named_pair_is_a_re_mention(nlp, text):
    ex = _claims(nlp, text)
    assert not [c for c in ex.claims if c.text.lower() == "two"]
    assert "re-mention" in {n.why for n in ex.not_claims}


def test_two_groups_with_a_count_of_people_stays_a_claim(nlp):
    # near miss: no determiner, a first count
    ex = _claims(nlp, "Police said two groups of men fired at each other outside the bar.")
    assert [c for c in ex.claims if c.text == "two"]


@pytest.mark.parametrize(
    "text",
    [
        "At the market in Kumasi, a 25kg sack of maize now sells for 900 cedis.",
        "The price of the 25kg sack has doubled since March, traders said.",
    ],
)
def test_glued_weight_before_its_noun_is_a_descriptor(nlp, text):
    ex = _claims(nlp, text)
    assert not [c for c in ex.claims if c.text == "25kg"]
    assert "compound descriptor" in {n.why for n in ex.not_claims}


def test_glued_weight_as_the_object_is_a_measure(nlp):
    # near miss: the unit is what is sold, no noun after it
    assert [c for c in _claims(nlp, "The farmer sold 25kg of maize.").claims if c.value == 25]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The blaze burned nearly one and a half times the usual area.", 1.5),
        ("Its debt is now two and a half times its yearly budget.", 2.5),
    ],
)
def test_and_a_half_before_times_is_part_of_the_multiplier(nlp, text, value):
    claim = _claims(nlp, text).claims[0]
    assert claim.value == value
    assert claim.text.endswith("and a half times")


def test_and_a_half_before_a_plain_noun_stays_apart(nlp):
    # near miss: no unit, scale or "times" after the half
    ex = _claims(nlp, "She owns two and a half acres.")
    assert not [c for c in ex.claims if c.value == 2.5]


@pytest.mark.parametrize(
    "text",
    [
        "Residents were warned by text messages sent via the 112 European emergency number.",
        "The regional emergency service, 112 Galicia, said it had received 800 calls.",
    ],
)
def test_emergency_number_beside_emergency_or_service_is_a_name(nlp, text):
    ex = _claims(nlp, text)
    assert not [c for c in ex.claims if c.text == "112"]


def test_a_count_of_112_away_from_emergency_words_stays_a_claim(nlp):
    # near miss
    assert [
        c for c in _claims(nlp, "Police arrested 112 people on Sunday.").claims if c.value == 112
    ]
