"""A sentence "That's according to X." credits the sentence before it: its figures take X as
their source (following_credits.credited_after; session 54, src54; gold README, "Source
kinds", the same attribution as "..., according to X")."""

from __future__ import annotations

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_thats_according_to_credits_the_sentence_before(nlp):
    text = "Ice closed 14 schools in the county on Friday. That's according to the school board."
    assert source_of(nlp, text, "14") == ("the school board", SourceKind.NAMED_ORG)


def test_this_is_according_to_credits_the_sentence_before(nlp):
    text = "The fair drew 52,000 visitors this year.\n\nThis is according to the Fair Association."
    assert source_of(nlp, text, "52,000") == ("the Fair Association", SourceKind.NAMED_ORG)


def test_a_sentence_that_says_something_else_credits_nothing(nlp):
    text = "The fair drew 52,000 visitors this year. That is more than the town expected."
    assert source_of(nlp, text, "52,000")[1] == SourceKind.NONE
