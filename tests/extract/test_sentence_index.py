"""token.sent and span.sent read one index of a Doc's sentences and give what spaCy's own walk
gives (speed17). Texts are invented."""

import gc
import weakref

from spacy.tokens import Doc

from factcheck.extract.claims import extract_claims
from factcheck.extract.sentence_index import index_sentences

_WORDS = ["The", "mill", "closed", ".", "Its", "40", "workers", "left", ".", "Rain", "fell", "."]
_STARTS = [True, False, False, False, True, False, False, False, False, True, False, False]


def _doc(blank_nlp):
    return Doc(blank_nlp.vocab, words=_WORDS, sent_starts=_STARTS)


def _bounds(span):
    return span.start, span.end


def test_every_token_has_the_sentence_spacy_walks_to(blank_nlp):
    walked = [_bounds(t.sent) for t in _doc(blank_nlp)]
    doc = _doc(blank_nlp)
    index_sentences(doc)
    assert [_bounds(t.sent) for t in doc] == walked
    assert walked[5] == (4, 9)


def test_a_span_across_sentences_has_the_sentence_of_its_first_token(blank_nlp):
    doc = _doc(blank_nlp)
    walked = [_bounds(doc[2:6].sent), _bounds(doc[12:12].sent), _bounds(doc[9:12].sent)]
    index_sentences(doc)
    assert [_bounds(doc[2:6].sent), _bounds(doc[12:12].sent), _bounds(doc[9:12].sent)] == walked
    assert walked == [(0, 4), (9, 12), (9, 12)]


def test_a_doc_without_sentences_is_left_alone(blank_nlp):
    doc = blank_nlp("no parser ran on these words")
    index_sentences(doc)
    assert "sent" not in doc.user_token_hooks


def test_extraction_reads_sentences_from_the_index(nlp):
    doc = nlp("The mill closed. Its 40 workers left.")
    extract_claims(doc, doc_name="mill")
    assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks


def test_the_index_leaves_the_doc_free_of_reference_cycles(blank_nlp):
    # hooks holding Spans of the Doc would keep it alive until the garbage collector runs
    doc = _doc(blank_nlp)
    index_sentences(doc)
    assert doc[5].sent.text == "Its 40 workers left ."
    gone = weakref.ref(doc)
    gc.disable()
    try:
        del doc
        assert gone() is None
    finally:
        gc.enable()
