"""Sources in local crime reports that are no speaker, or a unique role after "a".

- A related story's headline under a "STORY:" rubric is page furniture, as "RELATED:" is: its
  figures have no source, however often the page repeats the rubric (lexicon.LAYOUT_LABELS).

Sentences are invented.
"""

from spacy.language import Language

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_a_repeated_story_rubric_is_page_furniture_not_a_speaker(nlp: Language) -> None:
    text = (
        "Ann Lee was charged on Monday in the bar shooting.\n\n"
        "STORY: Mayor hurt in crash on Elm Street\n\n"
        "STORY: 2 dead in double shooting at Reno motel\n\n"
        "Lee is held without bond.\n"
    )
    assert source_of(nlp, text, "2") == ("", SourceKind.NONE)
