"""Who a span of time is said of: "after almost four decades in DC, McCain has forgotten" ->
"decades John McCain forget forgotten".

A span of time that hangs on a verb by a preposition ("after four decades", "within two years",
"for 36 years", "over two years") and names nothing but its unit (and perhaps its verb)
measures how long a named party did what the verb says, or how long the doing went on. The gold
README's `subject` is the words, any one of which names what is measured; the fresh political
golds name that party or the doing, not the unit alone (realgold24 "after almost four decades in
DC, John McCain": McCain; "Chuck Grassley, who's done it annually for 36 years": Chuck
Grassley; realgold36 "the Fed ... will return to zero within two years": Fed; realgold32 "Over
two years we have been praying": praying). The unit stays first, so a subject that named the
unit still names it, and the verb as written follows the name (a light verb, "has been", adds
nothing). This runs after ``span_subjects.names_no_thing``, which reads a subject of a name
alone as naming only who.
Not who undergoes the doing ("Mr. Osei was held for 20 months": "months held", as
``span_subjects.duration`` says), a span that hangs on a noun ("3,500 lawsuits in 30 years"),
a common noun or a pronoun as the doer ("we", "he": who it is is another sentence's; only "over"
then names the doing), nor a span already named by more than its unit and verb ("sold 90,000
copies in six months": ``span_events``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    DURATION_LIGHT_VERBS,
    DURATION_PREPS,
    SPAN_DOING_PREPS,
    SPAN_HOLDER_LABELS,
    SPAN_HOLDER_PREPS,
    SPAN_RELATIVE_PRONOUNS,
    TIME_UNITS,
)
from factcheck.extract.subjects.clause_subjects import SUBJECT_DEPS
from factcheck.extract.subjects.duration_objects import lasted_object
from factcheck.extract.subjects.money_subjects import as_written
from factcheck.extract.subjects.span_objects import doing_object


def span_holder(figure: Span, subject: str) -> str:
    """The subject of a span of time with who its verb is said of and the verb, or the subject
    as it was when the span names more than its unit and verb, or no named party."""
    units = [t for t in figure if t.lemma_.lower() in TIME_UNITS]
    if not units:
        return subject
    unit = units[-1]
    prep = unit.head
    if unit.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in SPAN_HOLDER_PREPS:
        return subject
    verb = prep.head
    if verb.pos_ != "VERB":
        return subject
    words = {w.lower() for w in subject.split()}
    # the verb's object ``duration_objects`` adds to a "for" span is the doing's too ("has run
    # the fair for 22 years"); not an "in" span's ("recorded 1,470 cases in three weeks")
    duration = prep.lower_ in DURATION_PREPS
    done = set(lasted_object(verb).lower().split()) if duration else set()
    if not words <= {unit.lower_, verb.lower_, verb.lemma_.lower()} | done:
        return subject  # the span already names something of its own
    holder = _named_holder(verb)
    light = verb.lemma_.lower() in DURATION_LIGHT_VERBS
    doing = "" if light else as_written(verb, verb.lemma_)
    if doing:
        # "crossed paths over the past 15 years": the doing with what it was done to
        doing = " ".join(w for w in (doing, doing_object(verb, unit)) if w)
    if holder is None:
        # "Over two years we have been praying": how long the doing went on names it, even
        # with a pronoun for who; not "was arrested within 20 minutes" (a bare event in a span)
        if doing and prep.lower_ in SPAN_DOING_PREPS:
            return f"{unit.text} {doing}"
        return subject
    return " ".join(w for w in (unit.text, _name(holder), doing) if w)


def _name(holder: Token) -> str:
    """The whole name a token stands in ("Chuck Grassley"): its entity, or its compound names."""
    for ent in holder.doc.ents:
        if ent.start <= holder.i < ent.end:
            return ent.text
    parts = [c for c in holder.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(t.text for t in (*parts, holder))


def _named_holder(verb: Token) -> Token | None:
    """The named party the verb is said of: its subject, or the name a relative pronoun
    subject stands for ("Chuck Grassley, who's done it", parsed as a passive with an object);
    None for a common noun, a pronoun, or a passive subject that undergoes the doing."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    if subject.dep_ == "nsubjpass" and not any(c.dep_ == "dobj" for c in verb.children):
        return None  # "Mr. Osei was held for 20 months": who undergoes it; the doing names it
    if subject.lower_ in SPAN_RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head
    if subject.pos_ != "PROPN" or subject.ent_type_ and subject.ent_type_ not in SPAN_HOLDER_LABELS:
        return None  # a proper noun the parse gave no entity is still a name
    return subject
