# provenance — the two commands that matter: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
# The demo's database: the tool's embedded default path (./provenance.db).
DEMO_DB ?= provenance.db

.PHONY: demo test bench lint docs clean install install-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Stamp files record what has been installed, so reruns are quick.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PY) -m pip install --quiet -e '.[test,datasette,export]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: $(VENV)/.installed
	$(BIN)/provenance ingest seeds/ --db $(DEMO_DB)
	$(BIN)/provenance claims --db $(DEMO_DB) --chains
	$(BIN)/provenance figure --db $(DEMO_DB) $$($(BIN)/provenance claims --db $(DEMO_DB) --headline --limit 1 --ids)

test: $(VENV)/.installed-test
	$(BIN)/pytest

bench: $(VENV)/.installed-test
	$(BIN)/pytest benchmarks --benchmark-only --benchmark-columns=min,mean,max,rounds

lint: $(VENV)/.installed-test
	$(BIN)/ruff check provenance tests benchmarks
	$(BIN)/ruff format --check provenance tests benchmarks

docs: $(VENV)/.installed-test
	$(PY) -m provenance.docgen

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .benchmarks .hypothesis .ruff_cache
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
