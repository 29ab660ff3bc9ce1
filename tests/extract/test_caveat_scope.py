"""Caveat scope by source (issue 11): invented sentences, parallel to real cases."""

import pytest

from factcheck.extract import extract_claims
from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.caveats.caveats import CaveatTarget, find_caveats
from factcheck.model import Caveat, Source, SourceKind
from tests.conftest import claim_kinds

VERIFIED = Caveat.NOT_INDEPENDENTLY_VERIFIED


@pytest.mark.parametrize(
    "source, expected",
    [
        (Source("Arvenia's military", SourceKind.NAMED_ORG), "military"),
        (Source("The military", SourceKind.NAMED_ORG), "military"),
        (Source("Mr. Varga", SourceKind.NAMED_PERSON), "varga"),
        (Source("the head of the rescue services", SourceKind.NAMED_PERSON), "head"),
        (Source("", SourceKind.NONE), ""),
    ],
)
def test_source_key_is_the_head_shared_by_every_mention(source, expected):
    assert source_key(source) == expected


def test_caveat_about_accounts_covers_every_earlier_figure_of_those_accounts(nlp):
    kinds = claim_kinds(
        nlp,
        "The navy said its ships had sunk 14 boats. Residents said 30 fishermen were missing. "
        "They said another 12 were held at the port. The weather was calm on Friday. "
        "None of these accounts could be checked independently.",
    )
    assert VERIFIED in kinds["30"]
    assert VERIFIED in kinds["12"]
    assert VERIFIED not in kinds["14"]


@pytest.mark.parametrize(
    "closing, covered",
    [
        ("None of the figures given by either side could be independently confirmed.", True),
        ("The talks resume on Monday.", False),
    ],
)
def test_caveat_naming_both_sides_covers_both_sources(nlp, closing, covered):
    kinds = claim_kinds(
        nlp,
        "The army said it destroyed 40 tanks. The rebel council said 25 soldiers surrendered. "
        + closing,
    )
    assert (VERIFIED in kinds["40"]) is covered
    assert (VERIFIED in kinds["25"]) is covered


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        ("The mayor was accused of stealing $2 million from the fund.", "$2 million", True),
        ("She was charged with taking $50,000 in bribes.", "$50,000", True),
        ("The museum charged $5 for each ticket.", "$5", False),
        ("The firm will book a restructuring charge of $30 million.", "$30 million", False),
        ("The mayor spent $2 million on roads.", "$2 million", False),
    ],
)
def test_figure_inside_a_charge_is_hedged(nlp, text, figure, expected):
    assert (Caveat.HEDGED in claim_kinds(nlp, text)[figure]) is expected


@pytest.mark.parametrize(
    "later, disputed",
    [
        ("Through his lawyer, Hale has denied the allegations.", True),
        ("Hale pleaded not guilty on Friday.", True),
        ("The trial opens in May.", False),
    ],
)
def test_the_accuseds_denial_disputes_the_figures_of_the_charges(nlp, later, disputed):
    kinds = claim_kinds(
        nlp,
        "Prosecutors accused Hale of diverting $3 million from the pension fund. "
        "The fund has 4,000 members. The audit took two years. " + later,
    )
    assert (Caveat.DISPUTED in kinds["$3 million"]) is disputed
    assert Caveat.DISPUTED not in kinds["4,000"]


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        # rival counts with no word of dispute dispute neither (gold-conventions, "Rival counts")
        (
            "The ministry said 40 people died in the flood, while the army said 12 people died.",
            "40",
            False,
        ),
        (
            "The ministry said 40 people died in the flood, while the army said 12 people died.",
            "12",
            False,
        ),
        ("The ministry said 40 people died. The army said 12 bridges collapsed.", "40", False),
        ("The ministry said 40 people died, including 12 children.", "40", False),
    ],
)
def test_two_sources_giving_different_figures_do_not_dispute_each_other(
    nlp, text, figure, expected
):
    assert (Caveat.DISPUTED in claim_kinds(nlp, text)[figure]) is expected


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        (
            "The ministry's figure of 500 is at odds with what our units recorded, the army said.",
            "500",
            True,
        ),
        ("The army said the figure of 500 was accurate.", "500", False),
    ],
)
def test_at_odds_with_is_a_dispute(nlp, text, figure, expected):
    assert (Caveat.DISPUTED in claim_kinds(nlp, text)[figure]) is expected


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        ("Details are still developing. Police said 3 people were hurt.", "3", True),
        ("Police said 3 people were hurt. Details are still developing.", "3", False),
        ("Police said 3 people were hurt in the crash.", "3", False),
    ],
)
def test_still_developing_covers_the_figures_after_it(nlp, text, figure, expected):
    assert (Caveat.PRELIMINARY in claim_kinds(nlp, text)[figure]) is expected


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        ("Earlier reports said 12 people were killed.", "12", True),
        (
            "The strike was first reported by the local paper, which said 12 people died.",
            "12",
            False,
        ),
    ],
)
def test_superseded_figure_is_preliminary(nlp, text, figure, expected):
    assert (Caveat.PRELIMINARY in claim_kinds(nlp, text)[figure]) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("If verified, the 300 deaths would make it the deadliest attack this year.", True),
        ("The 300 deaths make it the deadliest attack this year.", False),
    ],
)
def test_if_verified_is_a_verification_caveat(nlp, text, expected):
    assert (VERIFIED in claim_kinds(nlp, text)["300"]) is expected


def test_source_marked_partisan_once_is_partisan_at_every_mention(nlp):
    kinds = claim_kinds(
        nlp,
        "The death toll reached 900, according to the rebel-run health ministry. "
        "On Tuesday the ministry said 45 children were among the dead.",
    )
    assert Caveat.PARTISAN_SOURCE in kinds["45"]


@pytest.mark.parametrize(
    "source, expected",
    [
        ("a second US official", True),
        ("people familiar with the talks", True),
        ("Social media posts", True),
        ("the candidates", False),
        ("each", False),
        # unspecified reports are unnamed; one report the article identifies is not
        ("reports", True),
        ("local media reports", True),
        ("the report", False),
        ("The March report", False),
        ("the agency's estimate", False),
    ],
)
def test_anonymous_caveat_needs_unnamed_people(nlp, source, expected):
    doc = nlp("They said 240 people were held.")
    target = CaveatTarget(number=doc[2], source=Source(source, SourceKind.ANONYMOUS))
    (found,) = find_caveats(doc, [target])
    assert (Caveat.ANONYMOUS_SOURCE in {c.kind for c in found}) is expected


@pytest.mark.parametrize(
    ("text", "figure", "hedged"),
    [
        ("Ortiz was charged with three counts of fraud.", "three", False),
        ("Ortiz faces several charges, including four felony counts of theft.", "four", False),
        ("Ortiz is accused of shooting two men outside a bar.", "two", False),
        ("Ortiz is accused of taking $5,000 in bribes.", "$5,000", True),
        ("Ortiz was charged with stealing $40,000 from the club.", "$40,000", True),
        ("Ortiz is accused of stealing $40,000 that was meant for the club.", "$40,000", True),
        # the victims named on the harm noun of the charge
        ("Ortiz was charged in the killing of two men near a bar.", "two", False),
        ("Ortiz was charged with stealing two cars from a lot.", "two", True),
    ],
)
def test_a_charge_hedges_what_is_charged_not_its_count_nor_its_victims(nlp, text, figure, hedged):
    kinds = claim_kinds(nlp, text)
    assert (Caveat.HEDGED in kinds[figure]) is hedged


def test_a_pair_on_the_harm_noun_charged_is_not_hedged(nlp):
    text = "Ortiz is being charged in connection with the double stabbing at a diner."
    claims = extract_claims(nlp(text), doc_name="t").claims
    double = [c for c in claims if c.text == "double"]
    assert double and all(Caveat.HEDGED not in {m.kind for m in c.caveats} for c in double)


def test_an_implied_victim_of_the_act_charged_is_not_hedged(nlp):
    claims = extract_claims(
        nlp("Shooting\n\nOrtiz was accused of shooting a 40-year-old man in the arm."), doc_name="t"
    ).claims
    implied = [c for c in claims if c.implied]
    assert implied and all(Caveat.HEDGED not in {m.kind for m in c.caveats} for c in implied)


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        ("Initially, the Gazette reported three injured, ages 9 and 12.", "three", False),
        ("Police initially said two people were shot. They later said five were.", "two", True),
        (
            "The June count is now 150,000, down from the initially reported 190,000.",
            "190,000",
            True,
        ),
        # the figure that revises it, in the same sentence, is no earlier figure
        (
            "The June count is now 150,000, down from the initially reported 190,000.",
            "150,000",
            False,
        ),
        (
            "The agency initially said it would take two months, but it took just one month.",
            "one month",
            False,
        ),
        (
            "The agency initially said it would take two months, but it took just one month.",
            "two months",
            True,
        ),
    ],
)
def test_a_figure_said_initially_is_preliminary_only_when_another_revises_it(
    nlp, text, figure, expected
):
    assert (Caveat.PRELIMINARY in claim_kinds(nlp, text)[figure]) is expected


@pytest.mark.parametrize(
    "text",
    [
        "A man faces charges over the accidental shooting of his son and wife.",
        # the shooting a charge is about is a fact, and so is whom it left wounded
        "Police say Dana Ruiz is charged with assault in connection with a May 2 shooting "
        "that also left a 40-year-old man with a gunshot wound.",
    ],
)
def test_a_charge_over_the_shooting_of_people_does_not_hedge_the_victims(nlp, text):
    claims = extract_claims(nlp("Shooting\n\n" + text), doc_name="t").claims
    implied = [c for c in claims if c.implied]
    assert implied and all(Caveat.HEDGED not in {m.kind for m in c.caveats} for c in implied)


HELD = (
    "The rights group said 900 people were held at the camp. It said another 40 had died "
    "there. The camp lies near the border, in a region of 300,000 people. "
)
ESTIMATED = HELD.replace("said 900", "estimated that 900")
RIVAL = "The rights group said 900 people were held. The ministry said 200 people lived there. "


@pytest.mark.parametrize(
    "text, expected",
    [
        # every earlier figure of the source whose figures are named, however far back
        (HELD + "The ministry rejected the group's figures.", {"900": True, "40": True}),
        (HELD + "The ministry dismissed the group's count as fabricated.", {"300,000": False}),
        (HELD + "The ministry rejected the UN's figures.", {"900": False, "40": False}),
        (HELD + "The ministry praised the group's figures.", {"900": False}),
        # a claim may be about anything: it names no figures by their source
        (HELD + "The ministry rejected the group's claim about the dam.", {"900": False}),
        # "estimate" names the source's estimates, "toll" its death counts
        (ESTIMATED + "The ministry rejected the group's estimate.", {"900": True, "40": False}),
        (ESTIMATED + "The ministry rejected the group's toll.", {"900": False, "40": True}),
        # not the disputer's own figure
        (RIVAL + "The ministry rejected the group's figures.", {"900": True, "200": False}),
    ],
)
def test_a_dispute_naming_a_sources_figures_reaches_those_figures(nlp, text, expected):
    kinds = claim_kinds(nlp, text)
    assert {f: Caveat.DISPUTED in kinds[f] for f in expected} == expected


GLACIERS = (
    "The observatory said the glaciers lost 4% of their ice last year. The observatory said "
    "they shed 10.8 cubic kilometres of ice. The ski federation said 300 resorts had opened. "
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the speaker of a caveat on "the figures" keys them: its figures, past another's
        (
            GLACIERS + "The observatory cautioned that the figures were preliminary.",
            {"4%": True, "10.8": True, "300": False},
        ),
        (
            GLACIERS + "The figures are preliminary, the federation said.",
            {"4%": False, "300": True},
        ),
        (GLACIERS + "The observatory said the season was short.", {"4%": False, "300": False}),
        # revision words
        (
            "The office said 12,000 homes were sold. It said the numbers were subject to revision.",
            {"12,000": True},
        ),
        (
            "The office said 12,000 homes were sold. The tax law is subject to a vote.",
            {"12,000": False},
        ),
        (
            "The ministry set aside $900 million, and said the figure would be revised in May.",
            {"$900 million": True},
        ),
    ],
)
def test_a_preliminary_caveat_reaches_its_speakers_figures(nlp, text, expected):
    kinds = claim_kinds(nlp, text)
    assert {f: Caveat.PRELIMINARY in kinds[f] for f in expected} == expected


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        # another source's word answers the report
        (
            "Several websites were reporting that 12 hikers had died, but the park service said "
            "all of them had been found alive.",
            "12",
            True,
        ),
        # the writer answers with the fact
        (
            'The mayor said: "We hired 300 officers last year," but in fact the city hired '
            "only a few.",
            "300",
            True,
        ),
        # the same speaker goes on, or a pronoun that may be the same speaker
        (
            "Dawson said the council had met 14 times, but said the vote was still open.",
            "14 times",
            False,
        ),
        ("The station reported 40 injuries, but they said most were minor.", "40", False),
        # a pledge answers nothing
        (
            "The tally gives Moreau a lead of 85 seats, but the challenger has vowed to fight on.",
            "85",
            False,
        ),
    ],
)
def test_a_but_clause_with_another_sources_word_disputes_the_report(nlp, text, figure, expected):
    assert (Caveat.DISPUTED in claim_kinds(nlp, text)[figure]) is expected


@pytest.mark.parametrize(
    "closing, covered",
    [
        # the pronoun stands for the clause before it in its own sentence, which has no figure
        ("Police said the attack may have been a robbery, but that has not been confirmed.", False),
        (
            "Police said it may have been the result of a feud, but that has not been confirmed.",
            False,
        ),
        ("Officers think the men knew each other, although this could not be verified.", False),
        # no clause before it: the pronoun points back to the figures
        ("But that has not been confirmed.", True),
        ("Police said that could not be confirmed.", True),
        # a plural pronoun after a figure noun stands for the figures
        ("He did not say how the figures were compiled, and they could not be verified.", True),
        ("He did not say how the figure was compiled, and it could not be verified.", True),
    ],
)
def test_an_unconfirmed_pronoun_is_about_its_own_sentence_when_a_clause_precedes_it(
    nlp, closing, covered
):
    kinds = claim_kinds(nlp, f"Witnesses said 14 people were hurt in the blast. {closing}")
    assert (VERIFIED in kinds["14"]) is covered
