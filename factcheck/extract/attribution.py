"""Who a figure is attributed to.

The figure's clause is walked up the dependency tree; the nearest attribution wins, so in
"Blinken told reporters ... as the death count crossed 9,000, according to the Hamas-run Gaza
health ministry" the ministry, not Blinken, is the source of 9,000 (seed). Attributions also
hold across sentences (issue 11): a quotation's speaker (``quotes.py``), an "according to"
elsewhere in the sentence or opening the paragraph, a sentence that announces what follows,
and pronouns resolved to the last speaker of their kind. Which words make the source phrase
and what kind it is: ``source_phrase.py``; documents, polls and claims as sources:
``nominal.py``; speakers the layout names (transcript labels, signed posts): ``speakers.py``;
a role named in the next sentence: ``coref.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.coref import named_in_next_sentence
from factcheck.extract.doctext import span_text
from factcheck.extract.lexicon import (
    ACCORDING_TO,
    CLAUSE_ONLY_REPORTING_VERBS,
    COMPLEMENT_REPORTING_VERBS,
    DENIAL_VERBS,
    DEPICTION_VERBS,
    DOCUMENT_HEADS,
    EXPECTATION_VERBS,
    FOUND_STATES,
    FRAMING_PREPS,
    NON_SOURCE_SUBJECTS,
    ORG_HEADS,
    ORG_PRONOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PICTURE_HEADS,
    PLURAL_PRONOUNS,
    POLICE_BODY_WORDS,
    QUESTION_VERBS,
    REPORT_OF_HEADS,
    REPORT_THAT_HEADS,
    REPORTING_VERBS,
    SCENE_MARKS,
    SHARE_HEADS,
    SURVEY_HEADS,
    THEY_CLAUSE_DEPS,
    TOPIC_TO_VERBS,
)
from factcheck.extract.newsroom import told_to_the_newsroom
from factcheck.extract.nominal import (
    asserts_a_complement,
    body_behind_document,
    complements,
    document_by,
    figure_comes_from,
    infinitive_carrier,
    is_owned_claim,
    names_a_source,
    offers_a_reward,
    opens_with_that,
    revises_a_count,
    shared_objects,
    survey_object,
    surveyed_in,
    takes_a_stance,
)
from factcheck.extract.not_claims import entity_bounds
from factcheck.extract.quotes import announces, find_quotes, introducing_verb, quote_at
from factcheck.extract.source_phrase import classify_source, source_phrase
from factcheck.extract.speakers import speaker_at
from factcheck.model import Source, SourceKind

_NO_SOURCE = Source(text="", kind=SourceKind.NONE)
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Reporting clauses hung on the claim's clause: "..., the official clarified" / "X said".
_REPORT_CLAUSE_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj"})
# A participle without a subject shares its head verb's: "X is cautious, saying ...".
# A reporting verb joined to the main verb shares it too: "X blasted Congress and said ...".
_SHARED_SUBJECT_DEPS = frozenset({"advcl", "conj"})
_PRONOUN_LOOKBACK_SENTS = 3
# How far up from its clause a "they" looks for the subject it stands for.
_THEY_CLAUSE_STEPS = 4
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Present-tense reporting verbs the parser reads as nouns after a plural: "records show".
_MISREAD_REPORT_WORDS = frozenset({"show", "shows", "say", "says", "suggest", "indicate"})
# How many earlier sentences of a paragraph an opening "According to X," may cover.
_CONTINUITY_SENTS = 4
# What closes a quotation or a clause before an inverted "said X".
_PEOPLE = frozenset({"people", "person", "body", "corpse"})
_CLOSERS = frozenset({",", "”", '"', "''"})
# Words of a closing subject the parse joined to the noun before it: "..., police and
# witnesses said."
_CLOSING_SUBJECT_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "CCONJ"})


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
    quote = quote_at(doc, number.idx)
    if quote is not None and quote.cue is not None:
        if found is None or quote.start <= found[1].idx < quote.end:
            cue = quote.cue
            inside = (quote.start, quote.end)
            subject = cue if cue.pos_ == "PROPN" else _subject_of(cue, number, inside=inside)
            if subject is not None:
                return _source_from_phrase(doc, subject)
    if found is not None:
        return found[0]
    head = (
        _sentence_according_to(number.sent)
        or _paragraph_according_to(doc, number)
        or _fragment_source(doc, number.sent)
    )
    if head is not None:
        return _source_from_phrase(doc, head)
    announcer = _announcer(doc, _paragraph_start(doc, number), number)
    if announcer is not None:
        return _source_from_phrase(doc, announcer)  # "Soerens argued that:" + a paragraph
    laid_out = speaker_at(doc, number.idx)  # "CLINTON: ...", a signed post, a transcript
    if laid_out is not None:
        return laid_out
    believed = _path_attribution(doc, number, stance=True)  # "Lee expects to save $2bn"
    if believed is not None:
        return believed[0]
    return _NO_SOURCE


def _announcer(doc: Doc, paragraph_start: int, number: Token) -> Token | None:
    """Who the colon-ending sentence before the figure's paragraph names as speaking:
    "Soerens argued that:", "According to Paul Reed, writing for the Herald:", "as the city
    website explains:", "As Ann Weber observed, the winner was the crowd:"."""
    intro = introducing_verb(doc, paragraph_start)
    if intro is not None and announces(intro.sent):
        subject = _subject_of(intro, number)
        if subject is not None:
            return subject
    previous = doc[paragraph_start - 1] if paragraph_start > 0 else None
    while previous is not None and previous.is_space and previous.i > 0:
        previous = doc[previous.i - 1]
    if previous is None or not announces(previous.sent):
        return None
    sent = previous.sent
    if quote_at(doc, previous.idx) is not None:
        return None  # a colon inside a quotation announces the speaker's own words
    according = _sentence_according_to(sent)
    if according is not None:
        return according
    for verb in sent:  # a reporting clause beside the main one: "as X observed, ...:"
        if verb.pos_ == "VERB" and _is_reporting_verb(verb) and verb.dep_ == "advcl":
            subject = _subject_of(verb, number)
            if subject is not None:
                return subject
    return None


def _paragraph_start(doc: Doc, number: Token) -> int:
    """The first sentence start of the figure's paragraph."""
    sent = number.sent
    while sent.start > 0 and "\n" not in doc[sent.start - 1].text_with_ws:
        previous = doc[sent.start - 1].sent
        if "\n" in previous.text.strip() or previous.start == sent.start:
            break
        sent = previous
    return sent.start


def _path_attribution(doc: Doc, number: Token, *, stance: bool) -> tuple[Source, Token] | None:
    """The nearest attribution on the figure's path, with the token that names it; with
    ``stance``, verbs of belief and proposal attribute too (the weakest attribution: it
    comes after every other, "Lee expects to save $2 billion")."""
    for counted in shared_objects(number):
        surveyed = surveyed_in(counted)  # "Fewer than half of the voters surveyed in a poll"
        if surveyed is not None:
            return _source_from_phrase(doc, surveyed), surveyed
    expecter = _expected_by(number)
    if expecter is not None:
        return _source_from_phrase(doc, expecter), expecter
    below = number
    for ancestor in _path_to_root(number):
        told = told_to_the_newsroom(ancestor, below)
        if told is not None:  # "We're told ...": someone unnamed told the newsroom
            return Source(text=span_text(told), kind=SourceKind.ANONYMOUS), told.root
        speaker = _reporting_noun_speaker(ancestor, number)
        if speaker is not None:
            return Source(text=speaker.text, kind=classify_source(speaker)), speaker.root
        subject = _attribution_at(ancestor, number, below, stance=stance)
        if subject is not None:
            return _source_from_phrase(doc, subject), subject
        below = ancestor
    return None


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


def _sentence_according_to(sent: Span) -> Token | None:
    """ "Other cleavages, according to the poll, include ... (29 points ...)": an "according
    to" anywhere in the sentence, an opening "In a poll, ...", or a poll reporting in it,
    covers the figures the parse hangs elsewhere."""
    for token in sent:
        obj = _according_to_object(token)
        if obj is not None:
            return obj
    return _opening_attribution(sent) or _sentence_poll(sent)


def _fragment_source(doc: Doc, sent: Span) -> Token | None:
    """ "A poll shows Lee at 36 percent and Sens. / Ruiz and Ortiz, 11 and 8 percent.": a
    sentence without a verb is the rest of the sentence before it (split at an abbreviation),
    and takes its attribution: an "according to", a poll, or its main verb's subject."""
    if sent.start == 0 or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None
    if "\n" in doc[sent.start - 1].text_with_ws:
        return None  # a headline or a line of its own
    previous = doc[sent.start - 1].sent
    if "\n" in previous.text.strip():
        return None
    found = _sentence_according_to(previous)
    if found is not None:
        return found
    root = previous.root
    if _is_reporting_verb(root) and root.pos_ != "NOUN":
        return _subject_of(root, sent[0])
    return None


def _sentence_poll(sent: Span) -> Token | None:
    """ "The debate took place as a new poll showed Lee ahead, 32%-25%, while Ruiz was at
    18%": a poll that reports in the sentence covers the figures the parse hangs elsewhere."""
    for token in sent:
        if token.pos_ == "VERB" and _is_reporting_verb(token):
            for subject in token.children:
                if subject.dep_ == "nsubj" and subject.lemma_.lower() in SURVEY_HEADS:
                    return subject
    return None


def _opening_attribution(sent: Span) -> Token | None:
    """ "According to X, ..." or "In a new poll, ..." opening the sentence."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None:
        return None
    if first.lower_ == ACCORDING_TO[0]:
        return _according_to_object(first)
    if first.lower_ in FRAMING_PREPS:
        return survey_object(first)
    return None


def _paragraph_according_to(doc: Doc, number: Token) -> Token | None:
    """ "According to the ministry, 40 died in A. In B, 12 were killed.": an opening
    "according to" covers the rest of its paragraph until another attribution."""
    sent = number.sent
    for _ in range(_CONTINUITY_SENTS):
        if sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws + sent[0].text:
            return None
        sent = doc[sent.start - 1].sent
        if "\n" in span_text(sent).strip():
            return None
        first = next((t for t in sent if not t.is_space), sent[0])
        opener = _according_to_object(first) if first.lower_ == ACCORDING_TO[0] else None
        if opener is not None:
            return opener
        if any(_is_reporting_verb(t) and t.pos_ != "NOUN" for t in sent):
            return None
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
    reporting = _is_reporting_verb(ancestor) and not _a_topic(below, number)
    reporting = reporting or revises_a_count(ancestor)
    reporting = reporting or offers_a_reward(ancestor)  # "Police upped the reward by $20,000"
    reporting = reporting or (stance and takes_a_stance(ancestor, below))
    reporting = reporting or (stance and asserts_a_complement(ancestor, below))
    if ancestor.lemma_.lower() in DENIAL_VERBS:
        reporting = False  # "The accused denied taking $5,000": not the accused's figure
    for child in ancestor.children:
        according = _according_to_object(child)
        if according is not None:
            return according
    for child in ancestor.children:  # after every "according to": "leads in national polls
        # by 3 points, according to the RealClearPolitics average" is the average's
        if child.dep_ == "prep" and child.lower_ in FRAMING_PREPS and not reporting:
            survey = survey_object(child)
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
    if reporting and not _sets_the_scene(below, ancestor):
        subject = _subject_of(ancestor, number)
        if subject is None and stance and asserts_a_complement(ancestor, below):
            carrier = infinitive_carrier(ancestor)  # "held a briefing to brag that"
            subject = None if carrier is None else _subject_of(carrier, number)
        if subject is not None:
            return subject
    if ancestor.pos_ in ("VERB", "AUX") and below.dep_ not in ("advcl", "nsubj", "nsubjpass"):
        subject = next((c for c in ancestor.children if c.dep_ in _SUBJECT_DEPS), None)
        if (
            subject is not None
            and not _a_mark(subject)
            and (subject.lemma_.lower() in SURVEY_HEADS or is_owned_claim(subject))
        ):
            return subject  # "The poll surveyed 552 voters", "Lee's plan would raise $15bn"
    for child in ancestor.children:
        misread = _misread_report_clause(child)
        if misread is not None and number not in child.subtree:
            return misread  # "..., records show, ...": "show" read as a noun
        if child.dep_ in _REPORT_CLAUSE_DEPS and _is_reporting_verb(child):
            if number in child.subtree or _reports_its_own_clause(child):
                continue
            subject = _subject_of(child, number)
            if subject is not None:
                return subject
    return None


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


def _a_mark(subject: Token) -> bool:
    """ "The city's single-year record ... stands at 110": a record that says nothing is a
    mark or a track record, not a document (unlike "records show", "the record shows")."""
    return subject.lower_ == "record"


def _misread_report_clause(token: Token) -> Token | None:
    """ "The plane was insured at $35 million, records show": the parse reads "show" as a
    noun with "records" as its compound; the compound is the reporting clause's subject."""
    if token.pos_ != "NOUN" or token.lower_ not in _MISREAD_REPORT_WORDS:
        return None
    if token.dep_ not in _REPORT_CLAUSE_DEPS and not _closing_clause(token):
        return None
    if token.i == 0 or token.doc[token.i - 1].dep_ != "compound":
        return None
    subject = token.doc[token.i - 1]
    return subject if subject.head == token and subject.pos_ == "NOUN" else None


def _closing_clause(token: Token) -> bool:
    """ "... gave $5,000 to the PAC, campaign finance records show.": the words after the last
    comma of the sentence, whatever the parse made of them."""
    doc = token.doc
    edge = token.left_edge.i
    if edge == 0 or doc[edge - 1].text != ",":
        return False
    return token.i + 1 >= len(doc) or doc[token.i + 1].is_punct and doc[token.i + 1].text != ","


def _reports_its_own_clause(verb: Token) -> bool:
    """ "X killed 50, while the ministry said 23 died": a side clause that reports content of
    its own attributes that content, not the main clause's figure."""
    return any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


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


def _according_to_object(token: Token) -> Token | None:
    """ "according to X": return X's head token."""
    if token.lower_ != ACCORDING_TO[0]:
        return None
    for to in token.children:
        if to.lower_ == ACCORDING_TO[1]:
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _is_reporting_verb(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in CLAUSE_ONLY_REPORTING_VERBS and any(
        c.dep_ == "dobj" or (c.dep_ == "prt" and c.lower_ == "up") for c in token.children
    ):
        return False  # "employers added 187,000 jobs", "that adds up to 185,000": adding
    if lemma in COMPLEMENT_REPORTING_VERBS and token.pos_ != "NOUN":
        found = any(
            (c.dep_ in ("ccomp", "xcomp") and not _state_found_in(c))
            or (c.dep_ == "dobj" and not _people_found(c))
            or (c.dep_ == "oprd" and c.lemma_.lower() not in FOUND_STATES)
            for c in token.children
        )  # not "Mother, child found dead", "deputies found two victims": finding people
        finder = any(
            c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_HEADS | SURVEY_HEADS
            for c in token.children
        )  # "..., the poll found." whatever the parse hangs it on
        if not found and not finder:
            return False  # "a woman also found outside with one wound": no finding
    return token.pos_ in ("VERB", "AUX", "NOUN") and lemma in REPORTING_VERBS


def _state_found_in(clause: Token) -> bool:
    """ "they found 4 people wounded", "found Ann Cole injured": the parse's clause is the state
    the people were found in (no auxiliary, no "that"), an act of finding, not a finding ("found
    that 4 were wounded" is one)."""
    if clause.lower_ not in FOUND_STATES:
        return False
    return not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)


def _people_found(obj: Token) -> bool:
    """ "found two of the victims", "found a man": people found are an act, not a finding."""
    nouns = [obj] + [o for p in obj.children if p.lower_ == "of" for o in p.children]
    return any(n.lemma_.lower() in PERSON_NOUNS | _PEOPLE for n in nouns)


def _subject_of(
    verb: Token, number: Token, *, inside: tuple[int, int] | None = None
) -> Token | None:
    """The verb's subject (or passive agent), never a phrase that holds the figure itself,
    another figure (a share of those counted), "each" of those counted ("Two men ... each
    wrote"), a word of the quotation ``inside`` it reports, or what a passive verb counts
    ("once the ballots are counted")."""
    for child in _subjects_nearest_last(verb):
        if inside is not None and inside[0] <= child.idx < inside[1]:
            continue  # a word of the quotation the parse hung on its reporting verb
        if child.dep_ == "nsubj" and number not in child.subtree:
            if child.lower_ in _DEMONSTRATIVES and verb.dep_ != "relcl":
                return None  # "That suggests 40 percent left": a fact, not a speaker
            if child.tag_ == "WP" and child.text != "WHO" and verb.dep_ != "relcl":
                return None  # "Who told you that 90 percent ...?" asks who spoke
            if child.lower_ in NON_SOURCE_SUBJECTS or _counts_something(child):
                if not _one_of_a_group(child):
                    return None  # "most of them said", "54 percent of voters said": no source
            if child.lemma_.lower() in PICTURE_HEADS and verb.lemma_.lower() in DEPICTION_VERBS:
                return None  # "This undated photo ... shows Lee, sought in ...": a depiction
            antecedent = _antecedent(child)
            if antecedent.ent_type_ in ("DATE", "TIME"):
                return None  # "a count released on Friday, which listed 276": not Friday
            return antecedent
    for child in verb.lefts:  # "..., court records show.": "records" read as a compound
        if verb.lower_ not in _MISREAD_REPORT_WORDS:
            break  # not "heat breaks records", a headline read as "records" with a compound
        if child.dep_ == "compound" and child.pos_ == "NOUN":
            return child
    misparsed = (
        _subject_before_relative(verb)
        or _name_before_age(verb)
        or _name_after(verb)
        or _name_in_apposition_before(verb)
        or _closing_subject_read_as_conjunct(verb)
    )
    if misparsed is not None:
        return misparsed  # "Lee, who has no endorsements, said ...", parsed as Lee has
    shares = verb.tag_ == "VBG" or verb.dep_ == "conj"
    if verb.dep_ in _SHARED_SUBJECT_DEPS and shares and verb.head.dep_ == "ROOT":
        # not inside reported content: "Prosecutors said Harlow ..., claiming 120 staff"
        if not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
            return _subject_of(verb.head, number)  # "Clinton is ..., saying she favors $12"
    for child in verb.children:  # passive: "was reported by Reuters", not "by Tuesday"
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ not in ("DATE", "TIME"):
                    return obj
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i:
        document = verb.head
        if document.lemma_.lower() in DOCUMENT_HEADS | SURVEY_HEADS:
            if document.dep_ == "dobj":  # "Carr released a statement confirming ...": Carr
                return _subject_of(document.head, number)
            return document  # "in the wake of a new poll showing Lee at 14 percent"
    # a finite verb, not the participle of "the figures reported by police"
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") and verb.head.i < verb.i
    if verb.dep_ == "acl" and (finite or any(c.dep_ == "ccomp" for c in verb.children)):
        if number not in verb.head.subtree or verb.head.i < number.i:
            # "A radio station reported that 15 died", "the paper reported of two victims":
            # a finite reporting verb the parse hangs on its subject as a modifier
            return verb.head
    return None


def _subjects_nearest_last(verb: Token) -> list[Token]:
    """The verb's children, with a closing "..., IOM said." subject first: when the parse gives
    a reporting verb two subjects ("..., most of them from Ghana, IOM said"), the one right
    before it after a comma is the speaker; the other is a phrase of the reported clause."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) < 2:
        return children
    last = subjects[-1]
    doc = verb.doc
    if last.right_edge.i + 1 != verb.i or last.left_edge.i == 0:
        return children
    if doc[last.left_edge.i - 1].text != ",":
        return children
    return [last] + [c for c in children if c is not last]


def _name_in_apposition_before(verb: Token) -> Token | None:
    """ "Four letters were moved to an archive, Mark Feld, the deputy clerk, wrote": the parse
    reads the name as an apposition of the noun before it and leaves the reporting verb without
    a subject; a person's name set off by commas, whose apposition ends right before the verb's
    comma, is its subject."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    token = doc[verb.i - 2]
    while not _a_name_in_apposition(token):
        if token.head.i == token.i or token.head.i >= verb.i:
            return None
        token = token.head
    if token.right_edge.i != verb.i - 2 or doc[token.left_edge.i - 1].text != ",":
        return None
    return token


def _a_name_in_apposition(token: Token) -> bool:
    return token.dep_ == "appos" and token.pos_ == "PROPN" and token.ent_type_ == "PERSON"


def _one_of_a_group(subject: Token) -> bool:
    """ "One of the prosecutors said": one person of a group speaks, unlike "two of the men"."""
    return subject.lower_ == "one" and any(c.lower_ == "of" for c in subject.children)


def _subject_before_relative(verb: Token) -> Token | None:
    """ "Lee, meanwhile, who has zero endorsements, said that ...": the parse makes "Lee" the
    subject of the relative clause, which it hangs on the reporting verb as a clause; the
    name before "who" is the reporting verb's subject."""
    for clause in verb.lefts:
        if clause.dep_ != "ccomp":
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(subjects) == 2 and subjects[1].lower_ in ("who", "which"):
            if subjects[0].pos_ in ("PROPN", "NOUN"):
                return subjects[0]
    return None


def _name_before_age(verb: Token) -> Token | None:
    """ "As part of his plea, Al Moe, 44, said that ...": the parse hangs the name and its age
    on the words before them and leaves the reporting verb without a subject; the name right
    before ", 44," is its subject."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    i = verb.i - 1
    if i < 3 or doc[i].text != "," or not doc[i - 1].like_num or doc[i - 2].text != ",":
        return None
    name = doc[i - 3]
    return name if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" else None


def _name_after(verb: Token) -> Token | None:
    """ "..., ” said Skelly, explaining ...": an inverted reporting clause whose name the parse
    reads as an adverb or object and leaves the verb without a subject; the capitalised word
    right after the verb, itself followed by punctuation, is its subject."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 2 >= len(doc) or doc[verb.i - 1].text not in _CLOSERS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    name = doc[verb.i + 1]
    if not name.is_title or name.ent_type_ in ("DATE", "TIME") or not doc[verb.i + 2].is_punct:
        return None
    return name if name.pos_ in ("PROPN", "ADV", "NOUN", "ADJ") and name.head == verb else None


def _closing_subject_read_as_conjunct(verb: Token) -> Token | None:
    """ "... fired into a deli, police and witnesses said.": a closing reporting clause whose
    subject the parse joined to the noun before the comma; the nouns between the last comma
    and the verb are its subject."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text not in (".", "!", "?"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    start = verb.i
    while start > verb.sent.start and doc[start - 1].pos_ in _CLOSING_SUBJECT_POS:
        start -= 1
    if start == verb.i or start == verb.sent.start or doc[start - 1].text != ",":
        return None
    first = doc[start]
    while first.i < verb.i - 1 and first.dep_ in ("det", "compound", "amod"):
        first = doc[first.i + 1]
    if first.dep_ != "conj" or first.pos_ not in ("NOUN", "PROPN") or first.like_num:
        return None
    return first


def _counts_something(subject: Token) -> bool:
    """A subject that is itself a figure: "54 percent of voters", "two of the men", "a
    third of them"; not "two officials", who are sources."""
    return subject.like_num or subject.lemma_.lower() in SHARE_HEADS


def _antecedent(subject: Token) -> Token:
    """ "Ridgeway, which reported revenue of $4.5bn": the relative pronoun's noun."""
    clause = subject.head
    if subject.lower_ in ("which", "who", "that") and clause.dep_ == "relcl":
        return clause.head
    return subject


def _source_from_phrase(doc: Doc, head: Token) -> Source:
    if head.lower_ in PERSON_PRONOUNS or head.lower_ in ORG_PRONOUNS:
        return _resolve_pronoun(doc, head)
    authored = document_by(head)
    if authored is not None:
        return Source(text=authored.text, kind=SourceKind.NAMED_ORG)
    body = body_behind_document(head)
    span = source_phrase(body if body is not None else head)
    named = named_in_next_sentence(doc, span.root)
    if named is not None:
        return Source(text=named.text, kind=SourceKind.NAMED_PERSON)  # "... Anna Weber added"
    return Source(text=span.text, kind=classify_source(span))


def _resolve_pronoun(doc: Doc, pronoun: Token) -> Source:
    """ "he said": the last speaker of its kind, else the nearest person (or, for "it"/"they",
    organisation) named in the three sentences before, outside quotations."""
    group = _group_they_stands_for(pronoun)
    if group is not None:
        return _source_from_phrase(doc, group)  # "Police arrested a man they say shot ..."
    person = pronoun.lower_ in PERSON_PRONOUNS
    want = ("PERSON",) if person else ("ORG", "NORP", "GPE")
    sents = list(doc.sents)
    index = next(i for i, s in enumerate(sents) if s.start <= pronoun.i < s.end)
    window_start = sents[max(index - _PRONOUN_LOOKBACK_SENTS, 0)].start
    plural = pronoun.lower_ in PLURAL_PRONOUNS
    speaker = _last_speaker(doc, window_start, pronoun.i, person=person, plural=plural)
    if speaker is None:
        speaker = _named_before(doc, window_start, pronoun.i, want)
    return speaker or Source(text=pronoun.text, kind=SourceKind.ANONYMOUS)


def _group_they_stands_for(pronoun: Token) -> Token | None:
    """ "Police arrested a man they say fired ...", "Deputies seek a man who they believe shot
    ...": "they" in a clause on the main clause's object is that clause's plural subject."""
    verb = pronoun.head
    if pronoun.lower_ != "they" or verb.dep_ not in THEY_CLAUSE_DEPS:
        return None
    token = verb
    for _ in range(_THEY_CLAUSE_STEPS):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in token.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None:
            continue  # "a man they say fired ...", the parse's "fired" without a subject
        if subject.i > pronoun.i or subject.pos_ == "PRON":
            return None
        plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in POLICE_BODY_WORDS
        return subject if plural or subject.lemma_.lower() in ORG_HEADS else None
    return None


def _named_before(doc: Doc, start: int, end: int, want: tuple[str, ...]) -> Source | None:
    """The nearest name of a wanted kind in ``start:end``, outside quotations ("Bush and even
    Obama sent people back," he said: not whom "he" means)."""
    quoted = [(q.start, q.end) for q in find_quotes(doc)]
    for i in range(end - 1, start - 1, -1):
        if doc[i].ent_type_ not in want or doc[i].ent_iob_ != "B":
            continue
        if any(q_start <= doc[i].idx < q_end for q_start, q_end in quoted):
            continue
        ent_start, ent_end = entity_bounds(doc, i)
        if ent_end <= end:
            ent = doc[ent_start:ent_end]
            return Source(text=ent.text, kind=classify_source(ent))
    return None


def _last_speaker(
    doc: Doc, start: int, end: int, *, person: bool, plural: bool = False
) -> Source | None:
    """The subject of the last reporting verb before ``end`` that names a source of the
    pronoun's kind: "The department said ... The other eight were children, it said.";
    "they" may also stand for unnamed people ("Officials said ... They said ...")."""
    for token in reversed(doc[start:end]):
        if not _is_reporting_verb(token) or token.pos_ == "NOUN":
            continue
        if token.lemma_.lower() in QUESTION_VERBS:
            continue  # "Hannity asked Trump how high ...": the one asked answers
        subject = next((c for c in token.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        span = source_phrase(subject)
        kind = classify_source(span)
        if plural and kind is SourceKind.ANONYMOUS and subject.tag_ in ("NNS", "NNPS"):
            return Source(text=span.text, kind=kind)
        if (kind is SourceKind.NAMED_PERSON) == person and kind is not SourceKind.ANONYMOUS:
            return Source(text=span.text, kind=kind)
    return None
