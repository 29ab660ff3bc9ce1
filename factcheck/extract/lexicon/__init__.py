"""Rule data: the words the extraction rules look for.

Each set cites the gold README row or seed sentence it covers. Entries are lower-case lemmas
unless a comment says otherwise; multi-word cues are tuples of lower-case words.

A package since session 51 (made by a one-off script, commit 04e114f): one module per stage
that uses a constant (``lexicon.shared`` for those several stages use), each constant with its
comment.
This module re-exports every name, so ``from factcheck.extract.lexicon import X`` works as it
did; a new constant goes to the module of the stage whose rules use it.
"""

from factcheck.extract.lexicon.candidate_roles import *  # noqa: F403
from factcheck.extract.lexicon.care_words import *  # noqa: F403
from factcheck.extract.lexicon.casualty_words import *  # noqa: F403
from factcheck.extract.lexicon.caveats import *  # noqa: F403
from factcheck.extract.lexicon.disputes import *  # noqa: F403
from factcheck.extract.lexicon.documents import *  # noqa: F403
from factcheck.extract.lexicon.hedges import *  # noqa: F403
from factcheck.extract.lexicon.mentions import *  # noqa: F403
from factcheck.extract.lexicon.not_claims import *  # noqa: F403
from factcheck.extract.lexicon.partisan import *  # noqa: F403
from factcheck.extract.lexicon.person_descriptors import *  # noqa: F403
from factcheck.extract.lexicon.person_nouns import *  # noqa: F403
from factcheck.extract.lexicon.poll_subjects import *  # noqa: F403
from factcheck.extract.lexicon.quantities import *  # noqa: F403
from factcheck.extract.lexicon.reporting import *  # noqa: F403
from factcheck.extract.lexicon.scene_labels import *  # noqa: F403
from factcheck.extract.lexicon.sets_and_ones import *  # noqa: F403
from factcheck.extract.lexicon.shared import *  # noqa: F403
from factcheck.extract.lexicon.source_kinds import *  # noqa: F403
from factcheck.extract.lexicon.subjects import *  # noqa: F403
from factcheck.extract.lexicon.victims import *  # noqa: F403
