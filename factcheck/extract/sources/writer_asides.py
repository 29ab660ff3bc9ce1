"""The writer's own words around or inside what a speaker says, which the speaker does not report.

A time clause that opens the sentence before a reporting verb with words of its own sets the
scene ("As the courthouse stayed closed, two days after a gunman killed two people, his
daughter told a paper ..."), and so do a participle's clause and a "with" or "despite" phrase
there ("Standing beside 4 council members, Lee said ...", "With 3 days left, Lee said ..."); one after the verb tells when it was said ("the ministry said on
Wednesday, after a storm burst two dams"); words set off by brackets or dashes inside the
speaker's words are an aside ("Lee said Ruiz (who has 231 delegates) must win 58 percent").
A figure there is the writer's, not the speaker's.

Notes:
    Gold README, "source": the source is who gives the figure.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    CIRCUMSTANCE_MARKS,
    DASH_TOKENS,
    SCENE_MARKS,
    SCENE_PREPS,
    TIME_MARKS,
)
from factcheck.extract.sources.quotes import find_quotes
from factcheck.extract.sources.reporting_verbs import is_reporting_verb

# What sets an aside off inside a sentence.
_ASIDE_OPENERS = frozenset({"(", "["})
_ASIDE_CLOSERS = frozenset({")", "]"})


def sets_the_scene(clause: Token, verb: Token) -> bool:
    """ "As the courthouse stayed closed, two days after a gunman killed two people, his
    daughter told a paper he was ill": a time clause opening the sentence before a reporting
    verb that has words of its own after it is the writer's scene, not what the speaker said;
    not "Soon after, two were shot ..., police said", whose closing verb reports it all."""
    if clause.dep_ not in ("advcl", "ccomp", "prep") or clause.i > verb.i:
        return False
    if clause.left_edge.i != verb.sent.start:
        return False
    if not any(c.i > verb.i and c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return False
    if clause.dep_ == "prep" or _a_participle_frame(clause):  # the sentence's first word
        opens = clause.left_edge.i == clause.i
        return opens and _set_off_by_a_comma(clause) and _a_frame_opener(clause)
    return any(c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in clause.children)


def _a_participle_frame(clause: Token) -> bool:
    """ "Standing beside 4 council members, ...": a participle's clause with no mark, whose verb
    reports nothing ("Citing 3 deaths, the mayor said ...": what the mayor cites is the
    mayor's)."""
    if clause.dep_ != "advcl" or clause.tag_ not in ("VBG", "VBN"):
        return False
    return not any(c.dep_ == "mark" for c in clause.children) and not is_reporting_verb(clause)


def _a_frame_opener(clause: Token) -> bool:
    return clause.dep_ == "advcl" or clause.lower_ in SCENE_PREPS


def _set_off_by_a_comma(clause: Token) -> bool:
    after = clause.right_edge.i + 1
    return after < len(clause.doc) and clause.doc[after].text == ","


def closes_the_scene(clause: Token, verb: Token) -> bool:
    """ "Trump said in February, when the company balked at unlocking a phone of one of the two
    attackers", "the ministry said on Wednesday, after a storm burst two dams": a time clause
    after a reporting verb that has words of its own (a clause, an object, a quotation) tells
    when it was said, not what; so does one on the verb's date ("in February, when ...")."""
    if clause.i < verb.i:
        return False
    said = any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children)
    if not said and not any(q.cue is not None and q.cue.i == verb.i for q in find_quotes(verb.doc)):
        return False
    if clause.dep_ == "advcl":
        return _opens_with_a_time_mark(clause) or _a_circumstance_after(clause, verb)
    if clause.dep_ == "prep":  # "said in February, when ...": the date's own clause
        return any(
            date.dep_ == "pobj"
            and date.ent_type_ in ("DATE", "TIME")
            and any(c.dep_ == "relcl" and _opens_with_a_time_mark(c) for c in date.children)
            for date in clause.children
        )
    return False


def _a_circumstance_after(clause: Token, verb: Token) -> bool:
    """ "52 people have died, officials said on Monday, as a heatwave pushed temperatures
    close to 46 degrees": an "as" clause set off by a comma after the reporting verb, with a
    subject of its own that is neither a pronoun nor the speaker, tells what went on while it
    was said, the writer's background (tests/wiren, tests/wirev golds: no source); not ", as
    police reported" (a report) nor ", as they released the names of 3 victims" (the
    speaker's act, a pronoun)."""
    mark = clause.left_edge
    if mark.dep_ != "mark" or mark.lower_ not in CIRCUMSTANCE_MARKS or mark.head.i != clause.i:
        return False
    if mark.i < 1 or clause.doc[mark.i - 1].text != ",":
        return False
    if is_reporting_verb(clause):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return False
    speaker = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return speaker is None or speaker.lemma_.lower() != subjects[0].lemma_.lower()


def _opens_with_a_time_mark(clause: Token) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in clause.lefts)


def set_off_after(number: Token, verb: Token) -> bool:
    """ "The candidate pointed out that Ruiz (who has 231 delegates) must win 58 percent", "Clark
    said Brooks had called members - there are two from each of the nine districts - but ...":
    words set off by brackets or dashes inside what a speaker says are the writer's aside."""
    if number.i < verb.i:
        return False
    sent = number.sent
    opened = None
    for token in verb.doc[verb.i + 1 : number.i]:
        if token.text in _ASIDE_OPENERS or (_a_dash(token) and opened is None):
            opened = token
        elif opened is not None and (token.text in _ASIDE_CLOSERS or _a_dash(token)):
            opened = None
    if opened is None:
        return False
    dash = _a_dash(opened)
    end = next(
        (
            t.i
            for t in verb.doc[number.i + 1 : sent.end]
            if (_a_dash(t) if dash else t.text in _ASIDE_CLOSERS)
        ),
        None,
    )
    if end is None:
        return False
    # a clause of its own, not a figure given again ("$51 million (45 million euros)")
    return any(t.pos_ in ("VERB", "AUX") for t in verb.doc[opened.i + 1 : end])


def _a_dash(token: Token) -> bool:
    """A dash between words, not a hyphen inside one ("two-thirds", "R-Ky.")."""
    if token.text not in DASH_TOKENS or token.i == 0:
        return False
    return token.text != "-" or bool(token.doc[token.i - 1].whitespace_ and token.whitespace_)
