"""Extraction quality on real news: the 33 annotated articles of tests/realgold and the 14 held-out
ones of tests/realgold2 (issue 11).

The articles belong to their publishers and are read from ../shared/corpus at run time; the
repository keeps only their gold offsets and labels.
"""

from pathlib import Path

import pytest

from factcheck.evaluate import score_folder

REALGOLD = Path(__file__).resolve().parents[1] / "realgold"
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

if not CORPUS.is_dir():
    pytest.skip(
        f"the real articles of tests/realgold are read from {CORPUS}, which is absent",
        allow_module_level=True,
    )

# The scores after issue 11's branches (spans and formats, sources across sentences, caveat
# scope; implied-count spans, subjects, headlines and local-news not-claims of branch subjects3;
# speakers, coreference and nominal sources of branch sources3; quotation cues, announced
# paragraphs and source kinds of branch sources4; margins in points, ages and local-news labels,
# nominal and multiple-event implied counts of branch spans4; session 11's branches sources5,
# spans5, caveats5 and subjects5, merged as 0.4.4; subject and record raised at 0.4.9, branch
# subjects6: irregular plurals with their singular, sale prices, speeds, dimensions)
# and the implied counts of issue 9, over all 33 articles (256 gold claims, 38 of
# them implied counts), truncated to three places: docs/extraction.md. Predicted implied counts
# are scored here because this gold annotates them. The floors sit 0.005 below the scores: one
# claim's span in 256 varied between runs until session 12 (quantulum3's units followed the
# string hash seed: tests/extract/test_quantities.py). Raise a floor when a score rises.
# All floors re-measured at 0.5.0 (session 12's merge of caveats6, subjects6, sources6, spans7):
# record 0.7086, realgold2 0.3861, realgold3 0.7930, realgold5 0.4773. Record and source floors
# raised at 0.5.6 (sources8: "in" phrases of sources, doubled and appositive subjects): record
# 0.7158, source P/R 0.7895/0.8203, source kind P/R 0.8308/0.8633.
# 0.8403 at 0.29.0 (gvasrc39, impl39); 0.8479 at 0.32.0 (gvasrc42); 0.8517 at 0.33.0 (gvasrc43);
# 0.8555 at 0.42.0 (impl2); 0.8779 at 0.59.0 (session 53)
RECORD_ACCURACY_FLOOR = 0.872
PRECISION_FLOORS = {
    "span": 0.879,
    "value": 0.898,
    "approx": 0.902,
    "subject": 0.887,
    "source": 0.794,
    "source_kind": 0.838,
    "caveats": 0.895,  # 0.9000 at 0.25.0 (hedge34)
    "key": 0.634,
}
RECALL_FLOORS = {
    "span": 0.924,  # 0.9297 at 0.7.1 (spans11)
    "value": 0.944,
    "approx": 0.948,
    "subject": 0.932,
    "source": 0.834,
    "source_kind": 0.881,
    "caveats": 0.944,  # 0.9492 at 0.25.0
    "key": 0.666,
}


@pytest.fixture(scope="module")
def real_report(nlp):
    return score_folder(nlp, REALGOLD, CORPUS)


def test_real_news_full_record_accuracy_stays_above_its_floor(real_report):
    assert real_report.record_accuracy >= RECORD_ACCURACY_FLOOR


@pytest.mark.parametrize("field", sorted(PRECISION_FLOORS))
def test_real_news_field_precision_stays_above_its_floor(real_report, field):
    assert real_report.fields[field].precision(real_report.n_pred) >= PRECISION_FLOORS[field]


@pytest.mark.parametrize("field", sorted(RECALL_FLOORS))
def test_real_news_field_recall_stays_above_its_floor(real_report, field):
    assert real_report.fields[field].recall(real_report.n_gold) >= RECALL_FLOORS[field]


# Caveats scored one by one over the 33 articles: 8 right of 15 predicted, 19 gold at 0.4.2
# (P 0.5333, R 0.4211; 0.40 / 0.42 at 0.3.9); 8 right of 14 predicted at 0.4.8 (P 0.5714).
# Lowered at 0.10.3 (caveats12) from 0.883: 8 right of 10 predicted (0.80); the new unnamed
# sources ("an anonymous 911 call", "Loved ones", "A count": the gold README gives every
# anonymous source the caveat) added 5 right caveats on the tuning sets and GVA, none false, and
# one caveat on the held-out 11 whose error was not looked at. The lead may drop that rule.
# Lowered at 0.24.0 (implied33) from 0.795: 9 right of 14 predicted (0.643). implied33 made
# "slay" a killing verb, so "Man suspected of slaying wife and son" (headline and body, 3 claims
# that were misses) is now found, with the allegation frame's `hedged`, which this gold does not
# give (realgold3 also leaves "accused of shooting his mother and brother" unhedged). A found
# count with a caveat too many replaced a missed count; the allegation frame on a casualty verb
# needs a ruling (session 26 note). Raised at 0.25.0 to 0.813: 9 right of 11 predicted (0.8182):
# hedge34's ruling (docs/gold-conventions.md, "Victims of an act someone is accused of") leaves
# the victims of the act unhedged, as this gold does.
# Lowered at 0.58.0 (kind52) to 0.687: 9 right of 13 predicted (0.6923). kind52 reads plural
# reports an adjective only describes as anonymous ("multiple reports", gold README: unspecified
# "reports" -> anonymous), so two figures of one article that "multiple reports" contradict get
# the anonymous_source caveat; this gold gives both figures to the person quoted (a source that
# was already wrong at 0.57.0, with or without the caveat), so no record changed.
# Lowered at 0.79.0 to 0.661 (0.6667): session 72's ruling "People at a named body"
# (docs/gold-conventions.md; 8 wire writers for, this gold and tests/corpus against; wire checks
# +2 records scored alone) makes "lawyers with the ... Project" anonymous with its caveat, where
# this gold writes the project (named_org).
CAVEAT_PRECISION_FLOOR = 0.661
CAVEAT_RECALL_FLOOR = 0.416


def test_real_news_caveats_one_by_one_stay_above_their_floors(real_report):
    assert real_report.caveat_precision >= CAVEAT_PRECISION_FLOOR
    assert real_report.caveat_recall >= CAVEAT_RECALL_FLOOR


# The other sets of real gold (tests/realgold2/README.md, realgold3, realgold4): only their
# full-record accuracy is guarded, about 0.005 below their scores at 0.4.4 (session 11's merge of
# sources5, spans5, caveats5, subjects5): realgold2 (held out) 0.3500, 0.3106 at 0.3.9;
# realgold3 (a tuning set since session 11) 0.6923, 0.4296 at 0.3.9, first score 0.42 at 0.3.6,
# 0.7154 at 0.4.5 (spans6: implied counts of lists the parse breaks), 0.7393 at 0.4.9 (subjects6);
# realgold4 (held out, annotated in session 11) 0.4793, first score 0.42 at 0.3.9; realgold5
# (held out, annotated late in session 11) first score 0.4607 at 0.4.4; realgold6 (held out,
# annotated at the start of session 12) first score 0.3959 at 0.4.5. realgold5 (a tuning set
# since session 12's first merge) 0.5076 at 0.5.1 (sources7: local-news roles, pictures, marks).
# At 0.5.5 (session 12's round 2 merged: sources7, caveats7, subjects7, spans8): realgold2 0.3861,
# realgold3 0.7930, realgold4 0.4977 (0.4884 at 0.4.5), realgold5 0.5923 (a tuning set since
# session 12's first merge; 0.4697 at 0.4.5), realgold6 0.4010 (first score 0.3959 at 0.4.5).
# realgold7 (held out, annotated at the start of session 13) first score 0.3601 at 0.5.5;
# realgold8 (session 13's validation set, then tuning) first score 0.3374 at 0.5.5.
# realgold3 0.7969 at 0.5.6 (sources8; its relative-clause rule was reverted at the merge).
# realgold5 0.6000 at 0.5.8 (subjects8: units, percentages naming only "percent", raising).
# realgold5 0.6231 at 0.5.9 (spans9: implied pairs, "one" for a casualty, stretches of counts).
# At 0.6.0 (session 13's round 1 merged: sources8, caveats8, subjects8, spans9, claim links):
# realgold2 0.3899, realgold3 0.7969, realgold4 0.5070, realgold5 0.6308, realgold6 0.4213,
# realgold7 0.3697, realgold8 0.3537; all 33 of realgold 0.7194; floors 0.005 below.
# At 0.6.3 (subjects9: vote tallies, averages): realgold5 0.6385, realgold8 0.3699.
# realgold8 0.4024 at 0.6.1 (spans10: "himself" after killed, bare ages, definite re-mentions,
# statements of care, gunfire that hit someone); the 33 of realgold 0.7194 -> 0.7230.
# At 0.7.0 (session 13's round 2 merged: spans10, sources9, subjects9): realgold2 0.3899,
# realgold3 0.8047, realgold4 0.5256, realgold5 0.6423, realgold6 0.4416, realgold7 0.3839,
# realgold8 0.4634 (a tuning set since round 1); all 33 of realgold 0.7230; floors 0.005 below.
# realgold9 (held out, annotated blind at the start of session 14) first score 0.5021 at 0.7.0;
# realgold10 (session 14's validation set, then tuning) first score 0.4731 at 0.7.0.
# At 0.7.2 (sources10: headline group labels, scene clauses, people found in a state):
# realgold3 0.8125, realgold8 0.4878.
# realgold8 0.4756 at 0.7.3 (subjects10: verbs as written, casualty verbs in headlines).
# At 0.7.4 (caveats9: unnamed witnesses, no hedge from "reported" or "would"): realgold8 0.4675.
# At 0.7.1 (spans11: markup tags, percent pairs, gunshot wounds, "after being shot"): realgold5
# 0.6525, realgold8 0.4694, all 33 of realgold 0.7266; floors 0.005 below.
# At 0.8.1 (spans12: self-inflicted shots, casualty modifiers as objects, people found dead,
# twins, "One" names): realgold10 0.4885 -> 0.5077, realgold8 0.5102 -> 0.5372; floors 0.005 below.
# At 0.8.3 (subjects11: pronoun and multiplier subjects of "be", sums of worth, "N fatally"):
# realgold5 0.6564, realgold8 0.5224, realgold10 0.4923.
# At 0.8.2 (sources11: that-clauses a person or body asserts, police acronym headlines):
# realgold3 0.8203, realgold5 0.6564, realgold10 0.4923.
# At 0.9.0 (session 14's rounds merged: sources10/11, subjects10/11, caveats9/10, spans11/12):
# realgold2 0.3962, realgold3 0.8203, realgold4 0.5349, realgold5 0.6602, realgold6 0.4721,
# realgold7 0.3886, realgold8 0.5496, realgold9 0.5149 (blind), realgold10 0.5192 (validation
# of round 1, then tuning); all 33 of realgold 0.7338; floors 0.005 below, none lowered.
# realgold11 (held out, annotated blind at the start of session 15) first score 0.3971 at 0.9.0;
# realgold12 (session 15's validation set, then tuning) first score 0.5041 at 0.9.0.
# At 0.9.1 (sources12: kin and officers as sources, what a newsroom is told, split first words,
# what a reporting verb is about): realgold3 0.8242, realgold5 0.6641, realgold8 0.5620,
# realgold10 0.5385; all 33 of realgold 0.7410.
# At 0.9.2 (subjects12: a span of time names its unit, counts harmed in the passive):
# realgold5 0.6795, realgold8 0.5537, realgold10 0.5231.
# At 0.9.4 (spans13: "all N" and "both victims" with a casualty, "the past/previous two ..."):
# realgold3 0.8268, realgold5 0.6667, realgold10 0.5290; realgold8 and all 33 of realgold same.
# At 0.10.1 (sources13: the sheriff, releases and court paperwork, names read as nouns, offices
# of a place before a name): realgold8 0.5661, realgold10 0.5598, realgold12 0.5372.
# At 0.10.3 (caveats12: victims of an alleged harm unhedged, unnamed counts and kin, known
# standards of a hedged comparison): realgold3 0.8346, realgold10 0.5714, realgold12 0.5165.
# At 0.10.2 (subjects13: counts beside a parallel count, leads by a percentage): realgold5
# 0.6899 -> 0.6977, realgold10 0.5521 -> 0.5560, realgold12 0.5041 -> 0.5083.
# At 0.10.4 (spans14: "One such", "one or more", "even one", "one fatally", "N out of M"):
# realgold12 0.5041 -> 0.5083, realgold3 0.8307; floors 0.005 below.
# At 0.10.0 (session 15's round 1 merged: sources12, subjects12, caveats11, spans13): realgold2
# 0.4025, realgold4 0.5488, realgold9 0.5234, realgold11 (blind) 0.4069, realgold12 0.5041.
# At 0.11.0 (round 2 merged: sources13, caveats12, subjects13, spans14): realgold2 0.4025,
# realgold3 0.8346, realgold4 0.5395, realgold5 0.7016, realgold6 0.4772, realgold7 0.4028,
# realgold8 0.5750, realgold9 0.5277, realgold10 0.5891, realgold11 (blind) 0.4118, realgold12
# 0.5667 (validation of round 1, then tuning); floors 0.005 below. realgold4's floor is lowered
# (0.543 -> 0.534): sources13 and spans14 each cost it one record (scored alone: 0.5442 each
# against 0.5488), while both held or rose on the validation sets (realgold2, the held-out 11);
# blind sets do not decide which rules stay, so the floor follows the measure.
# realgold13 (held out, annotated blind at the start of session 16) first score 0.4331 at 0.11.0;
# realgold14 (session 16's validation set, then tuning) first score 0.4180 at 0.11.0.
# At 0.11.1 (sources14: a name's kind from its apposition or the noun before it): realgold10
# 0.5891 -> 0.5930; floor 0.005 below.
# At 0.11.4 (spans15: title-case headline people, people owned by a name, people listed as part
# of a casualty group, an opening "One" as an example): realgold5 0.7043, realgold8 0.5833,
# realgold10 0.5914, realgold12 0.5924; floors 0.005 below.
# At 0.11.2 (subjects14: people in care are the injured, amounts added to or taken off
# something): realgold5 0.7016 -> 0.7054, realgold10 0.5891 -> 0.5930, realgold12 0.5667 ->
# 0.5792; floors 0.005 below.
# At 0.12.0 (session 16's round 1 merged: sources14, subjects14, caveats13, spans15): realgold5
# 0.7082, realgold10 0.5992, realgold11 (blind) 0.4138, realgold12 0.6050, realgold13 (blind)
# 0.4331, realgold14 (validation) 0.4180 -> 0.4235; the other sets as at 0.11.0; floors 0.005 below.
# At 0.12.2 (subjects15: a bare share said to be one word, "13 percent were unsure", "30 percent
# would vote"): realgold10 0.5992 -> 0.6226, realgold14 0.4235 -> 0.4314; floors 0.005 below.
# At 0.12.3 (caveats14: a campaign's own people and a speaker's own money are partisan): realgold3
# 0.8346 -> 0.8386, realgold8 0.5833 -> 0.5875, realgold10 0.5992 -> 0.6031, realgold14 0.4235 ->
# 0.4353; floors 0.005 below.
# At 0.12.4 (spans16: a headline's bare person object, a surname tagged a noun or a first name
# read as a group kept as a name): realgold8 0.5833 -> 0.5917, realgold10 0.5992 -> 0.6070,
# realgold14 0.4235 -> 0.4392; floors 0.005 below.
# At 0.13.0 (round 2 merged: sources15 (a split only), subjects15, caveats14, spans16): realgold3
# 0.8386, realgold4 0.5442, realgold6 0.4822, realgold8 0.5958, realgold9 0.5319, realgold10
# 0.6342, realgold14 0.4588 (tuning since round 1); realgold2, realgold7, realgold11, realgold13
# and the held-out 11 unchanged; floors 0.005 below.
# At 0.13.1 (spans17: a quantified relative clause's people, a wound suffered or treated):
# realgold10 0.6342 -> 0.6459, realgold14 0.4588 -> 0.4667; floors 0.005 below.
# Session 17, scorer fix (a gold subject entry of several words matches in order): scores only
# rise. realgold15 (held out, annotated blind at the start of session 17) first score 0.4756 at
# 0.13.1; realgold16 (session 17's validation set, then tuning) first score 0.5181 at 0.13.1.
# At 0.13.2 (sources16: polls framing a clause, what was found told by a speaker, time clauses and
# asides after a reporting verb), on main's scorer of 5ebd1e9 (a subject of several words in
# order): realgold5 0.7198 -> 0.7354, realgold8 0.6292 -> 0.6417, realgold10 0.6498 -> 0.6654,
# realgold14 0.4980 -> 0.5098; floors 0.005 below.
# At 0.13.3 (fields16, scored with the scorer's in-order match of a subject entry of several
# words: a poll share's answer, corrections disputed, first reports' reach): realgold8 0.6292 ->
# 0.6500, realgold10 0.6498 -> 0.6537, realgold12 0.6218 -> 0.6261, realgold14 0.4980 -> 0.5412;
# floors 0.005 below.
# At 0.13.4 (spans18: people among a casualty group, ages closed by a dash, body sizes, single
# units of time or distance, "within", shares over a series) and 0.13.5 (speed17, output
# unchanged).
# At 0.14.0 (session 17's speed17, sources16, fields16 and spans18 merged): every set at or above
# its 0.13.1 score; realgold2 0.4277, realgold4 0.5587, realgold6 0.4924, realgold7 0.4550,
# realgold9 0.5702, realgold11 0.4286, realgold13 0.4449, realgold15 0.4933 (held out); floors
# 0.005 below.
# At 0.14.5 (caveats18: a "but" clause answering a report disputes it): realgold10 0.6902 ->
# 0.6941, realgold16 0.5181 -> 0.5233; floors 0.005 below.
# At 0.15.0 (session 18: implied18, spans19, sources18, subjects18, caveats18 merged): held out
# realgold2 0.4430, realgold4 0.5660, realgold6 0.5051, realgold7 0.4641, realgold9 0.5787,
# realgold11 0.4356, realgold13 0.4637, realgold15 0.5134; tuning realgold3 0.8583, realgold5
# 0.7812, realgold8 0.6933, realgold10 0.6996, realgold12 0.6709, realgold14 0.5944, realgold16
# 0.6011; floors 0.005 below. realgold17 (held out, annotated blind in session 18) first score
# 0.5438 at 0.15.0.
# At 0.16.0 (implied19, fields19): realgold10 0.6996 -> 0.7036, realgold12 0.6709 -> 0.6752, every
# other set unchanged; floors 0.005 below.
# realgold18 (held out, annotated blind at the start of session 19) first score 0.4674 at 0.16.0.
# realgold19 and realgold20 (tuning sets, annotated blind in session 19): first scores 0.4375 and
# 0.5412 at 0.16.0 with caveats20; floors 0.005 below.
# At 0.17.0 (session 19: caveats20, sources20, subjects20, implied20, caveats21, sources21): held
# out realgold2 0.4430, realgold4 0.5802, realgold6 0.5102, realgold7 0.4737, realgold9 0.5872,
# realgold11 0.4802, realgold13 0.4758, realgold15 0.5223, realgold17 0.5576, realgold18 0.4828;
# tuning realgold3 0.8780, realgold5 0.7969, realgold8 0.7101, realgold10 0.7273, realgold12
# 0.6966, realgold14 0.6345, realgold16 0.6809, realgold19 0.4615, realgold20 0.5567; floors
# 0.005 below.
# realgold21 (held out, annotated blind at the start of session 20) first score 0.5556 at 0.17.0.
# At 0.18.0 (session 20: caveats22, sources23, subjects22, spans22, sources22, two rules of
# pnspans22, subjects23, sources24, implied23): held out realgold2 0.4557, realgold4 0.5802,
# realgold6 0.5102, realgold7 0.4904, realgold9 0.6009, realgold11 0.5000, realgold13 0.4722
# (0.4758 at 0.17.0: one record lost, floor kept), realgold15 0.5381, realgold17 0.5622,
# realgold18 0.4981, realgold21 0.5698; tuning realgold3 0.8968, realgold5 0.7969, realgold8
# 0.7342, realgold10 0.7738, realgold12 0.7249, realgold14 0.6789, realgold16 0.7181, realgold19
# 0.5147, realgold20 0.6321; floors 0.005 below, none lowered.
# At 0.19.0 (session 21: spans23, caveats23, sources25, subjects24, implied24): every set at or
# above its 0.18.0 score; held out realgold6 0.5204, realgold13 0.4781, realgold18 0.5019,
# realgold21 0.5787 (the other held-out sets unchanged); tuning realgold3 0.9008, realgold5
# 0.8196, realgold8 0.7415, realgold10 0.7778, realgold12 0.7389, realgold14 0.6992, realgold16
# 0.7340, realgold19 0.5427, realgold20 0.6684; floors 0.005 below, none lowered.
# realgold22 (held out, annotated blind at the start of session 22) first score 0.5365 at 0.19.0.
# At 0.20.0 (session 22: sources26, spans24, implied25, subjects25 rule 1): every set at or above
# its 0.19.0 score; held out realgold4 0.5896, realgold6 0.5408, realgold7 0.4952, realgold13
# 0.4821, realgold15 0.5426, realgold22 0.5417 (the other held-out sets unchanged); tuning
# realgold5 0.8235, realgold8 0.7458, realgold12 0.7478, realgold16 0.7447, realgold19 0.5779,
# realgold20 0.6891; floors 0.005 below, none lowered.
# At 0.21.0 (session 23: the tuning golds re-annotated to docs/gold-conventions.md, implied26,
# conventions23): held out realgold4 0.5943, realgold9 0.6052, realgold13 0.4861, realgold17
# 0.5668, realgold18 0.5172 (the other held-out sets unchanged); tuning, on the reviewed golds,
# realgold3 0.9076, realgold5 0.8333, realgold8 0.7706, realgold10 0.7984, realgold12 0.7668,
# realgold14 0.7353, realgold16 0.7581, realgold19 0.6250, realgold20 0.7312; floors 0.005 below,
# none lowered.
# At 0.22.0 (session 24: spans28, implied28, caveats28, sources29 in part, subjects28 in part,
# partisan28 with its ruling "Candidates and campaigns as a partisan source", which gave 21 tuning
# gold claims partisan_source): held out realgold7 0.5049, realgold9 0.6277, realgold11 0.5075,
# realgold13 0.4980, realgold17 0.5787, realgold18 0.5231, realgold21 0.5843, realgold22 0.5474
# (the other held-out sets unchanged); tuning realgold3 0.9116, realgold5 0.8294, realgold8
# 0.7619, realgold10 0.8024, realgold12 0.7748, realgold14 0.7395, realgold19 0.6283, realgold20
# 0.7473. realgold8's floor is lowered to 0.756: its gold gained 8 partisan_source caveats the
# rules do not give (0.21.0 scores 0.7576 on the new gold, 0.7706 on the old); realgold5 (0.8254
# for 0.21.0 on its new gold) stays above its floor. Floors 0.005 below, no other lowered.
# At 0.23.0 (session 25: implied31, sources31, sources32, sources33, subjects31, caveats31,
# partisan32, spans32, three rules of spans31; no gold changed): held out realgold2 0.4586,
# realgold11 0.5224, realgold22 0.5526 (the other held-out sets unchanged); tuning realgold5
# 0.8333, realgold10 0.8097, realgold16 0.7634, realgold20 0.7527. Floors 0.005 below, none
# lowered (realgold5's stays at 0.828).
# At 0.24.0 (session 26: approx26, value26, sets26, thresh26, ranges26, caveats33, implied33,
# partisan33, sources34, subjects33, spans33, sources35; no gold changed): held out realgold2
# 0.4684, realgold4 0.5991, realgold13 0.5139, realgold15 0.5471, realgold17 0.5880, realgold18
# 0.5346, realgold21 0.5899 (the other held-out sets unchanged); tuning realgold3 0.9157,
# realgold5 0.8566, realgold8 0.7662, realgold10 0.8219, realgold12 0.7928, realgold14 0.7521,
# realgold16 0.7688, realgold19 0.6368, realgold20 0.7581. Floors 0.005 below, none lowered.
# At 0.25.0 (session 27: truecase27, hedge34, nosource34, spans34, fps34, srcmiss34, anon34; no
# gold changed): held out realgold4 0.6038, realgold6 0.5459, realgold11 0.5274, realgold13
# 0.5159, realgold17 0.5926, realgold18 0.5483, realgold21 0.5955, realgold22 0.5556 (the other
# held-out sets unchanged); tuning realgold5 0.8606, realgold8 0.7749, realgold10 0.8252,
# realgold12 0.8018, realgold14 0.7605, realgold16 0.7796, realgold20 0.7634. Floors 0.005 below,
# none lowered.
# At 0.26.0 (session 28: spans35, caveat35, implied35, source35; speedA and speedB change no
# output; no gold changed): held out realgold2 0.4717 (the other held-out sets unchanged); tuning
# realgold10 0.8293, realgold12 0.8063, realgold19 0.6421. Floors 0.005 below, none lowered.
# At 0.27.0 (session 29: vocab36, fps36, polsrc36, vocab37; no gold changed): held out realgold4
# 0.6066, realgold9 0.6364, realgold13 0.5179, realgold15 0.5566, realgold17 0.6009, realgold18
# 0.5504; tuning realgold12 0.8100, realgold14 0.7754, realgold16 0.7838. Floors 0.005 below,
# none lowered.
# At 0.28.0 (session 30: vocab38, gvasrc38, fps38, the implied-source word fix; no gold
# changed): held out realgold2 0.4777, realgold9 0.6407, realgold15 0.5611, realgold17 0.6038;
# tuning realgold5 0.8760, realgold10 0.8333, realgold14 0.7839, realgold16 0.7946, realgold19
# 0.6455, realgold20 0.7688. Floors 0.005 below, none lowered.
# At 0.30.0 (session 32: vdesc40, subj40, pmiss40's cause_names; no gold changed): held out
# realgold2 0.4872, realgold13 0.5259, realgold15 0.5656, realgold21 0.6067; tuning realgold10
# 0.8496, realgold12 0.8235, realgold14 0.8000, realgold16 0.8054, realgold19 0.6878, realgold20
# 0.7978. Floors 0.005 below, none lowered.
# At 0.29.0 (session 31: subj39, impl39, fp39, gvasrc39's release rule, cav39's progress rule,
# src39; no gold changed): held out realgold4 0.6095, realgold9 0.6450, realgold21 0.6011,
# realgold23 0.5077; tuning realgold5 0.8795, realgold8 0.7835, realgold10 0.8415, realgold12
# 0.8145, realgold16 0.8000, realgold19 0.6614, realgold20 0.7730. Floors 0.005 below, none lowered.
# At 0.31.0 (session 33: impl41, gvasrc41's force and passive-agent pronoun rules, fppn41, subjA41,
# subjB41 without its 'that' guard; no gold changed): held out realgold4 0.6238, realgold15 0.5747,
# realgold18 0.5581, realgold21 0.6180, realgold23 0.5097, realgold25 0.5376; tuning realgold8
# 0.7922, realgold10 0.8537, realgold14 0.8085, realgold19 0.6931, realgold20 0.8033. Floors 0.005
# below, none lowered.
# realgold23 (held out, annotated blind at the start of session 31: the 6 GVA articles and 17
# PolNeAR articles no earlier set annotated) first score 0.5038 at 0.28.0; floor 0.005 below.
# realgold24 (12 PolNeAR articles annotated blind at the start of session 33; tuning from session
# 34) first score 0.3413 at 0.30.0; floor 0.005 below. realgold25 (held out: 12 PolNeAR articles
# of the odd half annotated blind in session 33) first score 0.5269 at 0.30.0; floor 0.005 below.
# realgold26 (held out: 12 PolNeAR articles of the odd half annotated blind at the start of
# session 34) first score 0.2982 at 0.31.0; floor 0.005 below.
# At 0.32.0 (session 34: srcpn41h's pronoun gender, subj42, gvasrc42, impl42; no gold changed): held
# out realgold7 0.5146; tuning realgold 0.8479, realgold14 0.8128, realgold19 0.7037, realgold24
# 0.3492. Floors 0.005 below, none lowered.
# realgold27 (held out: 11 PolNeAR articles of the odd half annotated blind at the start of
# session 35) first score 0.5479 at 0.32.0; floor 0.005 below.
# At 0.33.0 (session 35: gvasrc43, srcmiss43, impl43, time43, cavp43, subj43's first rule; no gold
# changed): held out realgold7 0.5194, realgold15 0.5792, realgold17 0.6085, realgold21 0.6236,
# realgold22 0.5608, realgold26 0.3158, realgold27 0.5556; tuning realgold 0.8517, realgold3
# 0.9197, realgold10 0.8618, realgold12 0.8364, realgold19 0.7128. Floors 0.005 below, none lowered.
# At 0.34.0 (session 36: impl44p, impl44v, fp44, subj44, cav44, srcpn44's owned-plan rule; no gold
# changed): held out realgold2 0.4936, realgold4 0.6286, realgold11 0.5350, realgold13 0.5299,
# realgold15 0.5837, realgold17 0.6209, realgold18 0.5620, realgold23 0.5135, realgold26 0.3333;
# tuning realgold10 0.8659, realgold24 0.3577. Floors 0.005 below. realgold22 fell 0.5608 -> 0.5556
# (impl44p, one record) and stays above its floor 0.555, which is not lowered.
# At 0.35.0 (session 37: impl45n, impl45c, anon45k, part45g, fp45; no gold changed): held out
# realgold4 0.6333, realgold6 0.5510, realgold7 0.5245, realgold21 0.6271, realgold25 0.5484;
# tuning realgold5 0.8831, realgold8 0.7957, realgold10 0.8699, realgold12 0.8455, realgold14
# 0.8170, realgold16 0.8108, realgold19 0.7219. Floors 0.005 below, none lowered.
# realgold28 (held out: 12 PolNeAR articles of the odd half annotated blind at the start of
# session 38) first score 0.5893 at 0.35.0; floor 0.005 below.
# At 0.36.0 (session 38: cav46, pmiss46, fp46, src46; no gold changed): held out realgold4
# 0.6425, realgold7 0.5294, realgold11 0.5377, realgold13 0.5320, realgold22 0.5585, realgold26
# 0.3509; tuning realgold8 0.8087, realgold12 0.8500. Floors 0.005 below, none lowered
# (realgold22's 0.555 stays: 0.005 below its new score is lower).
# At 0.37.0 (session 39: subj47; no gold changed): held out realgold15 0.5882, realgold23 0.5174;
# tuning realgold24 0.4228. Floors 0.005 below, none lowered.
# At 0.38.0 (session 39: fp48, poll48; no gold changed): held out realgold15 0.5928, realgold23
# 0.5251; tuning realgold16 0.8197, realgold24 0.4655. Floors 0.005 below, none lowered.
# At 0.39.0 (session 40: head; no gold changed): held out realgold9 0.6494, realgold13 0.5360,
# realgold17 0.6256. Floors 0.005 below, none lowered.
# realgold29 (held out: 12 PolNeAR articles of the odd half annotated blind in session 40) first
# score 0.5417 at 0.39.0; floor 0.005 below.
# realgold30 (12 PolNeAR articles of the even half annotated blind at the start of session 41: a
# fresh check that session, tuning after it) first score 0.4640 at 0.39.0; floor 0.005 below.
# realgold31 (12 more even-half PolNeAR articles annotated blind in session 41, same role) first
# score 0.4348 at 0.39.0; floor 0.005 below.
# Session 41 made realgold4, 6 and 7 tuning sets (local news for implied counts).
# At 0.40.0 (session 41: pnsrc, quote, hypo's first two rules, fpshape's group percentiles, impl;
# no gold changed): held out realgold2 0.4968, realgold13 0.5447, realgold25 0.5543; check
# realgold27 0.5714; tuning realgold4 0.6473, realgold5 0.8988, realgold6 0.5590, realgold10
# 0.8735, realgold24 0.4737. Floors 0.005 below, none lowered.
# At 0.41.0 (session 41, second round: subj30, src30; realgold30/31 tuning since): held out
# realgold9 0.6537; check realgold29 0.5556; tuning realgold7 0.5343, realgold24 0.4825,
# realgold30 0.5040, realgold31 0.4556. Floors 0.005 below, none lowered.
# realgold32 and realgold33 (24 even-half PolNeAR articles annotated blind at the start of session
# 42: fresh checks for its rule helpers) first scores 0.5269 and 0.5926 at 0.41.0; floors 0.005
# below.
# At 0.42.0 (session 42: impl2, subjpn, srcpn's joined authors; no gold changed): held out
# realgold13 0.5488, realgold15 0.5973, realgold23 0.5328; tuning realgold6 0.5744, realgold7
# 0.5637; checks realgold27-29, 32, 33 unchanged. Floors 0.005 below, none lowered.
# At 0.43.0 (session 42, second round: fresh32, money; realgold32/33 tuning since): held out
# realgold23 0.5367, realgold25 0.5652; tuning realgold24 0.4912, realgold33 0.6389. Floors 0.005
# below, none lowered.
# realgold34 (12 even-half PolNeAR articles annotated blind at the start of session 43: a fresh
# check for its rule helpers) first score 0.5701 at 0.43.0; floor 0.005 below. realgold35 and
# realgold36 (24 more, drawn and annotated the same way in session 43) first scores 0.5773 and
# 0.4176 at 0.43.0; floors 0.005 below.
# At 0.44.0 (session 43, round 1: subjfresh, srcext, implre, dur, fpdet, glued quotes; no gold
# changed): held out realgold9 0.6580, realgold11 0.5427, realgold13 0.5569, realgold15 0.6027,
# realgold17 0.6286, realgold25 0.5714; check realgold29 0.5694; tuning realgold4 0.6650,
# realgold7 0.5829, realgold12 0.8545, realgold16 0.8361, realgold20 0.8087, realgold24 0.5000,
# realgold32 0.5376, realgold33 0.6481. Floors 0.005 below, none lowered.
# At 0.45.0 (session 43: pollsubj, anonsrc): realgold36 0.4396; tuning realgold7 0.5930,
# realgold24 0.5175. Floors 0.005 below. Held out realgold13 rose to 0.5610, but anonsrc's helper
# had seen two claims of its article: its floor stays at 0.551 (0.43.0 + round 1).
# realgold37 (12 even-half PolNeAR articles annotated blind at the start of session 44: a fresh
# check for its rule helpers) first score 0.4587 at 0.45.0; floor 0.005 below. realgold35 and
# realgold36 are tuning sets from session 44 on (four session-43 helpers read them).
# At 0.46.0 (session 44: spans, gvasrc, srcpn, subj, pollpair without poll_pairs; no gold
# changed): held out realgold2 0.5097, realgold11 0.5477, realgold13 0.5650 (0.5610 without the
# record session 43's slip showed: the floor counts from that), realgold23 0.5444; check
# realgold27 0.6000; tuning realgold4 0.6845, realgold5 0.9024, realgold6 0.6051, realgold7
# 0.6030, realgold10 0.8776, realgold12 0.8591, realgold24 0.5789, realgold32 0.5484, realgold33
# 0.6574, realgold35 0.5938, realgold36 0.4615. Floors 0.005 below, none lowered.
# At 0.47.0 (session 44, implcare): tuning realgold7 0.6131, realgold12 0.8636. Floors 0.005
# below, none lowered.
# At 0.48.0 (session 44, subj2): held out realgold22 0.5638; tuning realgold10 0.8816, realgold19
# 0.7273. Floors 0.005 below, none lowered.
# realgold38 (the last 11 even-half PolNeAR articles with 10-40 digit tokens, annotated blind at
# the end of session 44) first scores 0.5425 at 0.45.0 and 0.5556 at 0.46.0; floor 0.005 below.
# realgold39 (10 fresh even-half PolNeAR articles, annotated blind at the start of session 45)
# first scores 0.4583 at 0.45.0 and 0.4643 at 0.48.0; floor 0.005 below. realgold40 (16 short
# fresh even-half PolNeAR articles, annotated blind during session 45) first scores 0.4250 at
# 0.45.0 and 0.4500 at 0.48.0; floor 0.005 below.
# At 0.49.0 (session 45: fp2, src3, subj3, cav2, gva3, tspan, two rules of appval, one of kind):
# held out realgold11 0.5505, realgold13 0.5691 (counted 0.5650, without the record session 43's
# slip showed), realgold15 0.6073, realgold17 0.6333, realgold22 0.5691; checks realgold28 0.6071,
# realgold34 0.5794; tuning realgold4 0.6976, realgold6 0.6308, realgold7 0.6414, realgold14
# 0.8213, realgold16 0.8415, realgold19 0.7405, realgold20 0.8132, realgold30 0.5280, realgold31
# 0.4667, realgold35 0.6211. Floors 0.005 below (realgold13's from its counted score), none
# lowered. realgold41 (16 short fresh even-half PolNeAR articles, annotated blind at the end of
# session 45) first scores 0.5769 at 0.45.0, 0.48.0 and 0.49.0; floor 0.005 below. realgold42
# (10 fresh even-half PolNeAR articles with two live blogs, annotated blind at the start of
# session 46) first scores 0.8022 at 0.45.0, 0.48.0 and 0.49.0; floor 0.005 below.
# At 0.50.0 (session 46: fp3, subj4, fp4, impl, src4; refac without change of output): held out
# realgold9 0.6623, realgold17 0.6425, realgold26 0.3636; checks realgold37 0.4608, realgold41
# 0.6000; tuning realgold6 0.6406, realgold7 0.6497, realgold8 0.8122, realgold10 0.8852,
# realgold14 0.8248, realgold19 0.7541, realgold24 0.5877, realgold30 0.5403, realgold31 0.4773,
# realgold32 0.5667, realgold35 0.6277, realgold36 0.4725. Floors 0.005 below, none lowered.
# realgold43 (17 fresh even-half PolNeAR articles, one a live blog, annotated blind in session
# 46) first scores 0.6364 at 0.45.0, 0.6412 at 0.49.0, 0.6512 at 0.50.0; floor 0.005 below.
# realgold44 (42 fresh even-half PolNeAR articles rich in number words, annotated blind at the
# start of session 47) first scores 0.5000 at 0.49.0, 0.5054 at 0.51.0; floor 0.005 below.
# At 0.51.0 (session 46's second round: impl2): tuning realgold7 0.6548; floor 0.005 below.
# At 0.52.0 (session 47: fp5, nosrc, srcsame, subj5; tidy without change of output): held out
# realgold13 0.5761 (its floor stays from the counted score), realgold15 0.6101, realgold17
# 0.6488, realgold18 0.5642, realgold21 0.6307, realgold22 0.5722; checks realgold27 0.6176,
# realgold29 0.5775, realgold37 0.4630, realgold38 0.5592, realgold39 0.4699; tuning realgold6
# 0.6458, realgold7 0.6684, realgold12 0.8682, realgold16 0.8470, realgold20 0.8187, realgold24
# 0.6228, realgold30 0.5484, realgold31 0.4886, realgold32 0.5843, realgold33 0.6636, realgold35
# 0.6703. Floors 0.005 below. One lowered: held out realgold9 0.6623 -> 0.6537 (floor 0.657 ->
# 0.648), whose gold takes as claims pairs that fp5 reads as re-mentions ("the two" + noun after
# both are named; gold README: a re-mentioned set is not a claim); held out as a whole rose
# 0.5792 -> 0.5807 (9 false positives fewer, 3 such claims missed more).
# At 0.53.0 (session 47: tspan2): tuning realgold31 0.4943, realgold33 0.6698; floors 0.005 below.
# At 0.54.0 (session 48: remen, formats, implvoc): held out realgold2 0.5161, realgold15 0.6147,
# realgold18 0.5681, realgold23 0.5483; tuning realgold4 0.7024, realgold6 0.6510, realgold7
# 0.6735, realgold8 0.8166, realgold14 0.8291, realgold31 0.5057, realgold32 0.5955, realgold33
# 0.6887, realgold36 0.4778; floors 0.005 below (realgold13 keeps its counted floor). Check
# realgold37 0.4630 -> 0.4608 (one 'a year and a half' read as a claim), above its floor.
# At 0.55.0 (session 49: proj, partisan2, implvoc2, actverbs, frames, subjprobe in part): held
# out realgold11 0.5556, realgold22 0.5775, realgold23 0.5521, realgold26 0.3818; tuning realgold4
# 0.7073, realgold5 0.9065, realgold7 0.6888, realgold8 0.8253, realgold12 0.8727, realgold33
# 0.6981, realgold35 0.6813, realgold36 0.5000; floors 0.005 below (realgold13 keeps its counted
# floor). No set fell. Then actverbs2's 'since' clause: tuning realgold8 0.8297, check realgold39
# 0.4759; floors 0.005 below.
# At 0.56.0 (session 50: datecount, compdesc, partisan3, speed50, implwide, digitcover): held out
# realgold13 0.6091, realgold18 0.5720, realgold23 0.5560; check realgold38 0.5658; tuning
# realgold4 0.7122, realgold8 0.8384, realgold14 0.8333, realgold24 0.6316, realgold30 0.5565,
# realgold33 0.7075. Floors 0.005 below. realgold13's +8 came from glued figures ("$50million")
# in one of its articles, a format found by shape-only totals over the held-out sets; its floor
# counts from the score less its known record (0.6049 -> 0.599). No set fell.
# At 0.57.0 (session 51: possshare, srcnone, fp51, subj51): held out realgold17 0.6585,
# realgold23 0.5676, realgold25 0.5778; checks realgold28 0.6182, realgold38 0.5695, realgold39
# 0.4788, realgold43 0.6589, realgold44 0.5111; tuning realgold4 0.7255, realgold7 0.7245,
# realgold10 0.8893, realgold12 0.8853, realgold14 0.8528, realgold16 0.8579, realgold24 0.6875,
# realgold30 0.5691, realgold31 0.5116, realgold32 0.6067, realgold33 0.7170, realgold35 0.7111.
# Floors 0.005 below (realgold13 keeps its counted floor). Held out realgold18 0.5720 -> 0.5681
# (one gold claim before a superlative, 'the six ...', now a ranked group: fp51's rule, whose
# held-out golds go one each way), above its floor.
# At 0.58.0 (session 52: subj52, cav52, src52, fp52, subjcnt52, kind52; split52 and review52 with
# the same output): held out realgold2 0.5226, realgold9 0.6565, realgold11 0.5606, realgold13
# 0.6132, realgold18 0.5703, realgold26 0.4074; checks realgold28 0.6364, realgold34 0.6168,
# realgold37 0.4700, realgold43 0.6641; tuning realgold4 0.7426, realgold5 0.9102, realgold6
# 0.6878, realgold7 0.7641, realgold16 0.8681, realgold24 0.6937, realgold30 0.6341, realgold31
# 0.5529, realgold32 0.6180, realgold33 0.7238, realgold35 0.7222. Floors 0.005 below
# (realgold13 keeps its counted floor). No set fell.
# At 0.58.1 (session 52's second round: srctext52, none52, subjclause52; held out and checks the
# same output): tuning realgold20 0.8242, realgold24 0.7297, realgold31 0.5765; floors 0.005 below.
# realgold45 (11 fresh odd-half PolNeAR articles, session 53, a check): first score 0.6017 at
# 05ea0cc (0.58.1 with split53a and part53); floor 0.005 below.
# At 0.59.0 (session 53: part53, miss53, impl53, srcabs53 without its presenting-verb rule,
# 'reaffirm'; split53a/b with the same output): held out realgold13 0.6173 (keeps its counted
# floor), realgold15 0.6193, realgold18 0.5742, realgold22 0.5829; tuning realgold4 0.7574,
# realgold6 0.6931, realgold7 0.7692, realgold8 0.8428, realgold10 0.8934, realgold14 0.8571,
# realgold16 0.8736, realgold30 0.6423, realgold32 0.6292; floors 0.005 below. Check realgold43
# 0.6641 -> 0.6589: miss53's bounded 'one' is a count, and one such figure is a gold
# hypothetical (held out +2 with the same rule); its floor is lowered to 0.653. Then gvasrc53's
# headline ', police' source: tuning realgold4 0.7624; floor 0.005 below.
# At 0.60.0 (session 54: impl54, names54, num54 without 'a century' and 'only once', hedge54
# without 'early results', src54, src54b, impl54b): held out realgold9 0.6696, realgold11 0.5707,
# realgold13 0.6214 (keeps its counted floor), realgold15 0.6239, realgold17 0.6602, realgold18
# 0.5820, realgold22 0.5882; tuning realgold3 0.9237, realgold5 0.9143, realgold6 0.6984,
# realgold7 0.7744, realgold8 0.8472, realgold10 0.8975, realgold16 0.8791, realgold19 0.7650,
# realgold20 0.8297, realgold33 0.7333; check realgold29 0.5915; floors 0.005 below. No set fell.
# At 0.61.0 (session 55: src55, subj55 without gapped_objects, numw55 without once_counts,
# notclaim55 without time_ahead, part55, impl55, src55b, subj55b, src55c, subj55c, anon55): held
# out realgold2 0.5419, realgold11 0.6041, realgold13 0.6214 (keeps its counted floor), realgold17
# 0.6699, realgold18 0.5945, realgold23 0.5814; tuning realgold3 0.9277, realgold4 0.7772,
# realgold5 0.9184, realgold6 0.7312, realgold7 0.7795, realgold8 0.8515, realgold10 0.9016,
# realgold12 0.8899, realgold14 0.8658, realgold16 0.8901, realgold19 0.7760, realgold24 0.7727,
# realgold30 0.6504, realgold35 0.7333; check realgold29 0.6056, realgold34 0.6262, realgold38
# 0.5894, realgold39 0.4848; floors 0.005 below. No set fell.
# At 0.62.0 (session 56: claims56, subj56, cav56, impl56, one56, subj56b without its
# figure-holding-noun rule, impl56b): held out realgold2 0.5484, realgold9 0.6783, realgold11
# 0.6091, realgold13 0.6189 (keeps its counted floor), realgold15 0.6284, realgold17 0.6748,
# realgold18 0.6024, realgold23 0.5853, realgold25 0.5843, realgold26 0.4259; tuning realgold5
# 0.9224, realgold7 0.7949, realgold8 0.8559, realgold19 0.7814, realgold24 0.7818, realgold30
# 0.6585, realgold32 0.6364, realgold33 0.7524, realgold35 0.7556, realgold36 0.5169; check
# realgold37 0.4793, realgold39 0.4909; floors 0.005 below. No set fell.
# Then round 3 (subj56c, impl56c; held out and checks the same): tuning realgold4 0.7921,
# realgold7 0.8103, realgold10 0.9057, realgold12 0.8945, realgold35 0.7667; floors 0.005 below.
# At 0.63.0 (session 57: impl57a, impl57b, subj57, impl57c; held out and checks the same):
# tuning realgold6 0.7419, realgold7 0.8154, realgold8 0.8646, realgold14 0.8745, realgold33
# 0.7619; floors 0.005 below. No set fell.
# At 0.64.0 (session 58: prelim58, disp58, impl58, the lead's polled-people and joined-name
# sources): held out realgold9 0.6957, realgold15 0.6376; tuning realgold6 0.7527, realgold8
# 0.8690, realgold31 0.6000; check realgold27 0.6324, realgold45 0.6102; floors 0.005 below.
# No set fell.
# Session 59 (lead59: a paragraph-opening "according to" no longer carries to stated figures):
# held out realgold2 0.5548; tuning realgold4 0.7970, realgold6 0.7742 (with the negated-belief
# gate); check realgold27
# 0.6618, realgold37 0.4839; floors 0.005 below. Check realgold39 fell 0.4909 -> 0.4848 (one
# record: the one stated figure of the ten the real golds carry), floor 0.479.
# realgold46 (8 fresh GVA and 4 PolNeAR articles from the blind list, session 60, a check):
# first score 0.5385 at a4d3a43 (0.65.0); floor 0.005 below.
# realgold47 (8 fresh GVA and 4 PolNeAR articles from the blind list, session 61, a tuning set
# after its first score): first score 0.6364 at ea09f3d (0.66.0); floor 0.005 below. Its 12
# articles re-annotate 10 held-out and 2 check articles (the sets' READMEs).
# At 0.67.0 (session 61: all-capital paragraphs in sentence case, a lower-case count after a
# name, a spelled predicative age, a clause pronoun's caveat kept in its sentence): held out
# realgold2 0.5613, realgold11 0.6531, realgold17 0.6796, realgold18 0.6063, realgold25 0.5955
# (realgold13 0.6393 keeps its counted floor); tuning realgold16 0.8956, realgold47 0.7347; check
# realgold44 0.5169, realgold46 0.5865; floors 0.005 below. No set fell.
# At 0.68.0 (cav61's caveat rules): held out realgold11 0.6582, realgold18 0.6102 (realgold13
# 0.6393 keeps its counted floor); tuning realgold20 0.8352; check realgold45 0.6186,
# realgold46 0.5962; floors 0.005 below. No set fell.
# At 0.69.0 (session 62: anon62's source rules without its caveat rules, imp62, src62; held out
# and checks the same records): tuning realgold4 0.8119, realgold5 0.9306, realgold14 0.8788,
# realgold19 0.7923, realgold24 0.7909, realgold33 0.7714, realgold36 0.5618; floors 0.005
# below. No set fell.
# realgold48 (24 fresh odd-half PolNeAR articles, session 63, a check): first score 0.4590 at
# 983cf71 (0.69.0); floor 0.005 below.
# Session 63, round 1 (src63, cav63, subj63, clm63 with the lead's glued-month direction; held
# out and checks the same records): tuning realgold31 0.6118, realgold33 0.7810; floors 0.005
# below. No set fell.
# At 0.70.0 (session 63, round 2: nc63a, nc63b without its supposed-case reader; held out the
# same records): tuning realgold30 0.6694, realgold32 0.6437, realgold33 0.7885; check
# realgold29 0.6143; floors 0.005 below. No set fell.
# At 0.71.0 (session 64: rg64 from realgold48, now a tuning set, and the wire rules from
# tests/wirea and wireb; held out the same records): tuning realgold30 0.6777, realgold48
# 0.5263; check realgold38 0.5960; floors 0.005 below. No set fell.
# At 0.72.0 (session 65: wire rules from six wire sets): held out realgold18 0.6142; tuning
# realgold30 0.6860, realgold31 0.6190; check realgold37 0.4931, realgold40 0.4750; floors 0.005
# below. Tuning realgold6 0.7742 -> 0.7701 (a "first 10 months" window now a claim, as the
# conventions rule; the gold predates them), above its floor. No held-out set fell.
# realgold50 (24 fresh odd-half PolNeAR articles, session 74, a tuning set from its first score):
# first score 0.4959 at 07bf1b05 (0.80.0); floor 0.005 below. realgold49 (90 fresh even-half PolNeAR
# articles) and realgold51 (22 fresh odd-half ones), session 74's checks: first scores 0.4364 and
# 0.6991 at 0.80.0; floors 0.005 below.
# Sessions 74 and 75 (0.81.0): tuning realgold3, 6, 10, 20, 31, 32, 36, 48, 50 (0.5702) raised;
# held-out realgold11 0.6582 -> 0.6633 (wcav75's expected delivery not hedged); no blind set fell.
HELD_OUT_RECORD_FLOORS = {
    "realgold2": 0.559,
    "realgold3": 0.934,
    "realgold4": 0.806,
    "realgold5": 0.925,
    "realgold6": 0.781,
    "realgold7": 0.810,
    "realgold8": 0.868,
    "realgold9": 0.690,
    "realgold10": 0.908,
    "realgold11": 0.658,
    "realgold12": 0.889,
    "realgold13": 0.636,
    "realgold14": 0.873,
    "realgold15": 0.632,
    "realgold16": 0.890,
    "realgold17": 0.674,
    "realgold18": 0.609,
    "realgold19": 0.787,
    "realgold20": 0.835,
    "realgold21": 0.631,
    "realgold22": 0.583,
    "realgold23": 0.588,
    "realgold24": 0.785,
    "realgold25": 0.590,
    "realgold26": 0.420,
    "realgold27": 0.656,
    "realgold28": 0.631,
    "realgold29": 0.609,
    "realgold30": 0.680,
    "realgold31": 0.657,
    "realgold32": 0.657,
    "realgold33": 0.773,
    "realgold34": 0.630,
    "realgold35": 0.761,
    "realgold36": 0.563,
    "realgold37": 0.492,
    "realgold38": 0.591,
    "realgold39": 0.482,
    "realgold40": 0.470,
    "realgold41": 0.635,
    "realgold42": 0.797,
    "realgold43": 0.661,
    "realgold44": 0.511,
    "realgold45": 0.622,
    "realgold46": 0.591,
    "realgold47": 0.739,
    "realgold48": 0.530,
    "realgold49": 0.431,
    "realgold50": 0.565,
    "realgold51": 0.694,
}


@pytest.mark.parametrize("folder", sorted(HELD_OUT_RECORD_FLOORS))
def test_held_out_real_news_full_record_accuracy_stays_above_its_floor(nlp, folder):
    report = score_folder(nlp, REALGOLD.parent / folder, CORPUS)
    assert report.record_accuracy >= HELD_OUT_RECORD_FLOORS[folder]
