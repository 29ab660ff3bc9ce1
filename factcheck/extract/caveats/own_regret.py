"""A candidate calling its own act a mistake: the act is its own record, partisan_source.

docs/gold-conventions.md "Candidates and campaigns as a partisan source" (b): a candidate on its
own conduct is a party to it. ``own_record.tells_own_act`` reads the act from its subject ("I
testified for 11 hours") and its regret from "should have" ("I should have used two email
addresses", realgold33 gold: partisan). The same regret is as often said of the act with no
subject, the speaker's own act named and judged: "I have acknowledged that using two email
accounts was a mistake" (realgold16 gold: partisan), "Lopez said it was a mistake to use two
phones". The act is the speaker's when the judgement is the speaker's: its clause is reported
by the speaker's name or its "I".

Audit (session 53, branch part53): over the allowed articles, figures in a clause judged "a
mistake" or "an error" with a candidate source: one, partisan in its tuning gold (the campaign
aide's "one" in the same shape is partisan already as staff).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.dependents import clause_verb
from factcheck.extract.lexicon import OWN_ACT_REGRET_NOUNS
from factcheck.model import Source, SourceKind


def regrets_own_act(number: Token, source: Source) -> str | None:
    """The words of the regret when the figure's act, with no subject, is judged a mistake in
    a clause the speaker reports: "using two accounts was a mistake", "it was a mistake to use
    one account"."""
    speaker = source_key(source)
    act = clause_verb(number)
    if not speaker or act is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children):
        return None
    judged = _judged_a_mistake(act)
    if judged is None or not _reported_by(judged, speaker):
        return None
    return f"{act.text} ... {judged.text}"


def _judged_a_mistake(act: Token) -> Token | None:
    """The "be" whose subject the act is ("using X was a mistake") or whose extraposed
    infinitive it is ("it was a mistake to use X"), with "mistake" or "error" as its attribute."""
    infinitive = act.dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in act.children
    )
    if act.dep_ not in ("csubj", "csubjpass") and not infinitive:
        return None
    judge = act.head
    if judge.lemma_.lower() != "be":
        return None
    if any(c.dep_ == "attr" and c.lemma_.lower() in OWN_ACT_REGRET_NOUNS for c in judge.children):
        return judge
    return None


def _reported_by(judge: Token, speaker: str) -> bool:
    """The judgement is the speaker's: a verb above it has the speaker's name or "I" as its
    subject ("Lopez said ...", "I have acknowledged that ...")."""
    for verb in judge.ancestors:
        for subject in verb.children:
            if subject.dep_ != "nsubj":
                continue
            if subject.lower_ == "i" or (
                subject.pos_ == "PROPN"
                and source_key(Source(text=subject.text, kind=SourceKind.NAMED_PERSON)) == speaker
            ):
                return True
    return False
