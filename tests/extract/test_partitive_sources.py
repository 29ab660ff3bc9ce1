"""An anonymous "one of them" source after an unnamed group carries anonymous_source
(partitive_sources.py; gold README, anonymous_source). Invented sentences."""

from tests.conftest import kinds_of

ANONYMOUS = "anonymous_source"


def test_one_of_an_unnamed_group_is_an_anonymous_source(nlp):
    text = (
        "Two people familiar with the matter said the ban would last months. The state grain"
        " agency held 31.2 million tonnes of wheat on Oct 1, one of them said."
    )
    assert ANONYMOUS in kinds_of(nlp, text, "31.2 million")


def test_one_of_an_unnamed_group_who_estimates_is_anonymous(nlp):
    text = (
        "Three diplomats briefed on the draft spoke to reporters. One of them estimated that"
        " the deal would free about 600 prisoners."
    )
    assert ANONYMOUS in kinds_of(nlp, text, "600")


def test_one_of_named_people_is_no_anonymous_source(nlp):
    text = (
        "Mayor Ana Ruiz and Governor Tomas Ode met on Friday. One of them said the city had"
        " spent $40 million on repairs."
    )
    assert ANONYMOUS not in kinds_of(nlp, text, "$40 million")
