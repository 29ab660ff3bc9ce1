"""A denial in the sentence after a figure: the figures just told are disputed. Pure.

Gold README, disputed: "someone contests the figure" ("denied"); "Caveat scope": a caveat in a
neighbouring sentence attaches to the figures it refers to, the preceding figures from the same
source. Wire copy answers an account with the other party's denial in the next sentence, saying
in a clause what it denies rather than naming the figure: "An official said about 40,000 doses
had spoiled ... The ministry denied that any doses had been lost" (tests/wire2l l_2), "the
dam's owners had been warned at least twice ... The owners ... denied receiving any warning"
(tests/wire2c c_1), "villagers had asked the municipality to relocate about 30 families. The
municipality's chairman ... denied receiving any such request" (tests/wire2k k_1), "the group
had demanded ransoms of up to 5 million Sudanese pounds (about $2,000) ... An RSF commander
... denied that any ransom had been sought" (tests/wire2n n_3), "32 of 38 ... prisoners ...
described torture ... Russia denies abusing prisoners of war" (tests/wirez z_3), "as much as a
quarter of the increase ... could be transshipment. Chinese officials have denied that
exporters are routing goods through third countries" (tests/wirek k_5): every one of these
figures disputed in its gold. The denial has no figure noun to refer by, so the cue scope
(``caveat_attach``) leaves it; this reads it by its place.

The denial must head its sentence, deny in a clause ("denied that ...", "denied receiving
..."), not an object ("denied the charges" is the charge denial's; "denied bail", "was denied
entry" deny no account), and not be negated; its sentence gives no figure of its own (then the
denial is about that sentence); its denier is named, not a pronoun, and is not the figures'
own source ("Police said three men were held. Police denied that force was used"). And what it
denies must be what the figure counts, or point back to it: a noun of the denied clause is the
figure's counted noun ("any doses" after "40,000 doses", "any ransom" after "ransoms of up to 5
million", "abusing prisoners" after "32 of 38 ... prisoners"), or "such" ("any such request").
A denial of who did it or of another act leaves the count as it is: "the number killed in the
camp at 34 ... The RSF denied targeting civilians" (tests/wirea a_1), "residents had buried
'more than 70' people ... Gang leaders have denied killing civilians" (tests/wirek k_2), "a
dinghy with about 60 people ... The coastguard denied that its crews had opened fire"
(tests/wire2l l_3), "31 police officers had been injured ... Opposition groups deny that the
rally turned violent" (tests/wire2h h_4): none disputed in their golds (docs/gold-conventions.md,
"Victims of an act someone is accused of": the toll is found, the doer alleged).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.doctext import span_text
from factcheck.extract.lexicon import NEXT_DENIAL_COMPLEMENTS, NEXT_DENIAL_VERBS
from factcheck.extract.token_index import tokens_with_lemma
from factcheck.model import Source, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_SUCH = "such"  # "denied receiving any such request": what was just told
_DENIED_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def next_denial_figures(doc: Doc, figures: Sequence[CaveatTarget]) -> list[int]:
    """The indexes of the figures a denial in the next sentence disputes."""
    if not figures:
        return []
    hits: set[int] = set()
    sents: list[Span] | None = None
    for verb in tokens_with_lemma(doc, NEXT_DENIAL_VERBS):
        denier = _clausal_denial(verb)
        if denier is None:
            continue
        sent = verb.sent
        if any(sent.start <= f.number.i < sent.end for f in figures):
            continue  # the denial is about its own sentence's figures
        if sents is None:
            sents = list(doc.sents)
        index = next(k for k, s in enumerate(sents) if s.start == sent.start)
        if index == 0:
            continue
        prev = sents[index - 1]
        earlier = [i for i, f in enumerate(figures) if prev.start <= f.number.i < prev.end]
        if not earlier:
            continue
        last = figures[earlier[-1]].source
        key = source_key(last)
        if last.kind is SourceKind.NONE or not key or key == denier:
            continue
        denied = _denied_words(verb)
        hits |= {
            i
            for i in earlier
            if figures[i].source == last and (_SUCH in denied or denied & _counted(figures[i]))
        }
    return sorted(hits)


def _denied_words(verb: Token) -> set[str]:
    """The arguments of the denied clause, as bare lemmas ("any doses had been lost", "any
    ransom had been sought", "abusing prisoners" -> "dose", "ransom", "prisoner"), and "such"
    where it points back ("any such request"); not the nouns of a clause inside it ("that the
    march turned violent before the guards moved in")."""
    words: set[str] = set()
    for clause in (c for c in verb.children if c.dep_ in NEXT_DENIAL_COMPLEMENTS):
        for argument in clause.children:
            if argument.dep_ not in _DENIED_ARGUMENTS:
                continue
            if argument.pos_ in ("NOUN", "PROPN"):
                words.add(_bare(argument.lemma_))
            if any(c.lower_ == _SUCH for c in argument.children):
                words.add(_SUCH)
    return words


def _counted(figure: CaveatTarget) -> set[str]:
    """What the figure counts: the noun its number hangs from ("40,000 doses", "ransoms of up
    to 5 million", "32 of 38 prisoners"), not the other words of its subject ("police" in
    "31 police officers injured")."""
    words: set[str] = set()
    for number in (figure.number, figure.high):
        if number is None:
            continue
        head = number.head
        if head.dep_ == "pobj" or head.lower_ == "of":
            # "ransoms of 5 million": the noun the "of" phrase hangs from
            head = head.head.head if head.dep_ == "pobj" else head.head
        if head.pos_ in ("NOUN", "PROPN"):
            words.add(_bare(head.lemma_))
        # "32 of 38 prisoners": the nouns above it in its noun phrase, up to its verb
        for above in number.ancestors:
            if above.pos_ in ("VERB", "AUX"):
                break
            if above.pos_ == "NOUN":
                words.add(_bare(above.lemma_))
    return words


def _bare(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 and not word.endswith("ss") else word


def _clausal_denial(verb: Token) -> str | None:
    """The denier's key when the verb heads its sentence and denies in a clause ("The ministry
    denied that any doses had been lost", "Russia denies abusing prisoners"); None otherwise."""
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT":
        return None
    children = list(verb.children)
    if any(c.dep_ in ("neg", "dobj", "dative", "nsubjpass", "auxpass") for c in children):
        return None  # "did not deny", "denied the charges", "was denied bail"
    if not any(c.dep_ in NEXT_DENIAL_COMPLEMENTS for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    phrase = span_text(verb.doc[subject.left_edge.i : subject.i + 1])
    return source_key(Source(text=phrase, kind=SourceKind.NAMED_ORG)) or None
