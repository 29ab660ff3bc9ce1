"""'Its figures' are the figures of the body the sentence before is about, not the person
quoted last; 'his account' of an unnamed man is his, not a plural source sharing his head word
(pronoun_owners.py; gold README, "Caveat scope"). Invented stories.
"""

from factcheck.extract import extract_claims

NIV = "not_independently_verified"


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_its_figures_are_the_bodys_not_the_last_quoted_doctor(nlp):
    text = (
        "Strikes\n\n"
        "Air strikes killed at least 27 people overnight, among them eight children, "
        "according to the Ostrava Health Ministry.\n\n"
        "One strike killed 11 members of a family, said Dr. Pavel Rudin, a surgeon at the "
        "city hospital.\n\n"
        "The ministry, which is run by the rebel administration, does not say how many of the "
        "dead were fighters. Its figures could not be independently verified.\n"
    )
    found = _caveats(nlp, text)
    assert NIV in found["at least 27"]
    assert NIV not in found["11"]


def test_his_account_leaves_a_plural_source_sharing_his_head_word(nlp):
    text = (
        "Camp grows\n\n"
        "Rights Watch said it had interviewed 25 former inmates, most of whom spoke on "
        "condition of anonymity. Former inmates described cramped cells holding up to 30 "
        "people and beatings during questioning.\n\n"
        "A former inmate, a 47-year-old farmer from the town of Serin who asked not to be "
        "named, told Wire he had been held for 9 months without charge. Wire could not "
        "independently verify his account.\n"
    )
    found = _caveats(nlp, text)
    assert NIV in found["9 months"]
    assert NIV not in found["up to 30"]


def test_its_figures_after_the_bodys_own_sentence_keep_its_count(nlp):
    text = (
        "Flood\n\n"
        "The agency said 4,000 homes were flooded. Its figures could not be independently "
        "verified.\n"
    )
    found = _caveats(nlp, text)
    assert NIV in found["4,000"]
