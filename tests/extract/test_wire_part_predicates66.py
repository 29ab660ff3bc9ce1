"""wsubj66 (session 66): a part of an earlier count said by a pronoun ("nine of whom", "a
third of them") names what sets it apart, after the whole's subject: "people died", "voters in
Turkey", "people younger than 16". Invented texts.

Gold README "subject"; tests/wirea, wiree, wirej, wirek, wirel golds (the part's predicate:
died, dead, sheltering, Turkey, children, missing in action, younger than 18, Belgorod).
"""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_claims
from factcheck.extract.pipeline import parse_text


def _subject(nlp, text: str, span: str) -> str:
    ex = extract_claims(parse_text(nlp, text), doc_name="t", text=text)
    return next(c.subject for c in ex.claims if c.text == span)


@pytest.mark.parametrize(
    ("text", "span", "words"),
    [
        (
            "The clinic said it had admitted 58 people with burns since Friday, seven of whom"
            " had died.",
            "seven",
            {"people", "died"},
        ),
        (
            '"We carried out six people. Three of them were already dead," he said.',
            "Three",
            {"dead"},
        ),
        (
            "Some 90,000 Moldovans voted abroad, a quarter of them in Italy, the ministry said.",
            "a quarter",
            {"Moldovans", "Italy"},
        ),
        (
            "The agency said 2.1 million Somalis are displaced and that more than half of them"
            " are children.",
            "more than half",
            {"Somalis", "children"},
        ),
        (
            "The hospital was treating 88 people for wounds, about a quarter of them younger"
            " than 16.",
            "about a quarter",
            {"people", "younger"},
        ),
        (
            "The army said it shot down 44 drones overnight, 19 of them over the Kursk region.",
            "19",
            {"drones", "Kursk"},
        ),
        (
            "The oldest was 58 and the youngest 19. It said 31 of them had been listed as missing"
            " in action.",
            "31",
            {"listed", "missing", "action"},
        ),
    ],
)
def test_part_of_an_earlier_count_names_its_own_predicate(nlp, text, span, words):
    assert words <= set(_subject(nlp, text, span).split())


def test_part_predicate_leaves_out_a_clause_after_it(nlp):
    text = (
        "The oldest was 58 and the youngest 19. It said 31 of them had been listed as missing in"
        " action before they were found in custody."
    )
    assert _subject(nlp, text, "31") == "listed as missing in action"


def test_modal_part_keeps_the_wholes_subject(nlp):
    # near miss: "may be released" says nothing the part is
    text = "Police arrested 40 people, but 12 of them may be released."
    assert _subject(nlp, text, "12") == _subject(nlp, text, "40")
