"""What is not a claim: dates and times, ordinals, ages, numbers in names, compound
descriptors, idioms (gold README, "What is not a claim"). Each rule says why, for the report.

``classify_non_claim`` asks the rules in a fixed order (the first reason wins); each rule family
lives in its own module (``ages``, ``dates_times``, ``number_names``, ``compound_descriptors``,
``one_idioms``, ``one_examples``, ``bare_re_mentions``, ...).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.extract.mentions.glued_temperatures import (
    GLUED_TEMPERATURE_RE,
    is_glued_temperature,
)
from factcheck.extract.mentions.record_spans import is_record_span
from factcheck.extract.mentions.unit_fractions import unit_fraction_end
from factcheck.extract.not_claims.age_superlatives import is_age_before_superlative
from factcheck.extract.not_claims.ages import is_age
from factcheck.extract.not_claims.bare_re_mentions import (
    is_all_of_them,
    is_the_few_as_a_pronoun,
    states_a_casualty,
)
from factcheck.extract.not_claims.bounded_ones import is_bounded_one
from factcheck.extract.not_claims.calendar_parts import is_calendar_part
from factcheck.extract.not_claims.cause_names import is_in_cause_name
from factcheck.extract.not_claims.compound_descriptors import is_compound_descriptor
from factcheck.extract.not_claims.dates_times import date_or_time_why
from factcheck.extract.not_claims.decade_apostrophes import is_decade_with_apostrophe
from factcheck.extract.not_claims.double_counts import is_double_count
from factcheck.extract.not_claims.emphatic_figures import (
    is_emphatic_hundred_percent,
    is_emphatic_zero,
)
from factcheck.extract.not_claims.figure_re_mentions import is_figure_re_mention
from factcheck.extract.not_claims.frequencies import is_frequency
from factcheck.extract.not_claims.generic_cases import is_generic_case_number
from factcheck.extract.not_claims.glued_descriptors import is_glued_measure_descriptor
from factcheck.extract.not_claims.group_ages import is_group_age_bracket
from factcheck.extract.not_claims.group_percentiles import is_group_percentile
from factcheck.extract.not_claims.indefinite_one import is_indefinite_one
from factcheck.extract.not_claims.listed_appositives import is_listed_appositive
from factcheck.extract.not_claims.listed_sets import is_listed_set_re_mention
from factcheck.extract.not_claims.local_news import find_local_news_label
from factcheck.extract.not_claims.named_pair_nouns import is_named_pair_by_any_noun
from factcheck.extract.not_claims.named_pairs import is_named_pair_re_mention
from factcheck.extract.not_claims.negated_ones import is_negated_one
from factcheck.extract.not_claims.number_idioms import is_number_idiom
from factcheck.extract.not_claims.number_names import is_in_name
from factcheck.extract.not_claims.one_after_another import is_one_after_another
from factcheck.extract.not_claims.one_contrasts import is_one_of_a_contrast
from factcheck.extract.not_claims.one_counts import (
    is_one_for_a_counted_noun,
    is_one_measure,
    is_only_one,
)
from factcheck.extract.not_claims.one_examples import (
    is_one_as_an_example,
    is_one_opening_a_remark,
    is_one_opening_an_instance,
    is_one_person_acting,
)
from factcheck.extract.not_claims.one_idioms import (
    is_one_casualty,
    is_one_idiom,
    is_one_of_the_dead,
)
from factcheck.extract.not_claims.one_labels import is_one_opening_a_label
from factcheck.extract.not_claims.one_more import is_one_more
from factcheck.extract.not_claims.or_two import is_vague_or_two
from factcheck.extract.not_claims.page_layout import find_layout_number
from factcheck.extract.not_claims.pair_re_mentions import is_pair_re_mention
from factcheck.extract.not_claims.person_builds import is_person_build
from factcheck.extract.not_claims.plain_re_mentions import is_plain_re_mention
from factcheck.extract.not_claims.predicative_ages import is_predicative_age
from factcheck.extract.not_claims.pronoun_groups import is_the_few_of_them
from factcheck.extract.not_claims.rank_labels import is_rank_label
from factcheck.extract.not_claims.rank_numbers import is_rank_number
from factcheck.extract.not_claims.ranked_groups import is_ranked_group
from factcheck.extract.not_claims.rate_denominators import is_rate_denominator
from factcheck.extract.not_claims.rate_notes import is_rate_note
from factcheck.extract.not_claims.rejected_alternatives import is_rejected_alternative
from factcheck.extract.not_claims.rhetorical_challenges import is_rhetorical_challenge
from factcheck.extract.not_claims.sequence_spans import is_sequence_placing
from factcheck.extract.not_claims.series_firsts import is_series_first
from factcheck.extract.not_claims.series_places import places_in_a_series
from factcheck.extract.not_claims.set_names import is_set_name
from factcheck.extract.not_claims.set_re_mentions import is_set_re_mention
from factcheck.extract.not_claims.short_years import is_short_year, is_short_year_after_a_year
from factcheck.extract.not_claims.source_counts import counts_the_sources
from factcheck.extract.not_claims.spaced_compounds import spaced_compound_why
from factcheck.extract.not_claims.station_names import is_station_number
from factcheck.extract.not_claims.superlative_idioms import is_superlative_of
from factcheck.extract.not_claims.threshold_ones import is_threshold_one
from factcheck.extract.not_claims.titled_names import is_in_titled_name
from factcheck.extract.not_claims.titled_spans import is_before_titled_unit
from factcheck.extract.not_claims.travel_distances import is_travel_distance
from factcheck.extract.not_claims.witness_families import is_witness_family
from factcheck.extract.not_claims.work_titles import is_in_work_title
from factcheck.extract.not_claims.worked_examples import is_worked_example_value
from factcheck.extract.not_claims.year_modifiers import is_year_before_plural
from factcheck.extract.subjects.unit_only_shares import shared_unit_by_words

_ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)


def classify_non_claim(doc: Doc, start: int, end: int) -> str:
    """Return why the number at tokens ``start:end`` is not a claim, or '' if it may be one.

    Notes:
        Gold README: dates, times, ordinals, ages used as descriptors, compound descriptors
        ("five-story", "two-state") and numbers inside names ("US 247 News", "Group of 20")
        are not claims; nor are idioms ("one of the largest").
    """
    tokens = doc[start:end]
    first, last = tokens[0], tokens[-1]
    if any(t.ent_type_ == "ORDINAL" or _ORDINAL_RE.match(t.text) for t in tokens):
        return "ordinal"
    if is_compound_descriptor(doc, start, end):
        return "compound descriptor"
    if is_glued_measure_descriptor(doc, start, end):
        return "compound descriptor"  # "a 50kg bag of rice"
    if end - start == 1 and GLUED_TEMPERATURE_RE.match(first.text):
        # "temperatures reached 42C (108F)": a measured temperature; "seat 14C" a name
        return "" if is_glued_temperature(doc, start, end) else "part of a name"
    if is_double_count(doc, start, end):
        return "idiom"  # "some bodies had been counted twice": how a tally went wrong
    if is_frequency(doc, start, end):
        return ""  # "fed us twice a day", "twice a week": how often, not a date or a name
    if is_record_span(doc, start, end):
        return ""  # "fell to a 50-year low": the span of a record, not a date or descriptor
    spaced_why = spaced_compound_why(doc, start, end)
    if spaced_why:
        return spaced_why  # "a ten year veteran", "his 25 year-old son"
    if shared_unit_by_words(doc, start, end) is not None:
        return ""  # "beat him 46 to 40 percent", "Cruz, 11 and 8 percent respectively"
    if is_age(doc, start, end):
        return "age"
    if is_predicative_age(doc, start, end):
        return "age"  # "he turned 60", "Ames will be 77", "moved to Ohio at 19"
    if is_person_build(doc, start, end):
        return "descriptor"  # "a black male, 6-feet-1-inch tall and about 220 pounds"
    if is_group_age_bracket(doc, start, end):
        return "age"  # "voters under 30", "those over 45"
    if is_age_before_superlative(doc, start, end):
        return "age"  # "Jazz Lee, at 15 the youngest marshal ever"
    if is_decade_with_apostrophe(doc, start, end):
        return "vague amount (a decade of life or of a scale)"  # "men in their 20's"
    if is_witness_family(doc, start, end):
        return "family descriptor of a quoted witness"  # "said Ana Diaz, a mother of four"
    if is_group_percentile(doc, start, end):
        return "descriptor"  # "the top 1 percent", "the bottom 40 percent of earners"
    if is_ranked_group(doc, start, end):
        return "rank"  # "Ohio's three biggest cities", "the world's 100 most influential people"
    if is_rank_number(doc, start, end):
        return "rank"  # "Ferguson was ranked 19 on the list", "the state ranks 48 in the nation"
    if is_rank_label(doc, start, end):
        return "rank"  # "(Previous ranking: 4)", "Last week's ranking: 2"
    local = find_local_news_label(doc, start, end) or find_layout_number(doc, start, end)
    if local:
        return local
    if is_travel_distance(doc, start, end):
        return "distance placing the scene"  # "drove about 20 miles to his mother's house"
    if unit_fraction_end(doc, start) == end and _unit_fraction_places(doc, start, end):
        return "distance placing the scene"  # "drove half a mile to", "a half mile east of"
    if is_in_name(doc, start, end):
        return "part of a name"
    if is_in_titled_name(doc, start, end):
        return "part of a name"  # "Forbes' Under 30 Summit"
    if is_before_titled_unit(doc, start, end):
        return "part of a name"  # "interviewed on 60 Minutes", "told 48 Hours"
    if is_in_cause_name(doc, start, end):
        return "part of a name"  # "the Fight for 15 movement", "Fight for $15"
    if is_in_work_title(doc, start, end):
        return "part of a name"  # "the movie 13 Hours", "a song called "2 techs""
    if is_station_number(doc, start, end):
        return "part of a name"  # "told 69 News", "Action News 4 reporter Bob Mayo"
    if is_set_name(doc, start, end):
        return "part of a name"  # "in the five boroughs", "a cynical view of the 50 states"
    if is_short_year(doc, start, end):
        return "date"  # "what he did in ’08 and ’12"
    if is_short_year_after_a_year(doc, start, end):
        return "date"  # "the collapse of 2008-9"
    if is_year_before_plural(doc, start, end):
        return "date"  # "eyeing 2020 campaigns", "93 percent of 2012 voters"
    date_why = date_or_time_why(doc, start, end)
    if date_why:
        return date_why
    if is_calendar_part(doc, start, end):
        return "date"  # "the last three months of 2015"
    if is_sequence_placing(doc, start, end):
        return "span of time that only places an event in time"  # "Six stops later, ..."
    if places_in_a_series(doc, start, end) or is_series_first(doc, start, end):
        return "the ones named by place"  # "the past two elections", "the first three states"
    if first.lower_ == "one" and end - start == 1 and is_one_idiom(first):
        if not (
            is_one_of_the_dead(first)
            or is_bounded_one(doc, start, end)
            or is_one_measure(first)
            or is_one_for_a_counted_noun(first)
        ):
            return "idiom"  # not "at least one of the victims" (bounded_ones), "in one day"
    if is_one_of_a_contrast(doc, start, end) and not is_one_casualty(first):
        return "idiom"  # "one PAC called X and another", "one foot in front of the other"
    if is_one_after_another(doc, start, end):
        return "idiom"  # "one agency after another", "from one contest to the next"
    if first.lower_ == "one" and end - start == 1 and is_one_person_acting(first):
        if not is_only_one(doc, start):
            return "one person acting"  # not "only one woman has served": a count
    if first.text == "One" and end - start == 1 and is_one_opening_a_remark(first):
        return "an example"
    if is_one_opening_a_label(doc, start, end):
        return "an example"  # "One conclusion: ...", "One candidate, Marco Rubio, grew up"
    if first.lower_ == "one" and end - start == 1 and is_one_as_an_example(first):
        return "an example"
    if is_negated_one(doc, start, end):
        return "idiom"  # "I don't know one voter who ...", "There wasn't one issue"
    if is_indefinite_one(doc, start, end):
        return "determiner"  # "according to one research firm", "in one case", "one night"
    if is_one_more(doc, start, end):
        return "idiom"  # "one more chance", "one last media splash"
    if end - start == 1 and is_all_of_them(first):
        return "re-mention"
    if end - start == 1 and is_the_few_as_a_pronoun(first):
        return "re-mention"  # "the two had a history", "between the two."
    if end - start == 1 and is_the_few_of_them(first) and not states_a_casualty(first):
        return "re-mention"  # "a battle between the two of them"
    if is_listed_set_re_mention(doc, start, end):
        return "re-mention"  # "Florida or Ohio, the two delegate-rich primaries"
    if is_listed_appositive(doc, start, end):
        return "re-mention"  # "Gwen Lee and Ann Roe, two TV hosts"
    if is_pair_re_mention(doc, start, end):
        return "re-mention"  # "the two candidates are tied", "our two countries"
    if is_named_pair_re_mention(doc, start, end):
        return "re-mention"  # "while the two men barely sparred" after both are named
    if is_named_pair_by_any_noun(doc, start, end):
        return "re-mention"  # "the two American billionaires" after both are named
    if is_figure_re_mention(doc, start, end):
        return "re-mention"  # "Why the two death tolls differ", "reconcile the three tallies"
    if is_set_re_mention(doc, start, end):
        return "re-mention"  # "those five states", "the three governors" after all are named
    if is_plain_re_mention(doc, start, end):
        return "re-mention"  # "the four children came to her house" after four were counted
    if is_emphatic_hundred_percent(doc, start, end):
        return "idiom"  # "Yeah, 100 percent.", "100 percent committed"
    if is_emphatic_zero(doc, start, end):
        return "idiom"  # "has zero knowledge of", "zero military experience"
    if first.lower_ == "one" and end - start == 1 and is_one_opening_an_instance(first):
        return "an example"
    if counts_the_sources(last):
        return "number of sources"
    if is_rate_denominator(doc, start):
        return "base of a rate"  # "1,950 cases per 100,000 inhabitants"
    if is_rejected_alternative(doc, start, end):
        return "rejected figure"  # "nine killings this year, not 14, and", "to 13, not 15."
    if is_rate_note(doc, start, end):
        return "exchange-rate note"  # "($1 = 942.50 Chilean pesos)"
    if is_threshold_one(doc, start, end):
        return "threshold"  # "one in eight households had at least one member abroad"
    if is_vague_or_two(doc, start, end):
        return "vague amount"  # "pick up a delegate or two", "an anecdote or two"
    if is_generic_case_number(doc, start, end):
        return "determiner"  # "When two firms sign a deal, ...", "If one candidate drops out"
    if is_worked_example_value(doc, start, end):
        return "invented case"  # "For a vessel worth $40 million, that means $280,000 more"
    if is_rhetorical_challenge(doc, start, end):
        return "rhetorical question"  # "Can you name one accomplishment of the council?"
    if is_number_idiom(doc, start, end):
        return "idiom"  # "think twice", "into six figures", "one paycheck away from"
    if last.i + 1 < len(doc) and doc[last.i + 1].lower_ == "of" and is_superlative_of(doc, last.i):
        return "idiom"
    return ""


def _unit_fraction_places(doc: Doc, start: int, end: int) -> bool:
    """ "drove half a mile to a friend's house", "a half mile east of the park": the distance
    rules read the unit after a number, so half of one unit, whose unit ends the run, is asked
    with the run cut before its unit."""
    unit_at = end - 1
    return is_travel_distance(doc, start, unit_at) or (
        find_local_news_label(doc, start, unit_at) == "distance placing the scene"
    )
