"""A pattern compiled from the program kept on disk matches what ``re.compile`` matches."""

import json
import os
import re

import pytest

from factcheck import regex_cache
from factcheck.config import CACHE_DIR_ENV, resolve_cache_dir

PATTERN = r"""
    (?P<value>\d+(?:[.,]\d+)?)\ ?      # a number
    (?P<unit>km|kilometres?|miles?|h)  # a unit
    (?:/(?P<per>h|s))?                 # per hour or second
    (?!\w)
"""
FLAGS = re.VERBOSE | re.IGNORECASE
TEXTS = ["12 km/h", "3 Miles and 4.5 kilometres", "7 hours", "no figure", "1,5 KM/S then 9 h"]


def _matches(regex: re.Pattern[str]) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for text in TEXTS for m in regex.finditer(text)]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_DIR_ENV, str(folder))
    return folder


def test_a_pattern_compiled_from_the_kept_program_matches_like_re_compile(cache):
    regex_cache.compile_cached(PATTERN, FLAGS)  # compiles and keeps the program
    from_disk = regex_cache.compile_cached(PATTERN, FLAGS)
    plain = re.compile(PATTERN, FLAGS)
    assert (from_disk.pattern, from_disk.flags, from_disk.groups) == (
        plain.pattern,
        plain.flags,
        plain.groups,
    )
    assert from_disk.groupindex == plain.groupindex
    assert _matches(from_disk) == _matches(plain)


def test_the_second_compile_reads_the_kept_file_rather_than_writing_it_again(cache):
    regex_cache.compile_cached(PATTERN, FLAGS)
    [kept] = cache.iterdir()
    before = kept.stat()
    regex_cache.compile_cached(PATTERN, FLAGS)
    after = kept.stat()
    assert (after.st_ino, after.st_size) == (before.st_ino, before.st_size)


def test_only_the_most_recently_used_programs_are_kept(cache):
    patterns = [PATTERN.replace("km|", f"km{n}|") for n in range(regex_cache.KEEP + 4)]

    def name(pattern: str) -> str:
        return f"regex-{regex_cache._key(pattern, int(FLAGS))}.json"

    def compile_and_age(pattern: str) -> None:
        regex_cache.compile_cached(pattern, FLAGS)
        for kept in cache.iterdir():  # every file older than the next one used
            os.utime(kept, (kept.stat().st_atime, kept.stat().st_mtime - 10))

    for pattern in patterns[:-1]:
        compile_and_age(pattern)
    names = {p.name for p in cache.iterdir()}
    assert names == {name(p) for p in patterns[3:-1]}  # the 3 least recently used removed
    compile_and_age(patterns[3])  # read: now the most recently used
    compile_and_age(patterns[-1])  # a new one: the least recently used (patterns[4]) goes
    names = {p.name for p in cache.iterdir()}
    assert name(patterns[3]) in names and name(patterns[4]) not in names
    assert len(names) == regex_cache.KEEP


def test_another_pattern_or_other_flags_get_their_own_program(cache):
    regex_cache.compile_cached(PATTERN, FLAGS)
    regex_cache.compile_cached(PATTERN, re.VERBOSE)
    regex_cache.compile_cached(PATTERN.replace("km|", ""), FLAGS)
    assert len(list(cache.iterdir())) == 3
    assert regex_cache.compile_cached(PATTERN, re.VERBOSE).search("3 KM") is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda program: "{not json",
        lambda program: json.dumps({**program, "code": program["code"][:-8]}),  # words cut
        lambda program: json.dumps({**program, "code": "AAAAAAAAAAA="}),  # a wrong program
        lambda program: json.dumps({**program, "code": "not base64!"}),
        lambda program: json.dumps({k: v for k, v in program.items() if k != "groups"}),
        lambda program: json.dumps([1, 2, 3]),
        lambda program: json.dumps(  # a program _sre would run, with other group names
            {
                **program,
                "groupindex": {f"x{k}": v for k, v in program["groupindex"].items()},
                "indexgroup": [n and f"x{n}" for n in program["indexgroup"]],
            }
        ),
    ],
)
def test_a_damaged_kept_program_is_compiled_again_and_replaced(cache, damage):
    regex_cache.compile_cached(PATTERN, FLAGS)
    [kept] = cache.iterdir()
    program = json.loads(kept.read_text())
    kept.write_text(damage(program))
    regex = regex_cache.compile_cached(PATTERN, FLAGS)
    assert _matches(regex) == _matches(re.compile(PATTERN, FLAGS))
    assert json.loads(kept.read_text()) == program


def test_a_cache_folder_that_cannot_be_made_costs_only_the_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(CACHE_DIR_ENV, str(blocker / "cache"))
    regex = regex_cache.compile_cached(PATTERN, FLAGS)
    assert _matches(regex) == _matches(re.compile(PATTERN, FLAGS))
    assert list(tmp_path.iterdir()) == [blocker]


def test_the_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv(CACHE_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert resolve_cache_dir() == tmp_path / "factcheck"
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "mine"))
    assert resolve_cache_dir() == tmp_path / "mine"
