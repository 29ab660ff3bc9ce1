"""Compile a large regex once per machine: the program ``re`` compiles it to is kept on disk.

Python's ``re`` parses and compiles a pattern in Python code, in time that grows with the
pattern. quantulum3's units regex with its ~1,900 unit spellings as tries (``unit_regex.py``,
about 100,000 characters) took 0.4-0.55 s to compile, the largest single cost of starting a
run or a parse worker (docs/benchmarks.md, session 39). What ``re`` makes of a pattern is a
list of integers for its C engine (``_sre``) plus the group names; it depends only on the
pattern, the flags and the engine. Kept in a JSON file named by a hash of all of them, it
becomes the same compiled pattern again in milliseconds.

This is a cache, like Python's own ``__pycache__``: it never changes what a pattern matches.
A file that is missing, unreadable, truncated or written by another Python is compiled as
usual and written anew; a file whose program does not match its digest (a damaged one) is
refused, not run, and so is a program ``_sre`` finds invalid. A cache folder that cannot be
written costs only the time.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import importlib
import json
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any

from factcheck.config import resolve_cache_dir

try:  # the engine's internals, as ``re.compile`` uses them (CPython 3.11; no stubs)
    import _sre

    _compiler = importlib.import_module("re._compiler")
    _parser = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another Python: compile as usual
    _sre = None

# The program's code words as bytes: an array of _sre's word size ("I", 4 bytes, on CPython's
# platforms) loads in 7 ms where a JSON list of its 220,000 numbers took 29 ms.
_WORD = "I"
_CACHEABLE = _sre is not None and array(_WORD).itemsize == _sre.CODESIZE

# Changes with the file's layout, so an older file is never read as a newer one.
_FORMAT = "regex-cache-2"
# Programs kept in the folder, the most recently used: the two units regexes of each Python,
# quantulum3 and set of custom units that used it, and the caveat cue gate's two alternations
# (``sentence_gate``). A file is touched when read, and the least recently used beyond this are
# removed when a new one is written.
KEEP = 12


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the program kept on disk when there is one.

    Args:
        pattern: the regular expression.
        flags: ``re`` flags.

    Returns:
        The compiled pattern: it matches exactly what ``re.compile`` would give.
    """
    if not _CACHEABLE:
        return re.compile(pattern, flags)
    path = resolve_cache_dir() / f"regex-{_key(pattern, int(flags))}.json"
    program = _read(path)
    if program is not None:
        try:
            compiled = _build(pattern, program)
        except (RuntimeError, TypeError, ValueError, KeyError, IndexError, OverflowError):
            pass  # a damaged program: compile again below
        else:
            with contextlib.suppress(OSError):
                os.utime(path)  # used: kept by _prune
            return compiled
    program = _program(pattern, int(flags))
    _write(path, program)
    _prune(path.parent)
    return _build(pattern, program)


def _key(pattern: str, flags: int) -> str:
    engine = f"{_FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{flags}|"
    return hashlib.sha256((engine + pattern).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _program(pattern: str, flags: int) -> dict[str, Any]:
    """What ``re._compiler.compile`` hands to ``_sre.compile``, as plain JSON values."""
    parsed = _parser.parse(pattern, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    program = {
        "flags": flags | parsed.state.flags,
        "code": base64.b64encode(array(_WORD, _compiler._code(parsed, flags)).tobytes()).decode(),
        "groups": parsed.state.groups,
        "groupindex": groupindex,
        "indexgroup": indexgroup,
    }
    return {**program, "digest": _digest(program)}


def _digest(program: dict[str, Any]) -> str:
    """A hash of everything in the program but its digest."""
    body = {key: value for key, value in program.items() if key != "digest"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _build(pattern: str, program: dict[str, Any]) -> re.Pattern[str]:
    if program.get("digest") != _digest(program):
        raise ValueError("the program does not match its digest")
    code = array(_WORD)
    code.frombytes(base64.b64decode(program["code"], validate=True))
    compiled: re.Pattern[str] = _sre.compile(
        pattern,
        program["flags"],
        code.tolist(),
        program["groups"] - 1,
        program["groupindex"],
        tuple(program["indexgroup"]),
    )
    return compiled


def _read(path: Path) -> dict[str, Any] | None:
    try:
        with path.open(encoding="utf-8") as file:
            program = json.load(file)
    except (OSError, ValueError):
        return None
    return program if isinstance(program, dict) else None


def _write(path: Path, program: dict[str, Any]) -> None:
    """Write the program whole or not at all (a reader never sees half a file)."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(program, file, separators=(",", ":"))
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _prune(folder: Path) -> None:
    """Remove the least recently used programs beyond ``KEEP``."""
    try:
        kept = sorted(folder.glob("regex-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in kept[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()
