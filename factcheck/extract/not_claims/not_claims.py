"""What is not a claim: dates and times, ordinals, ages, numbers in names, compound
descriptors, idioms (gold README, "What is not a claim"). Each rule says why, for the report.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    AGE_ADVERBS,
    AGE_AFTER,
    AGE_CLOSERS,
    AGE_LIST_WORDS,
    AGE_OF_RANGE_JOINERS,
    AGE_RANGE_JOINERS,
    AGE_WORDS,
    AGED_SUBJECTS,
    ANONYMOUS_HEADS,
    BARE_RE_MENTION_DETERMINERS,
    BARE_RE_MENTION_NUMBERS,
    BODY_NOUNS,
    BODY_SIZE_PEOPLE,
    BODY_SIZE_WORDS,
    CASUALTY_PERSON_NOUNS,
    CASUALTY_VERBS,
    CLOCK_WORDS,
    CONTEST_NOUNS,
    CONTEST_SIZE_WORDS,
    CURRENCY_SYMBOLS,
    DURATION_MODIFIERS,
    INDEX_NAMES,
    MARGIN_NOUNS,
    MEASURE_DESCRIPTORS,
    MODAL_WORDS,
    MONTHS,
    NAME_FOLLOWERS,
    NAME_LABELS,
    NAME_OF_HEADS,
    NAME_PRECEDERS,
    NON_CLAIM_ENT_LABELS,
    NUMBER_WORDS,
    ONE_CASUALTY_NEXT,
    ONE_EXAMPLE_NEXT,
    ONE_EXAMPLE_PREV,
    ONE_IDIOM_NEXT,
    ONE_IDIOM_PREV,
    ONE_KEPT_NOUNS,
    ONE_KEPT_STATES,
    ONE_KEPT_VERBS,
    ONE_PART_BREAKS,
    ONE_PART_CONDITIONS,
    ONE_PART_NEXT,
    ONE_PERSON_EVENT_LEMMAS,
    PARTICIPANT_DESCRIPTORS,
    PERCENT_WORDS,
    PERIOD_MODIFIERS,
    PERSON_NOUNS,
    RE_MENTION_CASUALTY_VERBS,
    REPORTING_VERBS,
    SCALE_WORDS,
    SERIES_DETERMINERS,
    SERIES_PLACE_MODIFIERS,
    SIGN_WORDS,
    SOURCE_DESCRIPTORS,
    SPAN_OF_COUNT_MODIFIERS,
    SPAN_OF_COUNT_PREPOSITIONS,
    TIME_PLACING_NEXT,
    TIME_UNITS,
    TITLED_NAME_PRECEDERS,
    WEEKDAYS,
)
from factcheck.extract.mentions.century_spans import century_fraction_end
from factcheck.extract.mentions.count_margins import count_margin_end
from factcheck.extract.mentions.quantities import (
    NUMERAL_RE,
    is_numeral,
    is_spelled_number,
    numeral_value,
)
from factcheck.extract.mentions.record_spans import is_record_span, record_span_end
from factcheck.extract.mentions.time_ranges import range_high_end
from factcheck.extract.mentions.unit_fractions import unit_fraction_end
from factcheck.extract.not_claims.age_superlatives import is_age_before_superlative
from factcheck.extract.not_claims.bounded_ones import is_bounded_one
from factcheck.extract.not_claims.calendar_parts import is_calendar_part
from factcheck.extract.not_claims.cause_names import is_in_cause_name
from factcheck.extract.not_claims.decade_apostrophes import is_decade_with_apostrophe
from factcheck.extract.not_claims.emphatic_figures import (
    is_emphatic_hundred_percent,
    is_emphatic_zero,
)
from factcheck.extract.not_claims.for_spans import is_lasting_span
from factcheck.extract.not_claims.future_spans import is_future_placing
from factcheck.extract.not_claims.gapped_counts import is_gapped_count
from factcheck.extract.not_claims.group_ages import is_group_age_bracket
from factcheck.extract.not_claims.group_percentiles import is_group_percentile
from factcheck.extract.not_claims.indefinite_one import is_indefinite_one
from factcheck.extract.not_claims.listed_sets import is_listed_set_re_mention
from factcheck.extract.not_claims.local_news import find_local_news_label
from factcheck.extract.not_claims.named_pair_nouns import is_named_pair_by_any_noun
from factcheck.extract.not_claims.named_pairs import is_named_pair_re_mention
from factcheck.extract.not_claims.number_idioms import is_number_idiom
from factcheck.extract.not_claims.one_after_another import is_one_after_another
from factcheck.extract.not_claims.one_contrasts import is_one_of_a_contrast
from factcheck.extract.not_claims.one_labels import is_one_opening_a_label
from factcheck.extract.not_claims.one_more import is_one_more
from factcheck.extract.not_claims.one_partitions import is_one_of_a_partition
from factcheck.extract.not_claims.or_two import is_vague_or_two
from factcheck.extract.not_claims.page_layout import find_layout_number
from factcheck.extract.not_claims.pair_re_mentions import is_pair_re_mention
from factcheck.extract.not_claims.plain_re_mentions import is_plain_re_mention
from factcheck.extract.not_claims.pronoun_groups import is_the_few_of_them
from factcheck.extract.not_claims.rank_numbers import is_rank_number
from factcheck.extract.not_claims.ranked_groups import is_ranked_group
from factcheck.extract.not_claims.relative_spans import is_span_of_a_clause
from factcheck.extract.not_claims.score_sides import is_score_side
from factcheck.extract.not_claims.series_firsts import is_series_first
from factcheck.extract.not_claims.set_names import is_set_name
from factcheck.extract.not_claims.set_re_mentions import is_set_re_mention
from factcheck.extract.not_claims.short_years import is_short_year, is_short_year_after_a_year
from factcheck.extract.not_claims.since_spans import is_span_since
from factcheck.extract.not_claims.spaced_compounds import spaced_compound_why
from factcheck.extract.not_claims.spelled_names import is_spelled_number_name
from factcheck.extract.not_claims.station_names import is_station_number
from factcheck.extract.not_claims.time_ahead import is_time_ahead
from factcheck.extract.not_claims.titled_names import is_in_titled_name
from factcheck.extract.not_claims.travel_distances import is_travel_distance
from factcheck.extract.not_claims.work_titles import is_in_work_title
from factcheck.extract.not_claims.year_modifiers import is_year_before_plural
from factcheck.extract.sources.reported_acts import is_act_not_report
from factcheck.extract.subjects.unit_only_shares import shared_unit_by_words
from factcheck.extract.year_numbers import is_year_number

_ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
# "18-to-34-year-olds", "18-34-year-old voters": the low end of a range of ages, glued.
_AGE_RANGE_LOW_RE = re.compile(r"^[-–](?:to-|through-)?\d{1,3}-year", re.IGNORECASE)
# "the latter two", "the former three": the ones just named, picked out by their place.
_PLACE_PICKERS = frozenset({"latter", "former"})


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
    if _is_compound_descriptor(doc, start, end):
        return "compound descriptor"
    if is_record_span(doc, start, end):
        return ""  # "fell to a 50-year low": the span of a record, not a date or descriptor
    spaced_why = spaced_compound_why(doc, start, end)
    if spaced_why:
        return spaced_why  # "a ten year veteran", "his 25 year-old son"
    if shared_unit_by_words(doc, start, end) is not None:
        return ""  # "beat him 46 to 40 percent", "Cruz, 11 and 8 percent respectively"
    if _is_age(doc, start, end):
        return "age"
    if is_group_age_bracket(doc, start, end):
        return "age"  # "voters under 30", "those over 45"
    if is_age_before_superlative(doc, start, end):
        return "age"  # "Jazz Lee, at 15 the youngest marshal ever"
    if is_decade_with_apostrophe(doc, start, end):
        return "vague amount (a decade of life or of a scale)"  # "men in their 20's"
    if is_group_percentile(doc, start, end):
        return "descriptor"  # "the top 1 percent", "the bottom 40 percent of earners"
    if is_ranked_group(doc, start, end):
        return "rank"  # "Ohio's three biggest cities", "the world's 100 most influential people"
    if is_rank_number(doc, start, end):
        return "rank"  # "Ferguson was ranked 19 on the list", "the state ranks 48 in the nation"
    local = find_local_news_label(doc, start, end) or find_layout_number(doc, start, end)
    if local:
        return local
    if is_travel_distance(doc, start, end):
        return "distance placing the scene"  # "drove about 20 miles to his mother's house"
    if unit_fraction_end(doc, start) == end and _unit_fraction_places(doc, start, end):
        return "distance placing the scene"  # "drove half a mile to", "a half mile east of"
    if _is_in_name(doc, start, end):
        return "part of a name"
    if is_in_titled_name(doc, start, end):
        return "part of a name"  # "Forbes' Under 30 Summit"
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
    date_why = _date_or_time(doc, start, end)
    if date_why:
        return date_why
    if is_calendar_part(doc, start, end):
        return "date"  # "the last three months of 2015"
    if _places_in_a_series(doc, start, end) or is_series_first(doc, start, end):
        return "the ones named by place"  # "the past two elections", "the first three states"
    if first.lower_ == "one" and end - start == 1 and _is_one_idiom(first):
        if not _one_of_the_dead(first) and not is_bounded_one(doc, start, end):
            return "idiom"  # not "at least one of the victims" (bounded_ones)
    if is_one_of_a_contrast(doc, start, end) and not _one_casualty(first):
        return "idiom"  # "one PAC called X and another", "one foot in front of the other"
    if is_one_after_another(doc, start, end):
        return "idiom"  # "one agency after another", "from one contest to the next"
    if first.lower_ == "one" and end - start == 1 and _one_person_acting(first):
        return "one person acting"
    if first.text == "One" and end - start == 1 and _one_opening_a_remark(first):
        return "an example"
    if is_one_opening_a_label(doc, start, end):
        return "an example"  # "One conclusion: ...", "One candidate, Marco Rubio, grew up"
    if first.lower_ == "one" and end - start == 1 and _one_as_an_example(first):
        return "an example"
    if is_indefinite_one(doc, start, end):
        return "determiner"  # "according to one research firm", "in one case", "one night"
    if is_one_more(doc, start, end):
        return "idiom"  # "one more chance", "one last media splash"
    if end - start == 1 and _all_of_them(first):
        return "re-mention"
    if end - start == 1 and _the_few_as_a_pronoun(first):
        return "re-mention"  # "the two had a history", "between the two."
    if end - start == 1 and is_the_few_of_them(first) and not _states_a_casualty(first):
        return "re-mention"  # "a battle between the two of them"
    if is_listed_set_re_mention(doc, start, end):
        return "re-mention"  # "Florida or Ohio, the two delegate-rich primaries"
    if is_pair_re_mention(doc, start, end):
        return "re-mention"  # "the two candidates are tied", "our two countries"
    if is_named_pair_re_mention(doc, start, end):
        return "re-mention"  # "while the two men barely sparred" after both are named
    if is_named_pair_by_any_noun(doc, start, end):
        return "re-mention"  # "the two American billionaires" after both are named
    if is_set_re_mention(doc, start, end):
        return "re-mention"  # "those five states", "the three governors" after all are named
    if is_plain_re_mention(doc, start, end):
        return "re-mention"  # "the four children came to her house" after four were counted
    if is_emphatic_hundred_percent(doc, start, end):
        return "idiom"  # "Yeah, 100 percent.", "100 percent committed"
    if is_emphatic_zero(doc, start, end):
        return "idiom"  # "has zero knowledge of", "zero military experience"
    if first.lower_ == "one" and end - start == 1 and _one_opening_an_instance(first):
        return "an example"
    if _counts_the_sources(last):
        return "number of sources"
    if is_vague_or_two(doc, start, end):
        return "vague amount"  # "pick up a delegate or two", "an anecdote or two"
    if is_number_idiom(doc, start, end):
        return "idiom"  # "think twice", "into six figures", "one paycheck away from"
    if last.i + 1 < len(doc) and doc[last.i + 1].lower_ == "of" and _is_superlative_of(doc, last.i):
        return "idiom"
    return ""


def is_contest_size(doc: Doc, end: int) -> bool:
    """ "a three-way race", "a four-way contest": how many run is a figure (the real gold
    writes it so), not a descriptor ("a two-way street" is)."""
    return (
        end + 2 < len(doc)
        and doc[end + 1].lower_ in CONTEST_SIZE_WORDS
        and doc[end + 2].lemma_.lower() in CONTEST_NOUNS
    )


def _is_body_of_people(doc: Doc, end: int) -> bool:
    """ "a three-judge panel", "a 12-employee business": the size of a body, a count of people
    (``BODY_SIZE_PEOPLE`` before one of ``BODY_NOUNS``)."""
    return (
        end + 2 < len(doc)
        and doc[end + 1].lower_ in BODY_SIZE_PEOPLE
        and doc[end + 2].lemma_.lower() in BODY_NOUNS
    )


def _is_price(doc: Doc, start: int) -> bool:
    """ "a $15-an-hour wage", "a $2,000-a-month stipend": money fused with its rate is an
    amount, never a descriptor."""
    return start > 0 and any(
        t.lower_ in CURRENCY_SYMBOLS and not t.is_alpha for t in doc[start - 1 : start + 1]
    )


def _is_compound_descriptor(doc: Doc, start: int, end: int) -> bool:
    """ "five-story", "34-year-old", "two-state", "24-hour": number-hyphen-word, no spaces."""
    last = doc[end - 1]
    if end + 1 < len(doc) and not last.whitespace_:
        hyphen, word = doc[end], doc[end + 1]
        if hyphen.text in ("-", "–") and not hyphen.whitespace_ and word.is_alpha:
            return not (
                is_spelled_number(word)
                or word.lower_ in SCALE_WORDS
                or word.lower_ in MEASURE_DESCRIPTORS
                or word.lower_ in BODY_SIZE_WORDS  # "the seven-member panel"
                or _is_body_of_people(doc, end)  # "a three-judge panel"
                or _is_price(doc, start)  # "a $15-an-hour wage"
                or point_margin_end(doc, end)  # "a 20-point lead" is a figure
                or count_margin_end(doc, end)  # "a 26-delegate advantage" too
                or is_contest_size(doc, end)
                or record_span_end(doc, end)  # "a 50-year low" is the span of a record
            )
    if end + 2 < len(doc) and re.fullmatch(r"\d/\d", doc[end].text) and doc[end + 1].text == "-":
        return doc[end + 2].is_alpha  # "a 1 1/2-story home"
    first = doc[start]
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        # "mid-2023", "Su - 35" split by the tokenizer
        return doc[start - 2].is_alpha and not doc[start - 1].whitespace_ and first.is_digit
    return False


def point_margin_end(doc: Doc, end: int) -> int:
    """The end of the unit of a margin in points after a number ending at token ``end``, or 0:
    "a 20-point lead", "a three-percentage-point margin", "her 22-point loss", "a 3-point
    polling lead", "a 10 percentage-point lead" (the number spaced off); not "a 10-point
    plan"."""
    words = [t.lower_ for t in doc[end : end + 5]]
    if words[:3] == ["percentage", "-", "point"] and doc[end - 1].whitespace_:
        unit = 0 if doc[end].whitespace_ or doc[end + 1].whitespace_ else 3
    elif words[:1] != ["-"] or doc[end - 1].whitespace_:
        return 0
    else:
        unit = (
            2 if words[1:2] == ["point"] else 4 if words[1:4] == ["percentage", "-", "point"] else 0
        )
    if not unit:
        return 0
    for noun in doc[end + unit : end + unit + 2]:  # the noun may follow one modifier
        if noun.lemma_.lower() in MARGIN_NOUNS:
            return end + unit
        if noun.pos_ not in ("NOUN", "ADJ"):
            return 0
    return 0


def _is_age(doc: Doc, start: int, end: int) -> bool:
    """ "Smith, 45, said", "aged 45": an age used as a descriptor (gold README)."""
    # "two children, ages two and four": a spelled age only where "ages" says so
    spelled = end - start == 1 and is_spelled_number(doc[start])
    if not spelled and (end - start != 1 or not doc[start].is_digit or len(doc[start]) > 3):
        return False
    if not spelled and not 0 < int(doc[start].text) < 120:
        return False
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.lower_ in AGE_WORDS:
        return True
    before = [t.lower_ for t in doc[max(start - 3, 0) : start]]
    if before[-2:] == ["age", "of"] or _in_age_list(doc, start):
        return True  # "under the age of 13", "ages 5 and 7", "ages 11, 10 and 7"
    if _between_the_ages_of(doc, start):
        return True  # "voters between the ages of 18 and 29"
    if spelled:
        return False
    if before[-2:] == ["age", "from"] or _in_age_range(doc, start, end):
        return True  # "ranged in age from 8 to 15", "voters ages 18 to 39", "18-to-34-year-olds"
    if before in (["as", "young", "as"], ["as", "old", "as"]) and not _unit_follows(doc, end):
        return True  # "volunteers as young as 16 and as old as 85"; not "as old as 300 years"
    after = [t.lower_ for t in doc[end : end + 4]]
    if after[:1] in (["and"], ["or"]) and (
        (len(after) > 1 and after[1] in AGE_AFTER) or after[2:4] == ["-", "year"]
    ):
        return True  # "voters 45 and older", "her 13 and 9-year-old sons"
    if after[:3] == ["years", "of", "age"]:
        return True  # "Lee was 39 years of age"
    if _predicative_age(doc, start, end):
        return True
    if start < 2 or end >= len(doc) or prev is None:
        return False
    if not (doc[end].text in AGE_CLOSERS or doc[end].lower_ == "and" or _ends_sentence(doc, end)):
        return False
    subject = doc[start - 2]
    if prev.lower_ in ("is", "was") and (subject.lower_ in AGED_SUBJECTS or _names_people(subject)):
        return True  # "his son, who is 11, ...", "one is 18, the other is 19"
    return _after_person_and_comma(doc, start)


def _unit_follows(doc: Doc, end: int) -> bool:
    """A noun after the number measures something else ("as old as 300 years", "as young as
    six months" is a span): only a bare number is an age."""
    return end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].lower_ != "and"


def _in_age_range(doc: Doc, start: int, end: int) -> bool:
    """ "ages 18 to 39", "from 8 to 15" after "in age", "18-to-34-year-olds": either end of a
    range of ages is an age (realgold8, realgold10, realgold16 golds: not claims)."""
    low = start - 1
    while low >= 0 and start - low <= 3 and doc[low].lower_ in AGE_RANGE_JOINERS:
        low -= 1  # "18 to 39", "18 - to - 39"
    if 0 <= low < start - 1 and doc[low].is_digit and _is_age(doc, low, low + 1):
        return True
    if end >= len(doc) or doc[end - 1].whitespace_:
        return False
    # doc.text[idx : idx + 24] without joining the whole Doc anew per figure (speedA: 18% of
    # find_mentions): every token has text, so 24 tokens hold the first 24 characters
    after = "".join(t.text_with_ws for t in doc[end : end + 24])[:24]
    return _AGE_RANGE_LOW_RE.match(after) is not None


def _predicative_age(doc: Doc, start: int, end: int) -> bool:
    """ "dies at 92", "who was just 14 at the time": an age said of someone, ending its clause
    (not "died at 5 p.m.", "was 14 points ahead")."""
    after = [t.lower_ for t in doc[end : end + 3]]
    closes = not after or doc[end].is_punct or doc[end].is_space or after == ["at", "the", "time"]
    if start < 2 or not closes:
        return False
    k = start - 1
    while k > 0 and doc[k].lower_ in AGE_ADVERBS:
        k -= 1
    if doc[k].lower_ == "at" and doc[k - 1].lemma_.lower() == "die":
        return True  # "dies at 92", "died at 88 in her home"
    return doc[k].lower_ in ("is", "was") and k > 0 and doc[k - 1].lower_ in ("who", "she", "he")


def _after_person_and_comma(doc: Doc, start: int) -> bool:
    """ "Ana Ruiz, 19,", "the victim, 34,", "her sons, 7 and 8,", "two teens, one 16 and the
    other 17,", "Lee, also 16,", "three friends, one of them only 14,": a number set off by
    commas after a person or people."""
    for k in range(start - 1, max(start - 9, 0), -1):
        token = doc[k]
        if token.text == ",":
            if _names_people(doc[k - 1]):
                return True
            continue  # "ages 12, 9 and 4": a comma inside the list
        if not (
            (token.is_digit and len(token) <= 3)
            or token.lower_ in AGE_LIST_WORDS
            or token.lower_ in AGE_ADVERBS  # "three friends, one of them only 14,"
        ):
            return False
    return False


def _names_people(token: Token) -> bool:
    return (
        token.ent_type_ == "PERSON"
        or (token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_upper)
        or (token.is_title and token.is_sent_start)
        # a headline's "after son, 2, accidentally shoots self": the tagger may call it a name
        or (token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in PERSON_NOUNS)
    )


def _between_the_ages_of(doc: Doc, start: int) -> bool:
    """ "between the ages of 18 and 29", "ages of 25 to 34": either end of a range of ages that
    "ages of" opens describes a group (gold README: ages used as descriptors; realgold7 gold:
    "age range describing the group"); the plural of "under the age of 13"."""
    before = [t.lower_ for t in doc[max(start - 4, 0) : start]]
    if before[-2:] == ["ages", "of"]:
        return True
    return (
        len(before) == 4
        and before[:2] == ["ages", "of"]
        and before[3] in AGE_OF_RANGE_JOINERS
        and (doc[start - 2].is_digit or is_spelled_number(doc[start - 2]))
    )


def _in_age_list(doc: Doc, start: int) -> bool:
    """ "ages 11, 10 and 7": a number in a list that "ages" opens."""
    for token in reversed(doc[max(start - 8, 0) : start]):
        if token.lower_ in AGE_WORDS:
            return token.i < start - 1
        if not (token.is_digit or is_spelled_number(token) or token.lower_ in (",", "and", "or")):
            return False
    return False


def _ends_sentence(doc: Doc, end: int) -> bool:
    """A full stop that ends the sentence: before the next sentence, a line break, or the
    quote mark that opens a next sentence the parser joins on (said Ana Ruiz, 24. "This
    is ...")."""
    return doc[end].text == "." and (
        end + 1 >= len(doc)
        or doc[end + 1].is_sent_start
        or doc[end + 1].is_space
        or (doc[end + 1].is_quote and doc[end].whitespace_ != "")
    )


def _is_in_name(doc: Doc, start: int, end: int) -> bool:
    """Numbers inside names: "US 247 News", "Group of 20", "Article 51", "Windows 11"."""
    tokens = doc[start:end]
    if _is_amount(doc, start, end):
        # "fined Harbour Crest Bank HK$400 million", "drew 300k views": money, percentages
        # and scaled figures are amounts even right after or inside a name.
        return False
    if is_gapped_count(doc, start, end):
        return False  # "Republicans have 24 seats up, Democrats 10"
    if is_score_side(doc, start, end):
        return False  # "beat Clemson 45-40", "leads Bernie Sanders 1,428 to 1,153"
    if any(t.ent_type_ in NAME_LABELS for t in tokens):
        return True
    if is_spelled_number_name(doc, start, end):
        return True  # "the group One Wisconsin Now", "a shooting in Three Rivers"
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    if prev is not None and prev.lower_.rstrip(".") in NAME_PRECEDERS:
        return True
    if prev is not None and prev.lower_ in TITLED_NAME_PRECEDERS and prev.is_title:
        return True  # "specifically Rule 40, as written", "Police Zone 1"
    if prev is not None and prev.lower_ in INDEX_NAMES:
        return True  # "the S.&P. 500"
    if prev is not None and prev.text == "." and start >= 2:
        if doc[start - 2].lower_ in NAME_PRECEDERS:  # "No. 12858" split as "No" "."
            return True
    if prev is not None and prev.text == ":" and start >= 2:
        if doc[start - 2].lower_.endswith("code"):
            return True  # "Error code: 17", a video player's "playingEcode: 11"
    if nxt is not None and nxt.lower_ in NAME_FOLLOWERS:
        return True  # "the 218 TV channel", "the 112 emergency line"
    if prev is None or prev.is_sent_start and prev.is_title and prev.pos_ != "PROPN":
        return False
    prev_is_name = (
        prev.pos_ == "PROPN"
        and prev.lower_ not in MONTHS
        and prev.lower_ not in SIGN_WORDS  # "she is at minus 72": a signed figure
        and prev.is_alpha
    )
    # "US 247 News": the tagger calls "News" a noun; title case after a name still marks one,
    # unless it is a group being counted ("Israel says 300 Palestinians").
    next_is_name = (
        nxt is not None
        and nxt.is_title
        and nxt.is_alpha
        and nxt.ent_type_ != "NORP"
        and not nxt.is_sent_start
    )
    if prev_is_name and next_is_name:
        return True
    if prev.lower_ == "of" and start >= 2:
        owner = doc[start - 2]
        if owner.lower_ in NAME_OF_HEADS and owner.is_title:
            return True  # "Group of 20 leaders", "Group of Seven"
        if owner.pos_ == "PROPN" and owner.ent_type_ in NAME_LABELS | {""} and owner.is_title:
            return owner.lower_ not in MONTHS and not _has_counted_noun(doc[end - 1])
    if prev_is_name and not _has_counted_noun(doc[end - 1]) and prev.ent_type_ != "GPE":
        return not (nxt is not None and nxt.lower_ in PERCENT_WORDS)
    return False


def _is_amount(doc: Doc, start: int, end: int) -> bool:
    """A figure with a currency, a scale word or a percent sign: never a label."""
    tokens = doc[start:end]
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    match = NUMERAL_RE.match(tokens[0].text)
    return bool(
        (match and (match.group("cur") or match.group("suffix")))
        or any(t.lower_ in SCALE_WORDS and len(t.lower_) > 1 for t in tokens[1:])
        or (prev is not None and prev.lower_ in CURRENCY_SYMBOLS and not prev.whitespace_)
        or (nxt is not None and nxt.lower_ in PERCENT_WORDS)
    )


def _has_counted_noun(token: Token) -> bool:
    return token.dep_ in ("nummod", "quantmod", "compound") and token.head.i > token.i


def _unit_fraction_places(doc: Doc, start: int, end: int) -> bool:
    """ "drove half a mile to a friend's house", "a half mile east of the park": the distance
    rules read the unit after a number, so half of one unit, whose unit ends the run, is asked
    with the run cut before its unit."""
    unit_at = end - 1
    return is_travel_distance(doc, start, unit_at) or (
        find_local_news_label(doc, start, unit_at) == "distance placing the scene"
    )


def _date_or_time(doc: Doc, start: int, end: int) -> str:
    """Return "date" or "time" when the number places an event in time, else ''."""
    tokens = doc[start:end]
    last = tokens[-1]
    if century_fraction_end(doc, start) == end or unit_fraction_end(doc, start) == end:
        # "a quarter-century ago", "a half-hour after polls closed" place an event; "spent a
        # quarter-century", "within a half hour" measure a span
        next_word = doc[end].lower_ if end < len(doc) else ""
        return "date" if next_word in TIME_PLACING_NEXT or is_time_ahead(doc, end - 1) else ""
    if _next_to_calendar_word(doc, start, end) and any(is_numeral(t) for t in tokens):
        # "Sept. 16", "Dec. 26, 2016"; not "Sunday, three of four voters" (a date is in digits)
        if (
            all(
                is_numeral(t) and numeral_value(t) <= 31 or is_year_number(t.text, first=1500)
                for t in tokens
                if is_numeral(t)
            )
            and "," not in tokens.text
        ):
            return "date"
    if end < len(doc) and (doc[end].lower_ in CLOCK_WORDS or _clock_colon(doc, end)):
        return "time"
    if len(tokens) == 1 and is_year_number(last.text, first=1500):
        prev = doc[start - 1] if start > 0 else None
        if not _has_counted_noun(last) or (
            prev is not None and (prev.dep_ in ("det", "poss") or prev.tag_ == "POS")
        ):
            return "date"  # "in 2021", "a 2021 report", "its 2019 law"
        if _year_before_one_thing(doc, start):
            return "date"  # "on 2012 film", "attacking 2012 Republican nominee Mitt Romney"
    unit_at = end + duration_modifier_len(doc, end)  # "12 straight years": the unit after
    high_end = range_high_end(doc, start, end)
    if high_end > end:  # "six or seven months": the low end takes the upper figure's unit
        high_unit = high_end + duration_modifier_len(doc, high_end)
        if high_unit < len(doc) and doc[high_unit].lemma_.lower() in TIME_UNITS:
            unit_at = high_unit
    nxt = doc[unit_at] if unit_at < len(doc) else None
    if nxt is not None and nxt.lemma_.lower() in TIME_UNITS:
        if is_span_since(doc, unit_at):
            return ""  # "it's been two months since", "in the 72 hours since": a gap, a window
        after = doc[unit_at + 1] if unit_at + 1 < len(doc) else None
        if (
            after is not None
            and after.lower_ in TIME_PLACING_NEXT
            and not (after.lower_ in ("after", "before") and is_lasting_span(doc, start))
        ):
            return "date"  # "two weeks after the vote"; not "suspended for two weeks after"
        if is_time_ahead(doc, unit_at):
            return "date"  # "the caucuses are two months away", "six months from now"
        if is_future_placing(doc, start, unit_at):
            return "date"  # "the contests begin in three weeks", "will vote in two weeks"
        if is_span_of_a_clause(doc, unit_at):
            return ""  # "in the seven years I've been covering him": how long it went on
        if _is_scoping_period(doc, start):
            return "period"
    dated = next((t for t in tokens if t.ent_type_ in NON_CLAIM_ENT_LABELS), None)
    # "versus 900 the year before": a new phrase after the number; the date is not its own
    after_phrase = nxt is not None and nxt.lower_ in ("the", "this", "that", "last")
    if (
        dated is not None
        and not (nxt is not None and nxt.lemma_ in TIME_UNITS)
        and not after_phrase
        and not _counts_things(last)
    ):
        # spaCy labels "Between 10 and 20" DATE; trust it only with a time word in the entity.
        ent = doc[slice(*entity_bounds(doc, dated.i))]
        if any(t.lemma_.lower() in TIME_UNITS or t.lower_ in CLOCK_WORDS for t in ent):
            return "date" if dated.ent_type_ == "DATE" else "time"
    return ""


def _counts_things(token: Token) -> bool:
    """ "In December 2012, 20 children were killed", "in the next few weeks 28 pages": a number
    counting a plural noun of its own is a count, though spaCy's DATE entity runs over it."""
    noun = token.head
    return (
        token.dep_ == "nummod"
        and noun.i > token.i
        and noun.tag_ == "NNS"
        and noun.lemma_.lower() not in TIME_UNITS
    )


def _year_before_one_thing(doc: Doc, start: int) -> bool:
    """ "an assistant director on 2012 film", "much like 2004 Democratic nominee John Kerry": a
    year-shaped number before a singular noun names its year; a count of 2012 would count
    things in the plural (not "$2000 fine", "2000 percent")."""
    token = doc[start]
    noun = token.head
    return (
        _has_counted_noun(token)
        and noun.tag_ in ("NN", "NNP")
        and noun.lower_ not in PERCENT_WORDS
        and not (start > 0 and doc[start - 1].lower_ in CURRENCY_SYMBOLS)
    )


def _next_to_calendar_word(doc: Doc, start: int, end: int) -> bool:
    """A month or weekday within the same phrase: "Sept. 19-20", "Dec. 26, 2016", "on
    Monday 12"; not "countered Sunday by suggesting four other nights" (issue 11: the date
    filter stays inside its clause)."""

    def calendar(token: Token) -> bool:
        return token.lower_.rstrip(".") in MONTHS or token.lower_ in WEEKDAYS

    def glue(token: Token) -> bool:
        return token.is_punct or is_numeral(token) or token.lower_ in ("of", "the")

    comma = False
    for token in reversed(doc[max(start - 3, 0) : start]):
        if calendar(token) and not (comma and token.lower_ in WEEKDAYS):
            return True  # "Dec. 26, 2016"; not "On Sunday, 12 people were hurt"
        if not glue(token) or (comma and is_year_number(token.text, first=1500)):
            break  # "In December 2012, 20 children were killed": the date ends at its year
        comma = comma or token.text == ","
    before = doc[max(start - 3, 0) : start]
    if (
        len(before) == 3
        and before[2].lower_ in ("to", "through", "until")
        and is_numeral(before[1])
    ):
        if calendar(before[0]):
            return True  # "conducted Nov. 6 to 10"
    for token in doc[end : min(end + 2, len(doc))]:
        if calendar(token):
            return True
        if not glue(token):
            break
    return False


def entity_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The token range of the named entity that token ``i`` is in (walks the IOB tags, not
    ``doc.ents``, which would visit every entity of the document)."""
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def _clock_colon(doc: Doc, i: int) -> bool:
    """ "10:30" split by the tokenizer; not "Toll hits 2,000: officials" (a colon is not a
    clock time)."""
    return (
        doc[i].text == ":"
        and not doc[i].whitespace_
        and not doc[i - 1].whitespace_
        and i + 1 < len(doc)
        and doc[i + 1].is_digit
        and len(doc[i + 1]) == 2
    )


def _counts_the_sources(token: Token) -> bool:
    """ "two people familiar with the matter said", "according to three officials": how many
    unnamed people a report rests on is not a claim of the article."""
    noun = token.head
    if token.dep_ not in ("nummod", "quantmod"):
        return False
    if any(
        child.lower_ in SOURCE_DESCRIPTORS and child.lower_ not in PARTICIPANT_DESCRIPTORS
        for child in noun.rights
    ):
        return True  # "one Democrat familiar with the discussion", not "three men involved in"
    if (
        token.lower_ == "one"
        and noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in REPORTING_VERBS
    ):
        return True  # "One tweet said", "one neighbor said"
    if noun.lemma_.lower() not in ANONYMOUS_HEADS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according":
        return True
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.lemma_.lower() in REPORTING_VERBS
        and verb.pos_ == "VERB"
        and not is_act_not_report(verb)
    )


def duration_modifier_len(doc: Doc, end: int) -> int:
    """1 when "straight", "consecutive" ... stands between a number and its time unit ("14
    straight years", "six consecutive months"), else 0."""
    return int(
        end + 1 < len(doc)
        and doc[end].lower_ in DURATION_MODIFIERS
        and doc[end + 1].lemma_.lower() in TIME_UNITS
    )


def _is_scoping_period(doc: Doc, start: int) -> bool:
    """ "in the three months to February", "over the previous two months", "the past 24
    hours": a definite period that scopes another figure, placing it in time."""
    for token in reversed(doc[max(start - 3, 0) : start]):
        if token.lower_ in ("the", "these", "those"):
            return not _span_of_a_count(doc, token.i)
        if token.lower_ not in PERIOD_MODIFIERS:
            return False
    return False


def _places_in_a_series(doc: Doc, start: int, end: int) -> bool:
    """ "the past two elections", "the previous two Super Bowls": things named by their place
    in a series, not counted (a small number in words) (a span of time, "the past two
    years", is a period: ``_is_scoping_period``)."""
    if end - start != 1 or not is_spelled_number(doc[start]):
        return False  # "the first 75 refugees" counts them
    if start < 2 or doc[start - 1].lower_ not in SERIES_PLACE_MODIFIERS:
        return False
    if doc[start - 2].lower_ not in SERIES_DETERMINERS:
        return False
    if start > 2 and doc[start - 3].lower_ == "of":
        return False  # "won seven of the past eight contests": a share of the series, a claim
    for token in doc[end : end + 3]:
        if token.pos_ == "NOUN" or token.tag_ == "NNPS":  # "the previous two Super Bowls"
            return token.lemma_.lower() not in TIME_UNITS
        if token.pos_ not in ("ADJ", "PROPN"):
            return False
    return False


def _span_of_a_count(doc: Doc, the: int) -> bool:
    """ "petitioned four times in the past 12 years", "over the last eight years": the
    stretch of time a count or change covers is a claim (realgold5 README), not "the previous
    two months" that only dates another figure."""
    if the == 0 or the + 1 >= len(doc) or doc[the + 1].lower_ not in SPAN_OF_COUNT_MODIFIERS:
        return False
    return doc[the - 1].lower_ in SPAN_OF_COUNT_PREPOSITIONS


def _is_one_idiom(token: Token) -> bool:
    """ "one of the largest", "no one", "one another": "one" that counts nothing."""
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ONE_IDIOM_NEXT:
        return True
    if prev is not None and prev.lower_ in ONE_IDIOM_PREV:
        return True
    return token.dep_ not in ("nummod", "quantmod") and not _one_casualty(token)


def _one_casualty(token: Token) -> bool:
    """ "One died and one is in fair condition", "Mass Shooting, One Dead", "one of those
    killed": "one" as a pronoun for a person the casualty happened to counts that person (not
    "one could die", "one said")."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ONE_CASUALTY_NEXT and token.dep_ != "nsubj":
        return True  # a headline's "One Dead", "leaving one dead"
    if _one_part_of_a_count(token) or is_one_of_a_partition(token):
        return True
    if nxt is not None and nxt.lower_ == "of" and token.i + 3 < len(doc):
        those, word = doc[token.i + 2], doc[token.i + 3]
        return those.lower_ == "those" and word.lemma_.lower() in CASUALTY_VERBS
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or any(
        c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in verb.children
    ):
        return False
    lemma = verb.lemma_.lower()
    if lemma in CASUALTY_VERBS or lemma == "shoot" and verb.tag_ == "VBN":
        return True  # "one died", "one was wounded"
    return any(
        c.dep_ in ("acomp", "oprd")
        and c.lower_ == "dead"
        or c.dep_ == "prep"
        and c.lower_ == "in"
        and any(o.lower_ == "condition" and o.children for o in c.children)
        for c in verb.children
    )  # "one is dead", "one was in fair condition"


def _one_part_of_a_count(token: Token) -> bool:
    """ "Two men shot, one fatally", "two women on the porch - one dead, the other hurt", "taken
    to the hospital, one in critical and two in stable condition": "one" after a break that
    parts the people counted before by what happened to each."""
    doc = token.doc
    if token.i == 0 or token.i + 2 >= len(doc) or doc[token.i - 1].text not in ONE_PART_BREAKS:
        return False
    nxt = doc[token.i + 1].lower_
    if nxt == "in":
        return doc[token.i + 2].lower_ in ONE_PART_CONDITIONS
    return nxt in ONE_PART_NEXT


def _one_of_the_dead(token: Token) -> bool:
    """ "one of the victims, a man in his 60s, was found dead": one of the people counted,
    and the casualty that happened to that one (not "one of the women was found outside")."""
    doc = token.doc
    words = doc[token.i + 1 : min(token.i + 4, token.sent.end)]
    if not words or words[0].lower_ != "of":
        return False
    # who can be a casualty ("one of those patients died"), not only PERSON_NOUNS' victims
    people = [t for t in words[1:] if t.tag_ == "NNS" and t.lemma_.lower() in CASUALTY_PERSON_NOUNS]
    if not people:
        return False
    # the first verb after the people, the parse may leave without its subject
    verb = next((t for t in doc[people[0].i + 1 : token.sent.end] if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    found_dead = lemma in ("find", "pronounce") and any(c.lower_ == "dead" for c in verb.children)
    return lemma in CASUALTY_VERBS or lemma == "shoot" or found_dead


def _one_person_acting(token: Token) -> bool:
    """ "One woman knelt at the candles", "wondered one neighbor": a person, not a count."""
    noun = token.head
    verb = noun.head
    return (
        token.dep_ == "nummod"
        and noun.lower_ in PERSON_NOUNS
        and (noun.dep_ == "nsubj" or noun.dep_ == "dobj" and _after_a_quote(verb))
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in ONE_PERSON_EVENT_LEMMAS
    )


def _after_a_quote(verb: Token) -> bool:
    """' "...," wondered one neighbor': an inverted reporting verb right after a quote."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before is not None and before.is_quote


def _all_of_them(token: Token) -> bool:
    """ "All three lived on the block", "possibly all four" (a bare "all N" the parse hangs
    on a verb): the people or things counted before, named again."""
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    return (
        prev is not None
        and prev.lower_ == "all"
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "npadvmod")
        and all(c.dep_ != "prep" or _of_those(c) for c in token.children)
        and not _states_a_casualty(token)
    )


def _the_few_as_a_pronoun(token: Token) -> bool:
    """ "the two had a history", "the five were at the club", "between the two.", "about the
    latter two.": a small spelled number after a definite determiner with no noun of its own
    names again people or things named before (realgold5, realgold12, realgold14, realgold16
    golds: not claims, none a claim), unless it says what happened to them ("the two were
    shot")."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or token.lower_ not in BARE_RE_MENTION_NUMBERS:
        return False
    nxt = doc[token.i + 1]
    before = token.i - 1
    if before > 0 and doc[before].lower_ in _PLACE_PICKERS:
        before -= 1  # "about the latter two.": the ones just named, by their place
    return (
        doc[before].lower_ in BARE_RE_MENTION_DETERMINERS
        and token.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "conj")
        and nxt.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "PUNCT", "ADV")
        and nxt.lower_ not in ("-", "of")
        and all(
            c.dep_ in ("det", "predet", "punct", "cc", "conj", "prep") or c.lower_ in _PLACE_PICKERS
            for c in token.children
        )
        and not _states_a_casualty(token)
    )


def _one_opening_an_instance(token: Token) -> bool:
    """ "In one bizarre instance, he ...", "In one email exchange, ...": a sentence opening
    "In one" + a noun picks out an example (realgold12, realgold14, realgold16 golds: not
    claims); "In one day, we raised $18,000" measures time, and is a figure."""
    doc = token.doc
    if token.i < 1 or doc[token.i - 1].text != "In" or token.dep_ not in ("nummod", "det"):
        return False
    opener = doc[token.i - 1]
    counted = token.head
    return (
        (opener.i == opener.sent.start or doc[opener.i - 1].text in ('"', "“", "'"))
        and counted.pos_ == "NOUN"
        and counted.i > token.i
        and counted.lemma_.lower() not in TIME_UNITS
    )


def _one_as_an_example(token: Token) -> bool:
    """ "One such politician was ...", "one or more journalists", "if even one load gets
    through", "just one example", "only one factor among many": "one" that picks out an
    example or a bare minimum, not a count."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ONE_EXAMPLE_NEXT:
        return True
    if nxt is not None and nxt.lower_ == "or" and token.i + 2 < len(doc):
        return doc[token.i + 2].lower_ == "more"
    return token.i > 0 and doc[token.i - 1].lower_ in ONE_EXAMPLE_PREV


def _one_opening_a_remark(token: Token) -> bool:
    """ "One tunnel was dug under ...", "One Sanders-endorsed candidate to watch is ...", "One
    woman knelt and sobbed": a sentence's opening "One" + its subject picks one thing out to
    talk about (realgold5, realgold10, realgold12 golds: not claims; none of 28 in PolNeAR's even
    half a figure), unless its clause says what happened to people ("One man was killed", "One
    suspect is in custody", "One victim is critical", "One bullet struck his daughter")."""
    doc = token.doc
    if token.i != token.sent.start and doc[token.i - 1].text not in ('"', "“", "'"):
        return False
    counted = token.head
    if token.dep_ != "nummod" or counted.tag_ not in ("NN", "NNP") or counted.i < token.i:
        return False
    if counted.dep_ not in ("nsubj", "nsubjpass") or counted.lemma_.lower() in ONE_KEPT_NOUNS:
        return False
    if any(
        c.dep_ in ("conj", "appos") or c.dep_ == "prep" and any(o.like_num for o in c.children)
        for c in counted.children
    ):
        return False  # "One adult male, two adult females and ...", "One crate in five"
    verb = counted.head
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("conj", "xcomp"))]
    return not any(
        v.lemma_.lower() in ONE_KEPT_VERBS
        or v.lemma_.lower() in RE_MENTION_CASUALTY_VERBS
        or any(c.lower_ in ONE_KEPT_STATES for c in v.children)
        or any(
            o.lower_ in ONE_KEPT_STATES for c in v.children if c.dep_ == "prep" for o in c.children
        )
        for v in verbs
    )


def _states_a_casualty(token: Token) -> bool:
    """ "All four were expected to survive", "all three were found": the subject of a verb of
    casualty, finding or care (or of its complement) counts the casualties again."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    return verb.lemma_.lower() in RE_MENTION_CASUALTY_VERBS or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in RE_MENTION_CASUALTY_VERBS for c in verb.children
    )


def _of_those(prep: Token) -> bool:
    """ "all five of these states", "all three of them": the ones named before."""
    return prep.lower_ == "of" and any(
        o.lower_ in ("them", "these", "those")
        or any(d.lower_ in ("these", "those") for d in o.children)
        for o in prep.children
    )


def _is_superlative_of(doc: Doc, i: int) -> bool:
    """ "one of the largest": a small spelled number followed by "of the" + superlative."""
    token = doc[i]
    if token.lower_ not in NUMBER_WORDS or i + 2 >= len(doc):
        return False
    return doc[i + 2].tag_ in ("JJS", "RBS") or (
        i + 3 < len(doc) and doc[i + 3].tag_ in ("JJS", "RBS")
    )
