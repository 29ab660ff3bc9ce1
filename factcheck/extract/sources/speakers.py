"""Speakers that the article's layout names rather than its sentences (issue 11).

- Headline labels: "Graham: Trump's ... cost 40 seats" is Graham's; "Poll: ..." the poll's;
  "NYPD: ..." the agency's.
- Transcript speaker labels: a paragraph opening with a name in capitals and a colon
  ("CLINTON: ... the four Americans we lost") is that speaker's, and so are the unlabelled
  quoted paragraphs after it, up to the next label. Capitals and a colon alone are no label
  ("UPDATE:", "CORRECTION:"): the name must also occur as a name in the article's prose, or
  label two turns; page furniture ("RELATED:", "READ MORE:") never labels, however repeated.
- Name labels: `Sen. Ann Lee (D-Ore.):"..."` opening a paragraph is Lee's quotation
  (``named_labels.py``).
- Interview answers: "A: ..." paragraphs of a "Q: ... A: ..." interview, and the unlabelled
  paragraphs that go on with an answer, are the interviewee's (``interviews.py``).
- Table credits: a box of short lines with shares closed by "Source Lee College poll." is the
  credited source's (``credit_lines.py``).
- Announced documents and speech records: "Partial transcript as follows:", "The statement
  reads:", "Quotes from Sheriff Walton:" ending a paragraph (``announced_speakers.py``).
- Credits: a newsletter item ending "[Reuters]" or "[Ann Lee, HuffPost]" is the outlet's, or
  the writer's.
- Embedded posts: a paragraph signed "— Stockton Police Dept (@StocktonPolice) March 18, 2015"
  is the signer's; ``<tweet author="@x">...</tweet>`` markup is its author's.

The innermost region holding a figure names its speaker; ``attribution.find_source`` asks
here only when the figure's own sentence attributes it to no one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from factcheck.extract.doctext import doc_text
from factcheck.extract.lexicon import (
    HEADLINE_ANONYMOUS_LABELS,
    HEADLINE_BODY_LABEL_HEADS,
    HEADLINE_ORG_LABELS,
    HEADLINE_ROLE_LABELS,
    LAYOUT_ARTICLES,
    LAYOUT_LABELS,
    PARAGRAPH_QUOTE_OPENERS,
    POLICE_ACRONYM_ENDINGS,
    SURVEY_HEADS,
)
from factcheck.extract.sources.announced_speakers import announced_regions, speech_record_regions
from factcheck.extract.sources.credit_lines import table_credit_regions
from factcheck.extract.sources.interviews import answer_regions
from factcheck.extract.sources.named_labels import name_label_regions
from factcheck.extract.sources.quotes import paragraphs
from factcheck.extract.sources.source_phrase import classify_source
from factcheck.model import Source, SourceKind

_REGIONS = "factcheck_speaker_regions"
_LABEL_RE = re.compile(r"""\s*["“]?\s*((?:[A-Z][A-Z.'’-]*\s){0,3}[A-Z][A-Z'’-]+):\s""")
_SIGNATURE_RE = re.compile(
    r"\s[—–]\s*(?P<who>[^—–\n]{2,80}?\(@\w+\))\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*$"
)
_TWEET_RE = re.compile(
    r"<tweet\b[^>]*\bauthor=\"(?P<who>[^\"]+)\"[^>]*>(?P<body>.*?)</tweet>", re.S
)
_ACRONYM_LETTERS = 5
# A credit closing a paragraph: "[Reuters]", "[Ann Lee, HuffPost]" (a name, not a note).
_CREDIT_RE = re.compile(r"\[(?P<who>[A-Z][^\[\]\d\n]{1,78})\]\s*$")
# The headline in capitals that opens a newsletter item: "DAM BREAKS IN VALE Floodwater ...".
_ITEM_HEADLINE_RE = re.compile(r"\s*(?:[^\sa-z]+\s+){2,}")
# A paragraph among the first few that opens with the headline's label and its first words
# repeats the headline.
_REPEAT_PARAS = 4
_REPEAT_CHARS = 24
_HEADLINE_LABEL_RE = re.compile(r"\s*((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w'’-]*):\s")
# A label whose later words are in lower case ("Kenton police:", "Sheriff's office:",
# "Medical examiner:"): read only when its last word names a police body or an official role.
_BODY_LABEL_RE = re.compile(r"\s*([A-Z][\w.'’-]*(?:\s[\w.'’-]+){0,3}):\s")
# Words that make a label a place or an event, not a speaker ("Shooting at sheriff's office:").
_PLACE_WORDS = frozenset({"at", "near", "in", "on", "outside", "inside", "by", "of", "to", "from"})


@dataclass(frozen=True)
class SpeakerRegion:
    """Characters ``start:end`` of the article that ``source`` speaks."""

    start: int
    end: int
    source: Source


def speaker_at(doc: Doc, char: int) -> Source | None:
    """The source of the innermost layout region holding character ``char``, if any."""
    holding = [r for r in find_speaker_regions(doc) if r.start <= char < r.end]
    if not holding:
        return None
    return min(holding, key=lambda r: r.end - r.start).source


def find_speaker_regions(doc: Doc) -> list[SpeakerRegion]:
    """Every region of the article a label, an announcement or a signature names the
    speaker of; computed once per Doc."""
    cached = doc.user_data.get(_REGIONS)
    if cached is None:
        text = doc_text(doc)
        paras = [(s, e) for s, e in paragraphs(text) if text[s:e].strip()]
        cached = (
            _headline_regions(doc, paras)
            + _label_regions(doc, paras)
            + [
                SpeakerRegion(s, e, who)
                for s, e, who in name_label_regions(doc, paras, PARAGRAPH_QUOTE_OPENERS)
            ]
            + [SpeakerRegion(s, e, who) for s, e, who in answer_regions(doc, paras)]
            + [SpeakerRegion(s, e, who) for s, e, who in table_credit_regions(doc, paras)]
            + [SpeakerRegion(s, e, who) for s, e, who in announced_regions(doc, paras)]
            + [SpeakerRegion(s, e, who) for s, e, who in speech_record_regions(doc, paras)]
            + _signature_regions(doc, paras)
            + _credit_regions(doc, paras)
            + _tweet_regions(doc)
        )
        doc.user_data[_REGIONS] = cached
    return list(cached)


def _label_regions(doc: Doc, paras: list[tuple[int, int]]) -> list[SpeakerRegion]:
    """ "CLINTON: ..." paragraphs, each with the unlabelled quoted paragraphs after it."""
    text = doc_text(doc)
    labels = [(i, _LABEL_RE.match(text, s, e)) for i, (s, e) in enumerate(paras)]
    labels = [(i, m if m is None or not _is_layout(m.group(1)) else None) for i, m in labels]
    found = [(i, m) for i, m in labels if m is not None]
    names = [m.group(1) for _, m in found]
    regions: list[SpeakerRegion] = []
    for i, match in found:
        name = match.group(1)
        if names.count(name) < 2 and not _named_in_prose(doc, name):
            continue
        end = paras[i][1]
        for j in range(i + 1, len(paras)):
            following = text[paras[j][0] : paras[j][1]].lstrip()
            if labels[j][1] is not None or not following.startswith(PARAGRAPH_QUOTE_OPENERS):
                break
            end = paras[j][1]
        source = Source(text=name, kind=_label_kind(doc, name))
        regions.append(SpeakerRegion(start=match.end(), end=end, source=source))
    return regions


def _headline_regions(doc: Doc, paras: list[tuple[int, int]]) -> list[SpeakerRegion]:
    """A headline opening "Graham: ..." or "Bill Clinton: ..." is that person's words; "Poll:"
    the poll's; "Police:" the police's and "Officials:" unnamed officials'. Not "The Latest:"
    or "The Ninth Circle:", which name no one in the article. A paragraph that repeats the
    headline (pages that print it twice) is the same speaker's."""
    if not paras:
        return []
    text = doc_text(doc)
    start, end = paras[0]
    match = _HEADLINE_LABEL_RE.match(text, start, end) or _BODY_LABEL_RE.match(text, start, end)
    if match is None:
        return []
    label = match.group(1)
    if _is_layout(label):
        return []
    group = _group_label_kind(label) or _body_label_kind(label)
    if group is None and not _HEADLINE_LABEL_RE.match(text, start, end):
        return []  # "Clinton to Planned Parenthood:" names no body by its last word
    if label.lower() in SURVEY_HEADS:
        source = Source(text=label, kind=SourceKind.NAMED_ORG)
    elif group is not None:
        source = Source(text=label, kind=group)
    elif _named_in_prose(doc, label, after=end):
        source = Source(text=label, kind=_label_kind(doc, label))
    else:
        return []
    regions = [SpeakerRegion(start=match.end(), end=end, source=source)]
    opening = text[start : min(match.end() + _REPEAT_CHARS, end)]
    for later_start, later_end in paras[1:_REPEAT_PARAS]:
        # at the paragraph's start, or closing a caption run ("... Photo: Google SAPD: ...")
        found = text.find(opening, later_start, later_end)
        if found >= 0:
            regions.append(SpeakerRegion(found + len(match.group(0)), later_end, source))
    return regions


def _group_label_kind(label: str) -> SourceKind | None:
    """ "Police:", "Deputies:" speak as a body (named_org); "Officials:", "Authorities:" are
    unnamed (anonymous), as the golds write them in a headline and in prose."""
    word = label.lower()
    if word in HEADLINE_ORG_LABELS:
        return SourceKind.NAMED_ORG
    if _police_acronym(label):
        return SourceKind.NAMED_ORG  # "HPD: Man wounds 2", "LMPD: ..."
    if word in HEADLINE_ANONYMOUS_LABELS:
        return SourceKind.ANONYMOUS
    return None


def _body_label_kind(label: str) -> SourceKind | None:
    """ "Kenton police:", "Sheriff's office:" speak as a body (named_org); "Coroner:", "Medical
    examiner:", "DA:" are one official each (named_person), read by the label's last word.

    Notes:
        Gold conventions, "X officials" as a source: the institution speaking is named_org, a
        unique role ("the county coroner") named_person; realgold3 and realgold12 golds give
        the labels "Sheriff:" and "District Attorney:" named_person.
    """
    words = label.lower().replace("’", "'").split()
    if _PLACE_WORDS.intersection(words):
        return None  # "Shooting at sheriff's office: 2 hurt" is the news, not who tells it
    last = words[-1]
    if last in HEADLINE_ORG_LABELS or last in HEADLINE_BODY_LABEL_HEADS:
        return SourceKind.NAMED_ORG
    if last in HEADLINE_ROLE_LABELS:
        return SourceKind.NAMED_PERSON
    return None


def _police_acronym(label: str) -> bool:
    """ "HPD", "LMPD", "JCSO": a police department's or sheriff's office's acronym."""
    short = label.replace(".", "")
    if " " in short or not short.isupper() or not short.isalpha():
        return False
    return len(short) <= _ACRONYM_LETTERS and short.endswith(POLICE_ACRONYM_ENDINGS)


def _is_layout(label: str) -> bool:
    """ "RELATED:", "READ MORE:", "Watch:": page furniture, never a speaker, however often the
    page repeats it; with an article before it too ("The Latest:", the wire's running-story
    rubric, which its own prose repeats: "The Latest on the 2016 campaign")."""
    words = label.lower().split()
    if len(words) > 1 and words[0] in LAYOUT_ARTICLES:
        words = words[1:]
    return " ".join(words) in LAYOUT_LABELS


def _label_kind(doc: Doc, label: str) -> SourceKind:
    """A person ("CLINTON:" when the prose names Clinton, "Graham:"), or an organisation when
    the label is one short word in capitals that the prose never writes as a name ("SAPD:",
    "NYPD:"): an acronym."""
    acronym = " " not in label and label.isupper() and len(label) <= _ACRONYM_LETTERS
    if acronym and not _named_in_prose(doc, label):
        return SourceKind.NAMED_ORG
    return SourceKind.NAMED_PERSON


def _named_in_prose(doc: Doc, label: str, *, after: int = 0) -> bool:
    """The label's last word occurs as a name in running text: a person's name to the parser,
    or a capitalised word after a lowercase word or a comma ("said Clinton", "Hillary
    Clinton"), not only opening a sentence as "Update" may; looked for after ``after``."""
    word = label.split()[-1].strip(".'’-")
    if len(word) < 2:
        return False
    name = word[0] + word[1:].lower()
    if any(t.text == name and t.ent_type_ == "PERSON" and t.idx >= after for t in doc):
        return True
    return re.search(rf"[a-z,] {re.escape(name)}\b", doc_text(doc)[after:]) is not None


def _signature_regions(doc: Doc, paras: list[tuple[int, int]]) -> list[SpeakerRegion]:
    """A paragraph that ends "— Name (@handle) Month D, YYYY" is the signer's post."""
    regions: list[SpeakerRegion] = []
    for start, end in paras:
        match = _SIGNATURE_RE.search(doc_text(doc), start, end)
        if match is None:
            continue
        who = doc.char_span(match.start("who"), match.end("who"), alignment_mode="expand")
        kind = classify_source(who) if who is not None else SourceKind.NAMED_ORG
        source = Source(text=match.group("who"), kind=kind)
        regions.append(SpeakerRegion(start=start, end=match.start(), source=source))
    return regions


def _credit_regions(doc: Doc, paras: list[tuple[int, int]]) -> list[SpeakerRegion]:
    """A newsletter item that ends with its credit in brackets ("... 14 organizations called
    for the ban. [Reuters]", "[Ann Lee, HuffPost]") is the credited outlet's, or its writer's
    when the credit names one before the outlet."""
    regions: list[SpeakerRegion] = []
    for start, end in paras:
        match = _CREDIT_RE.search(doc_text(doc), start, end)
        if match is None or match.start() == start:
            continue
        who = match.group("who").strip()
        kind = SourceKind.NAMED_PERSON if "," in who else SourceKind.NAMED_ORG
        headline = _ITEM_HEADLINE_RE.match(doc_text(doc), start, match.start())
        if headline is not None and re.search("[A-Z]{2}", headline.group()):
            start = headline.end()  # the item's own headline in capitals is no one's
        source = Source(text=who, kind=kind)
        regions.append(SpeakerRegion(start=start, end=match.start(), source=source))
    return regions


def _tweet_regions(doc: Doc) -> list[SpeakerRegion]:
    """``<tweet author="mattyglesias">...</tweet>``: the post is its author's."""
    return [
        SpeakerRegion(
            start=m.start("body"),
            end=m.end("body"),
            source=Source(text=m.group("who"), kind=SourceKind.NAMED_PERSON),
        )
        for m in _TWEET_RE.finditer(doc_text(doc))
    ]
