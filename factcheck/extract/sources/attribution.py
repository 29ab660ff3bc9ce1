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
the figure's path (the sentence, the paragraph, an announcing colon): ``sentence_sources.py``;
whether the word at one step of the path attributes the figure: ``attribution_steps.py``; the
writer's scene and asides around a speaker's words: ``writer_asides.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.doctext import span_text
from factcheck.extract.lexicon import (
    EXPECTATION_VERBS,
    REPORTING_VERBS,
)
from factcheck.extract.sources.aside_speakers import misread_state_phrase
from factcheck.extract.sources.attribution_steps import attribution_at
from factcheck.extract.sources.audiences import counts_the_audience, speaks_in_its_own_right
from factcheck.extract.sources.background_clauses import describes_a_name, in_a_name_aside
from factcheck.extract.sources.continued_sentences import continued_source
from factcheck.extract.sources.denied_sources import denies_reporting
from factcheck.extract.sources.following_credits import credited_after
from factcheck.extract.sources.headline_tails import headline_tail_source
from factcheck.extract.sources.headline_verbs import headline_news
from factcheck.extract.sources.misread_verbs import (
    figure_after_misread_adjective,
    figure_after_misread_compound,
    figure_after_misread_verb,
)
from factcheck.extract.sources.newsroom import told_to_the_newsroom
from factcheck.extract.sources.nominal import (
    an_aim,
    names_a_source,
    shared_objects,
    surveyed_in,
)
from factcheck.extract.sources.own_findings import a_bare_finding
from factcheck.extract.sources.polled_people import names_the_polled
from factcheck.extract.sources.pronoun_sources import source_from_phrase
from factcheck.extract.sources.quoted_citations import cites_for_the_figure
from factcheck.extract.sources.quoted_they import they_told_the_speaker
from factcheck.extract.sources.quotes import quote_at
from factcheck.extract.sources.relative_reports import (
    free_relative_reporter,
    relative_report_subject,
    reported_noun_source,
)
from factcheck.extract.sources.reporting_verbs import (
    according_to_object,
    is_reporting_verb,
    relative_report_over,
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
from factcheck.extract.sources.source_phrase import classify_source
from factcheck.extract.sources.speakers import speaker_at
from factcheck.extract.sources.speech_frames import counts_the_saying
from factcheck.extract.sources.trailing_speakers import closing_speaker
from factcheck.extract.sources.verb_subject import subject_of
from factcheck.model import Source, SourceKind

_NO_SOURCE = Source(text="", kind=SourceKind.NONE)
# How what someone aims at hangs on the verb of the aim ("demanded a $15 wage", "advocating for").
_AIM_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "oprd"})


def find_source(doc: Doc, number: Token, *, narrated: bool = False) -> Source:
    """Return the source the figure at ``number`` is attributed to.

    The innermost attribution on the figure's path up the dependency tree wins; a figure
    inside a quotation takes the quotation's speaker over words of the quotation itself; a
    sentence with no attribution on the path takes an "according to" elsewhere in it, and a
    count the narrative implies (``narrated``) also the "According to X," that opens an
    earlier sentence of its paragraph.

    Args:
        doc: the parsed article.
        number: the figure's number token, or the word an implied count hangs on.
        narrated: True for a count implied by the story told ("a man was shot and killed").
            "According to police, officers were called at 2 a.m. A man was shot and killed"
            gives the man's death to the police (the real golds: 3 of 5 such counts); a
            stated figure in the paragraph's later sentences has no source (none for 8 of
            10 such figures, in all three gold families; session 59).

    Returns:
        The source; kind ``none`` when the text attributes the figure to no one, or to a
        phrase that denies reporting it ("a margin no poll predicted"), or to the people a
        poll asked ("35 percent of voters said"; the poll its sentence names, if any).
    """
    source = _attributed(doc, number, narrated=narrated)
    if denies_reporting(source):
        return _NO_SOURCE
    if names_the_polled(source):  # "35 percent of voters said": the counted, not the source
        poll = sentence_poll(number)
        return _NO_SOURCE if poll is None else source_from_phrase(doc, poll)
    return source


def _attributed(doc: Doc, number: Token, *, narrated: bool) -> Source:
    found = _path_attribution(doc, number, stance=False)
    if found is not None and headline_news(doc, number, found[1]):
        found = None  # "Facebook Live records 19 gunshots": the headline's news, no source
    quote = quote_at(doc, number.idx)
    if quote is not None and quote.cue is not None:
        if found is not None and quote.start <= found[1].idx < quote.end:
            if they_told_the_speaker(found[1]):  # '"They told us 3,000 are here," she said'
                return Source(text=found[1].text, kind=SourceKind.ANONYMOUS)
        cited = found is not None and cites_for_the_figure(found[1])  # "according to X"
        if found is None or (quote.start <= found[1].idx < quote.end and not cited):
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
    tail = headline_tail_source(doc, number)  # "Floods kill 120 -disaster agency"
    if tail is not None:
        return tail
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
        or (paragraph_according_to(doc, number) if narrated else None)
        or credited_after(doc, number)  # "... 40,000 without power. That's according to X."
        or fragment_source(doc, number.sent)
        or closing_speaker(number)  # "..., and 96 deaths, the X Centre (XC) said."
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
    reporter = (
        relative_report_subject(number)
        or reported_noun_source(number)
        or free_relative_reporter(number)  # "what advocates estimated were 100,000 adoptees"
    )
    if reporter is not None:  # the clause on the figure's own noun is the innermost report
        return source_from_phrase(doc, reporter), reporter
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
        if is_reporting_verb(ancestor) and counts_the_saying(ancestor, below, number):
            return None  # `"...," Lee said twice`: how often they spoke, the writer's count
        told = told_to_the_newsroom(ancestor, below)
        if told is not None:  # "We're told ...": someone unnamed told the newsroom
            return Source(text=span_text(told), kind=SourceKind.ANONYMOUS), told.root
        misread = figure_after_misread_verb(ancestor, number)  # "Wealth-X tallies 585"
        misread = misread or figure_after_misread_adjective(ancestor, number)  # "X estimated
        # damage at $2m": the parse's adjective
        misread = misread or figure_after_misread_compound(ancestor, number)  # "The IMF
        # projects growth of 6.5%": the parse's compound
        if misread is not None:
            return misread, ancestor
        speaker = _reporting_noun_speaker(ancestor, number)
        if speaker is not None:
            return Source(text=speaker.text, kind=classify_source(speaker)), speaker.root
        subject = attribution_at(ancestor, number, below, stance=stance)
        if subject is not None:
            found = source_from_phrase(doc, subject), subject
            if a_bare_finding(subject):  # "The agency said initial assessments showed 4,300"
                return _reporting_body_over(doc, number, ancestor) or found
            return found
        if stance and an_aim(ancestor) and below.dep_ in _AIM_DEPS:
            return None  # "Lee advocates $15 trillion in taxes; Ruiz seeks ...": no one's stance
        below = ancestor
    return None


def _reporting_body_over(doc: Doc, number: Token, inner: Token) -> tuple[Source, Token] | None:
    """The next attribution above ``inner`` on the figure's path when it is a body's
    (``own_findings.py``): the body passes its own bare findings on."""
    below = inner
    for ancestor in _path_to_root(inner)[1:]:
        subject = attribution_at(ancestor, number, below, stance=False)
        if subject is not None:
            source = source_from_phrase(doc, subject)
            return (source, subject) if source.kind == SourceKind.NAMED_ORG else None
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
