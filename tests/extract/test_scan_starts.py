"""``scan_starts`` marks the tokens a walk over every token would (speed60).

The starts are read from spaCy's arrays by string key, each verbatim form's kind kept for the
process; these tests compare them with the per-token definition (a word of ``SCAN_WORDS``, a
numeral, a glued fraction) on invented texts and the seed and development articles, twice,
so the second pass reads the kept kinds.
"""

from spacy.language import Language
from spacy.tokens import Doc

from factcheck.extract.mentions.number_runs import glued_fraction_start
from factcheck.extract.mentions.quantities import is_numeral
from factcheck.extract.mentions.scan_starts import SCAN_WORDS, _scan_word_keys, scan_starts
from tests.conftest import DEV_ARTICLES

ARTICLES = DEV_ARTICLES
TEXTS = [
    "",
    "Seven of the 12 jurors, about half, said 2½ years was HK$400 too much.",
    "The 41/2 acre lot sold for $1.2m, a quarter of a century after 1999's 3-2 vote.",
    "TWO DOZEN Trucks, Thousands Of Fans And 9,000 Tickets",
]


def _walked(doc: Doc) -> list[bool]:
    return [t.lower_ in SCAN_WORDS or is_numeral(t) or glued_fraction_start(t) for t in doc]


def test_starts_are_those_of_a_walk(nlp: Language) -> None:
    texts = TEXTS + [path.read_text(encoding="utf-8") for path in ARTICLES]
    for _ in range(2):  # the second pass reads the kinds kept by the first
        for text in texts:
            doc = nlp.make_doc(text)
            assert scan_starts(doc) == _walked(doc), text[:40]


def test_scan_word_keys_are_the_vocabulary_keys(nlp: Language) -> None:
    assert sorted(_scan_word_keys().tolist()) == sorted(nlp.vocab.strings[w] for w in SCAN_WORDS)
