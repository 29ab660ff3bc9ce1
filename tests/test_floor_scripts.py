"""scripts/raise_floors.py only ever raises a floor, to 0.005 below the score rounded down, and
reports a set below its floor; scripts/blind_commits.py re-extracts only the blind documents
whose claims a branch changed."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

_SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, _SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


raise_floors = _load("raise_floors")
blind_commits = _load("blind_commits")

_FLOORS = 'FLOORS = {\n    "realgold3": 0.930,\n    "wire2k": 0.469,\n    "realgold9": 0.700,\n}\n'


def test_floor_is_half_a_point_below_the_score_rounded_down():
    assert raise_floors.floor_for(0.9395) == 0.934
    assert raise_floors.floor_for(0.5603) == 0.555
    assert raise_floors.floor_for(0.5050) == 0.5


def test_floors_rise_to_a_higher_score_and_unscored_sets_stay():
    text, changes = raise_floors.raise_floors(_FLOORS, {"realgold3": 0.9395, "wire2k": 0.5130})
    assert '"realgold3": 0.934,' in text
    assert '"wire2k": 0.508,' in text
    assert '"realgold9": 0.700,' in text
    assert len(changes) == 2


def test_a_floor_is_never_lowered_and_a_set_below_it_is_reported():
    text, changes = raise_floors.raise_floors(_FLOORS, {"realgold9": 0.6500, "realgold3": 0.9320})
    assert text == _FLOORS
    assert changes == ["realgold9 BELOW its floor 0.700 (score 0.6500)"]


def test_only_blind_documents_whose_claims_differ_are_re_extracted():
    groups = {"held out": [{"doc": "a"}, {"doc": "b"}], "wire checks": [{"doc": "c"}]}
    claim = {"start": 0, "end": 2, "text": "12"}
    base = {"a": [claim], "b": [claim], "c": [], "tuning": [claim]}
    branch = {"a": [claim], "b": [], "c": [claim], "tuning": []}
    assert blind_commits.changed_documents(base, branch, groups) == ["b", "c"]
