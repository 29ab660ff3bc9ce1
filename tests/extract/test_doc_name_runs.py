"""The name runs of a whole article, read from its name-tagged tokens only, are the runs a walk
over every token finds (casualty_names.doc_name_runs, speed55). Texts are invented."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.casualty_names import doc_name_runs, name_runs


@pytest.mark.parametrize(
    "text",
    [
        "Habersham County Sheriff Joey Terrell said Officer Ann Zigan was shot.",
        "James Brown III, 40, and Dekitta Holmes died; Carolyn Holmes of St. Paul was hurt.",
        "Man Shot Dead In Dallas Park\nPolice said Darnell Price, 19, died at the scene.",
        "A St. Paul father told police nothing.",
        "",
    ],
)
def test_doc_name_runs_are_the_runs_of_the_whole_doc(nlp, text):
    doc = nlp(text)
    walked = [[t.i for t in run] for run in name_runs(doc[:])]
    assert [[t.i for t in run] for run in doc_name_runs(doc)] == walked
