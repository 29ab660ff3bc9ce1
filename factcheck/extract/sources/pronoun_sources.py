"""From the word that names a source to the source: its phrase and kind, a document's
author or body, a role named in the next sentence, and a pronoun resolved to the last speaker
or name of its kind ("he said", "it said", "a man they say fired")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.kept_anonymous import sentence_anonymity
from factcheck.extract.doc_cache import once_per_token
from factcheck.extract.entity_spans import entity_bounds
from factcheck.extract.lexicon import (
    IDENTIFYING_VERBS,
    ORG_HEADS,
    ORG_PRONOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    POLICE_BODY_WORDS,
    QUESTION_VERBS,
    THEY_CLAUSE_DEPS,
)
from factcheck.extract.sources.coref import named_in_next_sentence
from factcheck.extract.sources.courtesy_titles import person_name_bounds
from factcheck.extract.sources.definite_documents import document_under_a_credit
from factcheck.extract.sources.described_names import person_described
from factcheck.extract.sources.document_authors import body_behind_document, document_by
from factcheck.extract.sources.document_pronouns import document_it_stands_for
from factcheck.extract.sources.given_names import given_name_of, given_name_starting
from factcheck.extract.sources.lookback_sentences import worded_sentences_back
from factcheck.extract.sources.misparsed_speakers import misparsed_speaker
from factcheck.extract.sources.misread_verbs import misread_verb_source
from factcheck.extract.sources.mistagged_speakers import mistagged_person_subject
from factcheck.extract.sources.org_appositions import body_named_in_apposition
from factcheck.extract.sources.participle_speakers import participle_speaker, same_person
from factcheck.extract.sources.pronoun_bodies import body_subject_before
from factcheck.extract.sources.pronoun_chains import same_pronoun_speaker
from factcheck.extract.sources.pronoun_gender import named_of_its_gender, other_gender
from factcheck.extract.sources.pronoun_roles import role_subject_before
from factcheck.extract.sources.quotes import find_quotes
from factcheck.extract.sources.reported_names import in_reported_clause
from factcheck.extract.sources.reporting_verbs import is_reporting_verb
from factcheck.extract.sources.source_phrase import classify_source, source_phrase
from factcheck.extract.sources.subject_bodies import body_subject_for_it
from factcheck.extract.sources.unnamed_antecedents import (
    one_unnamed_speaker,
    unnamed_according_to,
)
from factcheck.extract.sources.verb_subject import SUBJECT_DEPS
from factcheck.extract.sources.writer_pronouns import first_person_source
from factcheck.model import Source, SourceKind

_PRONOUN_LOOKBACK_SENTS = 3
# How far back a pronoun looks for a person of its gender when those nearer were of the other.
_GENDER_LOOKBACK_SENTS = 8
_SURNAMES = "factcheck_person_surnames"
# How far up from its clause a "they" looks for the subject it stands for.
_THEY_CLAUSE_STEPS = 4


@once_per_token("factcheck_sources_from_phrase")  # figures of a sentence share one (speed17)
def source_from_phrase(doc: Doc, head: Token) -> Source:
    """The source the word ``head`` names: its phrase and kind, a pronoun resolved."""
    if head.lower_ in PERSON_PRONOUNS or head.lower_ in ORG_PRONOUNS:
        return first_person_source(head) or _resolve_pronoun(doc, head)
    described = person_described(head)
    if described is not None:  # "Hoa, a retired nurse who said ...": the nurse is Hoa
        return source_from_phrase(doc, described)
    misread = misread_verb_source(head)  # "Trump estimates that ...": the parse's noun
    if misread is not None:
        return misread
    authored = document_by(head)
    if authored is not None:
        return Source(text=authored.text, kind=SourceKind.NAMED_ORG)
    body = body_behind_document(head)
    span = source_phrase(body if body is not None else head)
    named_body = body_named_in_apposition(span.root)
    if named_body is not None:  # "A medical group ..., the Sudan Doctors Network, said"
        return Source(text=named_body.text, kind=SourceKind.NAMED_ORG)
    given = given_name_of(span.root)
    if given is not None:  # "a fisherman who gave his name as Yusuf"
        return Source(text=given.text, kind=SourceKind.NAMED_PERSON)
    named = named_in_next_sentence(doc, span.root)
    if named is not None:
        return Source(text=named.text, kind=SourceKind.NAMED_PERSON)  # "... Anna Weber added"
    return Source(text=span.text, kind=classify_source(span))


def _resolve_pronoun(doc: Doc, pronoun: Token) -> Source:
    """ "he said": the last speaker of its kind, else the nearest person (or, for "it"/"they",
    organisation) named in the three sentences before, outside quotations."""
    group = _group_they_stands_for(pronoun)
    if group is not None:
        return source_from_phrase(doc, group)  # "Police arrested a man they say shot ..."
    person = pronoun.lower_ in PERSON_PRONOUNS
    want = ("PERSON",) if person else ("ORG", "NORP", "GPE")
    sents = list(doc.sents)
    anchor = _quotation_opening(doc, pronoun)
    index = next(i for i, s in enumerate(sents) if s.start <= anchor < s.end)
    window_start = sents[worded_sentences_back(sents, index, _PRONOUN_LOOKBACK_SENTS)].start
    document = document_it_stands_for(doc, pronoun, sents[max(index - 1, 0)].start)
    if document is not None:
        return source_from_phrase(doc, document)  # "... its FEC reports. It showed $85,000"
    plural = pronoun.lower_ in PLURAL_PRONOUNS
    acting = body_subject_for_it(doc, window_start, pronoun)
    if acting is not None:  # "The general staff gave another picture. It said ...": the staff
        return Source(text=acting.text, kind=SourceKind.NAMED_ORG)

    rejected: list[Source] = []

    def fits(source: Source) -> bool:  # "she added": not the man quoted last
        if other_gender(pronoun, source):
            rejected.append(source)
            return False
        return True

    speaker = _last_speaker(doc, window_start, pronoun.i, person=person, plural=plural, fits=fits)
    if speaker is None:
        speaker = _named_before(doc, window_start, pronoun.i, want, fits=fits)
        body = None if person else body_subject_before(doc, window_start, pronoun)
        if body is not None and (speaker is None or speaker.text in body.text):
            # "Houston police are investigating. They say ...": the force, not "Houston"
            speaker = Source(text=body.text, kind=classify_source(body))
    if person:  # "Lee ..., saying ..." "...," he said: Lee, where the look-back named another
        said = _last_speaker(doc, window_start, pronoun.i, person=True, participles=True, fits=fits)
        if said is not None and (
            speaker is None or not same_person(said.text.split()[-1], speaker)
        ):
            speaker = said
    if speaker is None:  # "The president addressed the nation. He said ...": the role
        role = role_subject_before(doc, window_start, pronoun)
        if role is not None:
            speaker = Source(text=role.text, kind=SourceKind.NAMED_PERSON)
    if speaker is None and rejected:  # one of its gender further back, or a name mistagged
        further = sents[worded_sentences_back(sents, index, _GENDER_LOOKBACK_SENTS)].start
        speaker = named_of_its_gender(doc, pronoun, further)
    if speaker is None and person:  # "..., she told reporters. ... She said": the same one
        earlier = same_pronoun_speaker(doc, window_start, pronoun)
        if earlier is not None:
            chained = source_from_phrase(doc, earlier)
            if chained.text.lower() != earlier.lower_:
                speaker = chained
    return speaker or Source(text=pronoun.text, kind=_unresolved_kind(pronoun, anchor))


def _unresolved_kind(pronoun: Token, anchor: int) -> SourceKind:
    """The kind of a pronoun no look-back resolved. In an article that has named people
    before it, a "he"/"she" stands for one of them, a person named further back than the
    look-back reaches, one of its gender: named_person (gold README, "Source kinds": a person named -> named_person;
    the golds give the name behind such a "he" or "she", named_person, realgold7, realgold12).
    Not when no person was named ("The victim walked in. He said ...": an unnamed person), nor
    when the sentence says the speaker is kept unnamed ("speaking on condition of anonymity").
    Names count only before ``anchor``, the opening of the quotation the pronoun reports:
    "Bush and Obama" inside '"Bush and Obama sent 40 back," he said' are not whom "he" means.
    "it", "they", "we" may stand for an unnamed group and stay anonymous."""
    if pronoun.lower_ not in PERSON_PRONOUNS or sentence_anonymity(pronoun.sent) is not None:
        return SourceKind.ANONYMOUS
    for ent in pronoun.doc[:anchor].ents:
        named = Source(text=ent.text, kind=SourceKind.NAMED_PERSON)
        if ent.label_ == "PERSON" and not other_gender(pronoun, named):
            return SourceKind.NAMED_PERSON
    return SourceKind.ANONYMOUS


def _quotation_opening(doc: Doc, pronoun: Token) -> int:
    """Where the pronoun's look-back starts: its own token, or, when it reports a quotation
    that ends before it (`"... Could be higher," he told Hannity`), the token that opens the
    quotation; a quotation of several sentences must not push the speaker out of reach."""
    if pronoun.dep_ not in SUBJECT_DEPS or not is_reporting_verb(pronoun.head):
        return pronoun.i
    opened = [
        q.start
        for q in find_quotes(doc)
        if q.cue is not None and q.cue.i == pronoun.head.i and q.end <= pronoun.idx
    ]
    if not opened:
        return pronoun.i
    span = doc.char_span(min(opened), min(opened) + 1, alignment_mode="expand")
    return pronoun.i if span is None else min(span.start, pronoun.i)


def _group_they_stands_for(pronoun: Token) -> Token | None:
    """ "Police arrested a man they say fired ...", "Deputies seek a man who they believe shot
    ...": "they" in a clause on the main clause's object is that clause's plural subject."""
    verb = pronoun.head
    if pronoun.lower_ != "they" or verb.dep_ not in THEY_CLAUSE_DEPS:
        return None
    token = verb
    for _ in range(_THEY_CLAUSE_STEPS):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            continue  # "a man they say fired ...", the parse's "fired" without a subject
        if subject.i > pronoun.i or subject.pos_ == "PRON":
            return None
        plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in POLICE_BODY_WORDS
        return subject if plural or subject.lemma_.lower() in ORG_HEADS else None
    return None


def _named_before(
    doc: Doc,
    start: int,
    end: int,
    want: tuple[str, ...],
    *,
    fits: Callable[[Source], bool] = lambda source: True,
) -> Source | None:
    """The nearest name of a wanted kind in ``start:end``, outside quotations ("Bush and even
    Obama sent people back," he said: not whom "he" means); within a sentence, its subject
    first ("Groberg went on to explain what he likes about Clinton." "..., he said": Groberg),
    and a name in what someone says or thinks last ("Ruiz is skeptical Lee can win": Ruiz)."""
    quoted = [(q.start, q.end) for q in find_quotes(doc)]
    surnames = _person_surnames(doc) if "PERSON" in want else frozenset()
    nearest: Source | None = None
    reported: Source | None = None  # "Ruiz is skeptical Lee can win": Lee only if no other
    for i in range(end - 1, start - 1, -1):
        token = doc[i]
        if not any(q_start <= token.idx < q_end for q_start, q_end in quoted):
            found = _name_at(doc, token, end, want, surnames)
            if found is not None and fits(found[0]):
                source, root = found
                if in_reported_clause(root):
                    reported = reported or source
                elif root.dep_ in SUBJECT_DEPS and root.head.lemma_.lower() not in QUESTION_VERBS:
                    return source
                else:
                    nearest = nearest or source
        if token.is_sent_start and (nearest or reported) is not None:
            return nearest or reported
    return nearest or reported


def _name_at(
    doc: Doc, token: Token, end: int, want: tuple[str, ...], surnames: frozenset[str]
) -> tuple[Source, Token] | None:
    """The name of a wanted kind that starts at ``token``, with its syntactic root."""
    given = given_name_starting(token) if "PERSON" in want else None
    if given is not None and given.end <= end:  # "... who gave her name only as Maria ..."
        return Source(text=given.text, kind=SourceKind.NAMED_PERSON), given.root
    if _untagged_person_subject(token, surnames):
        return Source(text=token.text, kind=SourceKind.NAMED_PERSON), token
    mistagged = mistagged_person_subject(token) if "PERSON" in want else None
    if mistagged is not None and mistagged.end <= end:  # "Nefzi sat ...", Nefzi tagged a place
        return Source(text=mistagged.text, kind=SourceKind.NAMED_PERSON), token
    if token.ent_type_ not in want or token.ent_iob_ != "B":
        return None
    ent_start, ent_end = entity_bounds(doc, token.i)
    if ent_end > end:
        return None
    if token.ent_type_ == "PERSON":
        ent_start, ent_end = person_name_bounds(doc, token.i)  # "Mr. Rubio", as written
    ent = doc[ent_start:ent_end]
    return Source(text=ent.text, kind=classify_source(ent)), ent.root


def _untagged_person_subject(token: Token, surnames: frozenset[str]) -> bool:
    """ "Sanders supports raising ...": a clause's subject the tagger left untagged, with the
    last word of a name it reads as a person elsewhere; not a word inside another name ("the
    late Fred Rogers of Mister Rogers' Neighborhood")."""
    return not token.ent_type_ and token.dep_ in SUBJECT_DEPS and token.text in surnames


def _person_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the names the tagger reads as people somewhere in the article:
    "Sanders supports ..." where the tagger missed the name here but not elsewhere."""
    cached = doc.user_data.get(_SURNAMES)
    if cached is None:
        cached = frozenset(
            ent[-1].text
            for ent in doc.ents
            if ent.label_ == "PERSON" and ent[-1].text[:1].isupper() and len(ent[-1].text) > 2
        )
        doc.user_data[_SURNAMES] = cached
    return cached


def _last_speaker(
    doc: Doc,
    start: int,
    end: int,
    *,
    person: bool,
    plural: bool = False,
    participles: bool = False,
    fits: Callable[[Source], bool] = lambda source: True,
) -> Source | None:
    """The subject of the last reporting verb before ``end`` that names a source of the
    pronoun's kind: "The department said ... The other eight were children, it said.";
    "they" may also stand for unnamed people ("Officials said ... They said ...")."""
    for token in reversed(doc[start:end]):
        cited = unnamed_according_to(token, doc[end]) if person and not plural else None
        if cited is not None:  # "..., according to a health official. He said ..."
            return cited
        identifies = token.lemma_.lower() in IDENTIFYING_VERBS and _passive_agent(token)
        if not (is_reporting_verb(token) or identifies) or token.pos_ == "NOUN":
            continue
        if token.lemma_.lower() in QUESTION_VERBS:
            continue  # "Hannity asked Trump how high ...": the one asked answers
        if in_reported_clause(token):
            continue  # "..., adding that Clinton showed ...": Clinton is what was added
        subject = _passive_agent(token) or next(
            (c for c in token.children if c.dep_ in SUBJECT_DEPS), None
        )
        if subject is None and person:  # "In Goma, a nurse at the clinic said ...": the nurse
            subject = misparsed_speaker(token)
        if subject is None and participles:
            speaker = participle_speaker(doc, token, end)
            if speaker is not None and fits(speaker):
                return speaker
        if subject is None or subject.pos_ == "PRON" or document_under_a_credit(subject):
            continue
        given = given_name_of(subject) if person else None
        if given is not None:  # "a fisherman who gave his name as Yusuf, said he ..."
            return Source(text=given.text, kind=SourceKind.NAMED_PERSON)
        span = source_phrase(subject)
        kind = classify_source(span)
        if plural and kind is SourceKind.ANONYMOUS and subject.tag_ in ("NNS", "NNPS"):
            return Source(text=span.text, kind=kind)
        if person and not plural and one_unnamed_speaker(span, subject, doc[end]):
            return Source(text=span.text, kind=kind)  # "An official said ... He said ..."
        if (kind is SourceKind.NAMED_PERSON) == person and kind is not SourceKind.ANONYMOUS:
            if fits(Source(text=span.text, kind=kind)):
                return Source(text=span.text, kind=kind)
    return None


def _passive_agent(verb: Token) -> Token | None:
    """ "Nino was identified by some neighbors as ...": who reports in the passive is the agent,
    not the one reported on; None for an active verb or one with no "by"."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None
