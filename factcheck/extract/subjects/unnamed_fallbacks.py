"""A subject for a figure the rules left with none: what the text names next.

An empty subject names nothing and matches no gold entry. First, before the clause's own word
is taken (``bare_figures``), a bare count with a plural noun right after it counts that noun,
whatever the parse hung it on: "Caption 28 guns stolen" (not "Caption"), "seven or eight
thousand votes is achievable" (not "Tuesday"), "two f---ing delegates" (not "pick"). Then,
for a figure still unnamed after every rule, two places name what it counts:

- a figure standing alone as a sentence, defined by the sentence after it: "60. The number of
  countries that have had female leaders" -> "countries" (a newsletter's "by the numbers");
- the first common noun after the figure in its own clause, read to the head of its phrase:
  "Only 9% for everything else" -> "everything else", "a majority of that - $1.7 million -
  was spent on phone calls" -> "phone calls", "more than two-thirds of those in the nation's
  rising generation predict" -> "rising generation".

Notes:
    Gold README, "subject": what is counted or measured. The tuning golds name these nouns
    (realgold6 "countries", "emails", "guns"; realgold30 "everything else"; realgold19 "phone
    calls"; realgold8 "generation"; realgold4 "delegates"; realgold35 "votes").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import DEFINING_HEADS, REPORTING_VERBS, WHOLE_PRONOUNS
from factcheck.extract.subjects.noun_phrases import head_phrase
from factcheck.model import Claim

# how far after the figure the noun may stand: past a verb and a preposition, not a clause on
_MAX_GAP = 8
# the tokens one written word between a count and its noun may be split into: "f", "---", "ing"
_MAX_WORD_PIECES = 3
# one written word of letters, hyphens and dashes: "f---ing", "lousy", "hard-won"
_ONE_WORD = re.compile(r"[^\W\d_]+(?:-+[^\W\d_]+)*")
# how many words the phrase a defining line counts may run to: "deleted Hillary Clinton emails"
_MAX_DEFINED_WORDS = 6
# the words that join the numbers of one bare count: "seven or eight thousand", "three to four"
_RANGE_WORDS = frozenset({"or", "to", "and", "-"})


def give_nouns_after(claims: Sequence[Claim], figures: Mapping[int, Span]) -> list[Claim]:
    """``claims`` with the plural noun right after a bare count as the subject of each figure
    claim that has none yet (``counted_noun_after``); implied counts are left alone.

    Args:
        claims: the article's claims.
        figures: the figure (number and unit) of each claim from a figure, by its start.
    """
    return _filled(
        claims, figures, lambda claim, figure: "" if claim.subject else counted_noun_after(figure)
    )


def counted_noun_after(figure: Span) -> str:
    """The plural noun a bare count stands before, past at most one written word ("28
    guns", "seven or eight thousand votes", "two f---ing delegates"), or ''; not a count
    with a unit ("$15 an hour") nor a singular ("a ten top trending subject")."""
    if not all(t.like_num or t.lower_ in _RANGE_WORDS for t in figure):
        return ""
    doc = figure.doc
    start = figure.end
    while start < figure.sent.end and (doc[start].like_num or doc[start].lower_ in _RANGE_WORDS):
        start += 1  # "seven or eight thousand": the high end of a range the figure begins
    stop = min(figure.sent.end, start + _MAX_WORD_PIECES + 1)
    noun = next((t for t in doc[start:stop] if t.tag_ == "NNS" and t.is_alpha), None)
    if noun is None:
        return ""
    between = doc[start : noun.i].text.strip()
    if between and not _ONE_WORD.fullmatch(between):
        return ""  # "starting at 4 for new information", "4 1/2 hours": a phrase between
    return " ".join(doc[start : noun.i + 1].text.split())


def give_unnamed_subjects(claims: Sequence[Claim], figures: Mapping[int, Span]) -> list[Claim]:
    """``claims`` with a subject for each figure claim that still has none after every other
    rule, the clause's own word included (``bare_figures``); implied counts are left alone.

    Args:
        claims: the article's claims.
        figures: the figure (number and unit) of each claim from a figure, by its start.
    """
    return _filled(claims, figures, _unnamed_subject)


def _unnamed_subject(claim: Claim, figure: Span) -> str:
    """The next line's definition or the next noun of the clause, for a claim whose subject has
    no word yet ('' otherwise)."""
    if any(c.isalnum() for c in claim.subject):
        return ""
    return defined_after(figure) or noun_after(figure)


def _filled(
    claims: Sequence[Claim], figures: Mapping[int, Span], subject_of: Callable[[Claim, Span], str]
) -> list[Claim]:
    """``claims`` with ``subject_of(claim, figure)`` as the subject of each figure claim it gives
    one for; implied counts and claims from no figure are left alone."""
    out = []
    for claim in claims:
        figure = figures.get(claim.start)
        subject = subject_of(claim, figure) if figure is not None and not claim.implied else ""
        out.append(replace(claim, subject=subject) if subject else claim)
    return out


def defined_after(figure: Span) -> str:
    """What the sentence after a figure that stands alone says it is: "60." then "The number
    of countries that ..." -> "countries"; '' otherwise."""
    sent = figure.sent
    doc = figure.doc
    if any(not (t.is_punct or t.is_space or figure.start <= t.i < figure.end) for t in sent):
        return ""
    if sent.end >= len(doc):
        return ""
    following = doc[sent.end].sent
    words = [t for t in following if not t.is_space]
    if len(words) < 4 or words[0].lower_ != "the" or words[1].lower_ not in DEFINING_HEADS:
        return ""
    if words[2].lower_ != "of":
        return ""
    # the words after "of" up to the clause that describes them ("that", "who", a comma): the
    # line is a fragment with no verb of its own, so a plural the tagger read as one ("deleted
    # Hillary Clinton emails that ...") still belongs to the phrase
    phrase = []
    for token in words[3 : 3 + _MAX_DEFINED_WORDS]:
        if token.is_punct or token.tag_ in ("WDT", "WP", "IN") or token.lower_ == "that":
            break
        phrase.append(token)
    if not phrase or not phrase[-1].is_alpha or phrase[-1].pos_ in ("DET", "ADJ", "ADV"):
        return ""
    return " ".join(t.text for t in phrase)


def noun_after(figure: Span) -> str:
    """The first common noun after ``figure`` in its sentence, as the head of its phrase
    ("the nation's rising generation" -> "rising generation"), or a pronoun for a whole
    ("everything else"); not past a verb of saying, whose clause is a source's, nor past a
    comma or a conjunction, where another clause begins ("as high as 150, and that the ...
    count", "American 100 percent, but he is very in touch")."""
    doc = figure.doc
    stop = min(figure.sent.end, figure.end + _MAX_GAP)
    for token in doc[figure.end : stop]:
        if token.lemma_.lower() in REPORTING_VERBS and token.pos_ == "VERB":
            return ""
        if token.text in (",", ";") or token.pos_ == "CCONJ":
            return ""
        if token.lower_ in WHOLE_PRONOUNS:
            after = token.nbor(1) if token.i + 1 < len(doc) else None
            return f"{token.text} else" if after is not None and after.lower_ == "else" else ""
        if token.pos_ == "NOUN" and token.is_alpha:
            head = _phrase_head(token)
            return head_phrase(head, after=figure.end - 1)
    return ""


def _phrase_head(noun: Token) -> Token:
    """The noun a possessor or compound belongs to: "nation's" -> "generation"."""
    while noun.dep_ in ("poss", "compound") and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head
    return noun
