"""Whether a hedge outside the figure's phrase reaches the figure (gold README, "hedged";
"Caveat scope"). Pure.

A hedge ("believed", "expected", "may") is about a figure only when the figure is what the
hedged clause asserts: not a known figure ("Trump's two rivals"), one inside a relative,
conditional or other own clause, one deep in the subject, one past a clause break or a
headline run in capitals, nor the doer of an act whose doer alone is believed. An adverb
hedges the whole event, its known participants too ("allegedly kidnapped her two children").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.caveats.believers import counts_believers
from factcheck.extract.caveats.hedge_clause_reach import (
    contrasting_clause,
    embedded_question,
    known_time_clause,
    own_coordinate_clause,
    said_beside,
    starting_level,
)
from factcheck.extract.lexicon import (
    CLAUSE_BREAKS,
    CLAUSE_MARKS_OUTSIDE_HEDGE,
    DEFINITE_DETERMINERS,
    HARM_STATED_WORDS,
    INFERENCE_VERBS,
    QUANTITY_SUBJECTS,
    VALUATION_PREPS,
    VICTIM_VERBS,
)
from factcheck.extract.mentions.verb_bounds import is_required_amount


def hedge_reaches(number: Token, phrase_head: Token, anchor: Token, hedge: Token) -> bool:
    """A hedge outside the figure's phrase is about the figure only when the figure is what the
    hedged clause asserts: not a known figure ("Trump's two rivals", "the four Americans killed
    ... might have been saved"), nor one inside a relative or conditional clause ("the bank,
    which has held rates near zero, is expected to act"; "if you ask one more question, I may
    leave"), nor a figure deep in the subject ("Many in the staff of more than 100 are expected
    to fan out"). An adverb hedges the whole event, its known participants too ("allegedly
    kidnapped her two children")."""
    if hedge.pos_ != "ADV" and phrase_head.i != anchor.i and _known(phrase_head):
        return False
    if phrase_head.i != anchor.i and (
        is_required_amount(phrase_head) or is_required_amount(number)
    ):
        # "has reportedly amassed the 2,383 delegates needed", "the 270 required": a bar to
        # clear is known, under an adverb too; the act is what is hedged (the conventions'
        # "the 1,237 delegates needed"; tuning golds: 18 such figures in 15 sets, none hedged)
        return False
    if hedge.pos_ == "ADV" and _known_doer_of_other_act(phrase_head, anchor):
        return False  # "the two men likely knew each other": what they did is the inference
    if phrase_head.i != anchor.i and _harm_stated(noun_of(phrase_head)):
        return False  # "4 killed on the South Side may have died in a home invasion"
    low, high = sorted((number.i, anchor.i))
    # a line break ends the clause too: a newsletter's headline item run into its next line
    # ("YAHOO SOLD FOR $4.8 BILLION\nThe sale is expected to ...")
    if any(t.text in CLAUSE_BREAKS or "\n" in t.text_with_ws for t in number.doc[low:high]):
        return False
    if in_capitals(number) and not in_capitals(anchor):
        return False  # "bail set at $50,000 — Carter is expected to be arraigned"
    if (
        number.pos_ == "VERB"
        and hedge.pos_ == "VERB"
        and hedge.lemma_.lower() not in INFERENCE_VERBS
        and _names_agent(number)
    ):
        # "Police believe Lee shot and killed her sister": who did it is believed; an
        # inference is about the whole act ("it appears the father killed himself", realgold16
        # gold and docs/gold-conventions.md: hedged)
        return False
    child = number
    for parent in number.ancestors:
        if child.dep_ == "relcl":
            return False
        if child.dep_ == "advcl" and any(
            c.lower_ in CLAUSE_MARKS_OUTSIDE_HEDGE for c in child.children
        ):
            return False
        if contrasting_clause(child):
            return False  # "claimed 25,000, while police put the crowd at 8,000"
        if own_coordinate_clause(child, parent, anchor, hedge) or known_time_clause(child, hedge):
            return False  # "allegedly shot ..., and her two children were unharmed"
        if said_beside(child, parent, anchor, hedge):
            return False  # "estimated losses at $4m and said prices fell 15%": a statement
        if embedded_question(child, hedge) or starting_level(number, child, parent):
            return False  # "thought they would ask why they lost twice", "to 9 from 6 million"
        if child.dep_ == "prep" and child.lower_ == "than" and _known(noun_of(phrase_head)):
            return False  # "likely larger than the four points Lee got": a known standard
        if (
            child.dep_ in ("nsubj", "nsubjpass", "csubj")
            and child.i not in (number.i, phrase_head.i)
            and child.lemma_.lower() not in QUANTITY_SUBJECTS
        ):
            return False
        if hedge.pos_ != "ADV" and _inside_known_phrase(child, number, phrase_head, hedge):
            return False  # "comparable to the 11 debates held for 17 candidates"
        if parent.i == anchor.i:
            # "60-70% of the American people think we're going the wrong way": the figure
            # counts who believes, it is not what is believed
            return not (
                parent.i == hedge.i
                and (child.dep_ in ("nsubj", "agent") or counts_believers(child, hedge))
            )
        child = parent
    return True


def _inside_known_phrase(noun: Token, number: Token, phrase_head: Token, hedge: Token) -> bool:
    """The figure sits inside a noun phrase the text presents as known ("her years as senator
    for eight years", "the 11 debates held for 17 candidates"): it describes a known thing,
    it is not what a belief or forecast outside that phrase asserts. A phrase that counts
    ("the toll of 40") still carries its figure, and so does what the hedge verb itself sizes
    ("estimates LinkedIn's users at 100 million")."""
    if noun.i in (number.i, phrase_head.i) or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.head.i == hedge.i and noun.dep_ == "dobj":
        step = next(t for t in [number, *number.ancestors] if t.head.i == noun.i)
        if step.dep_ == "prep" and step.lower_ in VALUATION_PREPS:
            return False  # "estimates the users at 100 million": the figure sizes the object
    return noun.lemma_.lower() not in QUANTITY_SUBJECTS and _known(noun)


def _known_doer_of_other_act(phrase_head: Token, anchor: Token) -> bool:
    """A known figure ("the two men", "the 12 victims", "all three") as the subject of the verb
    an adverb hedges, a verb that is no harm done to them: "the two men likely knew each
    other", "the 12 victims were apparently chosen at random". The adverb weighs what is said
    of the group, not how many they are: the article counted them before (gold README,
    hedged: the figure is a belief, estimate or allegation; docs/gold-conventions.md,
    "Forecasts and beliefs": a definite figure the hedged clause takes as known is not
    hedged). A harm still is ("the two were reportedly shot", "it appears both were
    stabbed": realgold12, realgold16 golds), and so is an indefinite figure ("three men
    reportedly robbed the bank")."""
    return (
        phrase_head.i != anchor.i
        and phrase_head.dep_ in ("nsubj", "nsubjpass")
        and phrase_head.head.i == anchor.i
        and anchor.lemma_.lower() not in VICTIM_VERBS | HARM_STATED_WORDS
        and _known(phrase_head)
    )


def _harm_stated(noun: Token) -> bool:
    """The figure's phrase states the harm it counts after it: "4 killed on the South Side",
    "Four people shot outside a bar", "three dead": the count stands on that word, so a hedge
    on the verb the phrase is the subject of ("... may have died in a home invasion") is about
    what else is said of them, not about how many (realgold10 headline gold)."""
    return any(
        (c.dep_ == "acl" and c.tag_ == "VBN") or (c.dep_ == "amod" and c.pos_ == "ADJ")
        for c in noun.children
        if c.i > noun.i and c.lemma_.lower() in HARM_STATED_WORDS
    )


def noun_of(token: Token) -> Token:
    """The noun a number or range counts: "four" in "the three to four points" -> "points"."""
    while token.dep_ in ("nummod", "quantmod") and token.head.i != token.i:
        token = token.head
    return token


def _known(phrase_head: Token) -> bool:
    """A figure the phrase presents as known: "the four Americans", "Trump's two rivals"."""
    return any(
        c.dep_ == "poss" or (c.dep_ in ("det", "predet") and c.lower_ in DEFINITE_DETERMINERS)
        for c in phrase_head.children
    )


def in_capitals(token: Token) -> bool:
    """A word in a run of capitals: a headline item of a newsletter run into the prose after
    it ("VERIZON TO BUY YAHOO FOR $4.8 BILLION The sale is expected ...")."""
    doc = token.doc
    words = [t for t in doc[max(token.i - 5, 0) : token.i + 1] if t.is_alpha][-3:]
    # the run ends where the prose it runs into starts: "FOR $4.83 BILLION The sale is ..."
    for after in doc[token.i + 1 : token.i + 3]:
        if after.is_alpha and not after.is_upper:
            break
        if after.is_alpha:
            words.append(after)
    return len(words) >= 3 and all(t.is_upper for t in words)


def _names_agent(verb: Token) -> bool:
    """An implied count's verb with its doer named: "Lee shot and killed her sister"."""
    while verb.dep_ == "conj":
        verb = verb.head
    return any(c.dep_ == "nsubj" for c in verb.children)
