"""Subjects that depend on the claims around a figure: the figure before it, the pair it ends,
the share it owns, or a word of its clause when no rule named one. Pure.

``extract_claims`` (claims.py) runs these passes in its order: ``figure_subject`` as each
figure becomes a claim, ``give_figure_owners`` on the stated figures, ``fill_unnamed_subjects``
once the implied counts have joined them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.subjects.bare_figures import fill_empty_subjects
from factcheck.extract.subjects.compared_figures import compared_side, compared_subject
from factcheck.extract.subjects.count_changes import name_count_changes
from factcheck.extract.subjects.delegate_counts import delegate_count
from factcheck.extract.subjects.denominators import denominator_subject
from factcheck.extract.subjects.earlier_subjects import earlier_subject
from factcheck.extract.subjects.ellipses import is_elliptical
from factcheck.extract.subjects.gapped_owners import give_gapped_owners
from factcheck.extract.subjects.one_casualties import one_casualty_subject
from factcheck.extract.subjects.pair_sides import give_pair_sides
from factcheck.extract.subjects.parallel_answers import give_parallel_answers
from factcheck.extract.subjects.part_predicates import with_part_predicate
from factcheck.extract.subjects.possessed_pairs import give_possessed_pairs
from factcheck.extract.subjects.put_pronouns import put_pronoun_subject
from factcheck.extract.subjects.rating_shares import name_rated_shares
from factcheck.extract.subjects.re_mentions import re_mentioned_subject
from factcheck.extract.subjects.said_topics import name_said_topics
from factcheck.extract.subjects.share_owners import give_share_owners
from factcheck.extract.subjects.share_word_subjects import names_only_a_share
from factcheck.extract.subjects.standing_figures import standing_subject
from factcheck.extract.subjects.subjects import is_compared
from factcheck.extract.subjects.unit_holders import name_unit_holders
from factcheck.extract.subjects.unnamed_fallbacks import give_nouns_after, give_unnamed_subjects
from factcheck.model import Approx, Claim


def figure_subject(
    doc: Doc,
    mention: Mention,
    claims: list[Claim],
    *,
    found: str,
    value: float,
    high: float | None,
    unit: str,
) -> str:
    """The subject of a stated figure, given the claims before it in the text.

    Args:
        doc: the parsed article.
        mention: the figure's mention.
        claims: the claims made so far, in text order.
        found: the subject ``find_subject`` read from the figure's own words ("" if none).
        value: the figure's value.
        high: the top of its range, if it is one.
        unit: its unit.
    """
    span = mention.span(doc)
    figure_span = doc[mention.figure[0] : mention.figure[1]]
    # "the deficit will be 4.9% of GDP": the deficit, not the economy
    found = denominator_subject(figure_span, found)
    subject = found or parallel_subject(claims, span, unit)
    if is_compared(doc, mention):
        subject = parallel_subject(claims, span, unit) or subject  # "versus 900"
    side = compared_side(figure_span)
    if side is not None:
        # "compared to 35 percent in a similar poll": what the figure before counts
        subject = compared_subject(side, parallel_subject(claims, span, unit), subject)
    if names_only_a_share(subject):
        # "more than half of her support (57 percent)": not "half", what the share counts
        subject = earlier_subject(claims, span, sentences_back=1) or subject
    # "The USGS measured it at 5.7": what the figure before measured, not who measured it
    subject = put_pronoun_subject(figure_span, claims, unit) or subject
    if claims and is_elliptical(doc, mention) and not one_casualty_subject(figure_span):
        # "210 of them", "the other six"; not "one of them later died": a death
        subject = earlier_subject(claims, span, sentences_back=2) or subject
    # "Kasich has 129" after "Ted Cruz has 370 delegates", "the big number: 1,237" after
    # "delegate math": the delegates, not "have" or "think"
    subject = delegate_count(figure_span, subject)
    # "that 6.4 percent pace", "by going for $12" after "a $12 wage": the figure again
    subject = re_mentioned_subject(
        claims, span, figure_span, value, unit, subject, said_as=(high, mention.approx)
    )
    # "getting to 1,237", "addressing the 12 million already here": a figure the reader
    # knows, said with no noun (delegates, undocumented immigrants)
    return standing_subject(figure_span, value, unit, subject)


def parallel_subject(claims: list[Claim], span: Span, unit: str) -> str:
    """ "leads 46 percent to 44 percent", "up from 170", "versus 900 the year before": a figure
    with no noun of its own counts what the figure before it in its sentence counts."""
    if not claims or claims[-1].end < span.sent.start_char:
        return ""
    return claims[-1].subject if claims[-1].unit == unit else ""


def converted_subject(claims: list[Claim], span: Span, approx: Approx) -> tuple[str, Approx]:
    """ "more than 400,000 hectares (988,000 acres)": the conversion measures what it
    converts, as roughly or as bounded as that figure is.

    Args:
        claims: the claims made so far; the last one is the converted figure.
        span: the conversion's span, alone in brackets (``claims._is_conversion``).
        approx: the conversion's own approx.
    """
    if approx is Approx.EXACT and claims[-1].approx is not Approx.RANGE:
        approx = claims[-1].approx
    return claims[-1].subject, approx


def give_figure_owners(doc: Doc, figure_spans: Sequence[Span], claims: list[Claim]) -> list[Claim]:
    """Whose count each stated figure of a pair or list is, in order of the passes.

    Args:
        doc: the parsed article.
        figure_spans: the stated figures' spans, one per claim.
        claims: the stated figures' claims, in text order.
    """
    # "handle Lee 62-52": the second figure of a pair counts for the side the first does not
    claims = give_pair_sides(doc, figure_spans, claims)
    # "81 delegates to Rubio's 17": the second figure is Rubio's count of delegates
    claims = give_possessed_pairs(doc, figure_spans, claims)
    # "Clinton's 76 percent", "Bush was second with 18%": whose poll share it is
    claims = give_share_owners(doc, figure_spans, claims)
    # "Clinton earned 42 percent, Trump 34 percent": a later item of a gapped list is its own name's
    claims = give_gapped_owners(doc, figure_spans, claims)
    # "38,200 people landed ..., down almost 40%": how that count moved
    claims = name_count_changes(figure_spans, claims)
    # "nine of whom had died", "a third of them in Turkey": what sets the part apart, once every
    # figure after it has copied the whole's subject ("the other three" are not those who died)
    return [
        claim
        if one_casualty_subject(figure)  # "One of them later died": the harm, named already
        else replace(claim, subject=with_part_predicate(figure, claim.subject))
        for figure, claim in zip(figure_spans, claims, strict=True)
    ]


def fill_unnamed_subjects(claims: list[Claim], by_start: Mapping[int, Span]) -> list[Claim]:
    """A figure no rule named takes a word from its clause ("lost his investors 19.3 percent").

    Args:
        claims: every claim of the article, stated and implied, in text order.
        by_start: each stated figure's span, by its claim's start.
    """
    # "Caption 28 guns stolen": the plural noun right after a bare count, before its clause's word
    claims = give_nouns_after(claims, by_start)
    claims = fill_empty_subjects(claims, by_start)
    # "Cruz rose to 29 points", "lawsuits in 30 years": what a subject of its unit alone measures
    claims = name_unit_holders(claims, by_start)
    # "Only 9% for everything else": a figure still unnamed takes the next noun the text gives
    claims = give_unnamed_subjects(claims, by_start)
    # "49%, say the sharing economy reflects ...": not "say" alone, what is said
    claims = name_said_topics(claims, by_start)
    # "40 percent positive to 51 percent negative ... 30 percent to 60 percent": the answers again
    claims = give_parallel_answers(claims)
    # "a negative 42%-49% approval rating", "hovering near 60%" after one: the rating
    return name_rated_shares(claims, by_start)
