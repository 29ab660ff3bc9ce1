"""A percentage of gross domestic product measures the clause's thing, not the economy: "the
budget deficit will be 4.9% of gross domestic product", "revenue rose to 13.4% of GDP",
"public debt, at an estimated 104% of GDP".

Gold README, "subject": what is measured. GDP only scales the figure; the wire golds by four
writers (tests/wirel, wiren, wirev, wirex: 13 such figures) all name the deficit, the debt,
the revenue or the spending, most adding GDP as a second word. The whole's words
(``DENOMINATOR_WHOLES``) came out as the subject, and a figure after it ("from 8.2% in 2022")
copied them: three writers' golds do not list "gross domestic product" there.

The thing: the subject of the verb or "be" that takes the figure ("debt stood at 71.8%",
"the deficit would be brought down to 3.1%"), the object of a verb of change that moves it
to the figure ("raise defense spending to 5%"), or the noun the figure is said of ("a deficit
of about 4.3%", "public debt, at an estimated 104%"). Nothing else: a pronoun or no noun
keeps the whole.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import DENOMINATOR_WHOLES
from factcheck.extract.subjects.noun_phrases import NOUNS, noun_phrase


def denominator_subject(figure: Span, subject: str) -> str:
    """The thing a percentage of GDP measures, for ``subject`` the whole ("GDP"); else
    ``subject`` as it was.

    Args:
        figure: the figure's span (number and unit).
        subject: the subject found for it.
    """
    if subject.lower() not in DENOMINATOR_WHOLES or not _of_the_whole(figure):
        return subject
    thing = _measured_noun(figure.root)
    if thing is None:
        return subject
    return noun_phrase(thing, after=-1) or subject


def _of_the_whole(figure: Span) -> bool:
    """True when "of" and a denominator whole follow the figure ("4.9% of GDP")."""
    doc = figure.doc
    if figure.end + 1 >= len(doc) or doc[figure.end].lower_ != "of":
        return False
    words = " ".join(t.lower_ for t in doc[figure.end + 1 : figure.end + 4])
    return any(words.startswith(whole) for whole in DENOMINATOR_WHOLES)


def _measured_noun(number: Token) -> Token | None:
    token = number
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        prep = token.head
        if prep.head.pos_ in NOUNS:
            return _noun(prep.head)  # "a deficit of about 4.3%", "debt, at an estimated 104%"
        token = prep  # "rose to 13.4%", "stood at 71.8%"
    elif token.dep_ == "appos" and token.head.pos_ in NOUNS:
        return _noun(token.head)
    elif token.dep_ not in ("attr", "dobj"):
        return None
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if token.dep_ == "prep":
        moved = [c for c in verb.children if c.dep_ == "dobj"]
        if moved:
            return _noun(moved[0])  # "raise defense spending to 5%"
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return _noun(doers[0]) if doers else None


def _noun(token: Token) -> Token | None:
    return token if token.pos_ in NOUNS and token.lower_ not in DENOMINATOR_WHOLES else None
