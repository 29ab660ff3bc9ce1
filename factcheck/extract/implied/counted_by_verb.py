"""The people a casualty verb counts, and whether they undergo it (passive or intransitive) or
are its object: "A man was shot" (the passive's subject), "a man killed in the shooting" (the
noun a reduced relative hangs on), "a gunman who shot a clerk" (the object), "A boy is
recovering after being shot" (the main clause's subject). Pure.

Split from ``implied_predicates.py`` (``casualty_predicate`` asks it for every verb it knows a
measure of). Not counted: "the club shooting suspect Ed Ray" (a compound, no object).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.active_participles import is_active_participle
from factcheck.extract.implied.addressed_victims import is_addressed_name
from factcheck.extract.implied.age_objects import age_read_as_modifier
from factcheck.extract.implied.datelines import without_datelines
from factcheck.extract.implied.gapped_passives import gapped_passive
from factcheck.extract.implied.implied_people import (
    hyphen_piece,
    is_listed_pronoun,
    is_noun_or_person,
    is_twins,
    with_conjuncts,
)
from factcheck.extract.implied.instrument_use import used_to_harm
from factcheck.extract.implied.joined_participles import first_participle
from factcheck.extract.implied.listed_participles import listed_first
from factcheck.extract.implied.lost_subjects import lost_subject
from factcheck.extract.implied.misparsed_people import misread_passive
from factcheck.extract.implied.misread_relatives import (
    misread_relative_person,
    trailing_relative_person,
)
from factcheck.extract.implied.named_objects import is_harmed_name
from factcheck.extract.implied.named_victims import PersonNames, is_lone_name_word
from factcheck.extract.implied.opening_participles import opening_participle_clause
from factcheck.extract.implied.relative_people import relative_person
from factcheck.extract.implied.reported_relatives import reported_relative
from factcheck.extract.implied.rooted_ages import rooted_age
from factcheck.extract.implied.victim_names import is_aged_name_shape
from factcheck.extract.lexicon import (
    ADJECTIVE_PARTICIPLES,
    BLEEDING_VERBS,
    CASUALTY_PERSON_NOUNS,
    DEATH_PHRASE_VERBS,
    FIND_VERBS,
    INTRANSITIVE_CASUALTY_VERBS,
    PASSING_AWAY,
    PERISH_VERBS,
    STAYING_AUXILIARIES,
)

# verbs whose subject alone is counted: "Both victims survived", "a man succumbed to his
# injuries", "lost his life" (death_phrases.py)
# "a woman perished", "passed away" (implvoc)
# "A man bled to death" (implwide: "bleed" counts only with "to death", ``beaten_to_death``)
_SUBJECT_COUNTED_VERBS = (
    INTRANSITIVE_CASUALTY_VERBS
    | DEATH_PHRASE_VERBS
    | PERISH_VERBS
    | {PASSING_AWAY[0]}
    | BLEEDING_VERBS
)


def counted_by_verb(verb: Token) -> tuple[bool, list[Token]]:
    """(passive or intransitive, the people counted) for a casualty verb."""
    misread = misread_relative_person(verb)
    if misread is not None:
        # "The teen shot in the leg is in stable condition": the parse makes the reduced
        # relative a clause of its own (impl42)
        return True, with_conjuncts(misread)
    trailing = trailing_relative_person(verb)
    if trailing is not None:
        # "released the names of the man and the boy shot dead": the parse hangs the reduced
        # relative on the main verb (misread_relatives.py)
        return True, with_conjuncts(trailing)
    reduced = not any(c.dep_ == "nsubj" for c in verb.children)  # "Police: dad shot ...": no
    # "the family of a man shot and killed last week": the second participle of a reduced
    # relative is the first's conjunct (joined_participles.py, imp62)
    relative = first_participle(verb)
    if (
        relative.dep_ == "acl"
        and relative.tag_ in ("VBN", "VBD")
        and is_noun_or_person(relative.head)
        and reduced
    ):
        # "a man killed in the shooting", "Girl, 8, shot in wrist", "RELATED: Man killed in";
        # "a woman, Ann Lee, and her son, Tom, found dead": the people listed with the noun;
        # "identified a man and a woman shot dead": the list the parse hangs it on the last of
        return True, with_conjuncts(listed_first(relative.head, relative) or relative.head)
    # "a man succumbed to his injuries", "lost his life": the subject is who died
    intransitive = verb.lemma_.lower() in _SUBJECT_COUNTED_VERBS
    deps = ("nsubj", "nsubjpass") if intransitive else ("nsubjpass",)
    if verb.dep_ == "relcl" and any(
        c.dep_ in deps and c.tag_ in ("WP", "WDT") for c in verb.children
    ):
        # "a 7-year-old girl who was fatally shot"; "a woman in the car who was shot": the
        # woman, where the parse hangs the clause on the car (relative_people.py)
        return True, [relative_person(verb)]
    reported = reported_relative(verb)
    if reported is not None:
        return True, [reported]  # "a man who police said had been stabbed" (implwide)
    # "Shot in the back, the teen ran to a neighbor's house": the same (opening_participles.py)
    main = _clause_before_being(verb) or opening_participle_clause(verb)
    if main is not None:
        # "A 10-year-old is recovering after being shot": the main clause's subject
        people = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
        return True, [p for subject in people[:1] for p in with_conjuncts(subject)]
    head = misread_passive(verb) or verb  # "A teen was slain near the park" (implvoc)
    # "shot and killed" (conj), "found shot to death" (xcomp, oprd): the subject is up the tree
    # "A man was found fatally shot": the parse may make the participle the finding's ccomp
    while (
        head.dep_ in ("conj", "xcomp", "oprd")
        or (head.dep_ == "ccomp" and head.head.lemma_.lower() in FIND_VERBS)
    ) and (
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in head.children)
        or _gapped_subject(head)
    ):
        # "a girl was grazed and a man was shot dead": a conjunct with its own "was" has its
        # own subject, even where the parse lost it
        head = head.head
    found = verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.head.lemma_.lower() == "find"
    if (
        not any(c.dep_ in ("aux", "dobj") for c in head.children)
        and (
            verb.tag_ == "VBN"
            or verb.lemma_.lower() in ("find", "hospitalize")
            or found
            or verb.lower_ in ADJECTIVE_PARTICIPLES  # "The 24-year-old was slain" (impl56b)
        )
        # "A woman answered the door and was shot": a passive conjunct whose "was" follows
        # "and" has the active head's subject (gapped_passives.py)
        or gapped_passive(verb)
    ):
        # headlines' "Boy killed in crash", "Mother, child found dead"
        deps = ("nsubj", "nsubjpass")
    subjects = _joined_hyphens([c for c in head.children if c.dep_ in deps])
    # "DALLAS – A 17-year-old was shot": the parse may make the dateline a subject (datelines.py)
    subjects = without_datelines(subjects)
    if not subjects and verb.tag_ in ("VBD", "VBN", "VBZ"):
        # "A 19-year-old died of multiple gunshot wounds": the age hung on the verb (age_objects)
        subjects = age_read_as_modifier(head)
    if not subjects and verb.tag_ == "VBN":
        # "The boy remains hospitalized", "remained hospitalized Sunday": the parse may hang
        # the subject on the "remains" it calls an auxiliary (impl41)
        subjects = [
            g
            for c in head.children
            if c.dep_ == "auxpass" and c.lower_ in STAYING_AUXILIARIES
            for g in c.children
            if g.dep_ in ("nsubj", "nsubjpass")
        ]
    if not subjects and verb.tag_ == "VBN":
        # "a girl was grazed and Ann Lee, 22, was shot dead", "Tom Ray remained hospitalized":
        # the parse hangs the subject elsewhere (lost_subjects.py)
        lost = lost_subject(verb)
        subjects = [lost] if lost is not None else []
    if subjects:  # "his former daughter-in-law and her friend": the parse may give two
        people = [p for subject in subjects for p in with_conjuncts(subject)]
        # "A 9-year-old and his mother were wounded": the age the parse makes the root, the
        # pair's first person (rooted_ages.py)
        age = rooted_age(head, subjects)
        return True, [age, *people] if age is not None else people
    objects = _joined_hyphens([c for c in verb.children if c.dep_ == "dobj"])
    # a headline's "Dad fatally shot twin daughters": the parse may hang the clause on "Police:"
    clause = (
        verb.dep_ != "acl"
        or verb.tag_ == "VBD"
        and _bare_person(objects)
        # "A shotgun went off, striking a boy in the leg": the parse may hang a participle
        # clause after a comma on the noun before it; "fired into a crowd injuring a child":
        # or without the comma (impl, session 41)
        or verb.tag_ == "VBG"
        and verb.i > 0
        and (verb.doc[verb.i - 1].text == "," or _participle_clause(verb))
    )
    # "the gun he used to kill Ann Lee": an infinitive that is the act done (instrument_use.py)
    # "police said he had shot his wife": a perfect acts too (active_participles.py)
    acted = (
        verb.tag_ in ("VBG", "VBD", "VBZ", "VBP")
        or used_to_harm(verb)
        or is_active_participle(verb)
    )
    if objects and acted and clause:
        # "..., killing his wife and two children", "a gunman who shot a clerk" (not "the club
        # shooting suspect")
        # a lone name labelled something else, which the article gives a person ("killed
        # Aoki" after "Courtney Aoki")
        named = (
            objects[0].ent_type_ == "PERSON"
            or is_lone_name_word(objects[0])
            and objects[0].lower_ in PersonNames(verb.doc)
            or is_aged_name_shape(objects[0])
            # "shot Officer Reyes": a title of address makes the name a person's
            or is_addressed_name(objects[0])
            # "shot and killed Darnell Price": a name by shape, shot (named_objects.py)
            or is_harmed_name(verb, objects[0])
        ) and verb.dep_ not in ("amod", "compound")
        if (
            not named
            and not is_twins(objects[0])
            # "wounding both", "killing her and another woman" (vdesc40)
            and not (objects[0].lower_ == "both" or is_listed_pronoun(objects[0]))
            and not any(c.dep_ in ("det", "poss", "nummod") for c in _object_words(objects[0]))
            and not _bare_person(objects)
        ):
            return False, []  # "the club shooting suspect Ed Ray": a compound, no object
        # "shooting his mother and 8-year-old brother": the parse may make both objects
        return False, [p for o in objects for p in with_conjuncts(o)]
    if verb.dep_ == "ROOT" and verb.tag_ == "VBN":
        # a headline's "Child Killed": the parse makes the noun a compound
        nouns = [
            c for c in verb.lefts if c.dep_ == "compound" and c.lower_ in CASUALTY_PERSON_NOUNS
        ]
        return True, nouns
    return False, []


def _participle_clause(verb: Token) -> bool:
    """ "A man fired into a crowd injuring a child": a participle the parse hangs on the noun
    before it, without a comma, is the clause of the verb before that noun (not "the man
    killing" a noun's own participle: the noun is a prepositional object, not a person)."""
    noun = verb.head
    return noun.dep_ == "pobj" and noun.lemma_.lower() not in CASUALTY_PERSON_NOUNS


def _object_words(person: Token) -> list[Token]:
    """The words on an object: its own, and on the piece before its hyphen ("his ex-wife"
    parsed as "ex", "-", "wife": the owner hangs on "ex")."""
    piece = hyphen_piece(person)
    return [*person.children, *(piece.children if piece is not None else [])]


def _bare_person(objects: list[Token]) -> bool:
    """A headline's or related-story line's bare person object, with no article: "Man kills
    girlfriend", "shooting that injured 4-year-old daughter and her mother", "Man kills
    ex-wife" (not a name: "the club shooting suspect Ed Ray" has no object)."""
    return (
        len(objects) == 1  # not "shot officer Dan Lee", parsed as two objects
        and objects[0].lemma_.lower() in CASUALTY_PERSON_NOUNS
        and not objects[0].ent_type_
        # "shot sleeping wife, son": a list the parse breaks is people_lists.py's
        and not any(
            c.dep_ == "appos" and c.lower_ in CASUALTY_PERSON_NOUNS for c in objects[0].children
        )
    )


def _joined_hyphens(subjects: list[Token]) -> list[Token]:
    """ "The co-worker was hit": the parse may make the pieces of a hyphenated noun subjects
    ("co", "-", and "worker" or its appos); the word after the hyphen stands for the word."""
    if len(subjects) < 2 or not any(t.text == "-" and not t.whitespace_ for t in subjects):
        return subjects
    doc = subjects[0].doc
    joined: list[Token] = []
    for token in subjects:
        if token.text == "-" and not token.whitespace_ and token.i + 1 < len(doc):
            token = doc[token.i + 1]  # "-" -> "worker"
        elif token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_:
            continue  # "co"
        if token not in joined:
            joined.append(token)
    return joined


def _clause_before_being(verb: Token) -> Token | None:
    """The main verb of "A boy is recovering after being shot" for "shot" ("after/since being
    <casualty>"), unless it says a casualty itself ("died after being shot" is one count)."""
    if verb.dep_ not in ("pcomp", "advcl") or not any(
        c.dep_ == "auxpass" and c.lower_ in ("being", "getting") for c in verb.children
    ):
        return None
    link = (
        verb.head
        if verb.dep_ == "pcomp"
        else next((c for c in verb.children if c.dep_ == "mark"), None)
    )
    if link is None or link.lower_ not in ("after", "since"):
        return None
    main = link.head if verb.dep_ == "pcomp" else verb.head
    if main.pos_ in ("ADV", "NOUN") and main.dep_ == "advmod" and main.head.i > verb.i:
        # "Home from the hospital after being shot in the leg, Ann Lee said ...": the parse
        # hangs "after" on the opening adverb (tagged a noun in some sentences); its clause's
        # verb is the main one (imp62)
        main = main.head
    # the predicate asks this module whom its verb counts, and this asks the predicate back:
    # imported here, at the call, so neither module needs the other loaded first
    from factcheck.extract.implied.implied_predicates import casualty_predicate

    if main.pos_ not in ("VERB", "AUX") or casualty_predicate(main) is not None:
        return None
    return main


def _gapped_subject(verb: Token) -> bool:
    """ "A man was shot and was pronounced dead": a conjunct whose "was" follows "and" at once
    shares its head's subject (not "a girl was grazed and a man was shot dead")."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    first = min((c.i for c in verb.children if c.dep_ in ("aux", "auxpass")), default=verb.i)
    return first > 0 and verb.doc[first - 1].lower_ in ("and", "but", "then")
