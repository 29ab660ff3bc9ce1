"""The lexicon package re-exports every module's names with star imports, so a name assigned in
two modules silently takes the value of the module imported last (session 72: a second
``PART_PRONOUNS`` in ``lexicon.caveats`` was shadowed by ``lexicon.subjects``)."""

import ast
from collections import defaultdict
from pathlib import Path

import factcheck.extract.lexicon as lexicon


def _assigned_names(path: Path) -> set[str]:
    names = set()
    for node in ast.parse(path.read_text()).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names |= {t.id for t in targets if isinstance(t, ast.Name) and not t.id.startswith("_")}
    return names


def test_no_two_lexicon_modules_assign_the_same_public_name():
    owners = defaultdict(list)
    for path in sorted(Path(lexicon.__file__).parent.glob("*.py")):
        for name in _assigned_names(path):
            owners[name].append(path.stem)
    assert {name: mods for name, mods in owners.items() if len(mods) > 1} == {}
