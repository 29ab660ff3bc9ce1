"""Caveats of figures whose source is already right (session 52), on invented
sentences of the shapes the tuning golds annotate:

- "a reported $1.2 million": a category hedge before the figure sizes the amount, as
  "reportedly" does (gold README, hedged; realgold30 gold), while "eight reported incidents"
  still counts a class;
- "shot while responding to a call": a "while" that opens a participle tells when, it sets no
  other source's figure against the one before (realgold7 gold: not disputed);
- "when questioned about the cause": a dispute verb whose topic names no figure asks a person,
  it disputes nothing (gold README, disputed: "someone contests the figure");
- "Legislative leaders noted", "an organizer said": unnamed people, anonymous with
  anonymous_source (gold README, "Source kinds"; realgold35 gold);
- "Investigators believe Ruiz and his son were gunned down by several men": the doer is
  believed, the victims are a known toll, not hedged (realgold4, 6, 14, 19 golds);
- "it appears the father killed himself": an inference is about the whole act, hedged even
  with the doer named (realgold16 gold; docs/gold-conventions.md "'Appears' ... as hedges").
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import Caveat


def with_caveat(nlp, text: str, kind: Caveat) -> list[str]:
    claims = extract_claims(nlp(text), doc_name="t").claims
    return [c.text for c in claims if any(m.kind == kind for m in c.caveats)]


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        (
            "The studio revived the deal, worth a reported $4.5 million, after the director left.",
            ["$4.5 million"],
        ),
        ("The club signed the striker for a reported $30 million on Friday.", ["$30 million"]),
        ("The collector paid a reported 200,000 pounds for the painting.", ["200,000 pounds"]),
    ],
)
def test_a_reported_amount_is_hedged(nlp, text, hedged):
    assert with_caveat(nlp, text, Caveat.HEDGED) == hedged


@pytest.mark.parametrize(
    "text",
    [
        "The county logged eight reported incidents at the park last year.",
        "The survey of 640 likely voters was taken last week.",
    ],
)
def test_a_category_adjective_after_the_number_does_not_hedge(nlp, text):
    assert with_caveat(nlp, text, Caveat.HEDGED) == []


def test_while_doing_sets_no_rival_figure_against_the_count(nlp):
    text = (
        "WKRN has confirmed that the county sheriff and another deputy were shot while "
        "responding to a burglary call Monday night. A former guard shot his neighbor, her son, "
        "the sheriff and a deputy before he died, state investigators said."
    )
    assert with_caveat(nlp, text, Caveat.DISPUTED) == []


def test_a_contrasting_while_alone_disputes_neither_count(nlp):
    # rival counts with no word of dispute (docs/gold-conventions.md, "Rival counts")
    text = "The ministry said 40 soldiers died in the raid, while the army said 12 soldiers died."
    assert with_caveat(nlp, text, Caveat.DISPUTED) == []


def test_questioned_about_a_topic_disputes_no_figure(nlp):
    text = (
        "The senator snapped at the chairman when questioned about the cause of the fire, "
        "which killed six firefighters."
    )
    assert with_caveat(nlp, text, Caveat.DISPUTED) == []


def test_questioned_about_a_figure_still_disputes_it(nlp):
    text = (
        "The mayor said 300 homes were lost. He was challenged over his claim that 300 homes "
        "were lost."
    )
    assert "300" in with_caveat(nlp, text, Caveat.DISPUTED)


@pytest.mark.parametrize(
    ("text", "anonymous"),
    [
        (
            "Legislative leaders in Ohio noted that the three-judge panel was split.",
            ["three"],
        ),
        (
            "About 60 nurses plan to join the walkout on Monday, an organizer said.",
            ["About 60"],
        ),
    ],
)
def test_unnamed_leaders_and_organizers_are_anonymous_sources(nlp, text, anonymous):
    assert with_caveat(nlp, text, Caveat.ANONYMOUS_SOURCE) == anonymous


@pytest.mark.parametrize(
    "text",
    [
        'Investigators believe Ruiz and his brother were "gunned down by several men driving a '
        'blue pickup."',
        "Detectives believe the gunman shot two neighbors before he fled.",
        "Deputies think Ortiz and her son were shot by a man they knew.",
    ],
)
def test_the_victims_of_a_believed_doer_are_not_hedged(nlp, text):
    assert with_caveat(nlp, text, Caveat.HEDGED) == []


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Police believe three people were killed in the blast.", ["three"]),
        ("Investigators believe he stole $40,000 from the store.", ["$40,000"]),
    ],
)
def test_a_believed_toll_or_take_stays_hedged(nlp, text, hedged):
    assert with_caveat(nlp, text, Caveat.HEDGED) == hedged


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Sgt. Ann Cole says it appears the father killed himself in the garage.", ["himself"]),
        ("It appears the gunman shot his wife before he fled, a deputy said.", ["his wife"]),
    ],
)
def test_an_inference_over_an_act_with_its_doer_hedges_the_victims(nlp, text, hedged):
    assert with_caveat(nlp, text, Caveat.HEDGED) == hedged


def test_a_belief_over_an_act_with_its_doer_does_not_hedge_the_victims(nlp):
    assert (
        with_caveat(nlp, "Detectives believe Lee shot and killed her sister.", Caveat.HEDGED) == []
    )
