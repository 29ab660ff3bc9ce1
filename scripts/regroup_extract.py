"""Regroup ``factcheck/extract/`` by pipeline stage and split ``lexicon.py`` into a package.

A tool kept for one move (session 51, helper ``regroup``): the flat package of some 270 modules
becomes subpackages that read as the pipeline (STYLE.md, "A layout that shows the architecture";
item 15, modules of 100-400 lines with one concern each). Behaviour does not change: modules are
moved with ``git mv`` and only import lines and module paths are rewritten.

What it does, on a clean checkout (of any main that still has the flat layout):

1. Reads the map (``scripts/regroup_extract_map.json``): ``modules`` gives every module of
   ``factcheck/extract/`` its new place (``"attribution": "sources/attribution"``; a top-level
   module maps to its own name; a new last part renames the module), ``packages`` the docstring
   of each subpackage's ``__init__.py``, ``lexicon`` the topical modules of the lexicon package.
2. Stops, before touching anything, if a module of ``factcheck/extract/`` is not in the map (a
   module another branch added): it lists each with the stages of the modules that import it,
   for the map. Add them to ``modules`` by hand and run again.
3. ``git mv``s every module, adds each subpackage's ``__init__.py`` (a docstring only: importing a
   subpackage imports nothing, so import order and the lazy promise of ``factcheck/extract/
   __init__.py`` hold).
4. Splits ``lexicon.py`` into ``factcheck/extract/lexicon/``: each constant, with the comment
   lines right above it, goes to the module of the stage whose modules use it (a constant that
   other constants are built from follows its users; one used by several stages, only outside
   ``extract/`` or by no one goes to ``lexicon.shared``); within a stage, a constant all of whose
   users are listed under one of the stage's topical modules goes there. The constants keep
   their order and comments; section rulers (``# --- ... ---``) are dropped, they recorded the
   session that added a section. ``lexicon/__init__.py`` re-exports every name, so
   ``from factcheck.extract.lexicon import X`` keeps working. The split is computed, not listed:
   a constant another branch added lands by the same rule.
5. Rewrites module paths in ``factcheck/``, ``tests/``, ``scripts/``, ``flows/``, ``bench/``,
   ``docs/`` and ``README.md``: ``from factcheck.extract import a, b`` (split per subpackage),
   every dotted ``factcheck.extract.X`` (imports, ``mock.patch`` and ``importlib`` strings) and
   every file path ``factcheck/extract/X.py`` or ``extract/X.py``; for a renamed module also its
   bare name in ``X.py``, ````X````, ``X.attr`` forms and as an identifier in Python files that
   import it. ``tests/realgold*`` and ``tests/agreement`` (data) are never opened.
6. Sorts the rewritten imports and formats the touched Python files (``ruff check --select I
   --fix``, ``ruff format``), then checks: no old dotted path is left, and the lexicon package
   exports exactly the names ``lexicon.py`` had.

It stages everything with git and commits nothing: review ``git status``/``git diff --cached``,
run the checks (``make test``, ``scripts/score_sets.py extract`` against the last output) and
commit. On failure after step 2, ``git reset --hard && git clean -fd factcheck`` restores the tree.

Usage, from the repository root (``.venv`` the project's venv)::

    PYTHONPATH=. .venv/bin/python scripts/regroup_extract.py            # apply
    PYTHONPATH=. .venv/bin/python scripts/regroup_extract.py --check    # only check the map
    PYTHONPATH=. .venv/bin/python scripts/regroup_extract.py --map other_map.json
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import re
import shutil
import subprocess
import sys
import tokenize
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRACT = Path("factcheck/extract")
DOTTED = "factcheck.extract"
DEFAULT_MAP = Path("scripts/regroup_extract_map.json")
# Where module paths are rewritten (step 5), and the data that must never be opened.
REWRITE_ROOTS = ("factcheck", "tests", "scripts", "flows", "bench", "docs", "README.md")
REWRITE_SUFFIXES = (".py", ".md", ".txt", ".toml", ".yaml", ".yml", ".cfg", ".ini", ".rst")
NEVER_OPEN = re.compile(r"^tests/(realgold[^/]*|agreement)(/|$)")
SHARED = "shared"
TOP = "."


class RegroupError(Exception):
    """The map does not fit this checkout; nothing was changed."""


@dataclass
class Plan:
    modules: dict[str, str]  # old stem -> new path below factcheck/extract, no suffix
    packages: dict[str, str]  # subpackage -> docstring of its __init__.py
    lexicon: dict[str, object]
    readme_layout: list[str] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)  # old stem -> new stem

    def dotted(self, stem: str) -> str:
        return f"{DOTTED}.{self.modules[stem].replace('/', '.')}"

    def stage(self, stem: str) -> str:
        new = self.modules[stem]
        return new.split("/")[0] if "/" in new else TOP


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, check=True, text=True, capture_output=True, **kwargs)


def load_plan(path: Path) -> Plan:
    data = json.loads((ROOT / path).read_text(encoding="utf-8"))
    plan = Plan(data["modules"], data["packages"], data["lexicon"], data.get("readme_layout", []))
    for stem, new in plan.modules.items():
        parts = new.split("/")
        if len(parts) > 2 or (len(parts) == 2 and parts[0] not in plan.packages | {"lexicon": ""}):
            raise RegroupError(f"map: {stem} -> {new}: not a module of a subpackage in 'packages'")
        if parts[-1] != stem:
            plan.renamed[stem] = parts[-1]
    return plan


# --- step 2: every module placed -------------------------------------------------------------


def extract_stems() -> list[str]:
    return sorted(p.stem for p in (ROOT / EXTRACT).glob("*.py"))


def imported_stems(path: Path, stems: set[str]) -> set[str]:
    """The modules of factcheck/extract/ that the file imports."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == DOTTED:
            found |= {alias.name for alias in node.names} & stems
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(DOTTED + "."):
            found.add(node.module.split(".")[2])  # type: ignore[union-attr]
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[2] for a in node.names if a.name.startswith(DOTTED + ".")}
    return found & stems


def check_placed(plan: Plan) -> list[str]:
    """Raise, naming every module of factcheck/extract/ the map does not place; return notes."""
    stems = extract_stems()
    if "lexicon" not in stems or not (ROOT / EXTRACT / "lexicon.py").is_file():
        raise RegroupError("factcheck/extract/lexicon.py is gone: the regroup was applied already")
    missing = [s for s in stems if s not in plan.modules]
    if missing:
        importers: dict[str, set[str]] = defaultdict(set)
        for stem in stems:
            for used in imported_stems(ROOT / EXTRACT / f"{stem}.py", set(stems)):
                importers[used].add(stem)
        lines = []
        for stem in missing:
            stages = sorted({plan.stage(i) for i in importers[stem] if i in plan.modules})
            users = ", ".join(sorted(importers[stem])) or "no module of extract/"
            lines.append(f"  {stem}: imported by {users}; their stages: {stages or '-'}")
        raise RegroupError(
            f"{len(missing)} module(s) of factcheck/extract/ not in the map; add each to "
            '"modules" (e.g. "name": "implied/name") and run again:\n' + "\n".join(lines)
        )
    notes = [
        f"map names {s}, which this checkout does not have: skipped"
        for s in plan.modules
        if s not in stems
    ]
    taken: dict[str, str] = {}
    for stem in stems:
        new = plan.modules[stem]
        if new in taken:
            raise RegroupError(f"map: {taken[new]} and {stem} both go to {new}")
        taken[new] = stem
    return notes


# --- step 4: the lexicon split ----------------------------------------------------------------


@dataclass
class Constant:
    name: str
    text: str  # its comment lines and statement, as written
    needs: set[str]  # other lexicon names it is built from
    users: set[str] = field(default_factory=set)  # extract module stems that use it
    outside: bool = False  # used outside factcheck/extract/
    home: str = ""


def read_lexicon() -> tuple[str, list[ast.ImportFrom], list[Constant]]:
    source = (ROOT / EXTRACT / "lexicon.py").read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    docstring = ast.get_docstring(tree) or ""
    imports: list[ast.ImportFrom] = []
    constants: list[Constant] = []
    previous_end = 0
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            previous_end = node.end_lineno or node.lineno
            continue
        if isinstance(node, ast.ImportFrom):
            imports.append(node)
            previous_end = node.end_lineno or node.lineno
            continue
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        elif isinstance(node, ast.AnnAssign):
            target = node.target
        else:
            raise RegroupError(
                f"lexicon.py line {node.lineno}: only constants can be split by rule, found "
                f"{type(node).__name__}; move it out of lexicon.py first"
            )
        if not isinstance(target, ast.Name):
            raise RegroupError(f"lexicon.py line {node.lineno}: not a plain name = value")
        start = node.lineno - 1
        while start > previous_end and lines[start - 1].startswith("#"):
            if lines[start - 1].startswith("# ---"):
                break
            start -= 1
        block = [
            line
            for line in lines[start : node.end_lineno]
            if line.strip() not in ("# fmt: off", "# fmt: on")
        ]
        value = node.value
        needs = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value else set()
        constants.append(Constant(target.id, "\n".join(block), needs))
        previous_end = node.end_lineno or node.lineno
    names = [c.name for c in constants]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise RegroupError(f"lexicon.py defines {twice} more than once")
    known = set(names)
    for constant in constants:
        constant.needs &= known
    return docstring, imports, constants


def lexicon_users(constants: list[Constant], stems: list[str]) -> None:
    """Who uses each constant: modules of extract/ by name, anything else as 'outside'."""
    by_name = {c.name: c for c in constants}
    for path in rewrite_files():
        if path.suffix != ".py" or path == EXTRACT / "lexicon.py":
            continue
        text = (ROOT / path).read_text(encoding="utf-8")
        if "lexicon" not in text:
            continue
        used = set()
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ImportFrom) and node.module == f"{DOTTED}.lexicon":
                used |= {alias.name for alias in node.names}
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if node.value.id == "lexicon":
                    used.add(node.attr)
        inside = path.parent == EXTRACT and path.stem in stems
        for name in used & by_name.keys():
            if inside:
                by_name[name].users.add(path.stem)
            else:
                by_name[name].outside = True
    # A constant another is built from serves that one's users too (to a fixed point).
    changed = True
    while changed:
        changed = False
        for constant in constants:
            for need in constant.needs:
                base = by_name[need]
                before = (len(base.users), base.outside)
                base.users |= constant.users
                base.outside |= constant.outside
                changed |= (len(base.users), base.outside) != before


def place_constants(plan: Plan, constants: list[Constant]) -> dict[str, list[Constant]]:
    """Each constant's module in the lexicon package (see the module docstring, step 4)."""
    topics: dict[str, dict[str, list[str]]] = plan.lexicon["stages"]  # type: ignore[assignment]
    homes: dict[str, list[Constant]] = defaultdict(list)
    for constant in constants:
        stages = {plan.stage(u) for u in constant.users}
        if len(stages) != 1 or TOP in stages:
            home = SHARED
        else:
            stage = stages.pop()
            if stage not in topics:
                raise RegroupError(f"map: lexicon has no module for the stage {stage!r}")
            home = next(iter(topics[stage]))  # the stage's first module takes the rest
            for module, users in topics[stage].items():
                if users and constant.users <= set(users):
                    home = module
                    break
        constant.home = home
        homes[home].append(constant)
    # Imports between the modules must not close a cycle.
    by_name = {c.name: c for c in constants}
    edges = {h: {by_name[n].home for c in cs for n in c.needs} - {h} for h, cs in homes.items()}
    order: list[str] = []
    visiting: set[str] = set()

    def visit(home: str) -> None:
        if home in order:
            return
        if home in visiting:
            raise RegroupError(f"lexicon modules import each other in a cycle through {home}")
        visiting.add(home)
        for other in sorted(edges[home]):
            visit(other)
        visiting.discard(home)
        order.append(home)

    for home in sorted(homes):
        visit(home)
    return homes


def write_lexicon(
    plan: Plan, docstring: str, imports: list[ast.ImportFrom], homes: dict[str, list[Constant]]
) -> list[Path]:
    package = EXTRACT / "lexicon"
    docs: dict[str, str] = plan.lexicon["modules"]  # type: ignore[assignment]
    by_name = {c.name: c for cs in homes.values() for c in cs}
    original_imports = {
        alias.asname or alias.name: node for node in imports for alias in node.names
    }
    written = []
    for home, constants in sorted(homes.items()):
        if home not in docs:
            raise RegroupError(f"map: lexicon module {home!r} has no docstring in 'modules'")
        needed = {n for c in constants for n in c.needs}
        from_siblings: dict[str, set[str]] = defaultdict(set)
        for name in needed:
            if by_name[name].home != home:
                from_siblings[by_name[name].home].add(name)
        text_of = "\n".join(c.text for c in constants)
        head = [f'"""{docs[home]}\n"""', ""]
        import_lines = []
        for alias_name, node in original_imports.items():
            if re.search(rf"\b{re.escape(alias_name)}\b", text_of):
                module = rewrite_dotted(plan, node.module or "")
                import_lines.append(f"from {module} import {alias_name}")
        for sibling, names in sorted(from_siblings.items()):
            import_lines.append(
                f"from {DOTTED}.lexicon.{sibling} import {', '.join(sorted(names))}"
            )
        if import_lines:
            head += sorted(import_lines) + [""]
        head += ["# fmt: off", ""]
        body = "\n".join(head) + "\n".join(c.text for c in constants) + "\n"
        path = package / f"{home}.py"
        (ROOT / path).write_text(body, encoding="utf-8")
        written.append(path)
    # every module of the package is re-exported: the split ones and any the map moves in
    moved_in = {new.split("/")[1] for new in plan.modules.values() if new.startswith("lexicon/")}
    reexports = [
        f"from {module} import {a.name} as {a.asname or a.name}"
        for node in imports
        if not (module := rewrite_dotted(plan, node.module or "")).startswith(f"{DOTTED}.lexicon.")
        for a in node.names
    ]
    stars = [
        f"from {DOTTED}.lexicon.{home} import *  # noqa: F403"
        for home in sorted(set(homes) | moved_in)
    ]
    names_by_home = "\n".join(reexports + stars)
    init = f'"""{docstring.rstrip()}\n\n{plan.lexicon["package_note"]}\n"""\n\n{names_by_home}\n'
    (ROOT / package / "__init__.py").write_text(init, encoding="utf-8")
    written.append(package / "__init__.py")
    return written


# --- step 5: rewriting module paths -----------------------------------------------------------


def rewrite_files() -> list[Path]:
    listed = run(["git", "ls-files", "--", *REWRITE_ROOTS]).stdout.splitlines()
    return [
        Path(p)
        for p in listed
        if p.endswith(REWRITE_SUFFIXES)
        and not NEVER_OPEN.match(p)
        and (ROOT / p).is_file()
        and not p.startswith("scripts/regroup_extract")
    ]


def rewrite_dotted(plan: Plan, text: str) -> str:
    def new(match: re.Match[str]) -> str:
        stem = match.group(1)
        return plan.dotted(stem) if stem in plan.modules else match.group(0)

    return re.sub(r"(?<![\w.])factcheck\.extract\.(\w+)", new, text)


def rewrite_paths(plan: Plan, text: str) -> str:
    """``factcheck/extract/X.py`` and a bare ``extract/X.py`` (not ``tests/extract/...``)."""

    def new(match: re.Match[str]) -> str:
        stem = match.group(1)
        if stem == "lexicon":
            return "extract/lexicon/"
        if stem not in plan.modules:
            return match.group(0)
        return f"extract/{plan.modules[stem]}.py"

    return re.sub(r"(?:(?<=factcheck/)|(?<![\w/.-]))extract/(\w+)\.py\b", new, text)


def rewrite_bare_names(plan: Plan, text: str) -> str:
    """A renamed module's name in prose: "X.py", ``X``, "X.attr"."""
    for old, new in plan.renamed.items():
        text = re.sub(rf"(?<![\w./]){re.escape(old)}(?=\.py\b|``|\.[A-Za-z_])", new, text)
    return text


def rewrite_from_extract(plan: Plan, source: str) -> str:
    """``from factcheck.extract import a, b`` -> one import per place the names moved to."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    edits = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.ImportFrom) and node.module == DOTTED and node.level == 0):
            continue
        groups: dict[str, list[str]] = defaultdict(list)
        for alias in node.names:
            new = plan.modules.get(alias.name, alias.name)
            if "/" in new:
                package, stem = new.split("/")
                where, name = f"{DOTTED}.{package}", stem
            else:
                where, name = DOTTED, alias.name
            bound = alias.asname or alias.name
            # a renamed module imported by its name is renamed where used (rename_identifiers)
            keep_alias = alias.asname is not None and alias.asname != name
            groups[where].append(f"{name} as {bound}" if keep_alias else name)
        if list(groups) == [DOTTED]:
            continue
        indent = lines[node.lineno - 1][: node.col_offset]
        new = "".join(
            f"{indent}from {where} import {', '.join(names)}\n" for where, names in groups.items()
        )
        edits.append((node.lineno - 1, node.end_lineno or node.lineno, new))
    for start, end, new in sorted(edits, reverse=True):
        lines[start:end] = [new]
    return "".join(lines)


def rewrite_from_extract_lines(plan: Plan, text: str) -> str:
    """The same for a one-line ``from factcheck.extract import a, b`` in a string or a doc."""

    def new(match: re.Match[str]) -> str:
        indent, names = match.group(1), match.group(2)
        groups: dict[str, list[str]] = defaultdict(list)
        for item in (n.strip() for n in names.split(",")):
            name, _, bound = item.partition(" as ")
            place = plan.modules.get(name, name)
            where, stem = (
                (f"{DOTTED}.{place.split('/')[0]}", place.split("/")[1])
                if "/" in place
                else (DOTTED, name)
            )
            groups[where].append(f"{stem} as {bound}" if bound and bound != stem else stem)
        return "\n".join(f"{indent}from {w} import {', '.join(n)}" for w, n in groups.items())

    pattern = r"^([ \t]*)from factcheck\.extract import (\w+(?: as \w+)?(?:, \w+(?: as \w+)?)*)$"
    return re.sub(pattern, new, text, flags=re.MULTILINE)


def renamed_bound(plan: Plan, source: str) -> set[str]:
    """The renamed modules a Python file imports under their own name."""
    bound = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == DOTTED:
            bound |= {a.name for a in node.names if a.asname is None and a.name in plan.renamed}
    return bound


def rename_identifiers(plan: Plan, source: str, bound: set[str]) -> str:
    """Use a renamed module's new name where the file uses it as an identifier."""
    if not bound:
        return source
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    lines = source.splitlines(keepends=True)
    for token in reversed(tokens):
        if token.type == tokenize.NAME and token.string in bound:
            (row, col), (_, end) = token.start, token.end
            line = lines[row - 1]
            lines[row - 1] = line[:col] + plan.renamed[token.string] + line[end:]
    return "".join(lines)


def rewrite_text(plan: Plan, path: Path, text: str) -> str:
    """Dotted paths first: the import split below writes new dotted paths of its own."""
    bound = renamed_bound(plan, text) if path.suffix == ".py" else set()
    text = rewrite_dotted(plan, text)
    if path.suffix == ".py":
        text = rewrite_from_extract(plan, text)
        text = rename_identifiers(plan, text, bound)
    text = rewrite_from_extract_lines(plan, text)
    text = rewrite_paths(plan, text)
    return rewrite_bare_names(plan, text)


def rewrite_readme_layout(plan: Plan) -> str:
    """Put the map's ``readme_layout`` lines in place of README.md's block for extract/."""
    path = ROOT / "README.md"
    if not plan.readme_layout or not path.is_file():
        return ""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.startswith("  extract/ ")), None)
    end = next(
        (
            i
            for i, line in enumerate(lines)
            if start is not None
            and i > start
            and not line.startswith("    ")
            and not line.startswith("                ")
        ),
        None,
    )
    if start is None or end is None:
        return "README.md: no block starting '  extract/' found; its layout is left as it was"
    lines[start:end] = [line + "\n" for line in plan.readme_layout]
    path.write_text("".join(lines), encoding="utf-8")
    return ""


# --- the whole move --------------------------------------------------------------------------


def ruff(*args: str) -> None:
    exe = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if exe is None:
        raise RegroupError("ruff not found next to this python or on PATH")
    subprocess.run([exe, *args], cwd=ROOT, check=True)


def lexicon_names_after() -> set[str]:
    code = (
        "import sys, factcheck.extract.lexicon as x;"
        "assert 'spacy' not in sys.modules, 'the lexicon imports spaCy';"
        "print('\\n'.join(n for n in vars(x) if not n.startswith('__')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        text=True,
        capture_output=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    if done.returncode:
        raise RegroupError(f"the new lexicon package does not import:\n{done.stderr}")
    return set(done.stdout.split())


def apply(plan: Plan) -> None:
    if run(["git", "status", "--porcelain", "--", *REWRITE_ROOTS]).stdout.strip():
        raise RegroupError(
            "the tree has uncommitted changes under factcheck/, tests/, ...; "
            "commit them first (a failed run is undone with git reset --hard)"
        )
    for note in check_placed(plan):
        print(note)
    stems = extract_stems()
    docstring, imports, constants = read_lexicon()
    lexicon_users(constants, stems)
    homes = place_constants(plan, constants)
    old_names = {c.name for c in constants} | {
        a.asname or a.name for node in imports for a in node.names
    }
    files = rewrite_files()

    # 3. the moves
    for package, doc in sorted(plan.packages.items()):
        init = EXTRACT / package / "__init__.py"
        (ROOT / init).parent.mkdir(exist_ok=True)
        (ROOT / init).write_text(f'"""{doc}\n"""\n', encoding="utf-8")
        run(["git", "add", str(init)])
    (ROOT / EXTRACT / "lexicon").mkdir(exist_ok=True)
    moved = {}
    for stem in stems:
        new = plan.modules[stem]
        if new != stem:
            target = EXTRACT / f"{new}.py"
            run(["git", "mv", str(EXTRACT / f"{stem}.py"), str(target)])
            moved[EXTRACT / f"{stem}.py"] = target

    # 4. the lexicon package
    written = write_lexicon(plan, docstring, imports, homes)
    run(["git", "rm", "-q", str(EXTRACT / "lexicon.py")])
    run(["git", "add", *map(str, written)])

    # 5. module paths everywhere
    touched = list(written)
    for old_path in files:
        path = moved.get(old_path, old_path)
        if old_path == EXTRACT / "lexicon.py":
            continue
        text = (ROOT / path).read_text(encoding="utf-8")
        new_text = rewrite_text(plan, path, text)
        if new_text != text:
            (ROOT / path).write_text(new_text, encoding="utf-8")
            touched.append(path)

    # README.md's layout block describes the flat package module by module
    note = rewrite_readme_layout(plan)
    if note:
        print(note)

    # 6. tidy and check
    python = sorted({str(p) for p in touched if p.suffix == ".py"})
    ruff("check", "--quiet", "--select", "I", "--fix", *python)
    ruff("format", "--quiet", *python)
    run(["git", "add", "-u", "--", *REWRITE_ROOTS])
    left = []
    old_dotted = re.compile(
        r"(?<![\w.])factcheck\.extract\.("
        + "|".join(re.escape(s) for s in moved_stems(plan, stems))
        + r")\b"
    )
    for path in rewrite_files():
        text = (ROOT / path).read_text(encoding="utf-8")
        left += [f"{path}: {m.group(0)}" for m in old_dotted.finditer(text)]
    if left:
        raise RegroupError("old module paths left:\n  " + "\n  ".join(left[:40]))
    new_names = lexicon_names_after()
    if old_names - new_names:
        raise RegroupError(f"the lexicon package lost {sorted(old_names - new_names)}")
    sizes = {
        h: len((ROOT / EXTRACT / "lexicon" / f"{h}.py").read_text().splitlines()) for h in homes
    }
    print(
        f"moved {len(moved)} modules into {len(plan.packages)} subpackages; lexicon: "
        + ", ".join(f"{h} {len(homes[h])} names {sizes[h]} lines" for h in sorted(homes))
    )
    print(f"rewrote {len(touched)} files; all staged, nothing committed")


def moved_stems(plan: Plan, stems: list[str]) -> list[str]:
    """Old top-level names that no longer exist as such (a check that nothing points at them)."""
    out = []
    for stem in stems:
        new = plan.modules[stem]
        # a subpackage takes the name of its hub module ("subjects/subjects"): its old dotted
        # path is still a valid package path, so it cannot be told from a new one here
        if new != stem and stem not in plan.packages:
            out.append(stem)
    return out or ["\0"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--map", type=Path, default=DEFAULT_MAP, help="the mapping (JSON)")
    parser.add_argument("--check", action="store_true", help="only check that the map fits")
    args = parser.parse_args(argv)
    try:
        plan = load_plan(args.map)
        if args.check:
            for note in check_placed(plan):
                print(note)
            stems = extract_stems()
            _, _, constants = read_lexicon()
            lexicon_users(constants, stems)
            homes = place_constants(plan, constants)
            for home, cs in sorted(homes.items()):
                print(
                    f"lexicon.{home}: {len(cs)} names, "
                    f"{sum(c.text.count(chr(10)) + 1 for c in cs)} lines"
                )
            print("the map places every module")
            return 0
        apply(plan)
    except RegroupError as error:
        print(f"regroup_extract: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
