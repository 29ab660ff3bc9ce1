""" "deceased" said of a person wherever the parse hangs it: 1 killed per person. Pure.

Gold README "Implied counts" ("a man was shot and killed" = 1 killed): the police and list
register says a death with "deceased" where news says "died". ``implied_predicates`` reads it
as a state after a verb ("was deceased", "found deceased") or a definite person's modifier ("the
deceased victim"); the parse also makes it

- a relative clause without a verb ("found a female who was deceased in the garage":
  "deceased" is the ``relcl`` and "who" its subject);
- a list's line ("Ann B. Lee, 16 years old – deceased"), which the parse joins to the next
  line or hangs on the name or the next name: read by the line, a name, a dash, "deceased";
- a modifier of a role noun before a name ("father to deceased victim Tom Lee"): the name is
  the person, the role only its description.

Tuning articles: realgold gva 218f09 (relative), 3e590f (three list entries), 96499b (role
before a name). Not counted: pronouns (the antecedent machinery reads them), plural nouns
without a figure ("the deceased were ..."), negated or modal clauses (``is_unreal``).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import DECEASED_NAME_ROLES, DECEASED_WORDS

_SUBJECTS = ("nsubj", "nsubjpass")
_LIST_DASHES = frozenset({"–", "—", "-", ":"})


def deceased_people(token: Token) -> list[Token]:
    """The person ``token`` ("deceased") says is dead, by the shapes above; [] if none.

    A relative's "who" is returned as itself: ``casualty_predicate`` resolves it to its noun.
    """
    if token.lower_ not in DECEASED_WORDS or token.pos_ not in ("ADJ", "VERB"):
        return []
    if any(c.dep_ == "neg" for c in token.children):
        return []  # "a man who was not deceased"
    if token.dep_ == "relcl":
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
        # "a female who was deceased in the garage"
        return subjects if len(subjects) == 1 and subjects[0].tag_ == "WP" else []
    named = _list_entry_name(token)
    if named is not None:
        return [named]  # "Ann Lee, 16 years old – deceased"
    role = token.head
    if (
        token.dep_ == "amod"
        and role.dep_ == "compound"
        and role.lemma_.lower() in DECEASED_NAME_ROLES
        and role.tag_ == "NN"
        and role.head.tag_ == "NNP"
        and role.head.i > role.i
    ):
        return [role.head]  # "deceased victim Tom Lee"
    return []


def _list_entry_name(token: Token) -> Token | None:
    """The name a list's line gives before "– deceased" ("Ann B. Lee, 16 years old – deceased"),
    its last word; None unless the line is a name, a dash and "deceased" at its end. Read by
    the line, as the parse joins such lines or hangs "deceased" on the name or the next one."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and not (after.is_space and "\n" in after.text):
        return None
    if token.i == 0 or doc[token.i - 1].text not in _LIST_DASHES:
        return None
    start = token.i - 1
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1
    names = []
    for word in doc[start : token.i - 1]:
        if word.tag_ != "NNP":
            break
        names.append(word)
    return names[-1] if len(names) >= 2 else None


def list_intro(token: Token) -> Token | None:
    """The root of the sentence that opens the list ``token`` ("deceased") ends a line of: the
    last sentence before the list's lines, ending in a colon ("The coroner has identified them
    as follows:"). A list's entries are told by who introduces them, so their source is read
    there (gold: the coroner, not none). None if ``token`` ends no list line or no colon opens
    the list."""
    if _list_entry_name(token) is None:
        return None
    sent = token.sent
    doc = token.doc
    while sent.start > 0:
        before = doc[sent.start - 1].sent
        words = [t for t in before if not t.is_space]
        if not words:
            return None
        if words[-1].text == ":":
            # the verb's object ("identified them as follows:"): read from below, the path
            # up to the verb finds who reports (attribution.py)
            root = before.root
            return next((c for c in root.children if c.dep_ == "dobj"), root)
        last = words[-1]
        if not (last.lower_ in DECEASED_WORDS and _list_entry_name(last) is not None):
            return None
        sent = before
    return None
