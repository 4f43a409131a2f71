# onrecord: `make demo` and `make test` each set up their own virtual environment.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint setup clean

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

lint: setup
	$(BIN)/ruff check src tests benchmarks training docs
	$(BIN)/ruff format --check src tests benchmarks

clean:
	rm -rf $(VENV) onrecord-demo build dist src/*.egg-info
