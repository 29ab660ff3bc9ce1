"""A count whose verb and noun are left out after a name is a figure, not part of the name:
"Republicans have 24 Senate seats up, Democrats 10", "Trump lost six points, while Cruz gained
six and Rubio five", "The delegate count is Trump 384, Cruz 300, Rubio 151" (realgold8 gold:
each a claim). The name and its number stand for a clause whose verb the sentence already
gave; the test asks for that parallel clause: the nearest number before (or, for the first
item of a list, after) is a figure not set off by a comma ("Ivanka, 34; and Barron 9" is a
list of ages)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import MONTHS
from factcheck.extract.mentions.quantities import is_spelled_number
from factcheck.extract.year_numbers import is_year_number

# Names that are no owner of a count: "Super Bowl 50", "Apollo 13", "Boeing 757", "Flight 804".
_NOT_OWNER_LABELS = frozenset({"DATE", "TIME", "EVENT", "PRODUCT", "WORK_OF_ART", "FAC"})
_CLOSERS = frozenset({",", ";", ".", ")", "and", "—", "–"})
_OPENERS = frozenset({",", ";", "and", "while", "but", "whereas"})


def _is_count_token(token: Token) -> bool:
    if token.like_num and token.text.replace(",", "").isdigit():
        return not is_year_number(token.text)  # "in 2016": no count
    return is_spelled_number(token)


def _is_name_word(token: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        and (token.is_title or token.text.endswith("."))
        and token.ent_type_ not in _NOT_OWNER_LABELS
        and token.lower_.rstrip(".") not in MONTHS
    )


def _owner_start(doc: Doc, i: int) -> int:
    """The first token of the name ending at token ``i`` ("Sen. Ted Cruz", "Democrats"), or
    -1 if ``i`` ends no name."""
    if not (_is_name_word(doc[i]) and doc[i].is_alpha):
        return -1
    k = i
    while k - 1 >= 0 and _is_name_word(doc[k - 1]):
        k -= 1
    return k


def _name_count_at(doc: Doc, i: int) -> bool:
    """Token ``i`` is a count right after an owner's name and closes its clause."""
    if i < 1 or not _is_count_token(doc[i]):
        return False
    closes = i + 1 >= len(doc) or doc[i + 1].text in _CLOSERS
    return closes and _owner_start(doc, i - 1) >= 0


def _parallel_figure(doc: Doc, i: int, step: int) -> bool:
    """The nearest count from token ``i`` in direction ``step`` within the sentence is a
    figure not set off by a comma (not an age: "Tiffany, 22")."""
    sent = doc[i].sent
    k = i + step
    while sent.start <= k < sent.end:
        if _is_count_token(doc[k]):
            return k >= 1 and doc[k - 1].text != "," and not doc[k].ent_type_ == "DATE"
        k += step
    return False


def _is_rank_list(doc: Doc, i: int) -> bool:
    """ "Cruz 1, Kasich 2, Rubio 3 and Trump last": names numbered 1, 2, 3 are places, not
    counts."""
    sent = doc[i].sent
    values = []
    for token in sent:
        if _name_count_at(doc, token.i) and token.text.isdigit():
            # a long digit run or a "²" is no place (0 breaks the run) and must not reach int()
            place = token.text.isascii() and len(token.text) <= 3
            values.append(int(token.text) if place else 0)
    return len(values) >= 2 and sorted(values) == list(range(1, len(values) + 1))


def is_gapped_count(doc: Doc, start: int, end: int) -> bool:
    """True if the single number at ``start`` stands after an owner's name for a clause whose
    verb and noun the sentence already gave ("..., Democrats 10")."""
    if end - start != 1 or not _name_count_at(doc, start) or _is_rank_list(doc, start):
        return False
    opener = _owner_start(doc, start - 1) - 1
    if opener >= 0 and doc[opener].lower_ in _OPENERS:
        return _parallel_figure(doc, start, -1)
    # the first item of a list: "The count is Trump 384, Cruz 300"
    nxt = start + 1
    return (
        nxt < len(doc)
        and doc[nxt].text == ","
        and any(_name_count_at(doc, k) for k in range(nxt + 2, min(nxt + 7, len(doc))))
    )
