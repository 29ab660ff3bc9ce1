"""Answers kept per sentence are each sentence's own (speed55): a figure asks what its
sentence is (an election result, the start of its paragraph) and gets the answer worked out
for that sentence, not another's. Texts are invented."""

from __future__ import annotations

from factcheck.extract.caveats.kept_anonymous import sentence_anonymity
from factcheck.extract.sources.following_credits import credited_after
from factcheck.extract.sources.sentence_sources import paragraph_start, sentence_according_to
from factcheck.extract.subjects.poll_subjects import election_result
from factcheck.extract.subjects.re_mentions import _names_nothing


def test_election_result_is_kept_per_sentence(nlp):
    doc = nlp(
        "Lee won, 27.6 percent to 24.3 percent, with all precincts reporting. "
        "Ruiz won 40 percent in the poll, with all precincts reporting."
    )
    first, second = list(doc.sents)
    assert [election_result(first), election_result(second)] == [True, False]
    assert [election_result(second), election_result(first)] == [False, True]


def test_paragraph_start_is_the_walk_for_every_figure(nlp):
    doc = nlp("Police said 4 died.\n\nOfficers found 2 guns. They arrested 3 men. Lee said 5 fled.")
    figures = [t for t in doc if t.like_num]
    starts = [paragraph_start(doc, t) for t in figures]
    assert starts == [0, *[figures[1].sent.start] * 3]


def test_credit_after_reads_the_first_two_words(nlp):
    doc = nlp("Some 40,000 were without power. That's according to the utility.")
    number = next(t for t in doc if t.like_num)
    credited = credited_after(doc, number)
    assert credited is not None and credited.lower_ == "utility"
    alone = nlp("Some 40,000 were without power. That.")
    assert credited_after(alone, next(t for t in alone if t.like_num)) is None


def test_sentence_poll_is_kept_per_sentence(nlp):
    doc = nlp("A new poll showed Lee ahead, 32%-25%. Ruiz raised $5 million on Monday.")
    first, second = list(doc.sents)
    found = [sentence_according_to(s) for s in (second, first, second)]
    assert found[0] is None and found[2] is None
    assert found[1] is not None and found[1].lower_ == "poll"


def test_verb_forms_are_kept_per_sentence(nlp):
    doc = nlp("Lee will win 40 percent. Ruiz killed 3 deer.")
    figure_one, figure_two = (doc[t.i : t.i + 1] for t in doc if t.like_num)
    assert _names_nothing(figure_one, "win")
    assert not _names_nothing(figure_two, "win")
    assert not _names_nothing(figure_two, "killed")  # a verb that names what is counted


def test_anonymity_cue_is_kept_per_sentence(nlp):
    doc = nlp("One official, speaking anonymously, said 4 died. Police said 3 were hurt.")
    first, second = list(doc.sents)
    cues = [sentence_anonymity(s) for s in (second, first, second)]
    assert cues == [None, "speaking anonymously", None]
