"""A closing quote glued to the next sentence: 'to live."Amiracle was shot'. Pure.

Issue 11: web copy of local news often drops the space after a quotation ('... my baby."I
was hoping', 'he said.”The man'). spaCy's own infixes split the full stop from the word
before it but keep the quote on the next word ('"Amiracle'), so the name is no name, the
person no person, and the sentence after the quote loses its subject: a casualty count the
text gives ("Amiracle was shot and killed") is missed. Splitting a quote mark that follows
sentence-final punctuation and precedes a capital letter gives the words their own tokens;
the text itself is never changed (offsets stay the article's). Eight GVA articles (40
places) glue quotes this way.
"""

from __future__ import annotations

# a straight or curly quote after ".", "!" or "?" (itself after a quote or a letter) and
# before a capital letter
GLUED_QUOTE_INFIXES = (r"(?<=[.!?])[\"“”](?=[A-Z])",)
