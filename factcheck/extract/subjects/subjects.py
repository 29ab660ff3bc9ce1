"""What a figure counts or measures, as a short noun phrase from the text.

This module composes the readings in the order they decide: a poll's share, a tally, a lead,
money and its worth, a span of time, around the noun found from the figure's own phrase
(``counted_nouns.py``, with ``figure_clauses.py`` for a figure that names none); the subject is
worked out once per mention and its irregular plurals glossed (``singulars.py``). Whether a
figure leaves its noun out for the figure before it to supply: ``ellipses.py``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    COMPARISON_PREPS,
    FRACTION_WORDS,
    LEAD_WORDS,
    PERCENT_WORDS,
    POINT_WORDS,
    POLL_WORDS,
    SURVEY_HEADS,
    TIME_UNITS,
)
from factcheck.extract.mentions.century_spans import century_unit_subject
from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.mentions.time_ranges import time_range_high
from factcheck.extract.subjects.answer_adjectives import with_answer_adjective
from factcheck.extract.subjects.by_margin_groups import by_margin_group
from factcheck.extract.subjects.care import with_care_state
from factcheck.extract.subjects.changed import changed_noun
from factcheck.extract.subjects.clause_results import clause_result
from factcheck.extract.subjects.clause_subjects import (
    clause_subject,
)
from factcheck.extract.subjects.compensations import with_compensation
from factcheck.extract.subjects.coordinated_sums import coordinated_sum_owner
from factcheck.extract.subjects.counted_nouns import find_noun_subject
from factcheck.extract.subjects.dash_appositives import dash_anchor
from factcheck.extract.subjects.error_margins import predicated_margin_of_error
from factcheck.extract.subjects.gap_subjects import gap_subject
from factcheck.extract.subjects.hourly import hourly_wage
from factcheck.extract.subjects.levels import level_of
from factcheck.extract.subjects.measured_levels import reckoned_thing
from factcheck.extract.subjects.money_subjects import (
    appealed_for,
    is_money,
    money_clause,
    per_unit,
)
from factcheck.extract.subjects.money_went_to import money_went_to
from factcheck.extract.subjects.named_standings import named_standing
from factcheck.extract.subjects.noun_phrases import (
    noun_phrase,
)
from factcheck.extract.subjects.one_casualties import one_casualty_subject
from factcheck.extract.subjects.parent_counts import parent_children
from factcheck.extract.subjects.participle_doers import with_participle_doer
from factcheck.extract.subjects.point_changes import point_change_subject
from factcheck.extract.subjects.point_measures import points_ahead
from factcheck.extract.subjects.poll_population import with_polled_group
from factcheck.extract.subjects.poll_subjects import (
    after_margin_of_error,
    among,
    answers,
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
from factcheck.extract.subjects.ranked_shares import ranked_group
from factcheck.extract.subjects.referents import copula_subject
from factcheck.extract.subjects.share_complements import with_share_complement
from factcheck.extract.subjects.share_holders import held_share_subject
from factcheck.extract.subjects.shares_before import whole_named_before
from factcheck.extract.subjects.singulars import with_singulars
from factcheck.extract.subjects.span_holders import span_holder
from factcheck.extract.subjects.span_purposes import with_purpose
from factcheck.extract.subjects.span_records import span_record
from factcheck.extract.subjects.span_subjects import (
    distance,
    names_no_thing,
    time_unit,
    with_time_unit,
)
from factcheck.extract.subjects.tallies import tally_subject
from factcheck.extract.subjects.unit_only_shares import shares_unit_after, stands_at
from factcheck.extract.subjects.up_points import up_points
from factcheck.extract.subjects.worth import worth_subject


def find_subject(doc: Doc, mention: Mention) -> str:
    """Return the noun phrase naming what the figure counts or measures, or ''.

    An irregular plural carries its singular after it ("other men (man)"): both name what
    is counted (gold README, "subject").
    """
    if mention.high is not None and time_range_high(doc, mention.figure, mention.high):
        mention = replace(mention, figure=mention.high)  # "six or seven months": "months"
    phrase = subject_phrase(doc, mention)
    if not any(c.isalnum() for c in phrase):
        return ""  # "that ― $1.7 million ― was spent": a dash the parse took for the noun
    return with_singulars(phrase)


def subject_phrase(doc: Doc, mention: Mention) -> str:
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
    harm = one_casualty_subject(figure)
    if harm:
        return harm  # "killing one and wounding two", "One of them later died": the harm
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
    phrase = with_share_complement(figure, phrase)  # "half of those brought in were women"
    phrase = century_unit_subject(doc, mention.figure[1] - 1, phrase)  # "quarter-century"
    phrase = with_polled_group(doc, phrase)  # "poll support among registered voters"
    phrase = with_compensation(figure, phrase)  # "pay 1 million rupees ... in compensation"
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
    if (percent or figure[-1].lower_ in POINT_WORDS) and predicated_margin_of_error(figure):
        return "margin of error"  # "The margin of error for the CBS poll was six points"
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
    opened = by_margin_group(figure)
    if opened:
        return opened  # "By 61%-30%, those polled said ...": those polled
    standing = named_standing(figure)
    if standing:
        return standing  # "results showed Ngwira on 47.8%": his vote
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
    reckoned = reckoned_thing(figure[-1])
    if reckoned:
        return reckoned  # "a population he put at six million": the population
    worth = worth_subject(doc, mention) if is_money(figure) else ""
    worth = worth or money_clause(figure)  # "$103 million raised by ..."
    worth = worth or appealed_for(figure)  # "appealed for $48 million": the appeal
    worth = worth or coordinated_sum_owner(figure)  # "compensation of $500 ... and $200"
    subject = hourly_wage(doc, mention, worth or find_noun_subject(doc, mention))
    changed = changed_noun(mention.number_token(doc), mention.end)
    if changed is not None:
        # "add less than 1 percent to economic output": the output, not who adds; a count or
        # sum keeps its verb after it ("water bill add")
        target = noun_phrase(changed, after=changed.left_edge.i - 1)
        subject = target if percent or not subject else f"{target} {subject}"
    subject = level_of(figure, subject)  # "get the unemployment rate down to 6 percent"
    subject = point_change_subject(figure, subject)  # "the yield rose 14 basis points"
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
    record = "" if percent else span_record(figure)
    if record and record.split()[0] not in subject.split():
        if " " not in record:
            # "the lowest in 20 years" after "gold imports fell to ...": the superlative with
            # what the clause already named, less the unit
            rest = [w for w in subject.split() if w.lower().rstrip("s") not in TIME_UNITS]
            return " ".join([record, *rest])
        return record  # "the most serious fighting in two years": the record
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


def is_compared(doc: Doc, mention: Mention) -> bool:
    """True for a bare figure set against another: "versus 900", "up from 170", "than 40"."""
    number = mention.number_token(doc)
    head = doc[mention.figure[1] - 1] if mention.figure[1] > number.i + 1 else number
    return head.dep_ == "pobj" and head.head.lower_ in COMPARISON_PREPS
