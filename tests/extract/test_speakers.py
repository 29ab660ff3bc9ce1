"""Speakers named by the layout: transcript labels, announced documents, signed posts (issue 11).

Texts are invented, parallel to real cases.
"""

import pytest

from factcheck.extract.mentions.mentions import find_mentions
from factcheck.extract.sources.attribution import find_source
from factcheck.model import SourceKind
from tests.conftest import source_of

_TRANSCRIPT = (
    "Senator Anna Varga and Eva Lind met in a debate on Tuesday, and Ms. Lind attacked the budget.\n\n"
    "Transcript as follows:\n\n"
    '"MODERATOR: Did you cut the program?\n\n'
    '"LIND: We lost 14 clinics in a year.\n\n'
    '"We closed 6 more in the spring.\n\n'
    '"VARGA: That is wrong, there were 3.\n\n'
    "Afterwards the hall emptied in 20 minutes.\n"
)

_AGENCY_HEADLINE = (
    "NYPD: Man arrested for shooting at 4 people.\n\nNYPD: Man arrested.\n\nHe was held."
)
_SURNAME_LABEL = "LIND: We lost 14 clinics.\n\nLIND: Yes.\n\nSenator Eva Lind spoke."


@pytest.mark.parametrize(
    ("figure", "source"),
    [
        # a speaker label names the speaker of its paragraph
        ("14", ("LIND", SourceKind.NAMED_PERSON)),
        ("3", ("VARGA", SourceKind.NAMED_PERSON)),
        # an unlabelled quoted paragraph continues the turn before it
        ("6", ("LIND", SourceKind.NAMED_PERSON)),
        # unlabelled prose after the transcript belongs to the announced transcript
        ("20", ("Transcript", SourceKind.ANONYMOUS)),
    ],
)
def test_transcript_label_names_the_speaker_of_its_turn(nlp, figure, source):
    assert source_of(nlp, _TRANSCRIPT, figure) == source


def test_capitals_and_a_colon_that_name_no_one_are_no_speaker_label(nlp):
    text = "Flooding closed the road.\n\nUPDATE: 2 bridges were shut on Friday.\n"
    assert source_of(nlp, text, "2") == ("", SourceKind.NONE)


def test_page_furniture_in_capitals_is_no_speaker_however_repeated(nlp):
    text = (
        "Ann Lee was charged on Monday.\n\nRELATED: Two hurt in a crash on Elm Street\n\n"
        "She is held on bond.\n\nRELATED: Man held after chase\n"
    )
    assert source_of(nlp, text, "Two") == ("", SourceKind.NONE)


def test_a_repeated_label_that_is_not_page_furniture_still_names_a_speaker(nlp):
    text = "MORALES: We lost 14 clinics.\n\nMORALES: Yes.\n\nThe hearing ended."
    assert source_of(nlp, text, "14") == ("MORALES", SourceKind.NAMED_PERSON)


_SIGNED = (
    "Crews were called out.\n\n"
    "Crews fought a fire on Elm Street and 4 homes burned. — Hadley Fire Dept (@HadleyFire) "
    "May 2, 2019\n\n"
    "Update: 9 homes burned, according to the fire service — Ann Ruiz (@AnnRuiz) May 2, 2019\n\n"
    "The cause is unknown; 7 firefighters stayed overnight.\n"
)


@pytest.mark.parametrize(
    ("figure", "source"),
    [
        # a signed post is its signer's
        ("4", "Hadley Fire Dept (@HadleyFire)"),
        # the attribution inside a signed post wins over its signer
        ("9", "the fire service"),
        # negative: a paragraph after the post is no one's
        ("7", ""),
    ],
)
def test_a_signed_post_is_its_signers(nlp, figure, source):
    assert source_of(nlp, _SIGNED, figure)[0] == source


_NEWSLETTER = (
    "GOOD MORNING\n\n"
    "DAM BREAKS IN VALE Floodwater forced 300 families from their homes. [Wire Daily]\n"
    "TOWN ELECTS TWO MAYORS The winner took 58 percent of the vote. [Dana Ortiz, The Ledger]\n"
    "Lee named 12 new advisers [see page 4]\n"
    "For more, 6 newsletters are free.\n"
)


@pytest.mark.parametrize(
    ("figure", "source"),
    [
        # a newsletter item is the outlet's it credits in brackets at its end
        ("300", ("Wire Daily", SourceKind.NAMED_ORG)),
        # a credit naming a writer before the outlet is the writer's
        ("58", ("Dana Ortiz, The Ledger", SourceKind.NAMED_PERSON)),
        # negative: the item's own headline in capitals is no one's
        ("TWO", ("", SourceKind.NONE)),
        # negative: brackets that are a note, not a name, credit no one
        ("12", ("", SourceKind.NONE)),
        # negative: a line without a credit is no one's
        ("6", ("", SourceKind.NONE)),
    ],
)
def test_a_newsletter_item_is_the_credited_outlets(nlp, figure, source):
    assert source_of(nlp, _NEWSLETTER, figure) == source


def test_tweet_markup_is_its_authors(nlp):
    text = (
        'Rubio drew fire.\n\n<tweet author="kline_e">Rubio wants a $4 trillion tax cut.</tweet>\n'
    )
    assert source_of(nlp, text, "$4 trillion")[0] == "kline_e"


def test_a_colon_sentence_with_a_reporting_verb_is_no_announced_document(nlp):
    text = "Lind said in her letter as follows:\n\nOnly 2,200 families were admitted.\n"
    assert source_of(nlp, text, "2,200")[0] != "her letter"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a headline opening with a person's name and a colon is their words
        (
            "Graham: Trump Cost GOP 40 Percent Of Hispanics.\n\nSen. Lindsey Graham spoke.",
            "40",
            ("Graham", SourceKind.NAMED_PERSON),
        ),
        # "Poll:" opening a headline is the poll's
        (
            "Poll: Lee Leads Ruiz By 9 Points.\n\nA poll found Lee ahead.",
            "9",
            ("Poll", SourceKind.NAMED_ORG),
        ),
        # an agency's acronym opening a headline is the agency, not a person
        (_AGENCY_HEADLINE, "4", ("NYPD", SourceKind.NAMED_ORG)),
        # negative: a surname in capitals that the prose names stays a person
        (_SURNAME_LABEL, "14", ("LIND", SourceKind.NAMED_PERSON)),
        # negative: a column's name is no one
        ("The Latest: 3 towns cast first votes.\n\nVoters met.", "3", ("", SourceKind.NONE)),
        # a group opening a headline speaks as a body: the police, unnamed officials
        (
            "Police: Man shoots 2 at a cookout.\n\nA man opened fire on Sunday.",
            "2",
            ("Police", SourceKind.NAMED_ORG),
        ),
        (
            "Deputies: 3 hurt in a crash after a chase.\n\nThe chase began at noon.",
            "3",
            ("Deputies", SourceKind.NAMED_ORG),
        ),
        (
            "Officials: 4 wounded at a plant.\n\nThe plant closed for the day.",
            "4",
            ("Officials", SourceKind.ANONYMOUS),
        ),
        # negative: a later paragraph that does not repeat the headline is not the group's
        (
            "Police: Man shoots 2 at a cookout.\n\nAbout 9 shots rang out.",
            "9",
            ("", SourceKind.NONE),
        ),
        # negative: one witness in a headline is no body the golds name
        ("Witness: 5 shots rang out.\n\nThe street was quiet.", "5", ("", SourceKind.NONE)),
        # a police department's acronym the prose never writes is the department
        ("KCPD: Man wounds 3 at a bar.\n\nOfficers came.", "3", ("KCPD", SourceKind.NAMED_ORG)),
        ("OCSO: 2 hurt in a shooting.\n\nDeputies came.", "2", ("OCSO", SourceKind.NAMED_ORG)),
        # negative: a shout in capitals is no department
        ("WOW: 7 shots in a minute.\n\nThe street was quiet.", "7", ("", SourceKind.NONE)),
    ],
)
def test_headline_label_names_the_headlinessource_of(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == source


@pytest.mark.parametrize(
    ("text", "after", "source"),
    [
        (
            "Police: Man shoots 2 at a cookout.\n\nPolice: Man shoots 2 at a cookout - News 4\n\n"
            "A man fired at the guests.",
            "\n\nPolice",
            "Police",
        ),
        # repeated at the end of a caption run, not at a paragraph's start
        (
            "KCPD: Man wounds 3 outside a bar\n\nThe bar closed early. Photo: Staff KCPD: Man "
            "wounds 3 outside a bar 1 / 4 Back to Gallery\n\nA man fired at the guests.",
            "Photo",
            "KCPD",
        ),
    ],
)
def test_a_repeated_headline_keeps_the_headlines_group_label(nlp, text, after, source):
    doc = nlp(text)
    repeat = next(ch for ch in range(text.index(after), len(text)) if text[ch].isdigit())
    mention = next(m for m in find_mentions(doc) if m.span(doc).start_char == repeat)
    found = find_source(doc, mention.number_token(doc))
    assert (found.text, found.kind) == (source, SourceKind.NAMED_ORG)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a transcript of one speaker is the words of the person the paragraph before reports
        (
            "On Tuesday, Gov. Dana Ortiz said, “We are going all the way.”\n\n"
            'Transcript as follows:\n\n"We lost 300 jobs that year. We are now up 40,000 jobs."\n',
            "40,000",
            ("Gov. Dana Ortiz", SourceKind.NAMED_PERSON),
        ),
        # a non-breaking space between the title and the name keeps the title
        (
            "On Tuesday, Gov.\xa0Dana Ortiz said, “We are going all the way.”\n\n"
            'Transcript as follows:\n\n"We are now up 40,000 jobs."\n',
            "40,000",
            ("Gov.\xa0Dana Ortiz", SourceKind.NAMED_PERSON),
        ),
        # negative: the paragraph before reports no named person: the transcript speaks
        (
            "The hearing ran late on Tuesday.\n\n"
            'Transcript as follows:\n\n"We are now up 40,000 jobs."\n',
            "40,000",
            ("Transcript", SourceKind.ANONYMOUS),
        ),
        # negative: a statement is its own document, not a record of the speaker before
        (
            "On Tuesday, Gov. Dana Ortiz said the plant would close.\n\n"
            "The statement reads:\n\nThe company will cut 450 jobs by June.\n",
            "450",
            ("The statement", SourceKind.ANONYMOUS),
        ),
    ],
)
def test_an_unowned_transcript_records_the_speaker_reported_before_it(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == source
