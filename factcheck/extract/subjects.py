"""What a figure counts or measures, as a short noun phrase from the text."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from factcheck.extract.care import with_care_state
from factcheck.extract.changed import changed_noun
from factcheck.extract.elided import elided_count_noun
from factcheck.extract.lexicon import (
    AVERAGE_HEADS,
    CASUALTY_PREDICATE_VERBS,
    COMPARISON_PREPS,
    COUNT_FATAL_ADVERBS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DIMENSION_ADJECTIVES,
    DURATION_LIGHT_VERBS,
    DURATION_PREPS,
    DURATION_VERBS,
    ELECTION_RESULT_WORDS,
    ELLIPSIS_PRONOUNS,
    FRACTION_WORDS,
    GENERIC_COUNT_NOUNS,
    HARM_ADVERBS,
    HOLDER_LABELS,
    IRREGULAR_PLURALS,
    LEAD_MARGIN_VERBS,
    LEAD_WORDS,
    LENGTH_UNITS,
    MARGIN_LIST_WORDS,
    MARGIN_VERBS,
    MEASURE_UNIT_LEMMAS,
    MEASURE_VERBS,
    MONEY_PURPOSE_PREPS,
    MONEY_VERB_NOUNS,
    MULTIPLIER_ADVERBS,
    OPINION_VERBS,
    PARTICIPLES,
    PARTITIVE_HEADS,
    PER_UNIT_WORDS,
    PERCENT_WORDS,
    POINT_WORDS,
    POLL_NOUNS,
    POLL_WORDS,
    POSSESSIVE_MARKS,
    PURPOSE_VERB_NOUNS,
    RECORD_MODIFIERS,
    SALE_VERB_FORMS,
    SALE_VERBS,
    SINGULAR_MEN_WORDS,
    SPEED_TAILS,
    SPEED_UNITS,
    STATE_WORDS,
    SURVEY_HEADS,
    TIME_UNITS,
    UNIT_ONLY_WORDS,
    UPWARD_WORDS,
    VALUATION_PREPS,
    WHO_OR_WHERE_LABELS,
)
from factcheck.extract.mentions import Mention
from factcheck.extract.referents import copula_subject
from factcheck.extract.tallies import tally_subject
from factcheck.extract.worth import worth_subject

_NOUNS = ("NOUN", "PROPN")
# "a total of 57", "an average of 500": a head whose figure is what its "of" or clause names
_PARTITIVE_HEADS = PARTITIVE_HEADS | AVERAGE_HEADS
# Climbing from a bare figure to its clause: "the death count crossed 9,000".
_CLIMB_DEPS = frozenset({"dobj", "attr", "pobj", "prep", "npadvmod", "appos", "conj", "oprd"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Entity labels of agents: "Clinton gained five points" counts support, not Clinton.
_AGENT_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE"})
# "$80 in Gaza City markets", "31,000 in 2023": a place or a time is not what money is for.
_PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def find_subject(doc: Doc, mention: Mention) -> str:
    """Return the noun phrase naming what the figure counts or measures, or ''.

    An irregular plural carries its singular after it ("other men (man)"): both name what
    is counted (gold README, "subject").
    """
    return with_singulars(_subject_phrase(doc, mention))


def with_singulars(subject: str) -> str:
    """Follow each irregular plural of a subject with its singular: "gunmen" -> "gunmen (gunman)"."""
    low = subject.lower()
    if "men" not in low and not any(w in low for w in IRREGULAR_PLURALS):
        return subject
    return _WORD.sub(_gloss, subject)


_WORD = re.compile(r"[A-Za-z]+")


def _gloss(match: re.Match[str]) -> str:
    word = match.group(0)
    singular = _singular(word.lower())
    return f"{word} ({singular})" if singular else word


def _singular(word: str) -> str:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith("men") and len(word) > 4 and word not in SINGULAR_MEN_WORDS:
        return word[:-3] + "man"  # "gunmen", "policemen", "congresswomen"
    return ""


def _subject_phrase(doc: Doc, mention: Mention) -> str:
    """The subject before irregular plurals are glossed, worked out once per mention (a bare
    percentage asks it to tell ellipsis, then the claim asks it again)."""
    known = doc.user_data.setdefault(_PHRASES, {})
    if mention not in known:
        known[mention] = _phrase_of(doc, mention)
    return str(known[mention])


_PHRASES = "factcheck.subject_phrases"


def _phrase_of(doc: Doc, mention: Mention) -> str:
    """The subject before irregular plurals are glossed.

    A percentage with no noun, only a candidate's name or a lead ("a lead of 48 percent to
    41 percent"), in a poll sentence or right after one, is "poll support". A figure with no
    noun in a clause "Among likely voters, ..." counts those voters.
    """
    figure = doc[mention.figure[0] : mention.figure[1]]
    percent = any(t.lower_ in PERCENT_WORDS or t.text.endswith("%") for t in figure)
    if percent and _after_margin_of_error(figure):
        return "margin of error"
    referred = copula_subject(doc, mention)
    if referred:
        return referred  # "It was about 41%" after "the turnout was ...", "three times that"
    tally = "" if percent else tally_subject(doc, mention)
    if tally:
        return tally  # "was confirmed 92 to 0", "(47 to 25)", "a 5-to-4 decision"
    share = percent or any(t.lower_ in FRACTION_WORDS for t in figure)
    of_follows = mention.end < len(doc) and doc[mention.end].lower_ == "of"
    if share and not of_follows and _answers(figure) and _poll_cue(figure.sent, POLL_WORDS):
        # "Just over a quarter, 26 percent, say they will ...", unless "Among likely voters, ..."
        return _among(figure.sent) or "poll respondents"
    worth = worth_subject(doc, mention) if _is_money(figure) else ""
    subject = worth or _find_subject(doc, mention)
    changed = changed_noun(mention.number_token(doc), mention.end)
    if changed is not None:
        # "add less than 1 percent to economic output": the output, not who adds; a count or
        # sum keeps its verb after it ("water bill add")
        target = _noun_phrase(changed, after=changed.left_edge.i - 1)
        subject = target if percent or not subject else f"{target} {subject}"
    if subject and subject in _qualifier_words(doc, mention):
        # "his net worth is in excess of $3 billion": not "excess", what the clause measures;
        # "a concessions bill in excess of $80,000": the noun the qualifier hangs on
        before = doc[mention.start - 1] if mention.start > 0 else doc[mention.start]
        if before.pos_ == "NOUN":
            subject = _noun_phrase(before, after=before.left_edge.i - 1)
        else:
            subject = _clause_subject(doc[mention.start])
    if _names_no_thing(figure, subject):
        subject = ""  # "cut it to 5 percent": a unit alone; "Lee was held for 20 minutes"
    if percent and _no_noun(figure, subject) and _election_result(figure.sent):
        # "Cruz won, 27.6 percent to 24.3 percent", "getting 14 percent"; a bare percentage
        # after another in its sentence counts what that one counts ("57 percent of the
        # delegates (or 67 percent ...)")
        return "vote" if subject or not _percent_before(figure) else ""
    margin = _margin(figure[-1]) if percent else ""
    if margin:
        return margin  # "leading by 2.2 percent" in a poll sentence: a lead, not support
    if percent and (
        not subject
        or _unwritten(subject) in LEAD_WORDS | SURVEY_HEADS | PERCENT_WORDS
        or _names_a_person(doc, mention, subject)
    ):
        # "the survey finds Ms. Lind with 46 percent": the survey reports, Ms. Lind is backed
        cues = POLL_WORDS - LEAD_WORDS if _unwritten(subject) in LEAD_WORDS else POLL_WORDS
        if _poll_cue(figure.sent, cues):
            return "poll support"
        if subject and _percent_before(figure) and _names_a_person(doc, mention, subject):
            # "the jobless rate was at 6.1 percent when Reyes took office and peaked at 9
            # percent": not Reyes; the percentage before it in its sentence says (``claims.py``)
            return ""
    if not percent and not _is_money(figure):
        subject = with_care_state(figure, subject)  # "two remain in serious condition"
    if subject and not percent:
        return _with_time_unit(figure, subject)
    return (
        subject
        or _among(figure.sent)
        or _time_unit(figure)
        or _per_unit(doc, mention)
        or _distance(figure)
    )


def _with_time_unit(figure: Span, subject: str) -> str:
    """A span of time names its unit beside what the clause says of it: "his father had
    waited about 35 minutes" -> "minutes father", "the slowest pace in more than 50 years" ->
    "years slowest pace", "would need 18-24 months" -> "months company" (the unit is what
    the figure measures; the doer alone is no measure). Not an age ("a 12-year-old girl"),
    nor what a copula says lasted so long ("The average wait was 45 minutes")."""
    units = [t for t in figure if t.lemma_.lower() in TIME_UNITS]
    if not units or units[-1].dep_ == "attr":
        return subject
    unit = units[-1].text
    if figure.end < len(figure.doc) and figure.doc[figure.end].lower_ in ("-", "old"):
        return subject
    words = {w.lower().rstrip("s") for w in subject.split()}
    if unit.lower().rstrip("s") in words or _is_money(figure):
        return subject
    return f"{unit} {subject}"


def _qualifier_words(doc: Doc, mention: Mention) -> set[str]:
    """The nouns of a figure's qualifier before its number ("in excess of", "upwards of")."""
    return {t.text for t in doc[mention.start : mention.figure[0]] if t.pos_ == "NOUN"}


def _unwritten(subject: str) -> str:
    """A subject without the verb as written that ``_as_written`` adds: "lead leading" -> "lead"."""
    words = subject.lower().split()
    if len(words) == 2 and words[1][:3] == words[0][:3]:
        return words[0]
    return subject.lower()


def _names_no_thing(figure: Span, subject: str) -> bool:
    """True for a subject that names only a unit ("percent", "km") or, for a span of time or
    a distance, only who or where ("Harlan was arrested within 20 minutes", "Dunmore lies
    some 30 km from the coast"): neither is what the figure measures."""
    words = subject.split()
    if not words:
        return False
    if all(w.lower() in UNIT_ONLY_WORDS for w in words):
        return True
    if not any(t.lemma_.lower() in TIME_UNITS or t.lower_ in LENGTH_UNITS for t in figure):
        return False
    return any(
        t.text == words[-1] and (t.ent_type_ in WHO_OR_WHERE_LABELS or t.pos_ == "PROPN")
        for t in figure.sent
    )


def _poll_cue(sent: Span, cues: frozenset[str]) -> bool:
    """True if a poll word is in ``sent`` or the two sentences before it."""
    return any(t.lower_ in cues for t in _with_sentences_before(sent, 2))


def _no_noun(figure: Span, subject: str) -> bool:
    """True if ``subject`` names nothing measured: empty, the verb of the figure ("getting 14
    percent" -> "get") or a candidate's name ("Clinton beat Sanders 58 percent to 40 percent")."""
    if not subject or subject.split()[0] in {t.head.lemma_.lower() for t in figure}:
        return True
    last = subject.split()[-1]
    return any(
        t.text == last and t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in figure.sent
    )


def _percent_before(figure: Span) -> bool:
    doc = figure.doc
    before = doc[figure.sent.start : figure.start]
    return any(t.lower_ in PERCENT_WORDS or t.text.endswith("%") for t in before)


def _election_result(sent: Span) -> bool:
    """True for a sentence of election results with no poll in it ("who won, 27.6 percent to
    24.3 percent, with all precincts reporting"; not "won 40 percent in the poll")."""
    words = {t.lower_ for t in sent}
    return not words.isdisjoint(ELECTION_RESULT_WORDS) and words.isdisjoint(POLL_NOUNS)


def _after_margin_of_error(figure: Span) -> bool:
    """ "those samples carry margins of error plus or minus 4.3 percent": the words shortly
    before the figure name it."""
    start = figure.start
    # "margins of error plus or minus 3.1 percent and 5.2 percent": past the margins listed
    while start > figure.sent.start and figure.start - start < 12:
        before_token = figure.doc[start - 1]
        if not (before_token.like_num or before_token.lower_ in MARGIN_LIST_WORDS):
            break
        start -= 1
    before = [t.lower_ for t in figure.doc[max(figure.sent.start, start - 8) : figure.start]]
    return any(
        before[i] in ("margin", "margins") and before[i + 1 : i + 3] == ["of", "error"]
        for i in range(len(before) - 2)
    )


def _answers(figure: Span) -> bool:
    """True for a share that is the subject of a stance verb: "a quarter, 26 percent, say",
    "40 percent support the plan" (those counted are the poll's respondents)."""
    token = figure[-1]
    while token.dep_ in ("appos", "nummod", "quantmod") and token.head != token:
        token = token.head
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in OPINION_VERBS


def _with_sentences_before(sent: Span, count: int) -> list[Token]:
    """The tokens of ``sent`` and of up to ``count`` sentences before it."""
    doc = sent.doc
    start = sent.start
    for _ in range(count):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return list(doc[start : sent.end])


def _time_unit(figure: Span) -> str:
    """ "within 24 hours", "at least five years": a span of time with nothing else named
    measures the time itself."""
    units = [t for t in figure if t.lemma_.lower() in TIME_UNITS]
    return units[-1].text if units else ""


def _per_unit(doc: Doc, mention: Mention) -> str:
    """ "$41.60 a barrel", "$1.28 per gallon": a money figure per unit of a thing is its price."""
    figure = doc[mention.figure[0] : mention.figure[1]]
    return _price_per(doc[mention.end - 1]) if _is_money(figure) else ""


def _price_per(last: Token) -> str:
    """ "price per barrel" when "a barrel" or "per barrel" follows the money's last token."""
    after = last.doc[last.i + 1 : last.i + 3]
    if len(after) < 2 or after[0].lower_ not in PER_UNIT_WORDS or after[1].pos_ not in _NOUNS:
        return ""
    if after[1].lemma_.lower() in TIME_UNITS:
        return ""  # "$47 a year" is a rate, not a price
    return f"price per {after[1].text}"


def _distance(figure: Span) -> str:
    """ "some 50 meters", "about 850 km": a length with nothing else named is a distance."""
    units = [t for t in figure if t.lower_ in LENGTH_UNITS]
    return f"distance in {units[-1].text}" if units else ""


def _is_money(figure: Span) -> bool:
    return any(
        t.lower_ in CURRENCY_SYMBOLS or t.lemma_.lower() in CURRENCY_WORDS or "$" in t.text
        for t in figure
    )


def is_elliptical(doc: Doc, mention: Mention) -> bool:
    """True for a figure whose noun is left out: "210 of them", "12 of the 19", "the other six".

    Such a figure counts what the figure before it counts (``claims.py``).
    """
    inside = doc[mention.start : mention.end]
    if any(t.lower_ == "of" for t in inside) and inside[-1].like_num:
        # a share "12 of the 19" followed by no noun of its own
        follower = doc[mention.end] if mention.end < len(doc) else None
        return follower is None or (inside[-1].head != follower and follower.lower_ != "of")
    after = doc[mention.end : mention.end + 3]
    if len(after) >= 2 and after[0].lower_ == "of":
        following = after[1] if after[1].pos_ != "DET" or len(after) < 3 else after[2]
        if following.lower_ in ELLIPSIS_PRONOUNS or following.like_num:
            return True
    number = mention.number_token(doc)
    if number.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and any(
        c.lower_ in ("other", "remaining") for c in number.lefts
    ):
        return True  # "The other six were taken to hospitals": the number is the noun phrase
    return _bare_percent_after_percent(doc, mention) or _names_nothing_counted(doc, mention)


def _names_nothing_counted(doc: Doc, mention: Mention) -> bool:
    """True for a bare number whose clause gives only who holds it or the verb that takes it:
    "he now has 739", "Sanders' was 695.49", "Obama won with 332, 62 more than needed".

    Such a number counts what the figure before it counts (``claims.py``), not "Sanders" or
    "have" (gold README, "subject": what is counted).
    """
    figure = doc[mention.figure[0] : mention.figure[1]]
    if not all(t.like_num or t.pos_ in ("DET", "ADV", "ADJ", "PUNCT") for t in figure):
        return False  # "12 delegates", "40 percent", "$3 million": a unit of its own
    if mention.end < len(doc) and doc[mention.end].pos_ in _NOUNS:
        return False
    number = mention.number_token(doc)
    subject = _subject_phrase(doc, mention)
    if not subject:
        return False
    verb = number.head
    if number.dep_ == "dobj" and verb.pos_ == "VERB" and subject.split()[0] == verb.lemma_.lower():
        return True  # the verb named only for want of a noun: "has 739"
    words = subject.split()
    if not all(w[:1].isupper() for w in words):
        return False
    return any(_holder(t) for t in number.sent if t.text == words[-1])


def _holder(name: Token) -> bool:
    """True for a person or place that holds a figure ("Obama", "Missouri"), or a possessive
    with its noun left out ("Walker's was 409.25")."""
    if name.ent_type_ in HOLDER_LABELS:
        return True
    follower = name.nbor(1) if name.i + 1 < len(name.doc) else None
    return follower is not None and follower.lower_ in POSSESSIVE_MARKS


def _bare_percent_after_percent(doc: Doc, mention: Mention) -> bool:
    """ "took 61 percent of the vote. Everyone else combined for 39 percent.": a percentage
    with nothing of its own to measure, after another in its sentence or the one before."""
    figure = doc[mention.figure[0] : mention.figure[1]]
    if not any(t.lower_ in PERCENT_WORDS or t.text.endswith("%") for t in figure):
        return False
    sent = figure.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    earlier = doc[start : mention.start]
    if not any(t.lower_ in PERCENT_WORDS or t.text.endswith("%") for t in earlier):
        return False
    return not _subject_phrase(doc, mention)


def is_compared(doc: Doc, mention: Mention) -> bool:
    """True for a bare figure set against another: "versus 900", "up from 170", "than 40"."""
    number = mention.number_token(doc)
    head = doc[mention.figure[1] - 1] if mention.figure[1] > number.i + 1 else number
    return head.dep_ == "pobj" and head.head.lower_ in COMPARISON_PREPS


def _among(sent: Span) -> str:
    """ "Among likely voters, about two-thirds ...": the group the figure is a part of."""
    for token in sent:
        if token.lower_ == "among" and token.i == sent.start:
            objects = [c for c in token.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
            if objects:
                return _noun_phrase(objects[0], after=token.i)
    return ""


def _names_a_person(doc: Doc, mention: Mention, subject: str) -> bool:
    """True if ``subject`` names a person of the article ("Sanders" after "Bernie Sanders")."""
    people = doc.user_data.get(_PEOPLE)
    if people is None:
        people = doc.user_data[_PEOPLE] = frozenset(
            e.text for e in doc.ents if e.label_ == "PERSON"
        )
    return any(subject.endswith(name) or name.endswith(subject) for name in people)


_PEOPLE = "factcheck.person_names"


def _find_subject(doc: Doc, mention: Mention) -> str:
    """Return the noun phrase naming what the figure counts or measures, or ''.

    "roughly 240 hostages" -> "hostages"; "five main agenda items" -> "main agenda items";
    "the death count in Gaza crossed 9,000" -> "death count"; "7.7 percent of voters" -> "voters";
    "killing at least 57 people" -> "people killed"; "a depth of 10 km" -> "depth".

    Args:
        doc: the parsed article.
        mention: a claim mention in ``doc``.
    """
    number = mention.number_token(doc)
    while number.dep_ == "quantmod" and number.head.like_num and number.head.i >= mention.figure[1]:
        number = number.head  # "250 to 300 people", "around 25-30 shots": the range's top
    span_end = mention.end
    of_noun = _share_of(doc, span_end)
    if of_noun is not None:
        # "more than half of Republican primary voters", "a quarter of Americans" (shares)
        return _noun_phrase(of_noun, after=span_end)
    state = _state_after(doc, span_end)
    if state:
        return state  # headlines' "1 dead, 4 injured", "Four found shot to death"
    harmed = _casualty_verb_before(doc, mention)
    if harmed:
        return harmed  # headlines' "Man wounds 2, including baby", "Shooter injures 5 at mall"
    head = number.head
    if number.dep_ == "npadvmod" and head.tag_ == "JJR" and head.head.pos_ in _NOUNS:
        head = head.head  # "Twenty thousand fewer people", "5,000 more troops"
        return _with_predicate(head, _noun_phrase(head, after=head.i - 1))
    # "240 hostages": the number modifies the noun after it.
    if number.dep_ in ("nummod", "quantmod", "compound", "amod") and head.pos_ in _NOUNS:
        if head.i >= mention.start and _is_points(head):
            # "won Ohio by 20 percentage points": a margin; "plus or minus four percentage
            # points": the clause says what is measured
            return _margin(head) or _from_clause(head)
        if head.i >= span_end:
            return _counted_noun(head, span_end)
        if mention.start <= head.i < span_end and head.lower_ in POINT_WORDS:
            # "the index rose 3.5 points": the index; "leads by 29 points": the points are
            # what the margin counts
            moved = _measured_subject(head) if head.dep_ in ("npadvmod", "dobj") else None
            if moved is not None:
                return _noun_phrase(moved, after=moved.left_edge.i - 1)
            return _with_predicate(head, _noun_phrase(head, after=head.i - 1))
        if head.i >= mention.start and _is_duration(head):
            # "held for 11 months", "debated for 120 hours": how long it lasted
            return _duration(head)
        if head.i >= mention.start:
            # The head is the unit inside the span ("7.7 percent"): look past it.
            found = _dimension(head) or _beyond_unit(head, span_end) or _from_clause(head)
            return _speed(head, span_end, found) or found
    last = doc[mention.figure[1] - 1]
    if mention.figure[1] > number.i + 1:
        found = _beyond_unit(last, span_end)
        if found:
            return found
    found = _of_phrase(number) or _owner(number) or (_owner(last) if last.i != number.i else "")
    if found:
        return found
    elided = _elided(number, mention)
    if elided:
        return elided  # "six votes for Smith, 24 for Doe", "had 1,210 robberies; ... had 702"
    if number.dep_ in ("nsubj", "nsubjpass") and number.head.pos_ == "VERB":
        # "996 were identified as likely voters": what they were counted as
        as_phrase = [c for c in number.head.children if c.dep_ == "prep" and c.lower_ == "as"]
        found = _prep_object(as_phrase[0]) if as_phrase else ""
        # "8,000 died", "12 were killed": the verb says what the figure counts.
        return found or number.head.text
    return _from_clause(number)


def _counted_noun(head: Token, span_end: int, *, predicate: bool = True) -> str:
    """The noun after a figure, or what it measures when it is a unit ("hectares of wheat")."""
    phrase = _noun_phrase(head, after=span_end - 1)
    if head.lemma_.lower() in MEASURE_UNIT_LEMMAS or head.lower_ in LENGTH_UNITS:
        return _what_unit_measures(head, phrase) or phrase
    return _with_predicate(head, phrase) if predicate else phrase


def _what_unit_measures(unit: Token, phrase: str) -> str:
    """What a unit after its figure measures: "10 cubic kilometres of ice" -> "cubic
    kilometres of ice", "a cost of 4,000 Swiss francs" -> "cost", "charged them 2,000 dinars"
    -> "charge", "the concentration reached 420 parts per million" -> "concentration"; or ''."""
    measured = _of_phrase(unit)
    if measured:
        return f"{phrase} of {measured}"
    owner = _owner(unit)
    if owner:
        return owner
    verb = unit.head
    if unit.dep_ != "dobj" or verb.pos_ != "VERB":
        return ""
    if verb.lemma_.lower() in MONEY_VERB_NOUNS:
        return _money_verb(verb)
    return _clause_subject(unit) if _measures(verb) else ""


def _share_of(doc: Doc, span_end: int) -> Token | None:
    """The noun after "of" that a share or count right before it is part of."""
    if span_end + 1 >= len(doc) or doc[span_end].lower_ != "of":
        return None
    objects = [c for c in doc[span_end].children if c.dep_ == "pobj"]
    if objects:
        # "2,093 of Clinton's emails", "40 percent of likely Green voters": the object, not
        # a name or compound before it; "of them", "of the 19": none (an ellipsis)
        return objects[0] if objects[0].pos_ in _NOUNS else None
    for token in doc[span_end + 1 : min(span_end + 6, len(doc))]:
        if token.pos_ in _NOUNS and token.head.i >= token.i or token.dep_ == "pobj":
            return token if token.pos_ in _NOUNS else None
    return None


def _state_after(doc: Doc, span_end: int) -> str:
    """ "1 dead", "2 Killed", "the four dead", "Four found shot to death": the state word
    right after a figure with no noun (telegraphic headlines, ellipsis)."""
    words = [t.lower_ for t in doc[span_end : span_end + 4]]
    if words[:1] == ["found"] or words[:1] and words[0] in HARM_ADVERBS:
        # "2 Critically Hurt"; "three fatally", "one fatally shot": a fatal wound killed
        if words[0] in COUNT_FATAL_ADVERBS and doc[span_end - 1].like_num:
            return "killed"
        words = words[1:]
    if not words or words[0] not in STATE_WORDS:
        return ""
    state = doc[span_end + (len(doc[span_end : span_end + 4]) - len(words))]
    if state.head.i > state.i and state.head.pos_ in _NOUNS:
        return ""  # "3 injured people": the noun says
    if words[:3] == ["shot", "to", "death"]:
        return "shot to death"
    return words[0]


def _casualty_verb_before(doc: Doc, mention: Mention) -> str:
    """ "Gunmen wound 4, including ...", "Shooter injures 5 at mall": a bare count right after
    a casualty verb counts those it hurt ("wounded"), whatever the parse of a headline makes
    of it (an adverb, the verb's subject taken for the noun); not "wounds 2 teens"."""
    if mention.start == 0 or doc[mention.start - 1].sent != doc[mention.figure[0]].sent:
        return ""
    figure = doc[mention.figure[0] : mention.figure[1]]
    if not all(t.like_num for t in figure):
        return ""
    after = doc[mention.end] if mention.end < len(doc) else None
    if after is not None and (after.pos_ in (*_NOUNS, "NUM") or after.tag_ in ("JJR", "JJ")):
        return ""  # "wounds 2 teens", "kills 2 more", "injures 3 young men": words of its own
    verb = doc[mention.start - 1]
    lemma = verb.lemma_.lower()
    if lemma not in PARTICIPLES and verb.lower_.endswith("s"):
        lemma = verb.lower_[:-1]  # "wounds" tagged as a noun
    if lemma not in PARTICIPLES or verb.lower_ == PARTICIPLES[lemma]:
        return ""  # "2 killed, 1 hurt": the state word comes after its count
    return PARTICIPLES[lemma]


def _dimension(unit: Token) -> str:
    """ "could be 20 to 30 feet high" -> "height": the adjective a length measures."""
    if unit.lower_ not in LENGTH_UNITS or unit.dep_ != "npadvmod":
        return ""
    return DIMENSION_ADJECTIVES.get(unit.head.lower_, "")


def _speed(unit: Token, span_end: int, found: str) -> str:
    """ "was travelling at 140 km/h" -> "train speed": a speed, of what the clause names."""
    doc = unit.doc
    after = " ".join(t.lower_ for t in doc[span_end : span_end + 2]).replace(" /", "/")
    after = after.replace("/ ", "/")
    is_speed = unit.lower_ in SPEED_UNITS or (
        unit.lower_ in LENGTH_UNITS and after.startswith(SPEED_TAILS)
    )
    if not is_speed:
        return ""
    if "speed" in found.lower():
        return found
    return f"speed {found}" if found.lower() == "limit" else f"{found} speed".strip()


def _margin(points: Token) -> str:
    """ "won Ohio by 20 percentage points", "was decided by one point", "won Ohio by 4
    percent": a winning margin; "leading by 2.2 percent", "leading the polls by an average of
    six percentage points": a lead."""
    by = points.head
    if by.lower_ == "of" and by.head.lower_ in AVERAGE_HEADS:
        points, by = by.head, by.head.head  # "by an average of six percentage points"
    if points.dep_ != "pobj" or by.lower_ != "by" or by.head.lemma_.lower() not in MARGIN_VERBS:
        return ""
    return "lead margin" if by.head.lemma_.lower() in LEAD_MARGIN_VERBS else "margin"


def _is_points(token: Token) -> bool:
    return token.lower_ in ("point", "points") and token.nbor(-1).lower_ == "percentage"


def _from_clause(token: Token) -> str:
    """What a figure with no counted noun measures, from the clause around it."""
    verb = token.head
    how_often = token.lower_ in MULTIPLIER_ADVERBS
    if how_often and token.dep_ in ("npadvmod", "advmod") and verb.pos_ == "VERB":
        return f"times {verb.lower_}"  # "was stabbed four times": how often it happened
    owned = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ in _NOUNS]
    if owned:  # "making the total reward $8,000": a small clause
        return _noun_phrase(owned[0], after=owned[0].left_edge.i - 1)
    valued = _valued(token)
    if valued:
        return valued
    if verb.lower_ == "worth" and verb.head.pos_ in _NOUNS:  # "the bill, worth $1.2 trillion"
        return _noun_phrase(verb.head, after=verb.head.left_edge.i - 1)
    if _is_sale_price(token):
        return "sale price"
    upward = _upward_of(token)
    if upward is not None:
        return _verb_object(token, upward)  # "spend upward of $4 million on ads"
    if token.dep_ == "dobj" and verb.pos_ == "VERB":
        return _verb_object(token, verb)
    if (
        token.dep_ == "npadvmod"
        and verb.pos_ == "VERB"
        and _is_money(token.doc[token.left_edge.i : token.i + 1])
    ):
        found = _money_purpose(token, verb)  # "put £30m into a programme", parsed as an adverb
        if found:
            return found
    return _purpose(token) or _owner(token) or _clause_subject(token)


def _purpose_verb(verb: Token) -> str:
    """ "set aside $1 billion to compensate clients" -> "compensation"."""
    for child in verb.children:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ in ("advcl", "xcomp") and infinitive:
            return PURPOSE_VERB_NOUNS.get(child.lemma_.lower(), "")
    return ""


def _verb_object(token: Token, verb: Token) -> str:
    """What a figure that is a verb's object measures.

    "the quake killed at least 57": the casualty verb says who is counted; "the death count
    crossed 9,000": the verb's subject; "fined the bank HK$400 million": the verb; "lifted
    the Nasdaq 2.1 percent" (parsed as one object): the noun before the figure.
    """
    if verb.lemma_.lower() in PARTICIPLES:
        return _participle(verb)
    if _is_money(token.doc[token.left_edge.i : token.i + 1]) and not _measures(verb):
        # "Clinton spent $77 million on advertising", "raised $18,000": the subject is
        # who pays; the money is named by what it went to, or by the verb
        return (
            _purpose(token)
            or _money_purpose(token, verb)
            or _price_per(token)
            or _purpose_verb(verb)
            or _money_verb(verb)
        )
    return (
        _purpose(token)
        or _parallel_noun(token)
        or _named_before(token)
        or _clause_subject(token)
        # "spending four days in Ohio": the span of time, not the verb
        or (token.text if token.lemma_.lower() in TIME_UNITS else _as_written(verb, verb.lemma_))
    )


def _is_sale_price(money: Token) -> bool:
    """ "sold the warehouse for $340,000", "bought the firm for $2 billion": a price."""
    prep = money.head
    if money.dep_ != "pobj" or prep.lower_ != "for":
        return False
    verb = prep.head
    sale = verb.pos_ == "VERB" and verb.lemma_.lower() in SALE_VERBS
    if not sale and prep.is_upper:
        # a headline in capitals the tagger misreads: "ACME BUYS GLOBEX FOR $2.5 BILLION"
        words = money.doc[max(prep.sent.start, prep.i - 4) : prep.i]
        sale = any(t.is_upper and t.lower_ in SALE_VERB_FORMS for t in words)
    return sale and _is_money(money.doc[money.left_edge.i : money.i + 1])


def _upward_of(token: Token) -> Token | None:
    """The verb of "spend upward of $4 million": the figure is its object, under a qualifier."""
    of = token.head
    if token.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in UPWARD_WORDS:
        return None
    verb = of.head.head
    return verb if verb.pos_ == "VERB" else None


def _named_before(unit: Token) -> str:
    """ "lift the Nasdaq 2.1 percent", parsed as one object: the index moved by the percent."""
    if unit.lower_ not in PERCENT_WORDS and unit.lower_ not in POINT_WORDS:
        return ""
    names = [c for c in unit.lefts if c.dep_ in ("nmod", "compound") and c.pos_ in _NOUNS]
    if not names or names[-1].ent_type_ in ("PERSON", "NORP", "GPE"):
        return ""
    return _noun_phrase(names[-1], after=names[-1].left_edge.i - 1)


def _valued(token: Token) -> str:
    """ "put the debt at $4 billion", "raised the reward by $5,000", "valued the firm at $2
    billion": the verb's object is what the figure measures."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in VALUATION_PREPS:
        return ""
    if prep.head.dep_ == "dobj" and prep.head.pos_ in _NOUNS:
        valued = prep.head  # "estimated the damage at 3 million euros" (parsed on the noun)
    else:
        objects = [c for c in prep.head.children if c.dep_ == "dobj" and c.pos_ in _NOUNS]
        if prep.head.pos_ != "VERB" or not objects:
            return ""
        valued = objects[0]
        if len(objects) > 1 and valued.nbor(1).tag_ == "POS":
            valued = objects[1]  # "puts Obama's approval at 50 percent", parsed as two objects
    return _noun_phrase(valued, after=valued.left_edge.i - 1)


def _with_predicate(head: Token, phrase: str) -> str:
    """ "57 people" says little: add what happened to them ("people killed", "people dead")."""
    generic = head.lemma_.lower() in GENERIC_COUNT_NOUNS
    verb = head.head
    # the passive's subject is who was harmed ("were wounded"); the active's is who harmed
    harmed = head.dep_ == "nsubjpass" and verb.lemma_.lower() in CASUALTY_PREDICATE_VERBS
    if harmed and any(c.lower_ in COUNT_FATAL_ADVERBS for c in verb.children):
        return f"{phrase} killed"  # "two people were fatally shot": killed, not only shot
    if not generic and head.ent_type_ != "NORP":
        # "Two other men were wounded": whoever they are, the count is of the wounded
        return f"{phrase} {_participle(verb)}" if harmed and not head.ent_type_ else phrase
    complements = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp")]
    if head.dep_ in _SUBJECT_DEPS and verb.pos_ == "AUX" and complements:
        if complements[0].pos_ == "ADJ":
            return f"{phrase} {complements[0].text}"  # "Two people are dead"
    if head.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ in ("VERB", "ADJ"):
        if complements and complements[0].pos_ == "ADJ":
            return f"{phrase} {complements[0].text}"  # "left 1,400 people dead"
        if verb.lemma_.lower() in PARTICIPLES:  # "10,000 Palestinians have been killed"
            return f"{phrase} {_participle(verb)}"
        if head.dep_ != "dobj" and generic:
            return f"{phrase} {_participle(verb)}"  # "300 people fled"
        return phrase
    if not generic:
        return phrase
    for child in head.rights:
        if child.dep_ in ("amod", "acl") and child.pos_ in ("ADJ", "VERB"):
            return f"{phrase} {child.text}"  # "1,400 people dead", "300 people detained"
    return phrase


def _money_purpose(money: Token, verb: Token) -> str:
    """ "spent $77 million on advertising", "returned $43,100 in donations": a phrase right
    after the money that the parse hangs on the verb says what the money went to."""
    end = money.right_edge.i + 1  # past a bracketed conversion: "850 billion pesos ($900m)"
    after = money.doc[end] if end < len(money.doc) else None
    if after is None or after.head != verb or after.lower_ not in MONEY_PURPOSE_PREPS:
        return ""
    return _prep_object(after) if after.dep_ == "prep" else ""


def _elided(number: Token, mention: Mention) -> str:
    """The noun a bare count leaves out because a parallel count beside it names it."""
    if mention.figure[1] != number.i + 1 or not number.like_num:
        return ""
    if _is_money(number.doc[number.left_edge.i : number.i + 1]):
        return ""
    noun = elided_count_noun(number)
    if noun is None:
        return ""
    counts = [c.i for c in noun.children if c.dep_ == "nummod" and c.i < noun.i]
    return _head_phrase(noun, after=max(counts, default=noun.left_edge.i - 1))


def _parallel_noun(number: Token) -> str:
    """ "was designed for 22,000 visits but handled more than 31,000": a bare count that an
    earlier count in its sentence names leaves its noun out (ellipsis)."""
    if not number.like_num or _is_money(number.doc[number.left_edge.i : number.i + 1]):
        return ""
    for token in reversed(number.sent[: number.i - number.sent.start]):
        head = token.head
        if token.like_num and token.dep_ == "nummod" and head.pos_ == "NOUN" and head.i > token.i:
            if head.lemma_.lower() in TIME_UNITS or head.lower_ in _PARTITIVE_HEADS:
                return ""
            return _noun_phrase(head, after=token.i)
    return ""


def _is_duration(unit: Token) -> bool:
    """True for a span of time that says how long something went on: "for 11 months", "during
    six hours", "lasted six hours" (not "in 13 years", "after 31 hours")."""
    if unit.lemma_.lower() not in TIME_UNITS:
        return False
    if unit.dep_ == "pobj":
        return unit.head.lower_ in DURATION_PREPS and unit.head.head.pos_ == "VERB"
    return unit.dep_ in ("dobj", "npadvmod") and unit.head.lemma_.lower() in DURATION_VERBS


def _duration(unit: Token) -> str:
    """ "had been held for 11 months" -> "months held": a span of time measures how long what
    its verb says lasted; with a light verb ("It has been five years") the time itself. A thing
    the verb says it of joins: "an operation that lasted six hours" -> "hours operation lasted",
    "rescue teams worked for 12 hours" -> "hours rescue teams worked", "convoys were unable to
    reach it for nine days" -> "days convoys reach" (not a person)."""
    verb = unit.head.head if unit.dep_ == "pobj" else unit.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in DURATION_LIGHT_VERBS:
        return unit.text
    doer = _duration_doer(verb)
    return " ".join(w for w in (unit.text, doer, _participle(verb)) if w)


def _duration_doer(verb: Token) -> str:
    """The common noun a span-of-time verb is said of: its subject, or the noun a relative
    clause hangs on ("an operation that lasted"); '' for a person, a name or a pronoun."""
    doer = _verb_subject(verb)
    climb = verb
    for _ in range(3):  # "convoys had been unable to reach the town for nine days"
        if doer is not None or climb.dep_ not in ("xcomp", "acomp"):
            break
        climb = climb.head
        doer = next((c for c in climb.children if c.dep_ in _SUBJECT_DEPS), None)
    if doer is not None and doer.tag_ == "WDT" or doer is None and verb.dep_ == "relcl":
        doer = verb.head
    if doer is None or doer.pos_ != "NOUN" or doer.ent_type_:
        return ""
    return _head_phrase(doer, after=doer.left_edge.i - 1)


def _measures(verb: Token) -> bool:
    """True for a verb whose subject is what its object figure measures ("sales reached")."""
    return verb.lemma_.lower() in MEASURE_VERBS


def _money_verb(verb: Token) -> str:
    """ "fined HK$400 million" -> "fine", "spent" -> "spending", "raised" -> "raised"."""
    lemma = verb.lemma_.lower()
    noun = MONEY_VERB_NOUNS.get(lemma) or MONEY_VERB_NOUNS.get(verb.lower_)
    return _as_written(verb, noun or _participle(verb))


def _as_written(verb: Token, word: str) -> str:
    """A verb's lemma or noun with the verb as written after it: "dropping 50 percent" ->
    "drop dropping", "spent $2 million" -> "spending spent". Either may be the word a reader
    names the figure by (gold README, "subject": any one word names it)."""
    word = word.lower()
    written = verb.lower_
    if written == word or " " in word or not written.isalpha() or verb.is_upper:
        return word
    return f"{word} {written}"


def _measured_subject(token: Token) -> Token | None:
    """The subject of the clause of a bare figure when it is a thing measured, not an agent:
    "the Dow Jones industrial average closed down 24 points" (not "Clinton gained 5 points")."""
    subject = _clause_subject_token(token)
    if subject is None or subject.ent_type_ in _AGENT_LABELS:
        return None
    return subject


def _shares_subject(verb: Token) -> bool:
    """True for a verb without a subject that shares the subject of the verb it hangs on: a
    conjunct ("crude reversed losses and was up 46 cents") or an infinitive of result ("the
    index closed down 24 points, to close at 18,432"); not a control verb's complement
    ("the bank agreed to set aside $1 billion") nor a participle ("..., totaling $12,500")."""
    if verb.head.pos_ not in ("VERB", "AUX"):
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    # "was up 12 cents to settle at $3.90": parsed as the copula's complement, not control
    result = verb.dep_ == "advcl" or (verb.dep_ == "xcomp" and verb.head.pos_ == "AUX")
    # "the number of claimants, projected to grow to 12 million", "unemployment is expected to
    # hit 8 percent": a participle raises its subject to the infinitive (not "agreed to")
    head = verb.head
    # a participle the tagger may call a past tense: "with the number ... projected to swell"
    absolute = head.tag_ in ("VBN", "VBD") and (
        head.dep_ in ("acl", "pcomp") or any(c.lower_ == "with" for c in head.children)
    )
    passive = head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children)
    raised = verb.dep_ == "xcomp" and (absolute or passive)
    return verb.dep_ == "conj" or ((result or raised) and infinitive)


def _participle(verb: Token) -> str:
    """ "killing" / "kills" -> "killed": the form gold subjects use for casualty verbs."""
    lemma = verb.lemma_.lower()
    if lemma in PARTICIPLES:
        return PARTICIPLES[lemma]
    return verb.lower_ if verb.tag_ in ("VBN", "VBD") else lemma


def _owner(token: Token) -> str:
    """The noun a figure belongs to: "a population of 2.3 million", "revenue of $4.5bn",
    "a depth of 10 km", "the worst season in 13 years"."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return ""
    owner = prep.head
    before = token.doc[prep.i - 1] if prep.i > 0 else prep
    if (
        prep.lower_ == "of"
        and owner.pos_ == "VERB"
        and before.head == owner
        and before.dep_ == "dobj"
    ):
        owner = before  # "put a bond of up to $38 million": "of" hung on the verb
    spans_time = prep.lower_ in ("in", "for", "since") and token.lemma_.lower() in TIME_UNITS
    if owner.pos_ in ("VERB", "AUX") and spans_time:
        # "it was the worst season in 13 years": the clause's predicate noun
        owner = next((c for c in owner.children if c.dep_ in ("attr", "dobj")), owner)
    if owner.pos_ not in _NOUNS or owner.like_num:
        return ""
    if owner.lower_ in _PARTITIVE_HEADS:
        # "the corporate tax rate of 35 percent"; not "a total of 57"
        return _head_phrase(owner, after=owner.left_edge.i - 1) if _named_measure(owner) else ""
    if spans_time and prep.lower_ == "in" and not _is_record(owner):
        return token.text  # "a million tweets in 10 hours": counted within the span
    if prep.lower_ == "of" or spans_time:
        return _noun_phrase(owner, after=owner.left_edge.i - 1)
    return ""


def _named_measure(head: Token) -> bool:
    """ "the corporate tax rate of 35 percent", "a jobless rate of 6 percent": a rate or total
    that its modifiers name is what its figure measures (not "a total of 57", "a rate of 5")."""
    return any(c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") for c in head.lefts)


def _is_record(noun: Token) -> bool:
    """ "the worst season in 13 years", "the first death in a decade": a record over a span
    (not "a million tweets in 10 hours", which counts within the span)."""
    return any(c.tag_ in ("JJS", "RBS") or c.lower_ in RECORD_MODIFIERS for c in noun.lefts)


def _purpose(token: Token) -> str:
    """ "500,000 euros in emergency funding", "850 billion pesos for relief": what money is for."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "for"):
            found = _prep_object(child)
            if found:
                return found
    return ""


def _prep_object(prep: Token) -> str:
    """The common noun a preposition governs, unless it is a place or a time."""
    for c in prep.children:
        if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.ent_type_ not in _PLACE_OR_TIME:
            return _noun_phrase(c, after=c.left_edge.i - 1)
    return ""


def _noun_phrase(head: Token, *, after: int) -> str:
    """The head noun with its compounds and adjectives that follow the figure."""
    if head.lower_ in _PARTITIVE_HEADS:
        found = _of_phrase(head)
        if found:
            return found
    return _head_phrase(head, after=after)


def _head_phrase(head: Token, *, after: int) -> str:
    """The head noun with its compounds and adjectives after ``after``, never its "of"."""
    left = [
        t
        for t in head.lefts
        if t.i > after and t.dep_ in ("compound", "amod", "nmod") and t.pos_ != "NUM"
    ]
    left += [t for m in left for t in m.lefts if t.dep_ in ("compound", "nmod") and t.i > after]
    start = min([t.i for t in left], default=head.i)
    while start < head.i and head.doc[start - 1].tag_ == "HYPH":
        start += 1  # "her one-time rivals" -> "rivals", not "time rivals"
    return head.doc[start : head.i + 1].text


def _of_phrase(token: Token) -> str:
    """ "2.3 million of the residents" / "7.7 percent of voters": the object of "of"; "the
    number of injured": an adjective standing for people."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [
                c
                for c in child.children
                if c.dep_ == "pobj" and (c.pos_ in _NOUNS or c.lower_ in STATE_WORDS)
            ]
            if objects:
                return _noun_phrase(objects[0], after=objects[0].i - 1)
    return ""


def _beyond_unit(unit: Token, span_end: int) -> str:
    found = _of_phrase(unit)
    if found:
        return found
    if unit.dep_ in ("nummod", "compound", "amod") and unit.head.pos_ in _NOUNS:
        if unit.head.i >= span_end:
            return _counted_noun(unit.head, span_end, predicate=False)
    return ""


def _clause_subject(token: Token) -> str:
    """Climb from a bare figure to its verb and return that verb's subject ("death count")."""
    subject = _clause_subject_token(token)
    return _noun_phrase(subject, after=subject.left_edge.i - 1) if subject is not None else ""


def _clause_subject_token(token: Token) -> Token | None:
    """The nominal subject of the clause a bare figure is in, through verbs that share one:
    "the Dow closed down 24 points, to close at 18,432" -> "average"."""
    current = token
    for _ in range(8):
        climbs = current.dep_ in _CLIMB_DEPS or current.pos_ in ("ADP", "NUM", "NOUN", "SYM")
        if not climbs and not (current.pos_ == "ADV" and current.dep_ == "advmod"):
            break  # "was up 46 cents", "closed down 24 points": through the adverb
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return _verb_subject(current)
        if current.head.i == current.i:
            break
    return None


def _verb_subject(verb: Token) -> Token | None:
    """The verb's nominal subject, or that of the verb it shares one with (two steps up)."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            # "Spending on nurses reached $9.8 million": a gerund names a thing too
            gerund = subjects[0].tag_ == "VBG"
            return subjects[0] if subjects[0].pos_ in _NOUNS or gerund else None
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in _NOUNS:
            return verb.head  # "the number of claimants projected to grow to 12 million"
        if not _shares_subject(verb):
            return None
        verb = verb.head
    return None
