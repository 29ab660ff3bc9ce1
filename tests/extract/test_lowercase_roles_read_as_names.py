"""A lowercase role before a name stays in the source text even when the tagger reads it as part
of the name ("said harbor master Luis Prado", four proper nouns): a name is not written in
lowercase, so the words are the role's (source_extent._common_noun).

Sentences are invented (docs/gold-conventions.md, "Titles and roles before names in source
text": the name as written at the attribution, with the role that stands before it).
"""

from spacy.language import Language

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_lowercase_role_tagged_as_a_name_is_kept(nlp: Language) -> None:
    text = 'Local news report\n\n"We counted 70 boats in the bay," said harbor master Rosa Pinto.'
    found, kind = source_of(nlp, text, "70")
    assert found == "harbor master Rosa Pinto"
    assert kind == SourceKind.NAMED_PERSON
