# factcheck: one command sets up and runs the main job, one runs the tests.
# Needs only python3 (3.11) and make: uv is installed into .tools/, dependencies from uv.lock.

PYTHON ?= python3
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
SYNCED := .venv/.synced
COMPILED := .venv/.compiled
RUN := $(UV) run --frozen --no-sync
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PYTHON)

.PHONY: setup run stop test lint pytest bench clean

setup: $(SYNCED) $(COMPILED)

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# Bytecode is compiled at install, for the venv and the project: every `factcheck` command and
# every parse worker otherwise compiles ~900 modules from source when Python may not write its
# cache (PYTHONDONTWRITEBYTECODE, a read-only venv): 3.9 -> 2.2 CPU s per run (docs/benchmarks.md).
$(SYNCED): $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --compile-bytecode
	touch $@

# ... and again for the modules changed since (a pull, an edit): a stale module is otherwise
# compiled from source in every process that imports it, each parse worker included.
$(COMPILED): $(SYNCED) $(wildcard factcheck/*.py factcheck/*/*.py factcheck/*/*/*.py flows/*.py)
	$(RUN) python -m compileall -q factcheck flows
	touch $@

## run: bring up (or reuse) this checkout's Prefect server, work pool, deployments and worker,
## run the seed through the on-demand deployment into data/factcheck.duckdb, print the flagged
## claims and the UI address. `factcheck run seeds/` is the quick direct command.
run: setup
	$(RUN) factcheck service start --run seeds

## stop: stop the worker and server that `make run` started (by pid, from .prefect/*.pid)
stop:
	@if [ -x .venv/bin/factcheck ]; then $(RUN) factcheck service stop; else echo "nothing to stop"; fi

## test: lint, type-check and run the whole test suite
test: lint pytest

lint: setup
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) mypy factcheck flows

# The suite runs in 2 processes, a test file per process at a time (--dist loadfile keeps a file's
# tests in one process and in file order, which the end-to-end files need): on 2 cores it took
# 17.5 min in one process (session 20), over the 15-minute line. PYTEST_WORKERS=0 runs it in one.
# The 25 slowest tests are listed at the end, so every run's log says where its time went.
PYTEST_WORKERS ?= 2
pytest: setup
	$(RUN) pytest --durations=25 $(if $(filter 0,$(PYTEST_WORKERS)),,-n $(PYTEST_WORKERS) --dist loadfile)

clean:
	rm -rf $(TOOLS) .venv .pytest_cache .ruff_cache .mypy_cache
