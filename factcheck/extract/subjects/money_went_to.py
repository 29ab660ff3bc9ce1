"""What money went to, named right after it: "$153,000 on field coordinators".

A money figure followed at once by "on", "in" or "into" and a common noun often says what the
money bought, earned or was spent on, whatever verb, list or total the figure stands in: "as
well as $153,000 on field coordinators", "a combined total of $10 million on advertising",
"from $272,000 on clothing to $375,000 on books", "earned $5,000 in interest income". The
parse hangs that phrase on a verb far back, on a list or on a noun ("total"), so the subject
found from the clause ("payments", "combined total", "earn earned") misses the thing the golds
name. The thing is put before the subject found, which stays (any one word names the figure,
gold README, "subject"). Not a time or place ("raised $20 million in January", "in Iowa"), a
currency ("$22 in today's dollars") or an idiom ("$50,440 in response").
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import CURRENCY_WORDS, TIME_UNITS
from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.subjects.money_subjects import is_money
from factcheck.extract.subjects.noun_phrases import PLACE_OR_TIME, prep_object

# Prepositions after money that name what it went to ("on ads", "in donations", "into a fund").
WENT_TO_PREPS = frozenset({"on", "in", "into"})
# Nouns after the preposition that make an idiom, not a thing the money went to: "in response",
# "in total", "a bond of $38 million on the ballot".
IDIOM_NOUNS = frozenset(
    {
        "response",
        "addition",
        "total",
        "all",
        "part",
        "return",
        "exchange",
        "fact",
        "effect",
        "terms",
        "ballot",
    }
)


def money_went_to(doc: Doc, mention: Mention, subject: str) -> str:
    """The subject with what a money figure went to before it, or the subject unchanged.

    "the union reported a combined total of $4 million on radio ads" with "combined total" ->
    "radio ads combined total"; unchanged when the subject already names the thing
    ("spent $1.2 million on digital ads" -> "digital ads spending spent").
    """
    figure = doc[mention.figure[0] : mention.figure[1]]
    if mention.end >= len(doc) or not is_money(figure):
        return subject
    prep = doc[mention.end]
    if prep.lower_ not in WENT_TO_PREPS:
        return subject
    thing = prep_object(prep)
    if not thing:
        return subject
    noun = next(c for c in prep.children if c.dep_ == "pobj")
    if any(t.ent_type_ in PLACE_OR_TIME for t in noun.lefts):
        return subject  # "$80 in Gaza City markets", "HK$18 in afternoon trading": where, when
    lemma = noun.lemma_.lower()
    if lemma in IDIOM_NOUNS or lemma in TIME_UNITS or lemma in CURRENCY_WORDS:
        return subject
    known = subject.lower()
    if noun.lower_ in known or lemma in known or thing.lower() in known:
        return subject  # "spent $1 million on all manner of knickknacks": named already
    return f"{thing} {subject}".strip()
