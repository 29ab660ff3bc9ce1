"""Compose the extraction steps: a parsed article in, its claims and not-claims out. Pure."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from factcheck.extract.caveats.caveats import CaveatTarget, find_caveats
from factcheck.extract.caveats.range_hedges import range_high_token
from factcheck.extract.doctext import doc_text, keep_text, span_text
from factcheck.extract.headline_case import original_case
from factcheck.extract.headlines import (
    find_headline_copy,
    find_headline_end,
    find_headline_source,
    share_headline_caveats,
)
from factcheck.extract.implied.headline_copies import mirror_headline_counts
from factcheck.extract.implied.implied import find_implied_counts
from factcheck.extract.implied.implied_claims import implied_claim, implied_target
from factcheck.extract.links import link_claims
from factcheck.extract.mentions.mentions import Mention, find_mentions
from factcheck.extract.mentions.quantities import FigureParseError, parse_figure
from factcheck.extract.mentions.signed_figures import is_negative
from factcheck.extract.not_claims.digit_words import unread_digit_words
from factcheck.extract.pipeline import PIECE_CHARS, parse_text
from factcheck.extract.post_headings import heading_lines, share_heading_caveats
from factcheck.extract.sentence_index import index_sentences
from factcheck.extract.sources.attribution import find_source
from factcheck.extract.subjects.claim_subjects import (
    converted_subject,
    figure_subject,
    fill_unnamed_subjects,
    give_figure_owners,
)
from factcheck.extract.subjects.comma_conversions import is_comma_conversion
from factcheck.extract.subjects.compared_times import give_compared_times
from factcheck.extract.subjects.subjects import find_subject
from factcheck.flags import classify_key, find_flag_reasons
from factcheck.model import (
    Article,
    CaveatMention,
    Claim,
    NotClaim,
    Source,
    SourceKind,
    Status,
)


@dataclass(frozen=True)
class Extraction:
    """Everything extraction found in one article."""

    doc: str
    claims: list[Claim]
    not_claims: list[NotClaim]
    parse_failures: list[NotClaim] = field(default_factory=list)


def extract_article(nlp: Language, article: Article) -> Extraction:
    """Parse an article and return its claims.

    Args:
        nlp: a pipeline from ``factcheck.extract.pipeline.build_nlp``.
        article: the article, text exactly as read.
    """
    return extract_claims(parse_text(nlp, article.text), doc_name=article.doc, text=article.text)


# Texts parsed by one nlp.pipe call. The parser's working memory grows with the batch's
# tokens: 16 of the longest real articles took a worker from 164 MB to 1,016 MB, 4 at a time
# to 501 MB, for the same claims. On 400 corpus articles batch 16 saved 3% of CPU for 190 MB
# more per worker (docs/extraction.md, session 61): memory is the scarcer budget.
PIPE_BATCH = 4


def extract_articles(
    nlp: Language,
    articles: Sequence[Article],
    *,
    batch_size: int = PIPE_BATCH,
    tokenized: Sequence[Doc | str] | None = None,
) -> Iterator[Extraction | Exception]:
    """Parse articles in batches with ``nlp.pipe`` and yield each one's extraction, in order.

    An article the extractor fails on yields its exception instead, so one bad text costs
    only itself: a batch that raises is parsed again one article at a time.

    Args:
        nlp: a pipeline from ``factcheck.extract.pipeline.build_nlp``.
        articles: the articles, texts exactly as read.
        batch_size: texts handed to ``nlp.pipe`` at once.
        tokenized: per article, its Doc fresh from the tokenizer or its text
            (``pipeline.tokenize_before_zone``); None to tokenize here.
    """
    for start in range(0, len(articles), batch_size):
        batch = articles[start : start + batch_size]
        # Texts over PIECE_CHARS are parsed in pieces (parse_text) to bound spaCy's memory.
        if any(len(a.text) > PIECE_CHARS for a in batch):
            yield from (_extract_one(nlp, a) for a in batch)
            continue
        try:
            inputs = (
                tokenized[start : start + batch_size]
                if tokenized is not None
                else [a.text for a in batch]
            )
            docs = list(nlp.pipe(inputs, batch_size=batch_size))
        except Exception:
            yield from (_extract_one(nlp, a) for a in batch)
            continue
        for article, doc in zip(batch, docs, strict=True):
            try:
                yield extract_claims(doc, doc_name=article.doc, text=article.text)
            except Exception as e:  # an extractor bug on odd text: the caller records it
                yield e


def _extract_one(nlp: Language, article: Article) -> Extraction | Exception:
    try:
        return extract_article(nlp, article)
    except Exception as e:  # an extractor bug on odd text: the caller records it
        return e


def extract_claims(doc: Doc, *, doc_name: str, text: str | None = None) -> Extraction:
    """Return the numeric claims of a parsed article, with their not-claims.

    Args:
        doc: the parsed article text.
        doc_name: the article's name, written into each claim's ``doc`` field.
        text: the text ``doc`` was parsed from, when the caller has it (else it is joined
            from the tokens, once).
    """
    if text is not None:
        keep_text(doc, text)
    index_sentences(doc)  # every rule's token.sent from one index (speed17)
    mentions = _mentions_of(doc)
    not_claims = [_not_claim(doc, m, doc_name) for m in mentions if not m.is_claim]
    parsed, failures = [], []
    for mention in (m for m in mentions if m.is_claim):
        try:
            parsed.append((mention, *_values(doc, mention)))
        except FigureParseError as e:
            failures.append(_not_claim(doc, mention, doc_name, why=f"unparsed: {e}"))
    headline_end = find_headline_end(doc_text(doc))
    headline_source = find_headline_source(doc, headline_end)
    copy = find_headline_copy(doc_text(doc), headline_end) or (0, 0)
    figures = [
        CaveatTarget(
            number=m.number_token(doc),
            source=_source(
                doc,
                m,
                headline_source
                if m.span(doc).end_char <= headline_end
                or copy[0] <= m.span(doc).start_char < copy[1]
                else None,
            ),
            subject=find_subject(doc, m),
            value=value,
            unit=unit,
            high=range_high_token(doc, m),
        )
        for m, value, _, unit in parsed
    ]
    # Issue 9: counts implied without a digit ("a man was shot and killed" = 1 killed); their
    # caveats come from the same pass, so "officials say a man was killed" is anonymous too
    figure_chars = [_char_span(doc, m) for m, *_ in parsed]
    counts = [
        count
        for count in find_implied_counts(doc, skip=figure_chars)
        # a count whose words hold a figure is no claim of its own: claims never overlap (the
        # fuzz test found a telegraphic line, "killed Resolution 2334 twice F-16 Gaza", read
        # as one person killed around the figure "twice")
        if not any(s < count.end and count.start < e for s, e in figure_chars)
    ]
    headline_text = doc_text(doc)[:headline_end]
    headline_start = len(headline_text) - len(headline_text.lstrip())
    counts, copied_from = mirror_headline_counts(
        doc,
        counts,
        (headline_start, headline_start + len(headline_text.strip())),
        copy,
        taken=figure_chars,
    )
    implied = [implied_target(doc, count) for count in counts]
    if headline_source is not None:
        # "Man shot dead outside bar: police": the trailing label gives the headline's implied
        # counts their source too, as it does its figures (gold README, "Headlines")
        implied = [
            replace(target, source=headline_source)
            if target.source.kind is SourceKind.NONE
            and (count.end <= headline_end or copy[0] <= count.start < copy[1])
            else target
            for count, target in zip(counts, implied, strict=True)
        ]
    figure_caveats, implied_caveats = _caveats_in_text_order(doc, figures, implied)
    implied_caveats = [implied_caveats[copied_from.get(i, i)] for i in range(len(implied))]
    all_caveats = share_headline_caveats(
        [m.span(doc).start_char < headline_end for m, *_ in parsed],
        [(value, high, unit) for _, value, high, unit in parsed],
        figure_caveats,
        unattributed=[f.source.kind is SourceKind.NONE for f in figures],
    )
    # a live page's post headings are headlines of their posts (post_headings.py)
    all_caveats = share_heading_caveats(
        heading_lines(doc_text(doc), headline_end),
        [m.span(doc).start_char for m, *_ in parsed],
        [(value, high, unit) for _, value, high, unit in parsed],
        all_caveats,
    )
    claims: list[Claim] = []
    for (mention, value, high, unit), figure, caveats in zip(
        parsed, figures, all_caveats, strict=True
    ):
        span = mention.span(doc)
        conversion = _is_conversion(span)
        subject = figure_subject(
            doc, mention, claims, found=figure.subject, value=value, high=high, unit=unit
        )
        approx = mention.approx
        if conversion and claims and claims[-1].end < span.start_char:
            subject, approx = converted_subject(claims, span, approx)
        elif claims and is_comma_conversion(span, unit, claims[-1].end, claims[-1].unit):
            subject = claims[-1].subject  # "185 pesos a day, or $10.60": what the pesos are
        claims.append(
            Claim(
                doc=doc_name,
                start=span.start_char,
                end=span.end_char,
                text=span_text(span),  # as written (headline_case, plain_spaces)
                value=value,
                high=high,
                approx=approx,
                unit=unit,
                subject=subject,
                source=figure.source,
                caveats=caveats,
                key=classify_key(
                    subject=subject,
                    unit=unit,
                    caveats=caveats,
                    in_headline=span.start_char < headline_end,
                    conversion=conversion,
                ),
                status=Status.UNVERIFIED,
                flagged=True,
                flag_reasons=find_flag_reasons(
                    status=Status.UNVERIFIED, source=figure.source, caveats=caveats
                ),
                sentence=" ".join(span_text(span.sent).split()),
            )
        )
    figure_spans = [doc[m.figure[0] : m.figure[1]] for m, *_ in parsed]
    claims = give_figure_owners(doc, figure_spans, claims)
    claims += [
        implied_claim(count, target, caveats, doc_name=doc_name)
        for count, target, caveats in zip(counts, implied, implied_caveats, strict=True)
    ]
    claims.sort(key=lambda c: c.start)
    headline = doc_text(doc)[:headline_end]
    claims = [_in_headline_case(c, headline) if c.start < headline_end else c for c in claims]
    claims = link_claims(claims, headline_end=headline_end)
    starts = [m.span(doc).start_char for m, *_ in parsed]
    claims = fill_unnamed_subjects(claims, dict(zip(starts, figure_spans, strict=True)))
    # "up from 1.6 million in September": what the figure before counts, then; once every
    # figure has copied the subjects it copies
    claims = give_compared_times(
        doc, dict(zip(starts, [m for m, *_ in parsed], strict=True)), claims
    )
    # "105th", "1990s", "7:30", "HB2": words with digits no mention read, each with its reason
    covered = [(c.start, c.end) for c in claims] + [(n.start, n.end) for n in not_claims + failures]
    article = doc_text(doc)
    unread = [
        NotClaim(doc=doc_name, start=start, end=end, text=article[start:end], why=why)
        for start, end, why in unread_digit_words(doc, covered)
    ]
    if unread:
        not_claims = sorted([*not_claims, *unread], key=lambda n: n.start)
    return Extraction(doc=doc_name, claims=claims, not_claims=not_claims, parse_failures=failures)


def _in_headline_case(claim: Claim, headline: str) -> Claim:
    """A headline claim's texts as the article writes them: the parser read a title-case
    headline in sentence case (``headline_case``)."""
    return replace(
        claim,
        text=headline[claim.start : claim.end],
        source=replace(claim.source, text=original_case(headline, claim.source.text)),
        caveats=tuple(replace(c, text=original_case(headline, c.text)) for c in claim.caveats),
    )


def _char_span(doc: Doc, mention: Mention) -> tuple[int, int]:
    span = mention.span(doc)
    return span.start_char, span.end_char


def _caveats_in_text_order(
    doc: Doc, figures: list[CaveatTarget], implied: list[CaveatTarget]
) -> tuple[list[tuple[CaveatMention, ...]], list[tuple[CaveatMention, ...]]]:
    """Caveats of the figures and of the implied counts, found together in text order."""
    targets = figures + implied
    order = sorted(range(len(targets)), key=lambda i: targets[i].number.i)
    found = find_caveats(doc, [targets[i] for i in order])
    by_index = dict(zip(order, found, strict=True))
    every = [by_index[i] for i in range(len(targets))]
    return every[: len(figures)], every[len(figures) :]


def _source(doc: Doc, mention: Mention, headline_source: Source | None) -> Source:
    """The figure's source; a headline figure with none takes the headline's ": officials"."""
    source = find_source(doc, mention.number_token(doc))
    if headline_source is not None and source.kind is SourceKind.NONE:
        return headline_source
    return source


def _is_conversion(span: Span) -> bool:
    """ "HK$400 million (US$51 million)": a figure alone in brackets right after another."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc):
        return False
    before, after = doc[span.start - 1], doc[span.end]
    previous = doc[max(span.start - 4, 0) : span.start - 1]
    # "250bn naira ($163m)": a figure glued to its scale is no like_num token (tests/wiref)
    return (
        before.text == "("
        and after.text == ")"
        and any(t.like_num or t.text[:1].isdigit() for t in previous)
    )


def _mentions_of(doc: Doc) -> list[Mention]:
    """Mentions from the pipeline component when it ran, else found here."""
    if "numbers" in doc.spans:
        spans = [*doc.spans["numbers"], *doc.spans["not_claims"]]
        return sorted((s._.mention for s in spans), key=lambda m: m.start)
    return list(find_mentions(doc))


def _values(doc: Doc, mention: Mention) -> tuple[float, float | None, str]:
    low = parse_figure(doc[mention.figure[0] : mention.figure[1]].text)
    if mention.high is None:
        # "minus 41", "-11 points": a net rating below zero (signed_figures.py)
        value = -low.value if is_negative(mention.qualifier) else low.value
        return value, None, low.unit
    high = parse_figure(doc[mention.high[0] : mention.high[1]].text)
    unit = low.unit or high.unit
    # "between 3 and 5 million": the scale of the high end applies to the low end.
    value = low.value
    if high.value >= 1000 and low.value < high.value / 1000 and low.value < 1000:
        scale = _scale_of(high.value)
        value = low.value * scale
    return value, high.value, unit


def _scale_of(value: float) -> float:
    for scale in (1e12, 1e9, 1e6, 1e3):
        if value >= scale:
            return scale
    return 1.0


def _not_claim(doc: Doc, mention: Mention, doc_name: str, why: str = "") -> NotClaim:
    span = mention.span(doc)
    return NotClaim(
        doc=doc_name,
        start=span.start_char,
        end=span.end_char,
        text=span_text(span),
        why=why or mention.why,
    )
