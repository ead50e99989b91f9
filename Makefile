# Two entry points, both from a fresh clone: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STORE  ?= out/kg-store

.PHONY: demo test bench clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/kg

# Build the graph from the demo article with the embedded store, write the view and a query result.
demo: $(BIN)/kg
	mkdir -p out
	$(BIN)/kg ingest data/seed --store $(STORE)
	$(BIN)/kg view who-spoke-where --store $(STORE) --out out/who-spoke-where.html
	$(BIN)/kg query --name who-spoke-where --store $(STORE) --format csv > out/who-spoke-where.csv
	$(BIN)/kg validate --store $(STORE)
	@echo "open out/who-spoke-where.html; the query result is in out/who-spoke-where.csv"

# The whole test suite.
test: $(BIN)/kg
	$(BIN)/python -m pytest

bench: $(BIN)/kg
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/dev_split.py
	$(BIN)/python bench/bench_shapes.py
	$(BIN)/python bench/bench_extract_scaling.py
	$(BIN)/python bench/bench_merged_vs_union.py
	$(BIN)/python bench/bench_analysers.py
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_views.py

clean:
	rm -rf out $(VENV) .pytest_cache
