"""A caveat naming its figures by their owner ("the party's tally") reaches that owner's
figures, through initials the article defines (caveat_owners.py): invented sentences."""

import pytest

from factcheck.extract.caveats.caveat_owners import initials, owner_named
from factcheck.model import Caveat, Source, SourceKind
from tests.conftest import claim_kinds

VERIFIED = Caveat.NOT_INDEPENDENTLY_VERIFIED


_VOTE = (
    "The electoral board said turnout was 63%. The National Unity Front (NUF) said its "
    'monitors at 2,300 polling stations had its candidate ahead. "Ballots were swapped in '
    'at least 45 villages," NUF spokesman Tomas Berg told reporters. He said people were '
    "angry. "
)


def test_caveat_on_the_partys_tally_reaches_its_figures_past_other_sentences(nlp):
    kinds = claim_kinds(nlp, _VOTE + "Wire could not verify the front's tally.")
    assert VERIFIED in kinds["2,300"]  # "the front" is the NUF, two sentences back
    assert VERIFIED in kinds["at least 45"]  # and its spokesman
    assert VERIFIED not in kinds["63%"]  # the board is no part of the front


def test_no_caveat_sentence_leaves_the_partys_figures_unmarked(nlp):
    kinds = claim_kinds(nlp, _VOTE + "The count resumes on Monday.")
    assert VERIFIED not in kinds["2,300"]
    assert VERIFIED not in kinds["at least 45"]


def test_initials_give_the_words_of_the_full_name(nlp):
    doc = nlp("The Malawi Electoral Commission (MEC) said so. The party met.")
    defined = initials(doc)
    assert defined["mec"] == frozenset({"malawi", "electoral", "commission"})
    assert owner_named(
        "commission", Source("MEC chairperson Ruth Kachale", SourceKind.NAMED_PERSON), defined
    )
    assert not owner_named(
        "party", Source("MEC chairperson Ruth Kachale", SourceKind.NAMED_PERSON), defined
    )


def test_dispute_of_the_fronts_figures_reaches_the_initials_figures(nlp):
    kinds = claim_kinds(nlp, _VOTE + "The interior ministry rejected the front's figures.")
    assert Caveat.DISPUTED in kinds["2,300"]
    assert Caveat.DISPUTED in kinds["at least 45"]  # "NUF spokesman Tomas Berg"
    assert Caveat.DISPUTED not in kinds["63%"]


_TRIAL = (
    "A former mayor took at least 80 million pesos from a bridge fund, prosecutors said. "
    "Prosecutor Lina Vargas said the city signed 22 contracts and that 15 million pesos went "
    "to his brother's firm. "
)


def test_the_prosecutions_figures_are_the_prosecutors(nlp):
    kinds = claim_kinds(
        nlp,
        _TRIAL + "Defense lawyer Omar Ruiz said the prosecution's figures were inflated and "
        "that nine of the 22 contracts were finished.",
    )
    assert Caveat.DISPUTED in kinds["at least 80 million pesos"]
    assert Caveat.DISPUTED in kinds["15 million pesos"]
    assert Caveat.DISPUTED not in kinds["22"]  # the lawyer counts the 22 contracts himself


@pytest.mark.parametrize("owner, disputed", [("governor's", True), ("government's", False)])
def test_a_body_and_its_people_share_a_stem_a_governor_is_no_government(nlp, owner, disputed):
    kinds = claim_kinds(
        nlp,
        "Governor Ana Ruiz said 40 schools had reopened. Classes resumed on Monday. Parents "
        f"were relieved. The union rejected the {owner} figures.",
    )
    assert (Caveat.DISPUTED in kinds["40"]) is disputed


_DOCKS = (
    "The harbour office said 12 ships were in port. The Dockworkers Alliance says at least 30 "
    "crane operators are missing. Alliance president Jorge Mena said relatives had gathered at "
    'the gates. "Our people say it was closer to 350," Mena said. '
)


def test_his_figures_reach_the_body_his_title_names(nlp):
    kinds = claim_kinds(nlp, _DOCKS + "His figures could not be independently verified.")
    assert VERIFIED in kinds["at least 30"]  # the alliance he is president of
    assert VERIFIED in kinds["closer to 350"]
    assert VERIFIED not in kinds["12"]  # the harbour office is not his


def test_his_figures_without_a_caveat_stay_unmarked(nlp):
    kinds = claim_kinds(nlp, _DOCKS + "The search went on overnight.")
    assert VERIFIED not in kinds["at least 30"]
