"""What the rules ask many times of one Doc is worked out once (speed17). Texts are invented."""

from factcheck.extract.doc_cache import once_per_token
from factcheck.extract.mentions.mentions import Mention, find_mentions
from factcheck.extract.sources import pronoun_sources
from factcheck.extract.sources.attribution import find_source
from factcheck.extract.sources.source_phrase import classify_source
from tests.conftest import find_mention


def _asked_again(*args, **kwargs):
    raise AssertionError("worked out twice")


def test_number_token_is_worked_out_once_per_doc(nlp, monkeypatch):
    doc, mention = find_mention(nlp, "The plant hired 1,200 workers last year.", "1,200")
    token = mention.number_token(doc)
    monkeypatch.setattr(Mention, "_find_number_token", _asked_again)
    assert mention.number_token(doc) == token and token.text == "1,200"


def test_a_rule_kept_per_token_answers_each_token_of_a_doc_once(blank_nlp):
    asked = []

    @once_per_token("test_kept")
    def rule(doc, token):
        asked.append((doc, token.i))
        return token.text.upper()

    first, second = blank_nlp("two roads"), blank_nlp("two roads")
    answers = [rule(first, first[0]), rule(first, first[0]), rule(first, first[1])]
    answers.append(rule(second, second[0]))
    assert answers == ["TWO", "TWO", "ROADS", "TWO"]
    assert asked == [(first, 0), (first, 1), (second, 0)]


def test_figures_sharing_a_speaker_classify_the_speaker_once(nlp, monkeypatch):
    classified = []

    def counting(span):
        classified.append(span.text)
        return classify_source(span)

    monkeypatch.setattr(pronoun_sources, "classify_source", counting)
    text = "Officials said 40 homes burned and 12 roads closed."
    doc = nlp(text)
    sources = [find_source(doc, m.number_token(doc)) for m in find_mentions(doc) if m.is_claim]
    assert [s.text for s in sources] == ["Officials", "Officials"]
    assert classified == ["Officials"]
