"""The word lists: one definition per name (sections are written by different branches), and a
lexicon that loads without spaCy (issue 10), whether it is one module or a package of them."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import Counter
from pathlib import Path

import factcheck.extract.lexicon as lexicon

ROOT = Path(__file__).resolve().parents[2]


def lexicon_files() -> list[Path]:
    path = Path(lexicon.__file__)
    return sorted(path.parent.glob("*.py")) if path.name == "__init__.py" else [path]


def test_no_word_list_is_defined_twice():
    names = Counter(
        target.id
        for path in lexicon_files()
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    )
    assert [name for name, n in names.items() if n > 1] == []


def test_every_word_list_is_a_name_of_the_lexicon():
    defined = {
        target.id
        for path in lexicon_files()
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    assert defined - set(vars(lexicon)) == set()


def test_importing_the_lexicon_imports_no_spacy():
    code = "import sys, factcheck.extract.lexicon; print('spacy' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
