"""A singular figure noun that points back to the sentence before ("The number was likely to
rise", "the count was provisional") stands for that sentence's main count, not a figure inside
the count's own phrase ("from 12 villages") nor a part of it ("more than half of them"). Gold
README, preliminary and "Caveat scope"; session 72. Invented wire stories.
"""

from factcheck.extract import extract_claims

PRELIMINARY = "preliminary"


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_the_number_is_the_evacuees_not_their_villages(nlp):
    text = (
        "Volcano\n\n"
        "The disaster agency said 8,400 people from 15 villages had been moved to shelters in "
        "schools and churches. An agency spokeswoman said the number was likely to rise.\n"
    )
    caveats = _caveats(nlp, text)
    assert PRELIMINARY in caveats["8,400"]
    assert PRELIMINARY not in caveats["15"]


def test_the_count_is_the_deaths_not_the_share_of_children(nlp):
    text = (
        "Outbreak\n\n"
        "The health ministry reported a higher toll on Monday: 212 deaths among suspected cases "
        "in the three provinces since Jan. 1, more than half of them children. The ministry "
        "said the count was provisional.\n"
    )
    caveats = _caveats(nlp, text)
    assert PRELIMINARY in caveats["212"]
    assert PRELIMINARY not in caveats["more than half"]
    assert PRELIMINARY not in caveats["three"]


def test_an_amount_and_its_conversion_stay_together(nlp):
    text = (
        "Court\n\n"
        "The fund has set aside 3 million euros ($3.2 million) for the victims, a spokesman "
        "said. That amount is expected to grow.\n"
    )
    caveats = _caveats(nlp, text)
    assert PRELIMINARY in caveats["3 million euros"]
    assert PRELIMINARY in caveats["$3.2 million"]
