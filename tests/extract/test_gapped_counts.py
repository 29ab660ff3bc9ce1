"""A count after a name whose verb and noun the sentence already gave is a figure, not part
of the name (gapped_counts); a list of ages and a product's number are not."""

from __future__ import annotations

from tests.conftest import claim_texts


def test_count_after_a_party_with_the_verb_left_out_is_a_claim(nlp):
    texts = claim_texts(nlp, "Democrats hold 31 governorships this year, Republicans 19.")
    assert "19" in texts


def test_spelled_count_after_a_candidate_in_a_gapped_clause_is_a_claim(nlp):
    text = "The mayor picked up four endorsements, while Garcia gained three and Moreno two."
    assert "two" in claim_texts(nlp, text)


def test_first_item_of_a_name_count_list_is_a_claim(nlp):
    text = "The pledged count stands at Senator Alvarez 212, Governor Price 187 and Lutz 40."
    texts = claim_texts(nlp, text)
    assert "212" in texts and "187" in texts


def test_a_list_of_ages_stays_ages(nlp):
    text = "She has three sons: Mark, 31; Paul, 28; and Simon 24."
    assert "24" not in claim_texts(nlp, text)


def test_a_product_number_before_a_clause_is_no_count(nlp):
    text = "The governor flew in on a Boeing 737, and the senator drove from Albany."
    assert "737" not in claim_texts(nlp, text)


def test_names_numbered_one_two_three_are_places(nlp):
    text = "Readers picked the winner: Ortiz 1, Baker 2, Lindqvist 3 and Moss last."
    texts = claim_texts(nlp, text)
    assert "1" not in texts and "2" not in texts and "3" not in texts


def test_a_digit_run_too_long_for_an_int_is_read_without_error(nlp):
    # the fuzz test's shortest input: a name before 4,719 nines reached int() in the rank check
    text = (
        "five\n\nbetween Rs " + "9" * 4719 + " and Rs 1000000.00 \u2013 466,407,307 million \u2013 "
    )
    claim_texts(nlp, text)  # raised ValueError (int of more than 4,300 digits) before
