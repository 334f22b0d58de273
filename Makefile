# Kabar: `make run` sets everything up and runs the nightly flow on the bundled sample articles;
# `make test` runs the test suite. Both create .venv from the locked dependencies on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
WAREHOUSE ?= warehouse/news.duckdb
SAMPLES ?= samples/seeds

# Prefect runs embedded (ephemeral) with a project-local home and no telemetry.
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 120

.PHONY: install run test lint lock faults evaluate bench clean-warehouse

install: $(VENV)/.installed

# Bytecode is compiled at install time: this machine sets PYTHONDONTWRITEBYTECODE=1, and a venv
# without compiled bytecode imports Great Expectations and Prefect about twice as slowly, forever.
$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	$(BIN)/uv pip install --python $(BIN)/python --compile-bytecode --require-hashes -r requirements.lock
	$(BIN)/uv pip install --python $(BIN)/python --compile-bytecode --no-deps -e .
	touch $@

run: install
	$(BIN)/kabar run --input $(SAMPLES) --warehouse $(WAREHOUSE)

test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

# Injects each fault (kill mid-load, warehouse held, a crashing article, disk full, bad inputs) into real
# runs and prints the row counts of every relation before and after: nothing lost, nothing duplicated.
faults: install
	$(BIN)/python scripts/faults.py

# Scores extraction (Kabar and plain trafilatura) and normalization against the bundled annotations.
evaluate: install
	$(BIN)/kabar evaluate extraction
	$(BIN)/kabar evaluate normalization

# Throughput per stage and end to end, peak memory, warehouse size and Prefect's share of the wall time on
# generated corpora (1k, 10k and 100k articles, text and HTML), against the targets; plain trafilatura is
# timed on the same pages. A shorter run: make bench BENCH_ARGS="--sizes 1000,10000".
BENCH_ARGS ?=
bench: install
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

lint: install
	$(BIN)/ruff check .

# Regenerate the lock after changing dependencies in pyproject.toml.
lock: install
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 \
	  --python-platform x86_64-unknown-linux-gnu --generate-hashes --no-emit-index-url -o requirements.lock

clean-warehouse:
	rm -f $(WAREHOUSE) $(WAREHOUSE).wal
