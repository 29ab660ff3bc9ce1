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

A rate of a thing's value is its price, the same way: "War-risk premiums have climbed to about
0.7% of a ship's value, from 0.05%" measures the premiums (wire golds by three writers,
tests/wirep, wire2c, wire2e: 6 such figures, all "premiums"; the figure after it copied
"value"). Only a figure a verb moves "to" or sets "at", or a noun is said "of", is read so
("lost 30% of their value" is the value lost).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import DENOMINATOR_WHOLES, VALUE_WHOLES
from factcheck.extract.subjects.noun_phrases import NOUNS, noun_phrase


def denominator_subject(figure: Span, subject: str) -> str:
    """The thing a percentage of GDP measures, for ``subject`` the whole ("GDP"); else
    ``subject`` as it was.

    Args:
        figure: the figure's span (number and unit).
        subject: the subject found for it.
    """
    if subject.lower() in DENOMINATOR_WHOLES and _of_the_whole(figure):
        thing = _measured_noun(figure.root)
    elif _of_a_value(figure, subject) and figure.root.dep_ == "pobj":
        thing = _measured_noun(figure.root)  # "climbed to about 0.7% of a ship's value"
    else:
        return subject
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


def _of_a_value(figure: Span, subject: str) -> bool:
    """True when "of" and a value whole follow the figure and name its subject ("0.7% of a
    ship's hull value" -> "hull value")."""
    doc = figure.doc
    if not subject or figure.end >= len(doc) or doc[figure.end].lower_ != "of":
        return False
    whole = [t for t in doc[figure.end].children if t.dep_ == "pobj"]
    return (
        bool(whole)
        and whole[0].lemma_.lower() in VALUE_WHOLES
        and subject.split()[-1].lower() == whole[0].lower_
    )


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
