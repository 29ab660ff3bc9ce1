"""The set phrases of a sentence are found once and asked by each of its numbers (speed60).

``number_idioms`` keeps each sentence's set phrases per Doc: a second number of the sentence,
inside or outside the phrase, reads the kept phrases and is judged as when it was searched
alone. Sentences are invented.
"""

from spacy.language import Language

from factcheck.extract.not_claims.number_idioms import _SET_PHRASES, is_number_idiom
from factcheck.extract.sentence_index import index_sentences
from tests.conftest import mention_texts


def test_second_number_of_a_sentence_reads_its_kept_phrases(nlp: Language) -> None:
    text = "For 3 years the $64,000 question was a one-two punch to 40 towns."
    claims = mention_texts(nlp, text)
    assert "3 years" in claims and "40" in claims
    assert "$64,000" not in claims and "one-two" not in claims


def test_phrases_are_kept_once_per_sentence(nlp: Language) -> None:
    doc = nlp("It was my two cents on 5 votes. Then 2 more.")
    index_sentences(doc)
    doc.user_data.pop(_SET_PHRASES, None)
    two = next(t for t in doc if t.text == "two")
    five = next(t for t in doc if t.text == "5")
    assert is_number_idiom(doc, two.i, two.i + 1)
    assert not is_number_idiom(doc, five.i, five.i + 1)
    kept = doc.user_data[_SET_PHRASES]
    assert list(kept) == [(doc[0].sent.start, doc[0].sent.end)]
