"""A rejection of "the findings" or "the figures", with no owner, disputes the figures of the
report the article is about, under every name the article gives its source. Pure.

Gold README, disputed ("rejected the figure") and "Caveat scope": a caveat reaches the figures
it refers to, by source, not by distance (issue 11). Wire copy leads with a report described
("a panel of global hunger experts has said", "according to a report by a Norway-based human
rights group"), names its source in the next paragraph ("The Integrated Food Security Phase
Classification (IPC) said", "Iran Human Rights (IHR) said"), then calls it "the group", "the
report", "IHR" or "It". "Sudan's government rejected the findings" disputes the panel's and the
IPC's figures, not the volunteers' toll in the sentence before (tests/wirek k_3 gold); "Iran's
judiciary rejected the figures" the headline's, the lede's and IHR's (tests/wirel l_5 gold).

A source belongs to the report when its identifying word stands in the lede's description or
the next paragraph's name ("group", "report", "experts"), or is the initials of that name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.caveat_owners import initials
from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.doctext import doc_text
from factcheck.extract.headlines import find_headline_end
from factcheck.extract.lexicon import REPORT_WORK_NOUNS, REPORTING_VERBS
from factcheck.model import Caveat, Source, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveat_cues import Cue
    from factcheck.extract.caveats.caveats import CaveatTarget


def report_figures(doc: Doc, cue: Cue, figures: Sequence[CaveatTarget]) -> list[int] | None:
    """The report's figures before a dispute of "the findings"; None when the cue is no such
    dispute or the article leads with no described report.

    "Somalia's ministry rejected the projections, saying its food reached some 600,000
    people" disputes the IPC's figures before it (tests/wirez z_1 gold): a figure after the cue
    in its own sentence is the rejecter's own and does not stop the chain; a figure before the
    cue in its sentence is what the cue is about, read as before. (Reaching the report's
    figures after the cue too was tried: tests/wirel l_5 gains caveats but no record and loses
    one, 'The IHR report also said around one in four' that its gold leaves undisputed;
    tests/wirez z_1 loses the IPC's reply 'access to 11 of the 16 districts'.)"""
    if cue.kind is not Caveat.DISPUTED:
        return None
    sent = cue.token.sent
    if any(f.number.sent.start == sent.start and f.number.i < cue.token.i for f in figures):
        return None
    if _bare_work(cue.token) is None:
        return None
    names = _report_names(doc, figures)
    if not names:
        return None
    defined = initials(doc)
    words = [_words(n) for n in names]
    if _of_report(_subject_source(cue.token), words, defined):
        return None  # the report's own source speaking of its figures
    found = [
        i
        for i, f in enumerate(figures)
        if f.number.sent.start < sent.start and _of_report(f.source, words, defined)
    ]
    return found or None


def _bare_work(verb: Token) -> Token | None:
    """ "rejected the findings", "rejected the figures as fabricated": the object, "the" alone."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for noun in objects:
        if noun.lemma_.lower() in REPORT_WORK_NOUNS and noun.tag_ == "NNS":
            if [c.lower_ for c in noun.children if c.dep_ != "prep"] == ["the"]:
                return noun
    return None


def _report_names(doc: Doc, figures: Sequence[CaveatTarget]) -> list[Source]:
    """The lede's source, when it describes a report's source rather than naming it, and the
    name the next paragraph gives that source."""
    text = doc_text(doc)
    body = [f for f in figures if f.number.idx >= find_headline_end(text)]
    lede = next((f for f in body if f.source.kind is not SourceKind.NONE), None)
    if lede is None or lede.number.sent.start != body[0].number.sent.start:
        return []
    if not _describes(lede.source.text):
        return []
    end = text.find("\n", lede.number.idx)
    named = _next_paragraph_name(doc, end) if end >= 0 else None
    return [lede.source] if named is None else [lede.source, named]


def _next_paragraph_name(doc: Doc, end: int) -> Source | None:
    """The name the paragraph after the lede's gives its speaker: "The Integrated Food Security
    Phase Classification (IPC), the world's main hunger monitor, said ..." (the subject of its
    first sentence's reporting verb, when it is a name)."""
    text = doc_text(doc)
    start = end
    while start < len(text) and text[start] in "\n \t":
        start += 1
    first = next((s for s in doc.sents if s.start_char >= start), None)
    if first is None:
        return None
    for verb in first:
        if verb.lemma_.lower() not in REPORTING_VERBS or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN":
            return None
        phrase = " ".join(t.text for t in doc[subject.left_edge.i : subject.i + 1])
        return Source(text=phrase, kind=SourceKind.NAMED_ORG)
    return None


def _describes(text: str) -> bool:
    """ "a panel of global hunger experts", "a report by a Norway-based human rights group":
    an indefinite description, no name."""
    return text.split(" ", 1)[0].lower() in ("a", "an")


def _words(source: Source) -> frozenset[str]:
    return frozenset(w.lower().strip(".,'’").removesuffix("s") for w in source.text.split())


def _of_report(
    source: Source | None, names: list[frozenset[str]], defined: dict[str, frozenset[str]]
) -> bool:
    if source is None or source.kind is SourceKind.NONE:
        return False
    key = source_key(source)
    if not key:
        return False
    if any(key.removesuffix("s") in words for words in names):
        return True
    full = defined.get(key)
    return full is not None and any({w.removesuffix("s") for w in full} <= words for words in names)


def _subject_source(verb: Token) -> Source | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    phrase = " ".join(t.text for t in verb.doc[subject.left_edge.i : subject.i + 1])
    return Source(text=phrase, kind=SourceKind.NAMED_ORG)
