"""Who a reporting verb's subject is: the parse's subject or passive agent, never the figure
or those it counts, and the speakers a misparse leaves without a subject ("Lee, who has no
endorsements, said", "Al Moe, 44, said", "..., said Skelly,", "..., police and witnesses
said."). ``attribution.py`` asks it of the reporting verbs it finds."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    DEPICTION_VERBS,
    DOCUMENT_HEADS,
    NON_SOURCE_SUBJECTS,
    PICTURE_HEADS,
    SHARE_HEADS,
    SURVEY_HEADS,
)
from factcheck.extract.sources.appositive_speakers import speaker_read_as_apposition
from factcheck.extract.sources.figure_agents import agent_on_the_figure
from factcheck.extract.sources.gerund_speakers import gerund_head_verb, quoted_one
from factcheck.extract.sources.passive_participles import describes_its_subject
from factcheck.extract.sources.reporting_verbs import MISREAD_REPORT_WORDS
from factcheck.extract.sources.shown_things import shown_by_a_mere_thing
from factcheck.extract.sources.speaker_adjectives import copula_of_speaking_adjective
from factcheck.extract.sources.which_speakers import body_before_which, described_body

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# A participle without a subject shares its head verb's: "X is cautious, saying ...".
# A reporting verb joined to the main verb shares it too: "X blasted Congress and said ...".
_SHARED_SUBJECT_DEPS = frozenset({"advcl", "conj"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# What closes a quotation or a clause before an inverted "said X".
_CLOSERS = frozenset({",", "”", '"', "''"})
# Words of a closing subject the parse joined to the noun before it: "..., police and
# witnesses said."
_CLOSING_SUBJECT_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "CCONJ"})


def subject_of(
    verb: Token, number: Token, *, inside: tuple[int, int] | None = None
) -> Token | None:
    """The verb's subject (or passive agent), never a phrase that holds the figure itself,
    another figure (a share of those counted), "each" of those counted ("Two men ... each
    wrote"), a word of the quotation ``inside`` it reports, or what a passive verb counts
    ("once the ballots are counted")."""
    described = describes_its_subject(verb)  # "the number projected to swell to 65 million"
    for child in _subjects_nearest_last(verb):
        if described and child.dep_ == "nsubj":
            continue
        if inside is not None and inside[0] <= child.idx < inside[1]:
            continue  # a word of the quotation the parse hung on its reporting verb
        if child.dep_ == "nsubj" and number not in child.subtree:
            if child.lower_ in _DEMONSTRATIVES and verb.dep_ != "relcl":
                if not _people_described(child):
                    return None  # "That suggests 40 percent left": a fact, not a speaker
            if child.tag_ == "WP" and child.text != "WHO" and verb.dep_ != "relcl":
                return None  # "Who told you that 90 percent ...?" asks who spoke
            if child.lower_ in NON_SOURCE_SUBJECTS or _counts_something(child):
                if not _one_of_a_group(child):
                    return None  # "most of them said", "54 percent of voters said": no source
            if child.lemma_.lower() in PICTURE_HEADS and verb.lemma_.lower() in DEPICTION_VERBS:
                return None  # "This undated photo ... shows Lee, sought in ...": a depiction
            if shown_by_a_mere_thing(verb, child):
                return None  # "The outcome showed that Hayes took 48.2 percent"
            antecedent = _antecedent(child)
            if antecedent.ent_type_ in ("DATE", "TIME"):
                return None  # "a count released on Friday, which listed 276": not Friday
            return antecedent
    for child in verb.lefts:  # "..., court records show.": "records" read as a compound
        if verb.lower_ not in MISREAD_REPORT_WORDS:
            break  # not "heat breaks records", a headline read as "records" with a compound
        if child.dep_ == "compound" and child.pos_ == "NOUN":
            return child
    misparsed = (
        _subject_before_relative(verb)
        or _name_before_age(verb)
        or _name_after(verb)
        or _name_in_apposition_before(verb)
        or _closing_subject_read_as_conjunct(verb)
        or speaker_read_as_apposition(verb)  # "At the hospital, a doctor there said ..."
    )
    if misparsed is not None:
        return misparsed  # "Lee, who has no endorsements, said ...", parsed as Lee has
    shares = verb.tag_ == "VBG" or verb.dep_ == "conj"
    if verb.dep_ in _SHARED_SUBJECT_DEPS and shares and verb.head.dep_ == "ROOT":
        # not inside reported content: "Prosecutors said Harlow ..., claiming 120 staff"
        if not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
            return subject_of(verb.head, number)  # "Clinton is ..., saying she favors $12"
    copula = copula_of_speaking_adjective(verb)  # "Aides were quick to point out that ..."
    if copula is not None:
        return subject_of(copula, number)
    head = gerund_head_verb(verb)  # "Clinton erred in saying that 90 percent ..."
    if head is not None:
        return subject_of(head, number) or quoted_one(head)  # "was quoted as saying"
    for child in verb.children:  # passive: "was reported by Reuters", not "by Tuesday"
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ not in ("DATE", "TIME"):
                    # not an agent that holds the figure: "was found unlawful by a 9-to-6
                    # vote of the court" counts the judges, it does not report the figure
                    return obj if number not in obj.subtree else None
    on_the_figure = agent_on_the_figure(verb)  # "was estimated at 14,000 by the police"
    if on_the_figure is not None:
        return on_the_figure
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i:
        document = verb.head
        if document.lemma_.lower() in DOCUMENT_HEADS | SURVEY_HEADS:
            if document.dep_ == "dobj":  # "Carr released a statement confirming ...": Carr
                return subject_of(document.head, number)
            return document  # "in the wake of a new poll showing Lee at 14 percent"
    # a finite verb, not the participle of "the figures reported by police"
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") and verb.head.i < verb.i
    if verb.dep_ == "acl" and (finite or any(c.dep_ == "ccomp" for c in verb.children)):
        if number not in verb.head.subtree or verb.head.i < number.i:
            # "A radio station reported that 15 died", "the paper reported of two victims":
            # a finite reporting verb the parse hangs on its subject as a modifier
            return verb.head
    return None


_RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})
# "Those familiar with the talks said", "those who live nearby say": people the words after
# "those" describe, an unnamed source (realgold6 gold "Those who live at the complex",
# anonymous; anon62)
_DESCRIBED_DEPS = frozenset({"amod", "relcl", "acl"})


def _people_described(subject: Token) -> bool:
    return subject.lower_ == "those" and any(c.dep_ in _DESCRIBED_DEPS for c in subject.children)


def _subjects_nearest_last(verb: Token) -> list[Token]:
    """The verb's children, with a closing "..., IOM said." subject first: when the parse gives
    a reporting verb two subjects ("..., most of them from Ghana, IOM said"), the one right
    before it after a comma is the speaker; the other is a phrase of the reported clause."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) < 2:
        return children
    last = subjects[-1]
    if verb.dep_ == "relcl" and subjects[0].lower_ in _RELATIVE_SUBJECTS:
        # "the driver, who witnesses said was going 80 mph": "who" is the reported clause's
        # subject, the noun before the verb reports it (anon62)
        return [last] + [c for c in children if c is not last]
    doc = verb.doc
    if last.right_edge.i + 1 != verb.i or last.left_edge.i == 0:
        return children
    if doc[last.left_edge.i - 1].text != ",":
        return children
    return [last] + [c for c in children if c is not last]


def _name_in_apposition_before(verb: Token) -> Token | None:
    """ "Four letters were moved to an archive, Mark Feld, the deputy clerk, wrote": the parse
    reads the name as an apposition of the noun before it and leaves the reporting verb without
    a subject; a person's name set off by commas, whose apposition ends right before the verb's
    comma, is its subject."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    token = doc[verb.i - 2]
    while not _a_name_in_apposition(token):
        if token.head.i == token.i or token.head.i >= verb.i:
            return None
        token = token.head
    if token.right_edge.i != verb.i - 2 or doc[token.left_edge.i - 1].text != ",":
        return None
    return token


def _a_name_in_apposition(token: Token) -> bool:
    return token.dep_ == "appos" and token.pos_ == "PROPN" and token.ent_type_ == "PERSON"


def _one_of_a_group(subject: Token) -> bool:
    """ "One of the prosecutors said": one person of a group speaks, unlike "two of the men"."""
    return subject.lower_ == "one" and any(c.lower_ == "of" for c in subject.children)


def _subject_before_relative(verb: Token) -> Token | None:
    """ "Lee, meanwhile, who has zero endorsements, said that ...": the parse makes "Lee" the
    subject of the relative clause, which it hangs on the reporting verb as a clause; the
    name before "who" is the reporting verb's subject."""
    for clause in verb.lefts:
        if clause.dep_ != "ccomp":
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(subjects) == 2 and subjects[1].lower_ in ("who", "which"):
            if subjects[0].pos_ in ("PROPN", "NOUN"):
                return subjects[0]
    return None


def _name_before_age(verb: Token) -> Token | None:
    """ "As part of his plea, Al Moe, 44, said that ...": the parse hangs the name and its age
    on the words before them and leaves the reporting verb without a subject; the name right
    before ", 44," is its subject."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    i = verb.i - 1
    if i < 3 or doc[i].text != "," or not doc[i - 1].like_num or doc[i - 2].text != ",":
        return None
    name = doc[i - 3]
    return name if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" else None


def _name_after(verb: Token) -> Token | None:
    """ "..., ” said Skelly, explaining ...": an inverted reporting clause whose name the parse
    reads as an adverb or object and leaves the verb without a subject; the capitalised word
    right after the verb, itself followed by punctuation, is its subject."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 2 >= len(doc) or doc[verb.i - 1].text not in _CLOSERS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    name = doc[verb.i + 1]
    if not name.is_title or name.ent_type_ in ("DATE", "TIME") or not doc[verb.i + 2].is_punct:
        return None
    return name if name.pos_ in ("PROPN", "ADV", "NOUN", "ADJ") and name.head == verb else None


def _closing_subject_read_as_conjunct(verb: Token) -> Token | None:
    """ "... fired into a deli, police and witnesses said.": a closing reporting clause whose
    subject the parse joined to the noun before the comma; the nouns between the last comma
    and the verb are its subject."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text not in (".", "!", "?"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    start = verb.i
    while start > verb.sent.start and doc[start - 1].pos_ in _CLOSING_SUBJECT_POS:
        start -= 1
    if start == verb.i or start == verb.sent.start or doc[start - 1].text != ",":
        return None
    first = doc[start]
    while first.i < verb.i - 1 and first.dep_ in ("det", "compound", "amod"):
        first = doc[first.i + 1]
    if first.dep_ != "conj" or first.pos_ not in ("NOUN", "PROPN") or first.like_num:
        return None
    return first


def _counts_something(subject: Token) -> bool:
    """A subject that is itself a figure: "54 percent of voters", "two of the men", "a
    third of them"; not "two officials", who are sources."""
    return subject.like_num or subject.lemma_.lower() in SHARE_HEADS


def _antecedent(subject: Token) -> Token:
    """ "Ridgeway, which reported revenue of $4.5bn": the relative pronoun's noun."""
    clause = subject.head
    before = body_before_which(subject) if subject.lower_ == "which" else None
    if before is not None:  # "Europol, the EU's police agency, which said": the body
        return before
    if subject.lower_ in ("which", "who", "that") and clause.dep_ == "relcl":
        return described_body(subject, clause.head)
    return subject
