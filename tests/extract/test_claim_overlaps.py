"""Claims never overlap: an implied count that holds a figure is dropped, the figure kept."""

from factcheck.extract.claims import extract_article
from factcheck.model import Article


def test_implied_count_around_a_figure_is_dropped_and_the_figure_kept(nlp):
    # found by the fuzz test (seed 3269461563): the parse reads a telegraphic line as one person
    # killed, "Resolution 2334 twice F-16 Gaza", with the figure "twice" inside those words
    text = "Update\nkilled Resolution 2334 twice F-16 Gaza / told Reuters\n\nThe vote was held."
    claims = extract_article(nlp, Article(doc="t", text=text, source="t")).claims
    assert [(c.text, c.implied) for c in claims] == [("twice", False)]


def test_implied_count_beside_a_figure_is_kept(nlp):
    text = "A man was shot and killed on Main Street. Police found 12 shell casings."
    claims = extract_article(nlp, Article(doc="t", text=text, source="t")).claims
    assert [(c.text, c.implied) for c in claims] == [("A man", True), ("12", False)]
