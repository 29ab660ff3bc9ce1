"""One step of the walk up a figure's path: whether the word there attributes the figure.

``attribution.find_source`` walks the figure's dependency path to the root; at each ancestor
``attribution_at`` says who, if anyone, the words attached there cite: a reporting verb's
subject (unless the verb only goes somewhere, puts out what it counts, or tells what a finder
found in a speaker's words), an "according to" or an estimate, a poll framing the clause, a
report whose "of" or "that" holds the figure, an owned claim, a survey or plan as subject, or a
reporting clause beside the path. The order of the checks is the order they decide in.

Notes:
    Gold README, "source"; the seed's "according to the Hamas-run Gaza health ministry";
    realgold5, realgold14, realgold16 for who identifies the dead.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    DENIAL_VERBS,
    EXPECTATION_VERBS,
    FINDING_VERBS,
    FRAMING_PREPS,
    IDENTIFYING_VERBS,
    REPORT_OF_HEADS,
    REPORT_THAT_HEADS,
    SURVEY_HEADS,
    TOPIC_TO_VERBS,
)
from factcheck.extract.sources.accusers import accuses_through
from factcheck.extract.sources.acting_verbs import acts_on_its_figure
from factcheck.extract.sources.contrast_clauses import gives_a_rival_figure
from factcheck.extract.sources.credited_documents import credited_document
from factcheck.extract.sources.document_verbs import gives_no_figures
from factcheck.extract.sources.estimate_frames import by_an_estimate
from factcheck.extract.sources.event_clauses import tells_an_event
from factcheck.extract.sources.margins import states_its_margin
from factcheck.extract.sources.negated_reports import says_nothing
from factcheck.extract.sources.nominal import (
    asserts_a_complement,
    complements,
    figure_comes_from,
    infinitive_carrier,
    is_owned_claim,
    offers_a_reward,
    opens_with_that,
    pledges_an_act,
    revises_a_count,
    survey_object,
    surveyed_in,
    takes_a_stance,
)
from factcheck.extract.sources.parallel_clauses import a_parallel_that_clause
from factcheck.extract.sources.place_records import a_place_records, recorded_by_a_place
from factcheck.extract.sources.pollsters import asks_those_counted
from factcheck.extract.sources.published_counts import counts_what_was_published
from factcheck.extract.sources.released_particulars import releases_particulars
from factcheck.extract.sources.reported_acts import goes_to_a_scene
from factcheck.extract.sources.reported_lists import reported_list_opener
from factcheck.extract.sources.reporting_verbs import (
    REPORT_CLAUSE_DEPS,
    according_to_object,
    is_reporting_verb,
    misread_report_clause,
    reports_its_own_clause,
)
from factcheck.extract.sources.semicolon_clauses import across_a_semicolon
from factcheck.extract.sources.sibling_reports import acts_on_its_own_object
from factcheck.extract.sources.speech_frames import frames_the_speech
from factcheck.extract.sources.verb_subject import SUBJECT_DEPS, subject_of
from factcheck.extract.sources.writer_asides import closes_the_scene, set_off_after, sets_the_scene

# How far up a finding verb looks for the speaker in whose words it stands, and how those
# words hang on the speaker's verb ("..., Blaise said": the parse's ccomp; "released data
# that suggest ...": the object's clause).
_SPEAKER_STEPS = 4
_WORDS_OF_A_SPEAKER = frozenset({"ccomp", "xcomp", "dobj", "parataxis"})


def attribution_at(ancestor: Token, number: Token, below: Token, *, stance: bool) -> Token | None:
    """Return the subject of an attribution attached at ``ancestor``, if there is one;
    ``below`` is the path's token under ``ancestor``."""
    # not "Police responded to two shootings": where they went, not what they said
    reporting = is_reporting_verb(ancestor) and not _a_topic(below, number)
    if not reporting and a_parallel_that_clause(below):
        return None  # "said the audit was flawed and that 31 ...": the first clause frames nothing
    reporting = reporting and not frames_the_speech(ancestor, below, number)  # "said, twice,"
    reporting = reporting and not goes_to_a_scene(ancestor)  # "responded ... at two homes"
    reporting = reporting and not pledges_an_act(ancestor, below)  # "pledged that he would"
    reporting = reporting and not counts_what_was_published(ancestor, below, number)
    reporting = reporting and not releases_particulars(ancestor, below, number)  # names of 3
    reporting = reporting and not acts_on_its_figure(ancestor, below, number)  # for 3 hours
    reporting = reporting and not _a_report_expected(ancestor)  # "expected X to report $1.20"
    reporting = reporting and not across_a_semicolon(ancestor, below)  # "... took part; X said"
    reporting = reporting and not a_place_records(ancestor)  # "Karachi recorded 49 C"
    reporting = reporting or revises_a_count(ancestor)
    reporting = reporting or offers_a_reward(ancestor)  # "Police upped the reward by $20,000"
    reporting = reporting or _identifies_as(ancestor)  # "The coroner identified ... as ..."
    reporting = reporting or accuses_through(ancestor, below)  # "X accused Y of taking $2m"
    reporting = reporting or asks_those_counted(ancestor, below, number)  # "surveyed 1,051"
    reporting = reporting or (stance and takes_a_stance(ancestor, below))
    reporting = reporting or (stance and asserts_a_complement(ancestor, below))
    if ancestor.lemma_.lower() in DENIAL_VERBS:
        reporting = False  # "The accused denied taking $5,000": not the accused's figure
    if says_nothing(ancestor, below):
        reporting = False  # "police have not announced the condition of the four survivors"
    children = list(ancestor.children)  # read up to four times below: made once (speed55)
    for child in children:  # "according to X", ", per X", ", by one estimate"
        frame = according_to_object(child) or by_an_estimate(child)
        if frame is not None and number not in child.subtree:
            return frame  # not a figure inside the frame: "one" of "By one estimate"
    for child in children:  # after every "according to": "leads in national polls
        # by 3 points, according to the RealClearPolitics average" is the average's
        if child.dep_ == "prep" and child.lower_ in FRAMING_PREPS and not reporting:
            survey = survey_object(child, stance=stance)
            if survey is not None and number not in child.subtree:
                return survey  # "In a poll released Monday, 50 percent chose ..."
    if ancestor.lemma_.lower() in REPORT_OF_HEADS and below.dep_ == "prep":
        if below.lower_ == "of" and ancestor.pos_ == "NOUN":
            return ancestor  # "reports of 200 missing": the report is the source
    if ancestor.pos_ == "NOUN" and ancestor.lemma_.lower() in REPORT_THAT_HEADS:
        if below.dep_ in ("acl", "ccomp") and below.i > ancestor.i and opens_with_that(below):
            return ancestor  # "outside estimates that the navy has 40 ships"
    surveyed = surveyed_in(ancestor) or figure_comes_from(ancestor, below)
    if surveyed is not None:
        return surveyed  # "half of the voters surveyed in a new poll", "came from X"
    if is_owned_claim(ancestor) and below.i > ancestor.i and complements(below):
        return ancestor  # "Mr. Lee's claim that 90 percent ...": the owned claim speaks
    if reporting and set_off_after(number, ancestor):
        reporting = False  # "Lee said Ruiz (who has 231 delegates) must win 58 percent"
    if reporting and _found_for_a_speaker(ancestor, number):
        reporting = False  # "Lee said police found two guns": Lee tells what was found
    if reporting and not sets_the_scene(below, ancestor) and not closes_the_scene(below, ancestor):
        subject = subject_of(ancestor, number)
        if subject is None and stance and asserts_a_complement(ancestor, below):
            carrier = infinitive_carrier(ancestor)  # "held a briefing to brag that"
            subject = None if carrier is None else subject_of(carrier, number)
        if subject is not None:
            return subject
    if ancestor.pos_ in ("VERB", "AUX") and below.dep_ not in ("advcl", "nsubj", "nsubjpass"):
        subject = next((c for c in children if c.dep_ in SUBJECT_DEPS), None)
        if (
            subject is not None
            and not _a_mark(subject)
            and (
                subject.lemma_.lower() in SURVEY_HEADS
                or is_owned_claim(subject)
                or credited_document(subject)  # "Figures released by X gave Lee 52%"
            )
            and not states_its_margin(below)
            and not gives_no_figures(ancestor)
        ):
            return subject  # "The poll surveyed 552 voters", "Lee's plan would raise $15bn"
    for child in children:
        misread = misread_report_clause(child)
        if misread is not None and number not in child.subtree:
            return misread  # "..., records show, ...": "show" read as a noun
        if child.dep_ in REPORT_CLAUSE_DEPS and is_reporting_verb(child):
            if number in child.subtree or reports_its_own_clause(child):
                continue
            if a_parallel_that_clause(child):
                continue  # "said the mayor won 40, and that polls show her ahead"
            if gives_a_rival_figure(child):
                continue  # "X said 36,500 were sold, while Y estimated the crowd at 50,000"
            if says_nothing(child):
                continue  # "Three were confirmed dead, but police have not announced ..."
            if acts_on_its_own_object(child):
                continue  # "Voters turned out in five primaries, continuing a pattern"
            if tells_an_event(child):
                continue  # "received five months' probation after she had posted comments"
            subject = subject_of(child, number)
            if subject is not None and not recorded_by_a_place(child, subject):
                return subject
    opener = reported_list_opener(ancestor, number)  # "X reported two were hurt, one ..."
    return None if opener is None else subject_of(opener, number)


def _a_report_expected(verb: Token) -> bool:
    """ "Analysts had expected the company to report a profit of $1.20 a share", "the firm is
    forecast to post 3 percent growth": a report someone expects has not been made; the figure
    is the expecter's forecast (docs/gold-conventions.md, "Forecasts and beliefs"), not the
    reporter's."""
    if verb.head.lemma_.lower() not in EXPECTATION_VERBS or verb.head.lemma_.lower() == "look":
        return False
    if verb.dep_ == "xcomp":
        return True
    # "expect the company to report ...": the parse's clause with its own subject and "to"
    return verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _identifies_as(verb: Token) -> bool:
    """ "The coroner's office identified the woman and children as ...", "The three victims
    have been identified by county police as ...": who names the dead or the hurt reports who
    and how many they are (realgold5, realgold14, realgold16 golds); not "the man, later
    identified as ...", "was identified as ..." with no one who named them."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in IDENTIFYING_VERBS:
        return False
    if not any(
        t.lower_ == "as" and t.i > verb.i and (t.dep_ == "prep" or _as_follows(t))
        for t in verb.subtree
    ):
        return False  # the parse may hang the "as" on a clause about the people named
    return any(c.dep_ in ("nsubj", "agent") for c in verb.children)


def _as_follows(word: Token) -> bool:
    """ "identified them as follows:": the list after the colon names them (deceased_states)."""
    return word.dep_ == "mark" and word.head.lower_ == "follows"


def _a_topic(below: Token, number: Token) -> bool:
    """The figure is in where the verb goes, not in its content: "responded to two shootings";
    not an audience or a citation ("said to a crowd of 500", "pointed to his 22 percent").
    What a report's object is about stays the report's ("announced details about a shooting
    that left 7 dead"): the wider rule lost on session 15's validation set."""
    return (
        below.dep_ == "prep"
        and below.lower_ == "to"
        and below.head.lemma_.lower() in TOPIC_TO_VERBS
    )


def _found_for_a_speaker(verb: Token, number: Token) -> bool:
    """ "police can't find evidence he had been there in the past two years, Blaise said",
    "telling the court that bank records showed she had repaid $90,000": what a finding verb
    (records, evidence, those who looked) found, told by a speaker in whose words it stands,
    is the speaker's figure (real and dev gold); not when the finder is the one who speaks
    ("Investigators said they found two guns": the same people)."""
    if verb.lemma_.lower() not in FINDING_VERBS or verb.pos_ != "VERB":
        return False
    below, head = verb, verb.head
    for _ in range(_SPEAKER_STEPS):
        if head.i == below.i:
            return False
        if head.pos_ == "VERB" and is_reporting_verb(head):
            if head.lemma_.lower() in FINDING_VERBS or below.dep_ not in _WORDS_OF_A_SPEAKER:
                return False
            return subject_of(head, number) is not None
        below, head = head, head.head
    return False


def _a_mark(subject: Token) -> bool:
    """ "The city's single-year record ... stands at 110": a record that says nothing is a
    mark or a track record, not a document (unlike "records show", "the record shows")."""
    return subject.lower_ == "record"
