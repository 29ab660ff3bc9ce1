"""extract/ is pure: a parsed Doc in, claims out. It reads no files, fetches nothing, stores
nothing and knows no face (issue 12)."""

import ast
from pathlib import Path

import pytest

import factcheck.extract

EXTRACT = Path(factcheck.extract.__file__).parent
FORBIDDEN = ("factcheck.sources", "factcheck.store", "factcheck.cli", "flows", "prefect")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize(
    "path", sorted(EXTRACT.rglob("*.py")), ids=lambda p: str(p.relative_to(EXTRACT))
)
def test_extract_module_imports_no_sources_store_flows_or_cli(path):
    bad = {
        name
        for name in imported_modules(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    }
    assert not bad, f"{path.relative_to(EXTRACT)} imports {sorted(bad)}"
