"""What a figure counts or measures, as a short noun phrase from the text."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    COMPARISON_PREPS,
    ELLIPSIS_PRONOUNS,
    FRACTION_WORDS,
    HOLDER_LABELS,
    IRREGULAR_PLURALS,
    LEAD_WORDS,
    LENGTH_UNITS,
    MEASURE_UNIT_LEMMAS,
    MONEY_VERB_NOUNS,
    MULTIPLIER_ADVERBS,
    MULTIPLYING_NUMBER_WORDS,
    ONCE_WORDS,
    PARTICIPLES,
    PARTITIVE_HEADS,
    PERCENT_WORDS,
    POINT_WORDS,
    POLL_WORDS,
    POSSESSIVE_MARKS,
    QUANTITY_SUBJECTS,
    SINGULAR_MEN_WORDS,
    SURVEY_HEADS,
    TIME_UNITS,
)
from factcheck.extract.mentions.century_spans import century_unit_subject
from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.mentions.multiplier_verbs import multiplied_object
from factcheck.extract.mentions.once_counts import once_verb
from factcheck.extract.mentions.time_ranges import time_range_high
from factcheck.extract.mentions.unit_fractions import unit_and_a_half
from factcheck.extract.subjects.answer_adjectives import with_answer_adjective
from factcheck.extract.subjects.care import with_care_state
from factcheck.extract.subjects.casualty_subjects import (
    casualty_verb_before,
    participle,
    state_after,
    with_predicate,
)
from factcheck.extract.subjects.changed import changed_noun, degree_subject
from factcheck.extract.subjects.clause_results import clause_result
from factcheck.extract.subjects.clause_subjects import (
    clause_subject,
    measured_subject,
    measures,
    verb_complement,
)
from factcheck.extract.subjects.dash_appositives import dash_anchor
from factcheck.extract.subjects.elided import elided_count_noun
from factcheck.extract.subjects.existential_counts import existential_noun
from factcheck.extract.subjects.gap_subjects import gap_subject
from factcheck.extract.subjects.hourly import hourly_wage
from factcheck.extract.subjects.level_subjects import level_holder
from factcheck.extract.subjects.levels import level_of
from factcheck.extract.subjects.money_subjects import (
    as_written,
    is_money,
    is_sale_price,
    money_clause,
    money_purpose,
    money_verb,
    per_unit,
    price_per,
    purpose_verb,
    spending_on,
    upward_of,
)
from factcheck.extract.subjects.money_went_to import money_went_to
from factcheck.extract.subjects.noun_phrases import (
    COUNT_HEADS,
    NOUNS,
    compound_head,
    described_pronoun,
    head_phrase,
    noun_phrase,
    of_phrase,
    owner_of,
    prep_object,
    purpose,
    valued_noun,
)
from factcheck.extract.subjects.parent_counts import parent_children
from factcheck.extract.subjects.participle_doers import with_participle_doer
from factcheck.extract.subjects.participle_wholes import own_participle
from factcheck.extract.subjects.point_margins import point_margin
from factcheck.extract.subjects.point_measures import measured_in_points, points_ahead
from factcheck.extract.subjects.point_nouns import point_noun
from factcheck.extract.subjects.poll_population import with_polled_group
from factcheck.extract.subjects.poll_subjects import (
    after_margin_of_error,
    among,
    answers,
    answers_a_question,
    election_result,
    is_points,
    margin_of,
    names_a_person,
    no_noun,
    percent_before,
    poll_cue,
    unwritten,
    with_answer,
)
from factcheck.extract.subjects.predicated import share_predicate
from factcheck.extract.subjects.qualified_nouns import qualified_noun
from factcheck.extract.subjects.ranked_shares import ranked_group
from factcheck.extract.subjects.referents import copula_subject
from factcheck.extract.subjects.share_holders import held_share_subject
from factcheck.extract.subjects.shares_before import whole_named_before
from factcheck.extract.subjects.span_events import span_event
from factcheck.extract.subjects.span_holders import span_holder
from factcheck.extract.subjects.span_purposes import with_purpose
from factcheck.extract.subjects.span_subjects import (
    dimension,
    distance,
    duration,
    is_duration,
    names_no_thing,
    speed,
    spent_on,
    time_unit,
    with_time_unit,
)
from factcheck.extract.subjects.tallies import tally_subject
from factcheck.extract.subjects.unit_only_shares import shares_unit_after, stands_at
from factcheck.extract.subjects.unnamed_counts import is_unnamed_count
from factcheck.extract.subjects.up_points import up_points
from factcheck.extract.subjects.what_wholes import what_whole
from factcheck.extract.subjects.worth import worth_subject


def find_subject(doc: Doc, mention: Mention) -> str:
    """Return the noun phrase naming what the figure counts or measures, or ''.

    An irregular plural carries its singular after it ("other men (man)"): both name what
    is counted (gold README, "subject").
    """
    if mention.high is not None and time_range_high(doc, mention.figure, mention.high):
        mention = replace(mention, figure=mention.high)  # "six or seven months": "months"
    phrase = _subject_phrase(doc, mention)
    if not any(c.isalnum() for c in phrase):
        return ""  # "that ― $1.7 million ― was spent": a dash the parse took for the noun
    return with_singulars(phrase)


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
    """The subject before irregular plurals are glossed, with the answer a poll share gave
    after it ("21 percent said they would not vote" -> "poll respondents would not vote")."""
    figure = doc[mention.figure[0] : mention.figure[1]]
    gap = gap_subject(figure)
    if gap:
        return gap  # "235 days since she held a press conference": the gap since it
    children = parent_children(figure)
    if children:
        return children  # "The father of two tried to flee": his children
    # ", offering $40 billion": who offers it, before the participle's verb
    plain = with_participle_doer(figure[-1], _plain_phrase(doc, mention))
    # "$153,000 on field coordinators": what the money went to
    phrase = with_answer(figure, money_went_to(doc, mention, plain))
    phrase = with_answer_adjective(figure, phrase)  # "41 percent favorable"
    phrase = century_unit_subject(doc, mention.figure[1] - 1, phrase)  # "quarter-century"
    phrase = with_polled_group(doc, phrase)  # "poll support among registered voters"
    return with_purpose(figure[-1], phrase)  # "three years to see a Republican appointee"


def _plain_phrase(doc: Doc, mention: Mention) -> str:
    """The subject before irregular plurals are glossed and before an answer is added.

    A percentage with no noun, only a candidate's name or a lead ("a lead of 48 percent to
    41 percent"), in a poll sentence or right after one, is "poll support". A figure with no
    noun in a clause "Among likely voters, ..." counts those voters.
    """
    figure = doc[mention.figure[0] : mention.figure[1]]
    # "a 10 percentage-point lead": points fused to the noun they measure, not a share
    fused_points = len(figure) > 2 and figure[-1].lower_ in POINT_WORDS and figure[-2].text == "-"
    percent = not fused_points and any(
        t.lower_ in PERCENT_WORDS or t.text.endswith("%") for t in figure
    )
    if (percent or is_points(figure[-1])) and after_margin_of_error(figure):
        return "margin of error"
    ranked = ranked_group(figure)
    if ranked:
        return ranked  # "gains have gone to the top 1 percent": the group, not the gains
    anchored = dash_anchor(doc, mention)
    if anchored:
        return anchored  # "a group of boosters - 34, to be exact": the boosters
    referred = copula_subject(doc, mention)
    if referred:
        return referred  # "It was about 41%" after "the turnout was ...", "three times that"
    tally = "" if percent else tally_subject(doc, mention)
    if tally:
        return tally  # "was confirmed 92 to 0", "(47 to 25)", "a 5-to-4 decision"
    up = up_points(figure) or points_ahead(figure)
    if up:
        return up  # "Polls show Clinton up by 10 points": her lead; "22 points behind Lee"
    share = percent or any(t.lower_ in FRACTION_WORDS for t in figure)
    of_follows = mention.end < len(doc) and doc[mention.end].lower_ == "of"
    said = share_predicate(figure) if percent and not of_follows else ""
    if said and not among(figure.sent):
        # "13 percent were unsure", "16 percent were Latino", "30 percent would vote"; not
        # "Among Republicans, 27 percent would vote for ...": the group is named
        return said
    if share and not of_follows and answers(figure) and poll_cue(figure.sent, POLL_WORDS):
        # "Just over a quarter, 26 percent, say they will ...", unless "Among likely voters, ..."
        return among(figure.sent) or "poll respondents"
    worth = worth_subject(doc, mention) if is_money(figure) else ""
    worth = worth or money_clause(figure)  # "$103 million raised by ..."
    subject = hourly_wage(doc, mention, worth or _find_subject(doc, mention))
    changed = changed_noun(mention.number_token(doc), mention.end)
    if changed is not None:
        # "add less than 1 percent to economic output": the output, not who adds; a count or
        # sum keeps its verb after it ("water bill add")
        target = noun_phrase(changed, after=changed.left_edge.i - 1)
        subject = target if percent or not subject else f"{target} {subject}"
    subject = level_of(figure, subject)  # "get the unemployment rate down to 6 percent"
    if subject and subject in _qualifier_words(doc, mention):
        # "his net worth is in excess of $3 billion": not "excess", what the clause measures;
        # "a concessions bill in excess of $80,000": the noun the qualifier hangs on
        before = doc[mention.start - 1] if mention.start > 0 else doc[mention.start]
        if before.pos_ == "NOUN":
            subject = noun_phrase(before, after=before.left_edge.i - 1)
        else:
            subject = clause_subject(doc[mention.start])
    if not percent and shares_unit_after(figure):
        percent = True  # "Rubio and Cruz, 11 and 8 percent": the 11 is a percentage too
    if names_no_thing(figure, subject):
        subject = ""  # "cut it to 5 percent": a unit alone; "Lee was held for 20 minutes"
    in_result = election_result(figure.sent) and no_noun(figure, subject)
    if percent and not in_result and clause_result(figure):
        # "who won, 27.6 percent to ...", "Sanders received 49.59 percent" beside polls: the
        # candidate's vote, named with the candidate ("Sanders vote")
        if no_noun(figure, subject):
            in_result = True
        elif names_a_person(doc, mention, subject):
            return f"{subject} vote"
    if percent and in_result:
        # "Cruz won, 27.6 percent to 24.3 percent", "getting 14 percent"; a bare percentage
        # after another in its sentence counts what that one counts ("57 percent of the
        # delegates (or 67 percent ...)")
        return "vote" if subject or not percent_before(figure) else ""
    margin = margin_of(figure[-1]) if percent else ""
    if margin:
        return margin  # "leading by 2.2 percent" in a poll sentence: a lead, not support
    held = held_share_subject(doc, mention, subject) if percent else ""
    if held:
        return held  # "the senator leads Clinton 50% to 40%", "while McGinty has 44%"
    if percent and (
        not subject
        or unwritten(subject) in LEAD_WORDS | SURVEY_HEADS | PERCENT_WORDS
        or names_a_person(doc, mention, subject)
    ):
        # "the survey finds Ms. Lind with 46 percent": the survey reports, Ms. Lind is backed
        cues = POLL_WORDS - LEAD_WORDS if unwritten(subject) in LEAD_WORDS else POLL_WORDS
        if poll_cue(figure.sent, cues):
            if not subject and whole_named_before(figure):
                # "Iowa (93 percent of its voters were white), Ohio (79 percent)": the bare
                # share counts what the share before it counts (``claims.py``)
                return ""
            return "poll support"
        if subject and percent_before(figure) and names_a_person(doc, mention, subject):
            # "the jobless rate was at 6.1 percent when Reyes took office and peaked at 9
            # percent": not Reyes; the percentage before it in its sentence says (``claims.py``)
            return ""
        if unwritten(subject) in PERCENT_WORDS | {""} and stands_at(figure):
            return "poll support"  # "Six months ago we weren't at 20 or 25 percent"
    if not percent and not is_money(figure):
        subject = with_care_state(figure, subject)  # "two remain in serious condition"
    if subject and not percent:
        # "after almost four decades in DC, McCain has forgotten": who the span is said of
        return span_holder(figure, with_time_unit(figure, subject))
    return (
        subject
        or among(figure.sent)
        or span_holder(figure, time_unit(figure))
        or per_unit(doc, mention)
        or distance(figure)
    )


def _qualifier_words(doc: Doc, mention: Mention) -> set[str]:
    """The nouns of a figure's qualifier before its number ("in excess of", "upwards of")."""
    return {t.text for t in doc[mention.start : mention.figure[0]] if t.pos_ == "NOUN"}


def is_elliptical(doc: Doc, mention: Mention) -> bool:
    """True for a figure whose noun is left out: "210 of them", "12 of the 19", "the other six".

    Such a figure counts what the figure before it counts (``claims.py``).
    """
    if dash_anchor(doc, mention):
        return False  # "a deluge of comments - nearly 300,000 in all": the noun before the dash
    inside = doc[mention.start : mention.end]
    if (
        inside[-1].like_num
        and not any(t.lower_ == "the" for t in inside)
        and answers_a_question(doc[mention.figure[0] : mention.figure[1]])
    ):
        return False  # "nine out of 10 say they ...": a poll's share, not "12 of the 19"
    if any(t.lower_ == "of" for t in inside) and inside[-1].like_num:
        # a share "12 of the 19" followed by no noun of its own
        follower = doc[mention.end] if mention.end < len(doc) else None
        if follower is not None and own_participle(inside[-1], follower):
            return False  # "23 of the 53 wounded": the participle names those counted
        if follower is not None and _names_own_whole(inside[-1], mention.end):
            return False  # "two of the three Democratic contests": the whole has its noun
        return follower is None or (inside[-1].head != follower and follower.lower_ != "of")
    after = doc[mention.end : mention.end + 3]
    if len(after) >= 2 and after[0].lower_ == "of":
        following = after[1] if after[1].pos_ != "DET" or len(after) < 3 else after[2]
        if following.like_num:
            return True
        if _is_ellipsis_pronoun(following) and not described_pronoun(following):
            return True  # "12 of them"; not "one of those killed"
    number = mention.number_token(doc)
    if number.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and any(
        c.lower_ in ("other", "remaining") for c in number.lefts
    ):
        return True  # "The other six were taken to hospitals": the number is the noun phrase
    return (
        _bare_percent_after_percent(doc, mention)
        or _names_nothing_counted(doc, mention)
        or _names_only_a_figure(doc, mention)
    )


def _is_ellipsis_pronoun(token: Token) -> bool:
    """True for a pronoun that stands for the counted noun right after "of": "12 of them",
    "half of us"; not the country "US" ("17 percent of the US population", "40 percent of US
    adults" count the population and the adults)."""
    return token.lower_ in ELLIPSIS_PRONOUNS and token.text not in _COUNTRY_US


# "US" and "U.S." write the country, never the pronoun "us"
_COUNTRY_US = frozenset({"US", "U.S."})


def _names_own_whole(whole: Token, span_end: int) -> bool:
    """True for the whole of a share that counts a noun after the span through adjectives or
    names the parse hangs on that noun: "two of the three Democratic contests", "24 of the 34
    Senate seats"; not a common noun between, which may be a misread verb ("12 of the 19 hold
    secrets")."""
    noun = whole.head
    if whole.dep_ != "nummod" or noun.pos_ not in NOUNS or noun.i < span_end:
        return False
    between = whole.doc[span_end : noun.i]
    return all(t.head == noun and (t.dep_ == "amod" or t.pos_ == "PROPN") for t in between)


def _names_only_a_figure(doc: Doc, mention: Mention) -> bool:
    """True for a figure whose subject is only a word for a figure: "That number follows
    292,000 in June", "The number is 110 for all of the county", "put the figure at 40,000".

    Such a word points back to what the figure before it counts (``claims.py``).
    """
    words = _subject_phrase(doc, mention).split()
    if len(words) != 1 or words[0].lower().rstrip("s") not in _FIGURE_WORDS:
        return False  # not "four counts of aggravated assault": a count there is a charge
    sent = doc[mention.start].sent
    named = [t for t in sent if t.text == words[0]]
    # "the number of people held there is three times as many": the figure word has its own
    return not any(c.dep_ == "prep" and c.lower_ == "of" for t in named for c in t.children)


# "number", "total", "figure": the words that only hold a figure and name no thing
_FIGURE_WORDS = QUANTITY_SUBJECTS & PARTITIVE_HEADS


def _names_nothing_counted(doc: Doc, mention: Mention) -> bool:
    """True for a bare number whose clause gives only who holds it or the verb that takes it:
    "he now has 739", "Sanders' was 695.49", "Obama won with 332, 62 more than needed"; or
    that nothing names at all ("There are six voting blocs. Five are urban.":
    ``is_unnamed_count``).

    Such a number counts what the figure before it counts (``claims.py``), not "Sanders" or
    "have" (gold README, "subject": what is counted).
    """
    figure = doc[mention.figure[0] : mention.figure[1]]
    if not all(t.like_num or t.pos_ in ("DET", "ADV", "ADJ", "PUNCT") for t in figure):
        return False  # "12 delegates", "40 percent", "$3 million": a unit of its own
    if mention.end < len(doc) and doc[mention.end].pos_ in NOUNS:
        return False
    number = mention.number_token(doc)
    subject = _subject_phrase(doc, mention)
    if not subject:
        # "There are six voting blocs. Five are urban.": nothing at all names the count
        return mention.figure[1] - mention.figure[0] == 1 and is_unnamed_count(number)
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
    if (
        number.lower_ in MULTIPLYING_NUMBER_WORDS
        and number.dep_ == "quantmod"
        and number.head.like_num
    ):
        # "more than two dozen other investors", parsed with "dozen" on "two": the count
        # hangs on "two", as "two" on the noun it counts
        number = number.head
    span_end = mention.end
    multiplied = multiplied_object(number)
    if multiplied is not None:
        return noun_phrase(multiplied, after=number.i)  # "doubling the caps on green cards"
    described = _described_share(doc, span_end)
    if described:
        return described  # "one of those killed", "a third of those in the generation"
    whole = what_whole(doc, span_end)
    if whole:
        return whole  # "half of what the budget chief has sought": a share of that amount
    of_noun = _share_of(doc, span_end)
    if of_noun is not None:
        # "more than half of Republican primary voters", "a quarter of Americans" (shares)
        return noun_phrase(of_noun, after=span_end)
    existing = existential_noun(doc[mention.start : mention.figure[1]])
    if existing:
        return existing  # "searched for armed intruders, fearing there might be four"
    state = state_after(doc, span_end)
    if state:
        return state  # headlines' "1 dead, 4 injured", "Four found shot to death"
    harmed = casualty_verb_before(doc, mention)
    if harmed:
        return harmed  # headlines' "Man wounds 2, including baby", "Shooter injures 5 at mall"
    lone_unit = number.i == mention.figure[1] - 1 or unit_and_a_half(doc, *mention.figure)
    if not number.like_num and lone_unit:
        # a lone unit, "for almost a decade", "spent more than a year examining": the unit is
        # the figure's number token
        found = (
            spent_on(number)
            or (duration(number) if is_duration(number) else "")
            or span_event(number)  # "within a month", "in a decade"
        )
        if found:
            return found
    head = number.head
    if number.dep_ == "npadvmod" and head.tag_ == "JJR" and head.head.pos_ in NOUNS:
        head = head.head  # "Twenty thousand fewer people", "5,000 more troops"
        return with_predicate(head, noun_phrase(head, after=head.i - 1))
    # "240 hostages": the number modifies the noun after it.
    if number.dep_ in ("nummod", "quantmod", "compound", "amod") and head.pos_ in NOUNS:
        found = degree_subject(head) if mention.start <= head.i < span_end else ""
        if found:
            return found  # "44 percent fewer supporters", "down 15.9 percent"
        if head.i >= mention.start and is_points(head):
            # "won Ohio by 20 percentage points": a margin; "plus or minus four percentage
            # points": the clause says what is measured
            return margin_of(head) or _from_clause(head)
        if head.i >= span_end:
            # "the ten swing States": the figure hung on a compound counts the compound's head
            return _counted_noun(compound_head(head), span_end)
        described = point_noun(head, span_end) if mention.start <= head.i else ""
        if described:
            return described  # "a six-percentage-point lead": the lead, in points
        if mention.start <= head.i < span_end and head.lower_ in POINT_WORDS:
            # "the index rose 3.5 points": the index; "leads by 29 points": the points are
            # what the margin counts
            margin = margin_of(head)
            if margin:
                # "leads Smith by seven points", "lost by 13 points": the lead or the winning
                # margin, in points (as "won Ohio by 20 percentage points" is a margin)
                return f"{margin} in points"
            moved = measured_subject(head) if head.dep_ in ("npadvmod", "dobj") else None
            if moved is not None:
                return noun_phrase(moved, after=moved.left_edge.i - 1)
            # "back Clinton by 19 points", "16 points ahead of Trump": a margin, in points
            return (
                point_margin(head)
                or measured_in_points(head)  # "a net positive of nine points"
                or with_predicate(head, noun_phrase(head, after=head.i - 1))
            )
        if head.i >= mention.start and is_duration(head):
            # "held for 11 months", "debated for 120 hours": how long it lasted
            return duration(head)
        found = (spent_on(head) or span_event(head)) if head.i >= mention.start else ""
        if found:
            return found  # "12 years as a congresswoman", "two years' probation"
        if head.i >= mention.start:
            # The head is the unit inside the span ("7.7 percent"): look past it.
            found = dimension(head) or _beyond_unit(head, span_end) or _from_clause(head)
            return speed(head, span_end, found) or found
    last = doc[mention.figure[1] - 1]
    if mention.figure[1] > number.i + 1:
        found = _beyond_unit(last, span_end)
        if found:
            return found
    found = of_phrase(number) or owner_of(number) or (owner_of(last) if last.i != number.i else "")
    if found:
        return found
    qualified = qualified_noun(number, mention.start)
    if qualified:
        return qualified  # "a village with a population under 700": not an earlier count
    elided = _elided(number, mention)
    if elided:
        return elided  # "six votes for Smith, 24 for Doe", "had 1,210 robberies; ... had 702"
    if number.dep_ in ("nsubj", "nsubjpass") and number.head.pos_ == "VERB":
        # "996 were identified as likely voters": what they were counted as
        as_phrase = [c for c in number.head.children if c.dep_ == "prep" and c.lower_ == "as"]
        found = prep_object(as_phrase[0]) if as_phrase else ""
        # "8,000 died", "12 were killed": the verb says what the figure counts; "three are
        # receiving treatment": with what it does, when that is a thing
        done = " ".join(w for w in (number.head.text, verb_complement(number.head)) if w)
        return found or done
    return _from_clause(number)


def _counted_noun(head: Token, span_end: int, *, predicate: bool = True) -> str:
    """The noun after a figure, or what it measures when it is a unit ("hectares of wheat")."""
    phrase = noun_phrase(head, after=span_end - 1)
    if head.lemma_.lower() in MEASURE_UNIT_LEMMAS or head.lower_ in LENGTH_UNITS:
        return _what_unit_measures(head, phrase) or phrase
    return with_predicate(head, phrase) if predicate else phrase


def _what_unit_measures(unit: Token, phrase: str) -> str:
    """What a unit after its figure measures: "10 cubic kilometres of ice" -> "cubic
    kilometres of ice", "a cost of 4,000 Swiss francs" -> "cost", "charged them 2,000 dinars"
    -> "charge", "the concentration reached 420 parts per million" -> "concentration"; or ''."""
    measured = of_phrase(unit)
    if measured:
        return f"{phrase} of {measured}"
    owner = owner_of(unit)
    if owner:
        return owner
    verb = unit.head
    if unit.dep_ != "dobj" or verb.pos_ != "VERB":
        return ""
    if verb.lemma_.lower() in MONEY_VERB_NOUNS:
        return money_verb(verb)
    return clause_subject(unit) if measures(verb) else ""


def _described_share(doc: Doc, span_end: int) -> str:
    """What "those" after a share's "of" stands for, by the words that describe it, or ''."""
    if span_end + 1 >= len(doc) or doc[span_end].lower_ != "of":
        return ""
    pronoun = doc[span_end + 1]
    return described_pronoun(pronoun) if pronoun.head.i == span_end else ""


def _share_of(doc: Doc, span_end: int) -> Token | None:
    """The noun after "of" that a share or count right before it is part of."""
    if span_end + 1 >= len(doc) or doc[span_end].lower_ != "of":
        return None
    objects = [c for c in doc[span_end].children if c.dep_ == "pobj"]
    if objects:
        # "2,093 of Clinton's emails", "40 percent of likely Green voters": the object, not
        # a name or compound before it; "of them", "of the 19": none (an ellipsis)
        return objects[0] if objects[0].pos_ in NOUNS else None
    for token in doc[span_end + 1 : min(span_end + 6, len(doc))]:
        if token.pos_ in NOUNS and token.head.i >= token.i or token.dep_ == "pobj":
            return token if token.pos_ in NOUNS else None
    return None


def _from_clause(token: Token) -> str:
    """What a figure with no counted noun measures, from the clause around it."""
    verb = token.head
    once = once_verb(token) if token.lower_ in ONCE_WORDS else None
    if once is not None:
        return f"times {once.lower_}"  # "was uttered once", as "was uttered twice"
    how_often = token.lower_ in MULTIPLIER_ADVERBS
    if how_often and token.dep_ in ("npadvmod", "advmod", "dobj") and verb.pos_ == "VERB":
        # "was stabbed four times": how often it happened; "fired three times", parsed as
        # the verb's object, too (not who fired)
        return f"times {verb.lower_}"
    owned = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ in NOUNS]
    if owned:  # "making the total reward $8,000": a small clause
        return noun_phrase(owned[0], after=owned[0].left_edge.i - 1)
    valued = valued_noun(token)
    if valued:
        return valued
    if verb.lower_ == "worth" and verb.head.pos_ in NOUNS:  # "the bill, worth $1.2 trillion"
        return noun_phrase(verb.head, after=verb.head.left_edge.i - 1)
    if is_sale_price(token):
        return "sale price"
    upward = upward_of(token)
    if upward is not None:
        return _verb_object(token, upward)  # "spend upward of $4 million on ads"
    spent = spending_on(token, verb) if token.dep_ == "dobj" else ""
    if spent:
        return spent  # "dropping $2.5 million on such ads": spent, not a level that dropped
    holder = level_holder(verb) if token.dep_ == "dobj" else None
    if holder is not None:
        return noun_phrase(holder, after=holder.left_edge.i - 1)  # "an amount ranging $8-$10"
    if token.dep_ == "dobj" and verb.pos_ == "VERB":
        return _verb_object(token, verb)
    if (
        token.dep_ == "npadvmod"
        and verb.pos_ == "VERB"
        and is_money(token.doc[token.left_edge.i : token.i + 1])
    ):
        found = money_purpose(token, verb)  # "put £30m into a programme", parsed as an adverb
        if found:
            return found
    return purpose(token) or owner_of(token) or clause_subject(token)


def _verb_object(token: Token, verb: Token) -> str:
    """What a figure that is a verb's object measures.

    "the quake killed at least 57": the casualty verb says who is counted; "the death count
    crossed 9,000": the verb's subject; "fined the bank HK$400 million": the verb; "lifted
    the Nasdaq 2.1 percent" (parsed as one object): the noun before the figure.
    """
    if verb.lemma_.lower() in PARTICIPLES:
        return participle(verb)
    spent = spending_on(token, verb)
    if spent:
        return spent  # "spent $890,000 on costs related to ...", "spend upward of $4m on ads"
    if is_money(token.doc[token.left_edge.i : token.i + 1]) and not measures(verb):
        # "Clinton spent $77 million on advertising", "raised $18,000": the subject is
        # who pays; the money is named by what it went to, or by the verb
        return (
            purpose(token)
            or money_purpose(token, verb)
            or price_per(token)
            or purpose_verb(verb)
            or money_verb(verb)
        )
    return (
        purpose(token)
        or _parallel_noun(token)
        or _named_before(token)
        or clause_subject(token)
        # "spending four days in Ohio": the span of time, not the verb
        or (token.text if token.lemma_.lower() in TIME_UNITS else as_written(verb, verb.lemma_))
    )


def _named_before(unit: Token) -> str:
    """ "lift the Nasdaq 2.1 percent", parsed as one object: the index moved by the percent."""
    if unit.lower_ not in PERCENT_WORDS and unit.lower_ not in POINT_WORDS:
        return ""
    names = [c for c in unit.lefts if c.dep_ in ("nmod", "compound") and c.pos_ in NOUNS]
    if not names or names[-1].ent_type_ in ("PERSON", "NORP", "GPE"):
        return ""
    return noun_phrase(names[-1], after=names[-1].left_edge.i - 1)


def _elided(number: Token, mention: Mention) -> str:
    """The noun a bare count leaves out because a parallel count beside it names it."""
    if mention.figure[1] != number.i + 1 or not number.like_num:
        return ""
    if is_money(number.doc[number.left_edge.i : number.i + 1]):
        return ""
    noun = elided_count_noun(number)
    if noun is None:
        return ""
    counts = [c.i for c in noun.children if c.dep_ == "nummod" and c.i < noun.i]
    return head_phrase(noun, after=max(counts, default=noun.left_edge.i - 1))


def _parallel_noun(number: Token) -> str:
    """ "was designed for 22,000 visits but handled more than 31,000": a bare count that an
    earlier count in its sentence names leaves its noun out (ellipsis)."""
    if not number.like_num or is_money(number.doc[number.left_edge.i : number.i + 1]):
        return ""
    for token in reversed(number.sent[: number.i - number.sent.start]):
        head = token.head
        if token.like_num and token.dep_ == "nummod" and head.pos_ == "NOUN" and head.i > token.i:
            if head.lemma_.lower() in TIME_UNITS or head.lower_ in COUNT_HEADS:
                return ""
            return noun_phrase(head, after=token.i)
    return ""


def _beyond_unit(unit: Token, span_end: int) -> str:
    found = of_phrase(unit)
    if found:
        return found
    if unit.dep_ in ("nummod", "compound", "amod") and unit.head.pos_ in NOUNS:
        if unit.head.i >= span_end:
            return _counted_noun(unit.head, span_end, predicate=False)
    return ""
