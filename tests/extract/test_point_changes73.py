"""A change counted in points measures the rate or yield the verb moves, not the points
(subjects/point_changes.py). Invented sentences.
"""

from factcheck.extract import extract_claims


def _subjects(nlp, text):
    return {c.text: c.subject for c in extract_claims(nlp(text), doc_name="t").claims}


def test_points_a_yield_rose_name_the_yield(nlp):
    subjects = _subjects(nlp, "The yield on Dorva's 2033 bond rose 22 basis points to 7.4%.")
    assert "yield" in subjects["22"].split()


def test_points_a_bank_cut_its_rate_by_name_the_rate(nlp):
    subjects = _subjects(nlp, "The central bank cut its lending rate by 125 basis points to 18%.")
    assert "rate" in subjects["125"].split()


def test_points_no_verb_moves_stay_the_points(nlp):
    subjects = _subjects(nlp, "The agency said the spread over Treasuries was 40 basis points.")
    assert "spread" not in subjects["40"].split()
