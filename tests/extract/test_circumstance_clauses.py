"""Sources, session 68 (wsrc68b): an "as" clause after a reporting verb, set off by a comma and
with a subject of its own, tells what went on while it was said ("..., officials said on
Monday, as a heatwave pushed temperatures close to 46 degrees"): its figure is the writer's,
no source (tests/wiren, tests/wirev golds). The figure the speaker reports stays the
speaker's, and so does an "as" clause that is the speaker's own act.

Sentences are invented.
"""

from factcheck.model import SourceKind
from tests.conftest import source_of

_HEAT = (
    "At least 52 people have died of heatstroke in the southern province over the past five "
    "days, officials said on Monday, as a heatwave pushed temperatures close to 46 degrees "
    "Celsius and hospitals struggled."
)


def test_a_figure_in_an_as_clause_after_the_report_has_no_source(nlp):
    assert source_of(nlp, _HEAT, "close to 46 degrees") == ("", SourceKind.NONE)


def test_the_reported_figure_stays_the_speakers(nlp):
    assert source_of(nlp, _HEAT, "At least 52") == ("officials", SourceKind.ANONYMOUS)


def test_an_as_clause_of_the_speakers_own_act_stays_the_speakers(nlp):
    text = "Three men were arrested, police said Tuesday, as they released the names of 2 victims."
    assert source_of(nlp, text, "2") == ("police", SourceKind.NAMED_ORG)
