"""The source phrase and its kind: which words name the source, and whether they name a
person, an organisation or no one in particular.

This module composes the parts, in the order they decide: where the phrase starts and stops
(``phrase_edges.py``), a title or role before a name (``name_titles.py``), the cues of a
phrase's kind (``kind_cues.py``) and what the article says a name is (``name_kinds.py``).

Notes:
    Gold README, "Source kinds"; issue 11 for acronyms in brackets and names in apposition.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.entity_spans import entity_bounds
from factcheck.extract.lexicon import (
    ANONYMOUS_HEADS,
    CANDIDATE_EPITHET_HEADS,
    DOCUMENT_HEADS,
    INDEFINITE_UNIQUE_ROLE_HEADS,
    KIN_SOURCE_HEADS,
    NAME_PREPS,
    NAMED_WORK_HEADS,
    ORG_EPITHET_HEADS,
    ORG_HEADS,
    POLICE_BODY_WORDS,
    POLICE_PLURAL_HEADS,
    PUBLISHED_PAGE_HEADS,
    RECORD_SOURCE_HEADS,
    SOURCE_PLACE_ADVERBS,
    SPOKESPERSON_HEADS,
    SURVEY_HEADS,
    UNIQUE_ROLE_HEADS,
    UNNAMED_POLL_WORDS,
    UNSPECIFIED_ORG_HEADS,
)
from factcheck.extract.sources.apposed_names import name_after_description
from factcheck.extract.sources.body_kinds import (
    definite_institution,
    kept_by_a_body,
    named_by_its_compound,
    outlet_name,
)
from factcheck.extract.sources.coref import refers_to_named_person
from factcheck.extract.sources.definite_documents import definite_document
from factcheck.extract.sources.firm_names import ends_a_firm_name
from factcheck.extract.sources.indefinite_bodies import indefinite_body
from factcheck.extract.sources.kind_cues import (
    a_name,
    a_record_of_someone,
    camel_case,
    common_noun_word,
    is_definite,
    is_indefinite,
    is_owned,
    named_work,
    names_a_pollster,
    of_a_named_body,
    some_of_them,
    tagged,
    unspecified_group,
)
from factcheck.extract.sources.name_kinds import described_kind, kind_of_name, short_for_an_org
from factcheck.extract.sources.name_titles import (
    name_behind_title,
    split_title,
    title_split_after,
    without_title,
)
from factcheck.extract.sources.office_roles import ranked_office, two_word_office
from factcheck.extract.sources.owned_names import owned_name
from factcheck.extract.sources.phrase_edges import (
    capitalised_preposition,
    cover_names,
    cut_at_dash_or_handle,
    cut_open_bracket,
    describes_source,
    drop_acronym,
    ends_in_acronym,
    entity_after,
    is_acronym_bracket,
    joined_group,
    joined_name,
    keep_acronym,
    keep_appositive_name,
    keep_split_first_word,
    on_the_scene,
    opening_conjunction,
    place_end,
    reported_content,
    restricts_source,
    says_where,
    without_place,
)
from factcheck.extract.sources.placed_people import people_of_a_place
from factcheck.extract.sources.plural_people import several_unnamed_people
from factcheck.extract.sources.role_clause_names import (
    name_after_role_clause,
    named_after_role_clause,
)
from factcheck.extract.sources.source_extent import (
    apposed_name_end,
    name_beside_subject,
    named_apposition,
    outside_clauses,
)
from factcheck.extract.sources.unnamed_members import one_unnamed_member
from factcheck.extract.sources.unnamed_staff import unnamed_staff, unnamed_workers
from factcheck.model import SourceKind


def classify_source(span: Span) -> SourceKind:
    """Return the kind of a source phrase.

    Notes:
        Gold README, "Source kinds": a person named or identified by a unique role ->
        named_person; an institution or named group -> named_org; unnamed people or
        unspecified sources, officials, reports -> anonymous.
    """
    if not span.text.strip():
        return SourceKind.NONE
    span = without_title(span)
    head = _phrase_head(span)
    if named_after_role_clause(span, head):
        return SourceKind.NAMED_PERSON  # "A lawyer representing the family, Ana Ruiz"
    if any(capitalised_preposition(t) and t.head.i == head.i for t in span):
        return SourceKind.NAMED_ORG  # "Doctors Without Borders": a group's name
    head_word = head.lemma_.lower()
    common = common_noun_word(span, head)
    if common is not None:
        if common in KIN_SOURCE_HEADS or (head.pos_ == "PROPN" and common in ANONYMOUS_HEADS):
            return SourceKind.ANONYMOUS  # "Family said", "Loved ones said", "Officer ... says"
        if common in POLICE_PLURAL_HEADS and not some_of_them(head):
            return SourceKind.NAMED_ORG  # "Officers tell us ...": the police
    if unspecified_group(span, head):
        return SourceKind.ANONYMOUS  # "conservative outside groups", "some Democrats"
    if one_unnamed_member(span, head):
        return SourceKind.ANONYMOUS  # "a Carrier executive", "one Trump confidant"
    if several_unnamed_people(span, head):
        return SourceKind.ANONYMOUS  # "Forecasters", "Doctors at the hospital in Katpur"
    if unnamed_staff(span, head):
        return SourceKind.ANONYMOUS  # "Clinton campaign aides", "Executives for Mondelez"
    if unnamed_workers(head):
        return SourceKind.ANONYMOUS  # "Economists at Frontier Research", not "... polled by X"
    described = described_kind(span.doc, head) if head.is_title else None
    if described is not None:
        return described  # "Mare Aperto, a German rescue charity, said": the article says
    if outlet_name(head):
        return SourceKind.NAMED_ORG  # "according to Politico", tagged a person
    if ends_a_firm_name(head):
        return SourceKind.NAMED_ORG  # "Fitch Ratings said", tagged a person
    if head.ent_type_ == "PERSON" and not short_for_an_org(span.doc, head):
        return SourceKind.NAMED_PERSON
    if a_name(head) or head.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"):
        return kind_of_name(span.doc, head)
    if camel_case(head):
        return kind_of_name(span.doc, head)  # "according to RealClearPolitics", read as a noun
    if len(span) == 1 and head.is_title and head.i > head.sent.start:
        return kind_of_name(span.doc, head)  # "said Skelly", the name read as an adverb
    unique_role = head_word in UNIQUE_ROLE_HEADS or two_word_office(head) or ranked_office(head)
    if unique_role or head_word in SPOKESPERSON_HEADS:
        if tagged(span[-1:], ("PERSON",)):
            return SourceKind.NAMED_PERSON  # "A Twitter spokesman, Christopher Abboud"
        if is_definite(head) or head_word in INDEFINITE_UNIQUE_ROLE_HEADS:
            return SourceKind.NAMED_PERSON  # "the sheriff", and "a sheriff": the county has one
        return SourceKind.ANONYMOUS
    if head.lower_ in UNNAMED_POLL_WORDS and any(camel_case(t) for t in span):
        return SourceKind.NAMED_ORG  # "the RealClearPolitics polling average", however tagged
    if head_word in NAMED_WORK_HEADS and any(camel_case(t) for t in span):
        return SourceKind.NAMED_ORG  # "the RealClearPolitics average of national polls"
    if head.lower_ in UNNAMED_POLL_WORDS and not names_a_pollster(span):
        return SourceKind.ANONYMOUS  # "exit polls", "New Hampshire surveys": a place owns none
    if head_word in DOCUMENT_HEADS and (is_owned(head) or kept_by_a_body(head)):
        # "its annual report", "the agency's figures", "WHO and UNICEF figures"; "Interior
        # ministry figures show", "police figures": a body's word before the document says
        # whose it is (conventions, "Documents 'by' an organisation"; tests/wireb b_4)
        return SourceKind.NAMED_ORG
    if head.tag_ == "NNS" and of_a_named_body(head):
        return SourceKind.NAMED_ORG  # "analysts at Sandgate Research", "economists polled by X"
    records = head_word in RECORD_SOURCE_HEADS or head_word in PUBLISHED_PAGE_HEADS
    if records and (a_record_of_someone(span, head) or kept_by_a_body(head)):
        return SourceKind.NAMED_ORG  # "the criminal complaint", "its website", "a police report"
    if head.lower_ in POLICE_BODY_WORDS:
        return SourceKind.NAMED_ORG  # "cops said", as "police said"
    if definite_document(head):
        return SourceKind.NAMED_ORG  # "according to the bulletin", "the judgment found"
    if head_word in ANONYMOUS_HEADS or head.lower_ in ANONYMOUS_HEADS:
        if tagged(without_place(span, head), ("PERSON",)):  # not "An aid worker in Adre"
            return SourceKind.NAMED_PERSON
        return SourceKind.ANONYMOUS
    if head.lower_ in UNSPECIFIED_ORG_HEADS and all(t.dep_ == "det" for t in head.lefts):
        if not list(head.rights):
            return SourceKind.ANONYMOUS  # "authorities said", not "Fresno authorities"
    if head_word in ORG_HEADS or head.lower_ in ORG_HEADS or head_word in ORG_EPITHET_HEADS:
        if is_indefinite(head) and not any(t.pos_ == "PROPN" for t in span):
            if not indefinite_body(head) and head_word not in SURVEY_HEADS:  # "a new poll"
                return SourceKind.ANONYMOUS  # "a local radio station" names no one
        return SourceKind.NAMED_ORG
    if definite_institution(head):
        return SourceKind.NAMED_ORG  # "The retailer said", "the school district said"
    if named_by_its_compound(head):
        return SourceKind.NAMED_ORG  # "The coast guard said", "City hall said"
    if tagged(span, ("PERSON",)) or refers_to_named_person(head):
        return SourceKind.NAMED_PERSON  # "the senator" after "Senator Ann Lee"
    if people_of_a_place(span, head):
        return SourceKind.ANONYMOUS  # "Traders in Lagos's main market", "Dutch farmers"
    if tagged(span, ("ORG", "NORP", "GPE")) or named_work(head):
        return SourceKind.NAMED_ORG
    if head_word in CANDIDATE_EPITHET_HEADS and head.tag_ == "NN" and is_definite(head):
        return SourceKind.NAMED_PERSON  # "the candidate said": the one the story is about
    return SourceKind.ANONYMOUS


def _phrase_head(span: Span) -> Token:
    """The phrase's head noun: its syntactic root, or its last noun when the root is not one."""
    root = span.root
    if root.pos_ in ("NOUN", "PROPN", "PRON"):
        return root
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN") or t.lemma_.lower() in ANONYMOUS_HEADS]
    return nouns[-1] if nouns else root


def source_phrase(head: Token) -> Span:
    """The source's noun phrase: its left modifiers and name-like right parts, no clauses."""
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("compound", "flat", "nmod"):
            end = child.right_edge.i + 1
        elif child.i == end and capitalised_preposition(child):
            end = child.right_edge.i + 1  # "Doctors Without Borders"
        elif child.dep_ == "prep" and child.lower_ in NAME_PREPS and child.i == end:
            if any(t.like_num for t in outside_clauses(child)) or reported_content(child, head):
                break  # "reports of 200 missing": the figure is not part of its source
            end = child.right_edge.i + 1
        elif child.i == end and on_the_scene(child):
            end = child.right_edge.i + 1  # "Officer on the scene says", as "at the scene"
        elif child.i == end and says_where(child):
            end = place_end(child)  # "a European diplomat in Tripoli"
        elif child.i == end and child.dep_ == "advmod" and child.lower_ in SOURCE_PLACE_ADVERBS:
            end = child.i + 1  # "a doctor there said": the place, as "in Tripoli" is
        elif child.i == end and describes_source(child):
            end = child.right_edge.i + 1
        elif child.left_edge.i == end and named_apposition(child):
            end = apposed_name_end(child) or end  # "the activist group Mosul Eye"
        elif child.left_edge.i == end and (
            (child.dep_ == "relcl" and head.lower_ == "those") or restricts_source(child, head)
        ):
            # "Those who live at the complex": who they are; "the officials whose laws were
            # struck down": which officials
            end = child.right_edge.i + 1
        else:
            break
    end = name_beside_subject(head, end)  # "the agency Bawaslu said", parsed as 2 subjects
    role_end = name_after_role_clause(head, end)
    named_after_role = role_end != end  # "A lawyer representing X, Ana Ruiz"
    end = keep_acronym(head.doc, keep_appositive_name(head, role_end))
    for token in head.doc[head.i + 1 : end]:
        if is_acronym_bracket(token):
            continue
        if token.text == "," and token.i + 1 < end:
            if named_after_role or entity_after(token) == "PERSON":
                continue
        if token.text in (",", "(", "—", "–", "--") or (
            token.dep_ in ("relcl", "acl") and token.head.i != head.i
        ):
            end = token.i  # ", who asked not to be named", "a report ... published in May"
            if token.dep_ == "relcl" and head.i < token.left_edge.i < end:
                # "people familiar with the matter who spoke ...": the clause opens at "who"
                end = token.left_edge.i
            break

    start, end = cover_names(head.doc, start, end)
    start = keep_split_first_word(head.doc, start)
    start, end = cut_at_dash_or_handle(head.doc, start, end)
    span = head.doc[start:end]
    while len(span) > 1 and (span[-1].is_space or span[-1].is_punct and not ends_in_acronym(span)):
        span = span[:-1]
    while len(span) > 1 and (span[0].is_punct or opening_conjunction(span[0], head)):
        span = span[1:]
    span = cut_open_bracket(drop_acronym(span))
    joined = joined_group(head)
    if joined is not None and span[-1].i == head.i:
        return head.doc[span.start : joined.i + 1]  # "police and witnesses said"
    name = joined_name(head)
    if name is not None and span.end <= name.left_edge.i:
        return head.doc[span.start : source_phrase(name).end]  # "Smith and Jones said"
    apposed = name_after_description(span, head)
    if apposed is not None:
        return apposed  # "Its spokesman, Ibrahim Lawal": the name, not the appositive
    if split_title(span, head):
        _, name_end = entity_bounds(head.doc, head.i + 2)
        return head.doc[span.start : name_end]  # "said Sgt. / Ray Ortiz": the name split off
    split_end = title_split_after(span, head)
    if split_end is not None:
        return head.doc[span.start : split_end]  # "police spokesman Lt. / Alan Pruitt, who"
    owned = owned_name(span, head)
    if owned is not None:
        return owned  # "The Herald's Dana Pruitt": the owner is the name's title
    return name_behind_title(span, head)


def classify_name(span: Span) -> SourceKind:
    """The kind of a phrase known to be a name, however the parse tags its head: "Trump" in
    "Trump estimates that ...", a common noun there (misread_verbs.py)."""
    return kind_of_name(span.doc, _phrase_head(without_title(span)))
