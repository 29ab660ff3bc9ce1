"""Whether a word reports: a reporting verb (not an act of adding or of finding people), an
"according to X", and the reporting clauses the parse misreads ("..., records show.").
``attribution.py`` asks these of the words on a figure's path."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    ACCORDING_TO,
    ACT_VERB_PARTICLES,
    ATTRIBUTING_PER,
    CAPTIVE_NOUNS,
    CLAUSE_ONLY_REPORTING_VERBS,
    COMPLEMENT_REPORTING_VERBS,
    CONTINUATION_VERBS,
    DOCUMENT_HEADS,
    FOUND_STATES,
    FREEING_VERBS,
    PERSON_NOUNS,
    REPORTING_VERBS,
    SPEECH_ONLY_VERBS,
    SURVEY_HEADS,
)
from factcheck.extract.sources.found_people import found_by_name, found_doing
from factcheck.extract.sources.has_at_reports import has_it_at
from factcheck.extract.sources.made_clear import makes_clear
from factcheck.extract.sources.per_sources import per_object
from factcheck.extract.sources.put_reports import places_a_reckoning, puts_without_reporting
from factcheck.extract.sources.share_placings import places_a_share
from factcheck.extract.sources.taken_lives import takes_lives
from factcheck.extract.sources.touting_verbs import touts_or_concedes
from factcheck.extract.token_index import span_tokens_with_dep

# Reporting clauses hung on the claim's clause: "..., the official clarified" / "X said".
REPORT_CLAUSE_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj"})
# Present-tense reporting verbs the parser reads as nouns after a plural: "records show".
MISREAD_REPORT_WORDS = frozenset({"show", "shows", "say", "says", "suggest", "indicate"})
# People found are an act of finding, not a finding.
_PEOPLE = frozenset({"people", "person", "body", "corpse"})
# What opens a relative clause: "the woman who police say ...".
_RELATIVES = frozenset({"who", "whom", "that", "which"})
_REPORTING = "factcheck_reporting_verbs"
# the only words according_to_object answers for: "according (to X)", "(, ) per X"
ATTRIBUTION_WORDS = (ACCORDING_TO[0], ATTRIBUTING_PER)


def is_reporting_verb(token: Token) -> bool:
    """A verb (or a noun the parse made of it) that reports: not an act of adding ("added
    187,000 jobs"), of finding people ("found two victims") or of showing up or quarrelling
    ("showed up at the bar", "arguing with a neighbor").

    Every figure of a sentence asks it of the words over it (half of 26,000 asks in 230
    articles were repeats; speed50): the answer reads only the parse, so it is kept per Doc.
    """
    known = token.doc.user_data.setdefault(_REPORTING, {})
    if token.i not in known:
        known[token.i] = _is_reporting_verb(token)
    return known[token.i]


def _is_reporting_verb(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in CLAUSE_ONLY_REPORTING_VERBS and any(
        c.dep_ == "dobj" or (c.dep_ == "prt" and c.lower_ == "up") for c in token.children
    ):
        return False  # "employers added 187,000 jobs", "that adds up to 185,000": adding
    if _an_act(token, lemma):
        return False  # "he showed up at the bar", "arguing with a neighbor": no report
    if lemma in FREEING_VERBS and any(
        c.dep_ == "dobj" and _people_freed(c) for c in token.children
    ):
        return False  # "the rebels would release 316 people": setting people free
    if takes_lives(token):
        return False  # "Gunfire claimed the lives of three": a killing, not a claim
    if lemma in CONTINUATION_VERBS and any(c.dep_ == "xcomp" for c in token.children):
        return False  # "Police continue to search for ...": going on with an act, no report
    if lemma in SPEECH_ONLY_VERBS and not any(map(a_clause_of_speech, token.children)):
        return False  # "Lee continued his run, winning 14 delegates": going on, no report
    if lemma in COMPLEMENT_REPORTING_VERBS and token.pos_ != "NOUN":
        found = any(
            (c.dep_ in ("ccomp", "xcomp") and not _state_found_in(c) and not found_doing(c))
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
    if places_a_share(token):
        return True  # "The commission has GERB on 25.9%", "It puts DPS on about 11%"
    if puts_without_reporting(token):
        return False  # "he put $100 million into the fund": an act, not an estimate
    if makes_clear(token):
        return True  # "Lee made clear that 14 had died": a statement
    if places_a_reckoning(token):
        return True  # "The ministry placed the death toll at 120", as "put ... at" is
    if has_it_at(token):
        return True  # "Wealth-X has it at $4.5 billion": an estimate, as "put ... at" is
    if touts_or_concedes(token):
        return True  # "Obama hailed 71 months of job growth", "complained that 80 percent"
    return token.pos_ in ("VERB", "AUX", "NOUN") and lemma in REPORTING_VERBS


def _an_act(token: Token, lemma: str) -> bool:
    """A reporting verb with a particle or preposition that makes it an act ("showed up",
    "arguing with a neighbor") and no clause that it reports."""
    children = list(token.children)
    if any(c.dep_ == "ccomp" for c in children):
        return False  # "he argued with reporters that ...": a report all the same
    return any(
        (lemma, c.lower_) in ACT_VERB_PARTICLES for c in children if c.dep_ in ("prt", "prep")
    )


def a_clause_of_speech(child: Token) -> bool:
    """A clause a speech verb reports: its complement, or a "that" clause the parse hung on
    it as an adverbial ("reminding voters that the merger forced HP to slash 30,000 jobs")."""
    if child.dep_ == "ccomp":
        return True
    return child.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in child.children
    )


def _people_freed(obj: Token) -> bool:
    """ "release 316 people", "free 40 prisoners": people or captives set free, not names or
    figures released ("released the names of three victims" reports)."""
    word = obj.lemma_.lower()  # the object itself: "the names of the four people" reports
    return word in PERSON_NOUNS or word in _PEOPLE or word in CAPTIVE_NOUNS


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
    return any(n.lemma_.lower() in PERSON_NOUNS | _PEOPLE for n in nouns) or found_by_name(obj)


def according_to_object(token: Token) -> Token | None:
    """ "according to X" (or ", per X": ``per_sources.py``): return X's head token."""
    per = per_object(token)
    if per is not None:
        return per
    if token.lower_ != ACCORDING_TO[0]:
        return None
    for to in token.children:
        if to.lower_ == ACCORDING_TO[1]:
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def misread_report_clause(token: Token) -> Token | None:
    """ "The plane was insured at $35 million, records show": the parse reads "show" as a
    noun with "records" as its compound; the compound is the reporting clause's subject."""
    if token.pos_ != "NOUN" or token.lower_ not in MISREAD_REPORT_WORDS:
        return None
    if token.dep_ not in REPORT_CLAUSE_DEPS and not _closing_clause(token):
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


def reports_its_own_clause(verb: Token) -> bool:
    """ "X killed 50, while the ministry said 23 died": a side clause that reports content of
    its own attributes that content, not the main clause's figure; so does "and Wealth-X has
    it at $4.2 billion" (its own figure)."""
    return any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or has_it_at(verb)


def relative_report_over(number: Token) -> Token | None:
    """ "the woman who police say was fatally shot ... before he killed their three children",
    "arrested a man they allege shot a 10-year-old girl": a reporting verb in a relative clause
    with no clause of its own reports the verb right after it, which the parse hangs elsewhere;
    return that reporting verb when the figure is in what it reports."""
    for verb in span_tokens_with_dep(number.sent, "relcl"):  # not every token (speed69)
        if verb.dep_ != "relcl" or verb.pos_ != "VERB" or not is_reporting_verb(verb):
            continue
        if any(
            c.dep_ in ("ccomp", "xcomp", "dobj") and c.lower_ not in _RELATIVES
            for c in verb.children
        ):
            continue
        if not any(c.dep_ == "nsubj" for c in verb.children) or number in verb.subtree:
            continue
        content = _next_verb(verb)
        if content is not None and number in content.subtree:
            return verb
    return None


def _next_verb(verb: Token) -> Token | None:
    """The verb that comes right after ``verb``, past auxiliaries and adverbs only."""
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.pos_ == "VERB":
            return token
        if token.pos_ not in ("AUX", "ADV", "PART"):
            return None
    return None
