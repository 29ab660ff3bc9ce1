"""What a share of a whole is said to be: "roughly half of those brought in were women and
children", "Nearly 60 percent of it was commercial pine and eucalyptus plantation". The share
counts those of the whole that the copula's complement names, and the golds name the
complement (tests/wirea "women and children", tests/corpus "plantation"; the same reading as a
bare share's "16 percent were Latino", ``predicated.py``; gold README, "subject"). The
complement, with its conjuncts, follows the whole the share already names.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import FRACTION_WORDS, PERCENT_WORDS

# Entity labels of a complement that names no group of those counted ("was in Ohio", "was May").
_NO_GROUP_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "CARDINAL"})
_COMPARATIVE_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})


def with_share_complement(figure: Span, subject: str) -> str:
    """The subject with the words the share's copula says its part is, when there are any."""
    said = share_complement(figure)
    if not said:
        return subject
    known = {w.lower() for w in subject.split()}
    added = [w for w in said.split() if w.lower() not in known]
    return " ".join([subject, *added]).strip()


def share_complement(figure: Span) -> str:
    """ "women children" for "half of those brought in were women and children", or ''."""
    share = figure[-1]
    is_share = share.lower_ in FRACTION_WORDS or share.lower_ in PERCENT_WORDS or share.text == "%"
    if not is_share or not any(c.dep_ == "prep" and c.lower_ == "of" for c in share.children):
        return ""
    verb = share.head
    if share.dep_ != "nsubj" or verb.lemma_ != "be":
        return ""
    complements = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    if len(complements) != 1 or not _names_group(complements[0]):
        return ""
    said = [complements[0], *(c for c in complements[0].conjuncts if _names_group(c))]
    # "25 percent of Democratic voters are not familiar with Sanders": those not familiar
    negated = any(c.dep_ == "neg" for c in verb.children)
    return " ".join(["not"] * negated + [t.text for t in said])


def _names_group(token: Token) -> bool:
    """A plain noun or adjective, not a name, a place, a number or a comparative."""
    return (
        token.pos_ in ("NOUN", "ADJ")
        and token.tag_ not in _COMPARATIVE_TAGS
        and not token.like_num
        and token.ent_type_ not in _NO_GROUP_LABELS
    )
