"""A bare count set beside a count of superdelegates ("610 superdelegates back the governor, 45
back the senator") counts superdelegates, as written (delegate_counts.py; realgold50,
realgold30 golds name "superdelegates"). A bare count after superdelegates that no number
counts ("If superdelegates are left out, ...") stays "delegates". Invented texts."""

from __future__ import annotations

from tests.conftest import subject_of

_BESIDE = (
    "The party's convention is near.\n\n"
    "So far, 610 superdelegates have said they back Governor Ellen Marsh, 45 have said they "
    "back Senator Omar Reyes and 120 have not declared.\n"
)

_LEFT_OUT = (
    "The delegate race tightens.\n\n"
    "If superdelegates are left out, Marsh leads Reyes, 1,512 to 1,204.\n"
)


def test_a_count_beside_a_count_of_superdelegates_counts_superdelegates(nlp):
    assert subject_of(nlp, _BESIDE, "45") == "superdelegates"


def test_a_count_after_superdelegates_left_out_counts_delegates(nlp):
    assert subject_of(nlp, _LEFT_OUT, "1,512") == "delegates"
