"""A person's name by its shape where the tagger gives it no person label. Pure.

Gold README "Implied counts"; the lead's decision (session 12): a named victim who "was shot
and killed" is 1 killed, as "a man was shot and killed" is. The small tagger often labels a
victim's name a place or an organisation ("Marcus Bell" ORG, "Darnell Price" FAC) or nothing
("Jones, 34,"). Three shapes say "a person" without the label:

- an age before the name: "17-year-old Darnell Price", "the 24-year-old Smith";
- a surname alone with its age between commas: "Jones, 34, was pronounced dead";
- a first and last name, both capitalised proper nouns with no article, no word of a street,
  an organisation or a place among them, and no place or date label: "Marcus Bell was shot".

The caller asks only of a casualty's people (the subject or object of a casualty word).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.name_forms import is_name_cased, is_plural_surname
from factcheck.extract.implied.person_shapes import age_beside, is_age_modifier
from factcheck.extract.lexicon import ORG_HEADS, STREET_WORDS

# Words of a proper noun that name a place, a building, an outlet or a body, not a person.
_NOT_NAME_WORDS = frozenset(
    "park bridge building tower hall house church school academy college mall plaza square "
    "hotel motel inn cafe bar grill club theater theatre arena stadium field airport station "
    "market store shop lounge apartments apartment homes village heights hills river lake "
    "creek beach island bay valley mountain county city republicans democrats republican "
    "democrat gop news times post journal tribune herald press inc corp llc co brothers "
    "bros obamacare medicare medicaid act bill amendment".split()
)
# Entity labels a name never carries ("Friday Night", "Lake Erie", "Chicago Heights").
_NOT_NAME_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "MONEY", "CARDINAL", "ORDINAL"})


def is_name_shape(token: Token) -> bool:
    """True if ``token`` heads a person's name by its shape: an age before it, a surname with
    its age beside it, or a first and last name with no word of a place or a body."""
    # "McGee", "DeShawn": capitals inside a name (name_forms.py), which is_title refuses
    if token.tag_ not in ("NNP", "NNPS") or not is_name_cased(token) or not _name_word(token):
        return False
    if token.dep_ == "appos":
        return False  # "a co-owner, O'Neil Bandoo,": the name re-names a person counted
    firsts = [c for c in token.lefts if c.dep_ == "compound"]
    if not all(c.tag_ == "NNP" and is_name_cased(c) and _name_word(c) for c in firsts):
        return False
    if _aged_before(token):
        # "17-year-old Darnell Price", "the 24-year-old Smith", "19-year-old Tyrell Banks":
        # the age says a person, whatever place the tagger reads ("Rose Price" LOC)
        return True
    if token.tag_ == "NNPS" and not is_plural_surname(token, firsts):
        return False  # "the Tampa Bay Buccaneers"
    if token.ent_type_ in _NOT_NAME_LABELS:
        return False
    if any(c.dep_ == "det" for c in token.children):
        return False  # "the Wells Fargo"
    if not firsts:
        return age_beside(token)  # "Jones, 34,"
    return 1 <= len(firsts) <= 2 and not any(c.ent_type_ in _NOT_NAME_LABELS for c in firsts)


def is_aged_name_shape(token: Token) -> bool:
    """ "19-year-old Tyrell Banks": a name with an age before it, the one shape strong enough
    for an active verb's object ("shot 19-year-old Tyrell Banks"), where a bare first and last
    name may be a thing done to ("killed Planned Parenthood")."""
    return is_name_shape(token) and _aged_before(token)


def _name_word(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    return (
        token.text[:1].isupper()
        and token.text.replace(".", "").replace("'", "").replace("-", "").isalpha()
        and word not in _NOT_NAME_WORDS
        and word not in STREET_WORDS
        and word not in ORG_HEADS
    )


def _aged_before(token: Token) -> bool:
    """ "17-year-old Darnell Price": an age modifies the name."""
    return any(c.i < token.i and is_age_modifier(c) for c in token.children)
