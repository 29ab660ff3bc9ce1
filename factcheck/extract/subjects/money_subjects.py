"""Subjects of money figures: a price, a sale, what money went to, the verb that moved it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import (
    APPEAL_WORDS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    GIVEN_AWAY_MONEY_NOUNS,
    GIVEN_MONEY_NOUNS,
    INCOME_VERB_NOUNS,
    MONEY_CLAUSE_VERBS,
    MONEY_PURPOSE_PREPS,
    MONEY_SPENDING_VERBS,
    MONEY_VERB_NOUNS,
    MONEY_VERB_PAST_FORMS,
    PER_UNIT_WORDS,
    PURPOSE_VERB_NOUNS,
    SALE_VERB_FORMS,
    SALE_VERBS,
    TIME_UNITS,
    UPWARD_WORDS,
)
from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.subjects.casualty_subjects import participle
from factcheck.extract.subjects.noun_phrases import NOUNS, noun_phrase, prep_object


def per_unit(doc: Doc, mention: Mention) -> str:
    """ "$41.60 a barrel", "$1.28 per gallon": a money figure per unit of a thing is its price."""
    figure = doc[mention.figure[0] : mention.figure[1]]
    return price_per(doc[mention.end - 1]) if is_money(figure) else ""


def price_per(last: Token) -> str:
    """ "price per barrel" when "a barrel" or "per barrel" follows the money's last token."""
    after = last.doc[last.i + 1 : last.i + 3]
    if len(after) < 2 or after[0].lower_ not in PER_UNIT_WORDS or after[1].pos_ not in NOUNS:
        return ""
    if after[1].lemma_.lower() in TIME_UNITS:
        return ""  # "$47 a year" is a rate, not a price
    return f"price per {after[1].text}"


def is_money(figure: Span) -> bool:
    return any(
        t.lower_ in CURRENCY_SYMBOLS or t.lemma_.lower() in CURRENCY_WORDS or "$" in t.text
        for t in figure
    )


def purpose_verb(verb: Token) -> str:
    """ "set aside $1 billion to compensate clients" -> "compensation clients".

    The purpose's own object follows its noun: "pay $835 million to settle an antitrust
    price-fixing case" is money for that case, "sink $30 billion into Appalachia to rebuild
    the economy" money for the economy (realgold35, realgold30 golds name the case and the
    economy, not a settlement or a reconstruction).
    """
    for child in verb.children:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ in ("advcl", "xcomp") and infinitive:
            noun = PURPOSE_VERB_NOUNS.get(child.lemma_.lower(), "")
            return f"{noun} {_purpose_object(child)}".strip() if noun else ""
    return ""


def _purpose_object(purpose: Token) -> str:
    """The noun object of a purpose verb ("to settle an antitrust case" -> "antitrust case"), or
    '' for none or a pronoun ("to settle it")."""
    objects = [c for c in purpose.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    return noun_phrase(objects[0], after=objects[0].left_edge.i - 1) if objects else ""


def is_sale_price(money: Token) -> bool:
    """ "sold the warehouse for $340,000", "bought the firm for $2 billion": a price."""
    prep = money.head
    if money.dep_ != "pobj" or prep.lower_ != "for":
        return False
    verb = prep.head
    sale = verb.pos_ == "VERB" and verb.lemma_.lower() in SALE_VERBS
    if not sale and prep.is_upper:
        # a headline in capitals the tagger misreads: "ACME BUYS GLOBEX FOR $2.5 BILLION"
        words = money.doc[max(prep.sent.start, prep.i - 4) : prep.i]
        sale = any(t.is_upper and t.lower_ in SALE_VERB_FORMS for t in words)
    return sale and is_money(money.doc[money.left_edge.i : money.i + 1])


def upward_of(token: Token) -> Token | None:
    """The verb of "spend upward of $4 million": the figure is its object, under a qualifier."""
    of = token.head
    if token.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in UPWARD_WORDS:
        return None
    verb = of.head.head
    return verb if verb.pos_ == "VERB" else None


def money_purpose(money: Token, verb: Token) -> str:
    """ "spent $77 million on advertising", "returned $43,100 in donations": a phrase right
    after the money that the parse hangs on the verb says what the money went to."""
    end = _past_conversion(money, money.right_edge.i + 1)
    after = money.doc[end] if end < len(money.doc) else None
    if after is None or after.head != verb or after.lower_ not in MONEY_PURPOSE_PREPS:
        return ""
    return prep_object(after) if after.dep_ == "prep" else ""


def _past_conversion(money: Token, end: int) -> int:
    """The first token after money's phrase, past a bracketed conversion ("850 billion pesos
    ($900m)") even where the parse hangs the scale or the bracket on the verb ("announced €5m
    (£4.3m) in emergency aid": tests/wiren, wire2e)."""
    doc = money.doc
    if end < len(doc) and doc[end].lower_ in _SPLIT_SCALES and doc[end].i == money.i + 1:
        end += 1  # "€7m": the scale the parse split off as a word of its own
    if end < len(doc) and doc[end].text == "(":
        closing = [t.i for t in doc[end : min(end + 8, len(doc))] if t.text == ")"]
        return closing[0] + 1 if closing else end
    if end < len(doc) and doc[end].text == ")" and any(t.text == "(" for t in money.subtree):
        return end + 1  # the bracket's close hung on the verb
    return end


_SPLIT_SCALES = frozenset({"m", "bn", "million", "billion", "trillion"})


def spending_on(money: Token, verb: Token) -> str:
    """ "spent $890,000 on costs related to digital advertising" -> "costs spending spent",
    "dropping $2.5 million on such ads" -> "such ads spending": what money was spent on, with
    the spending; '' for a verb that does not spend or money with no "on" after it.

    The golds name such money by the spending as often as by what it went to (realgold19:
    "spent" beside "digital advertising" for "costs related to digital advertising").
    """
    lemma = verb.lemma_.lower()
    if lemma not in MONEY_SPENDING_VERBS or not is_money(
        money.doc[money.left_edge.i : money.i + 1]
    ):
        return ""
    # the parse hangs "on" on the money or, right after it, on the verb
    on = next((c for c in money.rights if c.dep_ == "prep" and c.lower_ == "on"), None)
    end = money.right_edge.i + 1
    if on is None and end < len(money.doc) and money.doc[end].head == verb:
        on = money.doc[end]
    if on is None or on.lower_ != "on" or on.dep_ != "prep":
        return ""
    bought = prep_object(on)
    if not bought:
        return ""
    spending = money_verb(verb) if lemma == "spend" else MONEY_VERB_NOUNS["spend"]
    return f"{bought} {spending}"


def money_verb(verb: Token) -> str:
    """ "fined HK$400 million" -> "fine", "spent" -> "spending", "raised" -> "raised",
    "raising" -> "raised raising", "give Tunisia €105 million" -> "funding give", "the
    foundation gave $50,000" -> "donation gave", "donors giving $200" -> "donation give
    giving"."""
    lemma = verb.lemma_.lower()
    noun = (
        MONEY_VERB_NOUNS.get(lemma)
        or MONEY_VERB_NOUNS.get(verb.lower_)
        or MONEY_VERB_PAST_FORMS.get(lemma)
        or INCOME_VERB_NOUNS.get(lemma)  # "makes $52,000 a year" -> "income makes"
    )
    if not noun and lemma in GIVEN_MONEY_NOUNS and _handed_over(verb):
        noun = GIVEN_MONEY_NOUNS[lemma]  # "would provide US$1 million": funding
    elif not noun and lemma in GIVEN_AWAY_MONEY_NOUNS:
        # "the foundation gave $50,000", "donors giving $200": a donation, before the verb
        return f"{GIVEN_AWAY_MONEY_NOUNS[lemma]} {as_written(verb, participle(verb))}"
    return as_written(verb, noun or participle(verb))


def _handed_over(verb: Token) -> bool:
    """ "give Tunisia €105 million", "provide US$1 million": money handed to a recipient; not
    "donors giving $200 or less" (a donation, which its verb names)."""
    return verb.lemma_.lower() != "give" or any(c.dep_ == "dative" for c in verb.children)


def as_written(verb: Token, word: str) -> str:
    """A verb's lemma or noun with the verb as written after it: "dropping 50 percent" ->
    "drop dropping", "spent $2 million" -> "spending spent". Either may be the word a reader
    names the figure by (gold README, "subject": any one word names it)."""
    word = word.lower()
    written = verb.lower_
    if written == word or " " in word or not written.isalpha() or verb.is_upper:
        return word
    return f"{word} {written}"


def money_clause(figure: Span) -> str:
    """ "$103 million raised by Right to Rise", "the $5,000 a year people would save", "the
    $3.1 million the system spent": a money figure a clause after it says was moved by a money
    verb is named by that verb, not by the clause the figure stands in ("compared with")."""
    if not is_money(figure):
        return ""
    for token in figure:
        for clause in token.rights:
            if clause.dep_ not in ("acl", "relcl") or clause.pos_ != "VERB":
                continue
            lemma = clause.lemma_.lower()
            if lemma in MONEY_VERB_NOUNS or lemma in MONEY_CLAUSE_VERBS:
                return money_verb(clause)
    return ""


def appealed_for(figure: Span) -> str:
    """ "appealed for $48 million", "launched an emergency appeal for 6 million Swiss francs":
    money asked for in an appeal is named by the appeal, not by who appeals (tests/wirew,
    wire2c, wire2g, wire2i golds: "appeal", "appealed"); '' for other money."""
    if not is_money(figure):
        return ""
    root = figure.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "for" or prep.i > root.i:
        return ""
    asking = prep.head
    return "appeal" if asking.lemma_.lower() in APPEAL_WORDS else ""
