"""A candidate counting the race it runs in: figures it gives carry partisan_source.

docs/gold-conventions.md "Candidates and campaigns as a partisan source" (gold README,
partisan_source: "the source is a party to the matter"): a candidate of the article speaking on
the race (any contender's money, votes, delegates, states, polls) is a party to it; the same
candidate on a third matter (a policy, the economy) is not. The candidate is a person the
article marks as one ("the Lopez campaign", "presidential candidate Ana Lopez"); the race is
what the figure counts, read on the parse between the number and its verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.campaign_staff import is_money
from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.caveats.race_crowds import counts_a_crowd
from factcheck.extract.lexicon import (
    CAMPAIGN_SPAN_UNITS,
    CANDIDATE_BELONGINGS,
    CANDIDATE_HOLDINGS,
    CANDIDATE_NOUNS,
    CANDIDATE_SOURCE_TEXTS,
    CANDIDATE_VERBS,
    NAME_TITLE_WORDS,
    OWN_COUNT_SUBJECTS,
    OWN_COUNT_UNREAL,
    PROGRESS_WORDS,
    RACE_CONTEST_NOUNS,
    RACE_MONEY_VERBS,
    RACE_NECESSITY_AUXES,
    RACE_NOUNS,
    RACE_PROGRESS_VERBS,
    RACE_VERBS,
    RACE_VOTE_VERBS,
)
from factcheck.extract.token_index import tokens_with_lemma, tokens_with_lower
from factcheck.model import Source, SourceKind

# the race's counts, and its debates (partisan33: "for three debates now the room has been
# stacked", "I only lost one debate")
_RACE_NOUNS = RACE_NOUNS | RACE_CONTEST_NOUNS
# a race verb's hope or supposition ("we could win"); "must win N percent" is the arithmetic
_RACE_UNREAL = OWN_COUNT_UNREAL - RACE_NECESSITY_AUXES
# a contender's noun as written, plural included ("Democratic candidates Ana Lopez and ...")
_CANDIDATE_FORMS = CANDIDATE_NOUNS | {f"{n}s" for n in CANDIDATE_NOUNS}
# the lemmas ``article_candidates`` walks for: its owners, winners and holders
_WALKED_LEMMAS = CANDIDATE_BELONGINGS | CANDIDATE_VERBS | CANDIDATE_HOLDINGS


def article_candidates(doc: Doc) -> frozenset[str]:
    """The source keys (surnames) of the people the article marks as candidates: the owner of a
    campaign ("the Lopez campaign", "Lopez's campaign") or a person named beside a contender's
    noun ("presidential candidate Ana Lopez", "Ana Lopez, the Republican nominee")."""
    names: set[str] = set()
    people = _people(doc)
    # each branch asks for one of these lemmas: only those tokens are walked (speedB)
    for token in tokens_with_lemma(doc, _WALKED_LEMMAS):
        if token.lemma_.lower() in CANDIDATE_BELONGINGS and token.pos_ == "NOUN":
            for owner in token.children:
                if owner.dep_ in ("poss", "compound") and _a_name(owner, people):
                    names.add(_key(last_of_entity(owner)))  # "Trump's campaign", "Cruz rally"
        if token.lemma_.lower() in CANDIDATE_VERBS and token.pos_ == "VERB":
            for subject in token.children:
                if subject.dep_ == "nsubj" and subject.ent_type_ == "PERSON":
                    names.add(_key(last_of_entity(subject)))  # "Trump won Nevada"
        if token.lemma_.lower() in CANDIDATE_HOLDINGS and token.pos_ == "NOUN":
            holder = _holder(token)
            if holder is not None:
                names.add(_key(last_of_entity(holder)))
    for noun in tokens_with_lower(doc, _CANDIDATE_FORMS):
        if noun.pos_ != "NOUN":
            continue
        first = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        after = _past_titles(first)
        if first is not None and after is not None and after.ent_type_ == "PERSON":
            # "candidate Ana Lopez", "candidate Sen. Ana Lopez", "candidates Ana Lopez and Tom
            # Reyes"; not a clause that begins after the noun ("the best candidate Viguerie
            # argues")
            last = last_of_entity(after)
            if (
                noun.head.i not in range(first.i, last.i + 1)
                and noun not in (after.head, last.head)
                and not _split_subject(noun, last)
            ):
                continue
            names.add(_key(last))
            for word in noun.doc[after.i : last.i + 1]:
                names.update(_key(last_of_entity(c)) for c in word.children if _listed_name(c))
        if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
            names.add(_key(last_of_entity(noun.head)))  # "Ana Lopez, the nominee"
    names.discard("")
    return frozenset(names)


def _past_titles(token: Token | None) -> Token | None:
    """The first word of the name after the titles written before it: "Sen." and "Ted" in
    "candidate Sen. Ted Cruz", "Dr." in "candidate Dr. Ben Carson" (the tagger leaves the
    title out of the name)."""
    while token is not None and token.lower_ in NAME_TITLE_WORDS:
        token = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token


def _split_subject(noun: Token, last: Token) -> bool:
    """ "Democratic presidential candidates Ana Lopez and Tom Reyes made their cases": the parse
    makes the noun and the name two subjects of one verb, an apposition misread."""
    return noun.dep_ in ("nsubj", "nsubjpass") and last.dep_ == noun.dep_ and last.head == noun.head


def _holder(noun: Token) -> Token | None:
    """The person who holds a count of delegates or votes: the subject of the verb that has it
    ("Kasich (who has 25 delegates)", "Lopez has 300 votes") or the name a "with" phrase hangs
    on ("Trump, with 329 delegates")."""
    if not any(c.dep_ == "nummod" or c.like_num for c in noun.children):
        return None  # "the delegates", "his vote": no count held
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "with":
        return head.head if head.head.pos_ == "PROPN" else None
    if noun.dep_ != "dobj" or head.lemma_.lower() not in ("have", "win", "hold", "get"):
        return None
    for subject in head.children:
        if subject.dep_ != "nsubj":
            continue
        if subject.lower_ in ("who", "that") and head.dep_ == "relcl":
            subject = head.head  # the relative clause's noun
        # only a person's source key can match a figure's named source, so the tagger's
        # "Kasich" as a place does no harm: any proper noun is taken
        if subject.pos_ == "PROPN":
            return subject
    return None


def _a_name(token: Token, people: frozenset[str]) -> bool:
    """A person's name, or a proper noun the tagger took for an organisation ("the Trump
    campaign"), or a surname the article names a person by elsewhere however it is tagged here
    ("Trump’s campaign" with "Trump" read as a common noun or a place); not a place or a people
    ("the Iowa campaign", "the Republican rivals")."""
    if token.text[:1].isupper() and token.text in people:
        return True  # "Rivera’s campaign" with "Rivera" read as a place here
    if token.ent_type_ in ("GPE", "NORP", "LOC", "DATE"):
        return False
    return token.ent_type_ == "PERSON" or token.pos_ == "PROPN"


def _people(doc: Doc) -> frozenset[str]:
    """The last words of the names the tagger reads as people somewhere in the article."""
    return frozenset(
        ent[-1].text
        for ent in doc.ents
        if ent.label_ == "PERSON" and ent[-1].text[:1].isupper() and len(ent[-1].text) > 2
    )


def _listed_name(token: Token) -> bool:
    return token.dep_ == "conj" and token.ent_type_ == "PERSON"


def last_of_entity(token: Token) -> Token:
    """The last word of the name a token begins or belongs to: "Ana" -> "Lopez"."""
    last = token
    while last.i + 1 < len(last.doc) and last.doc[last.i + 1].ent_iob_ == "I":
        if last.doc[last.i + 1].dep_ == "case":
            break  # "Kline’s campaign" tagged as one name: the name ends before "’s"
        last = last.doc[last.i + 1]
    return last


def _key(token: Token) -> str:
    return source_key(Source(text=token.text, kind=SourceKind.NAMED_PERSON))


def is_candidate(source: Source, candidates: frozenset[str]) -> bool:
    """The figure's source is one of the article's candidates ("Mr. Lopez", "Lopez") or the
    source phrase names one ("The candidate")."""
    if names_the_candidate(source):
        return True
    if source.kind is not SourceKind.NAMED_PERSON:
        return False
    return bool(candidates) and source_key(source) in candidates


def names_the_candidate(source: Source) -> bool:
    """The source phrase is the candidate itself ("The candidate said", "the front-runner
    said"), whatever kind the source was given (realgold8 gold: Kasich's delegate arithmetic
    from "The candidate", partisan; the phrase is read as anonymous)."""
    return source.text.strip().lower() in CANDIDATE_SOURCE_TEXTS


def counts_the_race(number: Token) -> str | None:
    """The figure counts the race: a noun between the number and its verb is a vote, delegate,
    poll, lead or the campaign's money ("36 votes", "58 percent of the delegates", "a 45-point
    lead"), or the verb is one of a contender's standing or money with the figure as its
    amount ("trailed Clinton by 50 points", "spent $100 million"). Not a hope ("if we could
    win 15 percent") nor a policy ("raise the wage to $15": the figure is no amount raised)."""
    if _supposed(number):
        return None
    for token in (number, *number.children):
        if token.lemma_.lower() in _RACE_NOUNS and token.pos_ in ("NOUN", "PROPN"):
            return token.text
        race = _of_the_race(token)
        if race is not None:
            return race
    below = number
    for token in number.ancestors:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX"):
            return _race_verb(token, below)
        if lemma in _RACE_NOUNS and token.pos_ in ("NOUN", "PROPN"):
            return token.text
        race = _of_the_race(token)
        if race is not None:
            return race  # "58 percent of the delegates"
        below = token
    return None


def _supposed(number: Token) -> bool:
    """The figure's verb is supposed, not stated: "if he could earn 15 percent of the vote"."""
    for token in number.ancestors:
        if token.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children)
    return False


def _of_the_race(token: Token) -> str | None:
    """ "percent of the delegates", "a third of the vote": a part of the race's count."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in _RACE_NOUNS:
                    return f"{token.text} of {obj.text}"
    return None


def _race_verb(verb: Token, below: Token) -> str | None:
    """The verb is a contender's standing or money and the figure is its amount: its object
    ("spent $100 million", "must win 61 percent": the delegate arithmetic) or the measure of
    the verb ("trailed by 50 points"). Not a hope ("could win 30 percent")."""
    lemma = verb.lemma_.lower()
    if lemma in RACE_VOTE_VERBS:
        return _votes_for(verb, below)
    if lemma in RACE_PROGRESS_VERBS:
        return _campaign_progress(verb, below)
    if lemma not in RACE_VERBS:
        if any(c.lower_ in _RACE_UNREAL for c in verb.children if c.dep_ in ("aux", "mark")):
            return None  # "we could draw 50,000"
        return counts_a_crowd(verb, below)  # "20,000 people attended", "the rally drew 9,000"
    if any(c.lower_ in _RACE_UNREAL for c in verb.children if c.dep_ in ("aux", "mark")):
        return None
    if lemma in RACE_MONEY_VERBS and not is_money(below):
        return None
    if below.dep_ in ("dobj", "npadvmod", "attr") or (
        below.dep_ == "prep" and below.lower_ == "by"
    ):
        return verb.text
    return None


def _votes_for(verb: Token, below: Token) -> str | None:
    """How many times voters voted for someone ("the people of this state voted for me
    twice", "have voted for me three times"): the candidate's own race record (partisan33).
    Not a hope ("if they would vote for me twice")."""
    if below.dep_ not in ("advmod", "npadvmod"):
        return None
    if any(c.lower_ in OWN_COUNT_UNREAL for c in verb.children if c.dep_ in ("aux", "mark")):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return verb.text
    return None


def _campaign_progress(verb: Token, below: Token) -> str | None:
    """How far the speaker's campaign has come over a span of time ("We have come a long way in
    the last nine months", "touted how far his campaign had come in the last 10 months"): its
    standing in the race (realgold19 gold: Sanders' "nine months", partisan). Only with "we"
    or a campaign as the subject ("the country has come a long way" is no race), and over the
    days, weeks or months a campaign lasts."""
    if below.dep_ != "prep" or below.lower_ not in ("in", "over"):
        return None
    if not any(
        c.dep_ == "pobj" and c.lemma_.lower() in CAMPAIGN_SPAN_UNITS for c in below.children
    ):
        return None  # "come a long way in 40 years": longer than a campaign, a history
    far = next((c for c in verb.children if c.lower_ in PROGRESS_WORDS), None)
    if far is None:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(s.lower_ == "we" or s.lemma_.lower() == "campaign" for s in subjects):
        return f"{verb.text} {far.text}"
    return None


def speaker_in_the_race(number: Token) -> bool:
    """The figure's clause has the speaker as its subject ("I was a million votes ahead of him",
    "she had trailed Clinton by 50 points", "he spent $40 million"): a speaker counting their
    own race is a contender in it, whether or not the article said so before."""
    for token in number.ancestors:
        if token.pos_ in ("VERB", "AUX"):
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            return any(s.lower_ in OWN_COUNT_SUBJECTS for s in subjects)
    return False
