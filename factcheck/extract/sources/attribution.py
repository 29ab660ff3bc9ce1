"""Who a figure is attributed to.

The figure's clause is walked up the dependency tree; the nearest attribution wins, so in
"Blinken told reporters ... as the death count crossed 9,000, according to the Hamas-run Gaza
health ministry" the ministry, not Blinken, is the source of 9,000 (seed). Attributions also
hold across sentences (issue 11): a quotation's speaker (``quotes.py``), an "according to"
elsewhere in the sentence or opening the paragraph, a sentence that announces what follows,
and pronouns resolved to the last speaker of their kind. Which words make the source phrase
and what kind it is: ``source_phrase.py``; documents, polls and claims as sources:
``nominal.py``; speakers the layout names (transcript labels, signed posts): ``speakers.py``;
a role named in the next sentence: ``coref.py``; whether a word reports:
``reporting_verbs.py``; a reporting verb's subject: ``verb_subject.py``; from the word that
names a source to the source, pronouns resolved: ``pronoun_sources.py``; attributions outside
the figure's path (the sentence, the paragraph, an announcing colon): ``sentence_sources.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.doctext import span_text
from factcheck.extract.lexicon import (
    DENIAL_VERBS,
    EXPECTATION_VERBS,
    FINDING_VERBS,
    FRAMING_PREPS,
    IDENTIFYING_VERBS,
    PUBLISHING_VERBS,
    REPORT_OF_HEADS,
    REPORT_THAT_HEADS,
    REPORTING_VERBS,
    SCENE_MARKS,
    SURVEY_HEADS,
    TIME_MARKS,
    TOPIC_TO_VERBS,
)
from factcheck.extract.sources.acting_verbs import acts_on_its_figure
from factcheck.extract.sources.aside_speakers import misread_state_phrase
from factcheck.extract.sources.audiences import counts_the_audience, speaks_in_its_own_right
from factcheck.extract.sources.background_clauses import describes_a_name, in_a_name_aside
from factcheck.extract.sources.continued_sentences import continued_source
from factcheck.extract.sources.document_verbs import gives_no_figures
from factcheck.extract.sources.estimate_frames import by_an_estimate
from factcheck.extract.sources.event_clauses import tells_an_event
from factcheck.extract.sources.headline_verbs import headline_news
from factcheck.extract.sources.margins import states_its_margin
from factcheck.extract.sources.misread_verbs import figure_after_misread_verb
from factcheck.extract.sources.negated_reports import says_nothing
from factcheck.extract.sources.newsroom import told_to_the_newsroom
from factcheck.extract.sources.nominal import (
    an_aim,
    asserts_a_complement,
    complements,
    figure_comes_from,
    infinitive_carrier,
    is_owned_claim,
    names_a_source,
    offers_a_reward,
    opens_with_that,
    pledges_an_act,
    revises_a_count,
    shared_objects,
    survey_object,
    surveyed_in,
    takes_a_stance,
)
from factcheck.extract.sources.pollsters import asks_those_counted
from factcheck.extract.sources.pronoun_sources import source_from_phrase
from factcheck.extract.sources.published_counts import counts_what_was_published
from factcheck.extract.sources.quotes import find_quotes, quote_at
from factcheck.extract.sources.released_particulars import releases_particulars
from factcheck.extract.sources.reported_acts import goes_to_a_scene
from factcheck.extract.sources.reporting_verbs import (
    REPORT_CLAUSE_DEPS,
    according_to_object,
    is_reporting_verb,
    misread_report_clause,
    relative_report_over,
    reports_its_own_clause,
)
from factcheck.extract.sources.sentence_polls import sentence_poll
from factcheck.extract.sources.sentence_sources import (
    clause_survey,
    fragment_source,
    paragraph_according_to,
    paragraph_announcer,
    paragraph_start,
    sentence_according_to,
)
from factcheck.extract.sources.sibling_reports import acts_on_its_own_object
from factcheck.extract.sources.source_phrase import classify_source
from factcheck.extract.sources.speakers import speaker_at
from factcheck.extract.sources.speech_frames import frames_the_speech
from factcheck.extract.sources.verb_subject import SUBJECT_DEPS, subject_of
from factcheck.model import Source, SourceKind

_NO_SOURCE = Source(text="", kind=SourceKind.NONE)
# How far up a finding verb looks for the speaker in whose words it stands, and how those
# words hang on the speaker's verb ("..., Blaise said": the parse's ccomp; "released data
# that suggest ...": the object's clause).
_SPEAKER_STEPS = 4
# What sets an aside off inside a sentence.
_ASIDE_OPENERS = frozenset({"(", "["})
_ASIDE_CLOSERS = frozenset({")", "]"})
_DASHES = frozenset({"-", "--", "—", "–"})
_WORDS_OF_A_SPEAKER = frozenset({"ccomp", "xcomp", "dobj", "parataxis"})
# How what someone aims at hangs on the verb of the aim ("demanded a $15 wage", "advocating for").
_AIM_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "oprd"})


def find_source(doc: Doc, number: Token) -> Source:
    """Return the source the figure at ``number`` is attributed to.

    The innermost attribution on the figure's path up the dependency tree wins; a figure
    inside a quotation takes the quotation's speaker over words of the quotation itself; a
    sentence with no attribution on the path takes an "according to" elsewhere in it, or
    the "According to X," that opens an earlier sentence of its paragraph.

    Args:
        doc: the parsed article.
        number: the figure's number token.

    Returns:
        The source; kind ``none`` when the text attributes the figure to no one.
    """
    found = _path_attribution(doc, number, stance=False)
    if found is not None and headline_news(doc, number, found[1]):
        found = None  # "Facebook Live records 19 gunshots": the headline's news, no source
    quote = quote_at(doc, number.idx)
    if quote is not None and quote.cue is not None:
        if found is None or quote.start <= found[1].idx < quote.end:
            cue = quote.cue
            inside = quote.cue_span  # a continued quotation: its cue's own quotation
            named = cue.pos_ not in ("VERB", "AUX")  # a name for a cue (aside_speakers.py)
            phrase = misread_state_phrase(cue) if named else None
            if phrase is not None:  # `," the Saudis state in a paper`
                return Source(text=phrase.text, kind=classify_source(phrase))
            subject = cue if named else subject_of(cue, number, inside=inside)
            if subject is not None:
                return source_from_phrase(doc, subject)
    if found is not None:
        return found[0]
    if in_a_name_aside(number):  # the sentence's sources report the rest, not the aside
        according = next(filter(None, map(according_to_object, number.sent)), None)
        if according is not None:
            return source_from_phrase(doc, according)
        return speaker_at(doc, number.idx) or _NO_SOURCE
    head = (
        sentence_according_to(number.sent, number)
        or clause_survey(number)
        or sentence_poll(number)  # "29 percent said ..." in a sentence that names its poll
        or continued_source(doc, number)  # cut at "Sgt." or "Ave.": "..., Sgt. Lee said."
        or paragraph_according_to(doc, number)
        or fragment_source(doc, number.sent)
    )
    if head is not None:
        return source_from_phrase(doc, head)
    announcer = paragraph_announcer(doc, paragraph_start(doc, number), number)
    if announcer is not None:
        return source_from_phrase(doc, announcer)  # "Soerens argued that:" + a paragraph
    laid_out = speaker_at(doc, number.idx)  # "CLINTON: ...", a signed post, a transcript
    if laid_out is not None:
        return laid_out
    believed = _path_attribution(doc, number, stance=True)  # "Lee expects to save $2bn"
    if believed is not None and not headline_news(doc, number, believed[1]):
        return believed[0]
    return _NO_SOURCE


def _path_attribution(doc: Doc, number: Token, *, stance: bool) -> tuple[Source, Token] | None:
    """The nearest attribution on the figure's path, with the token that names it; with
    ``stance``, verbs of belief and proposal attribute too (the weakest attribution: it
    comes after every other, "Lee expects to save $2 billion")."""
    for counted in shared_objects(number):
        surveyed = surveyed_in(counted)  # "Fewer than half of the voters surveyed in a poll"
        if surveyed is not None:
            return source_from_phrase(doc, surveyed), surveyed
    expecter = _expected_by(number)
    if expecter is not None:
        return source_from_phrase(doc, expecter), expecter
    relative = relative_report_over(number)  # "a man they allege shot a 10-year-old girl"
    subject = None if relative is None else subject_of(relative, number)
    if subject is not None:
        source = source_from_phrase(doc, subject)
        if source.text != subject.text or subject.pos_ != "PRON":
            return source, subject  # not a "they" that stands for no one ("Ann Lee met ...")
    below = number
    aside = False
    for ancestor in _path_to_root(number):
        aside = aside or describes_a_name(below)
        if aside:  # "New York, which she represented for eight years": the writer's, unless
            according = _according_to_at(ancestor)  # "..., according to the AP"
            if according is not None:
                return source_from_phrase(doc, according), according
            below = ancestor
            continue
        if counts_the_audience(ancestor, below, number) and speaks_in_its_own_right(ancestor):
            return None  # "Lee told a crowd of 1,300": who heard the speaker, the writer's count
        told = told_to_the_newsroom(ancestor, below)
        if told is not None:  # "We're told ...": someone unnamed told the newsroom
            return Source(text=span_text(told), kind=SourceKind.ANONYMOUS), told.root
        misread = figure_after_misread_verb(ancestor, number)  # "Wealth-X tallies 585"
        if misread is not None:
            return misread, ancestor
        speaker = _reporting_noun_speaker(ancestor, number)
        if speaker is not None:
            return Source(text=speaker.text, kind=classify_source(speaker)), speaker.root
        subject = _attribution_at(ancestor, number, below, stance=stance)
        if subject is not None:
            return source_from_phrase(doc, subject), subject
        if stance and an_aim(ancestor) and below.dep_ in _AIM_DEPS:
            return None  # "Lee advocates $15 trillion in taxes; Ruiz seeks ...": no one's stance
        below = ancestor
    return None


def _according_to_at(ancestor: Token) -> Token | None:
    return next(filter(None, map(according_to_object, ancestor.children)), None)


def _expected_by(number: Token) -> Token | None:
    """ "well above the $8.04 that analysts were looking for", "the $1.11 a share that analysts
    expected": who a relative clause on the figure says expected it."""
    near = [number, *number.children]
    if number.dep_ == "nummod":
        near.append(number.head)
    for token in near:
        for clause in token.children:
            if clause.dep_ != "relcl" or clause.lemma_.lower() not in EXPECTATION_VERBS:
                continue
            if clause.lemma_.lower() == "look" and not any(
                c.lower_ == "for" for c in clause.children
            ):
                continue
            for subject in clause.children:
                if subject.dep_ == "nsubj" and subject.lower_ not in ("that", "which", "who"):
                    return subject
    return None


def _path_to_root(token: Token) -> list[Token]:
    path = [token]
    while path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _attribution_at(ancestor: Token, number: Token, below: Token, *, stance: bool) -> Token | None:
    """Return the subject of an attribution attached at ``ancestor``, if there is one;
    ``below`` is the path's token under ``ancestor``."""
    # not "Police responded to two shootings": where they went, not what they said
    reporting = is_reporting_verb(ancestor) and not _a_topic(below, number)
    reporting = reporting and not frames_the_speech(ancestor, below, number)  # "said, twice,"
    reporting = reporting and not goes_to_a_scene(ancestor)  # "responded ... at two homes"
    reporting = reporting and not pledges_an_act(ancestor, below)  # "pledged that he would"
    reporting = reporting and not _puts_out_what_it_counts(ancestor, below, number)
    reporting = reporting and not counts_what_was_published(ancestor, below, number)
    reporting = reporting and not releases_particulars(ancestor, below, number)  # names of 3
    reporting = reporting and not acts_on_its_figure(ancestor, below, number)  # for 3 hours
    reporting = reporting or revises_a_count(ancestor)
    reporting = reporting or offers_a_reward(ancestor)  # "Police upped the reward by $20,000"
    reporting = reporting or _identifies_as(ancestor)  # "The coroner identified ... as ..."
    reporting = reporting or asks_those_counted(ancestor, below, number)  # "surveyed 1,051"
    reporting = reporting or (stance and takes_a_stance(ancestor, below))
    reporting = reporting or (stance and asserts_a_complement(ancestor, below))
    if ancestor.lemma_.lower() in DENIAL_VERBS:
        reporting = False  # "The accused denied taking $5,000": not the accused's figure
    if says_nothing(ancestor, below):
        reporting = False  # "police have not announced the condition of the four survivors"
    for child in ancestor.children:  # "according to X", ", per X", ", by one estimate"
        frame = according_to_object(child) or by_an_estimate(child)
        if frame is not None and number not in child.subtree:
            return frame  # not a figure inside the frame: "one" of "By one estimate"
    for child in ancestor.children:  # after every "according to": "leads in national polls
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
    if is_owned_claim(ancestor, stance=stance) and below.i > ancestor.i and complements(below):
        return ancestor  # "Mr. Lee's claim that 90 percent ...": the owned claim speaks
    if reporting and _set_off_after(number, ancestor):
        reporting = False  # "Lee said Ruiz (who has 231 delegates) must win 58 percent"
    if reporting and _found_for_a_speaker(ancestor, number):
        reporting = False  # "Lee said police found two guns": Lee tells what was found
    if (
        reporting
        and not _sets_the_scene(below, ancestor)
        and not _closes_the_scene(below, ancestor)
    ):
        subject = subject_of(ancestor, number)
        if subject is None and stance and asserts_a_complement(ancestor, below):
            carrier = infinitive_carrier(ancestor)  # "held a briefing to brag that"
            subject = None if carrier is None else subject_of(carrier, number)
        if subject is not None:
            return subject
    if ancestor.pos_ in ("VERB", "AUX") and below.dep_ not in ("advcl", "nsubj", "nsubjpass"):
        subject = next((c for c in ancestor.children if c.dep_ in SUBJECT_DEPS), None)
        if (
            subject is not None
            and not _a_mark(subject)
            and (subject.lemma_.lower() in SURVEY_HEADS or is_owned_claim(subject, stance=stance))
            and not states_its_margin(below)
            and not gives_no_figures(ancestor)
        ):
            return subject  # "The poll surveyed 552 voters", "Lee's plan would raise $15bn"
    for child in ancestor.children:
        misread = misread_report_clause(child)
        if misread is not None and number not in child.subtree:
            return misread  # "..., records show, ...": "show" read as a noun
        if child.dep_ in REPORT_CLAUSE_DEPS and is_reporting_verb(child):
            if number in child.subtree or reports_its_own_clause(child):
                continue
            if says_nothing(child):
                continue  # "Three were confirmed dead, but police have not announced ..."
            if acts_on_its_own_object(child):
                continue  # "Voters turned out in five primaries, continuing a pattern"
            if tells_an_event(child):
                continue  # "received five months' probation after she had posted comments"
            subject = subject_of(child, number)
            if subject is not None:
                return subject
    return None


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


def _puts_out_what_it_counts(verb: Token, below: Token, number: Token) -> bool:
    """ "The department released more than 1,100 pages", "posted just two words": the figure
    counts what the verb puts out, an act of the subject, not what it reports ("released a
    toll of 300" still reports: the figure is not the object's own count)."""
    if verb.lemma_.lower() not in PUBLISHING_VERBS or below.dep_ != "dobj":
        return False
    return number.i == below.i or (number.dep_ == "nummod" and number.head.i == below.i)


def _sets_the_scene(clause: Token, verb: Token) -> bool:
    """ "As the courthouse stayed closed, two days after a gunman killed two people, his
    daughter told a paper he was ill": a time clause opening the sentence before a reporting
    verb that has words of its own after it is the writer's scene, not what the speaker said;
    not "Soon after, two were shot ..., police said", whose closing verb reports it all."""
    if clause.dep_ not in ("advcl", "ccomp") or clause.i > verb.i:
        return False
    if clause.left_edge.i != verb.sent.start:
        return False
    if not any(c.i > verb.i and c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return False
    return any(c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in clause.children)


def _set_off_after(number: Token, verb: Token) -> bool:
    """ "The candidate pointed out that Ruiz (who has 231 delegates) must win 58 percent", "Clark
    said Brooks had called members - there are two from each of the nine districts - but ...":
    words set off by brackets or dashes inside what a speaker says are the writer's aside."""
    if number.i < verb.i:
        return False
    sent = number.sent
    opened = None
    for token in verb.doc[verb.i + 1 : number.i]:
        if token.text in _ASIDE_OPENERS or (_a_dash(token) and opened is None):
            opened = token
        elif opened is not None and (token.text in _ASIDE_CLOSERS or _a_dash(token)):
            opened = None
    if opened is None:
        return False
    dash = _a_dash(opened)
    end = next(
        (
            t.i
            for t in verb.doc[number.i + 1 : sent.end]
            if (_a_dash(t) if dash else t.text in _ASIDE_CLOSERS)
        ),
        None,
    )
    if end is None:
        return False
    # a clause of its own, not a figure given again ("$51 million (45 million euros)")
    return any(t.pos_ in ("VERB", "AUX") for t in verb.doc[opened.i + 1 : end])


def _a_dash(token: Token) -> bool:
    """A dash between words, not a hyphen inside one ("two-thirds", "R-Ky.")."""
    if token.text not in _DASHES or token.i == 0:
        return False
    return token.text != "-" or bool(token.doc[token.i - 1].whitespace_ and token.whitespace_)


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


def _closes_the_scene(clause: Token, verb: Token) -> bool:
    """ "Trump said in February, when the company balked at unlocking a phone of one of the two
    attackers", "the ministry said on Wednesday, after a storm burst two dams": a time clause
    after a reporting verb that has words of its own (a clause, an object, a quotation) tells
    when it was said, not what; so does one on the verb's date ("in February, when ...")."""
    if clause.i < verb.i:
        return False
    said = any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children)
    if not said and not any(q.cue is not None and q.cue.i == verb.i for q in find_quotes(verb.doc)):
        return False
    if clause.dep_ == "advcl":
        return _opens_with_a_time_mark(clause)
    if clause.dep_ == "prep":  # "said in February, when ...": the date's own clause
        return any(
            date.dep_ == "pobj"
            and date.ent_type_ in ("DATE", "TIME")
            and any(c.dep_ == "relcl" and _opens_with_a_time_mark(c) for c in date.children)
            for date in clause.children
        )
    return False


def _opens_with_a_time_mark(clause: Token) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in clause.lefts)


def _a_mark(subject: Token) -> bool:
    """ "The city's single-year record ... stands at 110": a record that says nothing is a
    mark or a track record, not a document (unlike "records show", "the record shows")."""
    return subject.lower_ == "record"


def _reporting_noun_speaker(ancestor: Token, number: Token) -> Span | None:
    """ "the US official retort that ..." (seed typo) or "the ministry report that 300 died".

    The parser reads a reporting word as a noun whose clause holds the figure; the words
    before it name the speaker when they end in a source-like noun.
    """
    if ancestor.pos_ != "NOUN" or ancestor.lemma_.lower() not in REPORTING_VERBS:
        return None
    clause = [c for c in ancestor.rights if c.dep_ in ("relcl", "acl", "ccomp")]
    if not any(number in c.subtree for c in clause):
        return None
    if not any(c.left_edge.lower_ == "that" for c in clause):
        return None
    speaker = ancestor.doc[ancestor.left_edge.i : ancestor.i]
    if not speaker or not names_a_source(speaker[-1]):
        return None
    return speaker
