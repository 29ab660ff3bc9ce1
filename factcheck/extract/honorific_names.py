"""A name found by a look-back keeps its honorific ("Mr. Rubio", "Dr. Ward").

The tagger leaves "Mr.", "Mrs.", "Ms." and "Dr." outside a PERSON entity, so a pronoun
resolved to the entity ("he added" after "Mr. Rubio said ...") came out as the bare surname.
The gold README's source text is the phrase the article names the source by, and the golds
write the honorific with the name (realgold "Mr. Abboud", realgold8 "Mr. King", realgold24
"Mr. Rubio", "Dr. Ward", realgold30 "Mr. O'Brien"), as a source phrase that names the speaker
directly already does (source_phrase.py keeps a title of address).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import NAME_HONORIFICS


def honorific_start(doc: Doc, name_start: int) -> int:
    """Where a name that begins at ``name_start`` begins with its honorific: the token before
    it when that is a capitalised "Mr."/"Mrs."/"Ms."/"Dr." (or such a word split from its
    period), else ``name_start``."""
    if name_start < 1:
        return name_start
    title = name_start - 1
    if doc[title].text == "." and title > 0 and not doc[title - 1].whitespace_:
        title -= 1  # "Mr" "." as two tokens
    word = doc[title]
    if word.lower_ not in NAME_HONORIFICS or not word.text[0].isupper():
        return name_start
    return title
