"""The word lists: one definition per name (sections are written by different branches)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import factcheck.extract.lexicon as lexicon


def test_no_word_list_is_defined_twice():
    tree = ast.parse(Path(lexicon.__file__).read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    )
    assert [name for name, n in names.items() if n > 1] == []
