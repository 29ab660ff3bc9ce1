"""Extraction quality on the wire sets: fictional international wire stories written and
annotated blind in session 64 (tests/wire{a,b,c}/README.md), the genre no real-article set covers.

Floors sit 0.005 below the measured full-record accuracy, so a change that costs a record fails
here; raise a floor when a merge raises its score (docs/extraction.md has the history).
First scores at 0.70.0, before any rule saw them: wirea 0.5444, wireb 0.4052, wirec 0.3892,
wired 0.4714, wiree 0.3684, wiref 0.3393. At 0.71.0 (session 64's wire rules from wirea and
wireb): 0.6584, 0.5629, 0.4216 (check), 0.5000, 0.3947, 0.3494 (checks written during the merge).
wireg, wireh, wirei (checks written after it): 0.4481, 0.3492, 0.2529 at 0.70.0; first scored at
0.71.0 0.4870, 0.3730, 0.2931. Session 65 made wired .. wireg tuning sets and added seven checks
written blind by seven more writers, wirej .. wirep, first scored at 0.71.0: 0.4928, 0.5120,
0.4817, 0.4037, 0.4904, 0.4514, 0.3958. At 0.72.0 (session 65's rules from the six tuning sets):
wirea 0.6832, wireb 0.5960, wired 0.5827, wiree 0.4698, wiref 0.4675, wireg 0.5882; checks wirec
0.4432, wireh 0.4048, wirei 0.3232, wirej 0.5000, wirek 0.5152, wirel 0.4939, wirem 0.4161, wiren
0.4841 (one record fewer: its floor was lowered, the only check that fell), wireo 0.4514, wirep
0.4236. Session 66 made wirej .. wirel tuning sets and added five checks written blind by five
more writers, wireq .. wireu, first scored at 0.72.0: 0.3955, 0.4571, 0.3258, 0.3867, 0.4615.
At 0.73.0 (session 66's rules from the nine tuning sets): tuning wirea 0.7702, wireb 0.6093,
wired 0.6187, wiree 0.5135, wiref 0.4870, wireg 0.6275, wirej 0.6377, wirek 0.6121, wirel 0.5890;
checks wirec 0.4595, wireh 0.4127, wirei 0.3537, wirem 0.4348, wiren 0.4936, wireo 0.4722, wirep
0.4444, wireq 0.3955, wirer 0.4714, wires 0.3258, wiret 0.4200, wireu 0.4755 (none fell).
Session 67 made wirem .. wirep tuning sets and added five checks written blind by five more
writers, wirev .. wirez, first scored at 0.73.0: 0.5570, 0.4583, 0.4634, 0.6000, 0.3986.
At 0.74.0 (session 67's rules from the thirteen tuning sets): tuning wirea 0.7702, wireb 0.6358,
wired 0.6304, wiree 0.5306, wiref 0.5065, wireg 0.6601, wirej 0.6618, wirek 0.6303, wirel 0.6087,
wirem 0.5157, wiren 0.5290, wireo 0.5352, wirep 0.4965; checks wirec 0.4754, wireh 0.4127, wirei
0.3537, wireq 0.3985, wirer 0.4783, wires 0.3333, wiret 0.4257, wireu 0.4825, wirev 0.5705, wirew
0.4750, wirex 0.4634, wirey 0.6000, wirez 0.4336 (none fell).
Session 68 made wirev .. wirez tuning sets and added five checks written blind by five more
writers, wire2a .. wire2e, first scored at 0.74.0: 0.4317, 0.4964, 0.3926, 0.3933, 0.4383.
At 0.75.0 (session 68's rules from the eighteen tuning sets): tuning wirea 0.7702, wireb 0.6358,
wired 0.6667, wiree 0.5442, wiref 0.5229, wireg 0.6993, wirej 0.6667, wirek 0.6667, wirel 0.6335,
wirem 0.5283, wiren 0.5714, wireo 0.6071, wirep 0.5282, wirev 0.6376, wirew 0.5000, wirex 0.4969,
wirey 0.6242, wirez 0.4825; checks wirec 0.5000, wireh 0.4206, wirei 0.3827, wireq 0.4091, wirer
0.4783, wires 0.3359, wiret 0.4452, wireu 0.4895, wire2a 0.4565, wire2b 0.5000, wire2c 0.4074,
wire2d 0.4161, wire2e 0.4534 (none fell).
Session 69 made wire2a .. wire2e tuning sets and added five checks written blind by five more
writers, wire2f .. wire2j, first scored at 0.75.0: 0.5269, 0.4645, 0.4552, 0.5766, 0.4859.
At 0.76.0 (session 69's rules from the twenty-three tuning sets): tuning wirea 0.7764, wireb
0.6358, wired 0.6667, wiree 0.5442, wiref 0.5229, wireg 0.6993, wirej 0.6815, wirek 0.6667, wirel
0.6460, wirem 0.5380, wiren 0.5714, wireo 0.6143, wirep 0.5500, wirev 0.6577, wirew 0.5000, wirex
0.5031, wirey 0.6497, wirez 0.4825, wire2a 0.5145, wire2b 0.5294, wire2c 0.4188, wire2d 0.4354,
wire2e 0.4717; checks wirec 0.5055, wireh 0.4206, wirei 0.3827, wireq 0.4091, wirer 0.4818, wires
0.3359, wiret 0.4521, wireu 0.4895, wire2f 0.5333, wire2g 0.4645, wire2h 0.4552, wire2i 0.5882,
wire2j 0.5070 (none fell).
Session 70 made wire2f .. wire2j tuning sets and added five checks written blind by five more
writers, wire2k .. wire2o, first scored at 0.76.0: 0.3831, 0.4471, 0.4841, 0.4097, 0.4030.
At 0.77.0 (session 70's rules and the apposed-name ruling, docs/gold-conventions.md): tuning wirea
0.7764, wireb 0.6358, wired 0.6667, wiree 0.5646, wiref 0.5359, wireg 0.6993, wirej 0.6667 (fell:
its golds write "ROLE, Name" whole), wirek 0.6788, wirel 0.6646, wirem 0.5506, wiren 0.5779, wireo
0.6286, wirep 0.5714, wirev 0.6913, wirew 0.5167, wirex 0.5215, wirey 0.6497, wirez 0.5315, wire2a
0.5362, wire2b 0.5294, wire2c 0.4250, wire2d 0.4422, wire2e 0.4843, wire2f 0.5697, wire2g 0.4710,
wire2h 0.4552, wire2i 0.5882, wire2j 0.5141; checks wirec 0.5055, wireh 0.4206, wirei 0.3889, wireq
0.4545, wirer 0.4891, wires 0.3511, wiret 0.4658, wireu 0.5804, wire2k 0.3896, wire2l 0.4412 (one
record fewer, the ruling), wire2m 0.4841, wire2n 0.4167, wire2o 0.4179.
Session 71 made wire2k .. wire2o tuning sets and added five checks written blind by five more
writers, wire2p .. wire2t, first scored at 0.77.0: 0.4867, 0.4241, 0.4810, 0.4354, 0.5306.
At 0.78.0 (session 71's rules from the thirty-three tuning sets, two rounds): floors raised on
wirea, b, d, e, f, l, p, v, w, x, y, wire2d .. 2l, 2n, 2o (wired 0.7391, wire2j 0.5986: the
closing-line rule); checks wire2r 0.4873, wire2s 0.4558, wire2t 0.5374 (the second round's
titled ministers and labelled lines, 890 -> 895 of 1919 records), the others unchanged.
Session 72 made wire2p .. wire2t tuning sets (their last blind scores are those at 0.78.0) and added
five checks written blind by five more writers, wire2u .. wire2y, first scored at 0.78.0: 0.5060,
0.5605, 0.3882, 0.5634, 0.5080.
At 0.79.0 (session 72's rules, the people-at-a-named-body ruling): floors raised on wirea, g, m, n,
w, wire2a, 2d, 2j .. 2o, 2q; checks wirec 0.5165, wirer 0.4964, wire2u 0.5241, wire2x 0.5704 (945
-> 952 of 1981 records), the others unchanged.
Session 72's second round (wprel72b's body aliases, wdisp72's present-tense disputes): wire2g
0.5613, wire2l 0.4588, wire2r 0.5000; the checks unchanged.
Session 73 made wire2u .. wire2y tuning sets (their last blind scores are those at 0.79.0)
and added five checks written blind by five more writers, wire2z and wire3a .. wire3d, first
scored at 0.79.0: 0.4911, 0.5867, 0.4533, 0.5133, 0.5517.
Session 73's first round (0.80.0): floors raised on wirec, e, i, k, l, m, o, r, v, x, y, wire2b, 2f, 2h ..
2n, 2p, 2q, 2t, 2u, 2w .. 2y, wire3c, 3d; checks wirec 0.5440, wirei 0.4099, wirer 0.5109, wire3c
0.5302, wire3d 0.5586 (931 -> 944 of 1923 records). Lowered to their values under the ruling "The
other side's salvo" (8 sets to 2): wirea 0.783 -> 0.758, wirez 0.526 -> 0.512.
Session 73's second round (wniv73, wsrcb73, wpart73b): wirew, wire2c, 2e, 2h, 2p, 2s, 2u raised;
the checks unchanged.
Sessions 74 and 75 (0.81.0): 20 tuning floors raised; checks wirec 0.5495, wires 0.3740, wiret
0.4726 (944 -> 949 of 1921 records), the others unchanged.
"""

from pathlib import Path

import pytest

from factcheck.evaluate import score_folder

TESTS = Path(__file__).resolve().parents[1]

RECORD_FLOORS = {
    "wirea": 0.758,
    "wireb": 0.637,
    "wirec": 0.544,
    "wired": 0.741,
    "wiree": 0.593,
    "wiref": 0.554,
    "wireg": 0.707,
    "wireh": 0.415,
    "wirei": 0.404,
    "wirej": 0.661,
    "wirek": 0.691,
    "wirel": 0.690,
    "wirem": 0.577,
    "wiren": 0.592,
    "wireo": 0.628,
    "wirep": 0.573,
    "wireq": 0.449,
    "wirer": 0.505,
    "wires": 0.369,
    "wiret": 0.467,
    "wireu": 0.575,
    "wirev": 0.706,
    "wirew": 0.545,
    "wirex": 0.571,
    "wirey": 0.655,
    "wirez": 0.512,
    "wire2a": 0.596,
    "wire2b": 0.539,
    "wire2c": 0.435,
    "wire2d": 0.491,
    "wire2e": 0.504,
    "wire2f": 0.588,
    "wire2g": 0.562,
    "wire2h": 0.476,
    "wire2i": 0.605,
    "wire2j": 0.635,
    "wire2k": 0.507,
    "wire2l": 0.474,
    "wire2m": 0.501,
    "wire2n": 0.439,
    "wire2o": 0.465,
    "wire2p": 0.525,
    "wire2q": 0.479,
    "wire2r": 0.495,
    "wire2s": 0.464,
    "wire2t": 0.539,
    "wire2u": 0.585,
    "wire2v": 0.578,
    "wire2w": 0.403,
    "wire2x": 0.583,
    "wire2y": 0.513,
    "wire2z": 0.486,
    "wire3a": 0.581,
    "wire3b": 0.448,
    "wire3c": 0.525,
    "wire3d": 0.553,
}


@pytest.mark.parametrize("name", sorted(RECORD_FLOORS))
def test_wire_set_full_record_accuracy_stays_above_its_floor(nlp, name):
    report = score_folder(nlp, TESTS / name / "gold", TESTS / name / "articles")
    assert report.record_accuracy >= RECORD_FLOORS[name]
