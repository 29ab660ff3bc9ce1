"""Sources, session 67 (wsrc67a): a name the tagger reads as a person is an organisation when
the article describes it as one: written right after an organisation noun ("the integrity firm
Betwatch") or cited by "according to" with a "which" clause ("according to Vaxora, which
handles delivery"; tests/wirem golds, named_org). A "which" clause on a name that is not a
source slot ("sent to Lee Mandel, which was leaked") says nothing of the name.

Sentences are invented.
"""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_name_cited_by_according_to_with_a_which_clause_is_an_org(nlp):
    text = (
        "The doses were donated by Japan, according to Vaxora, which handles delivery. Vaxora "
        "says it has also helped train more than 9,000 health workers."
    )
    assert source_of(nlp, text, "more than 9,000") == ("Vaxora", SourceKind.NAMED_ORG)


def test_name_right_after_an_org_noun_is_an_org(nlp):
    text = (
        "The inquiry began after alerts from the integrity firm Betwatch. Betwatch said in its "
        "annual report that it had detected 31 suspicious matches."
    )
    assert source_of(nlp, text, "31") == ("Betwatch", SourceKind.NAMED_ORG)


def test_which_clause_on_a_name_outside_a_source_slot_keeps_the_person(nlp):
    text = "The letter was sent to Lee Mandel, which was leaked. Mandel said 40 people signed it."
    assert source_of(nlp, text, "40") == ("Mandel", SourceKind.NAMED_PERSON)
