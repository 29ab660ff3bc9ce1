"""A participle's clause or a "with" / "despite" phrase that opens the sentence before a speaker's
own words is the writer's frame: a figure there has no source, where the speaker's words keep
theirs (writer_asides.sets_the_scene; session 54, src54; gold README, "source": who gives the
figure)."""

from __future__ import annotations

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_figure_in_an_opening_participle_clause_is_the_writers(nlp):
    text = "Flanked by 6 firefighters, Mayor Dana Cole said the city would hire 40 more."
    assert source_of(nlp, text, "6")[1] == SourceKind.NONE
    assert source_of(nlp, text, "40") == ("Mayor Dana Cole", SourceKind.NAMED_PERSON)


def test_figure_in_an_opening_with_phrase_is_the_writers(nlp):
    text = "With 5 weeks left in the session, Sen. Mark Hale said the bill had 31 votes."
    assert source_of(nlp, text, "5 weeks")[1] == SourceKind.NONE
    assert source_of(nlp, text, "31") == ("Sen. Mark Hale", SourceKind.NAMED_PERSON)


def test_figure_in_an_opening_despite_phrase_is_the_writers(nlp):
    text = "Despite 3 straight losses, Coach Tim Bray said the team could still win 10 games."
    assert source_of(nlp, text, "3")[1] == SourceKind.NONE


def test_what_an_opening_citing_clause_cites_stays_the_speakers(nlp):
    text = "Citing 12 recent break-ins, Sheriff Ann Moss said deputies would add patrols."
    assert source_of(nlp, text, "12") == ("Sheriff Ann Moss", SourceKind.NAMED_PERSON)
