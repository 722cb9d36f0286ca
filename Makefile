# samverkan: make serve | make build | make test | make bench
# Each target sets up .venv from requirements.lock on first use.

SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
NODE_STAMP := node_modules/.installed-$(shell cat package-lock.json | cksum | cut -d' ' -f1)

export NO_MKDOCS_2_WARNING := 1
export PYTHONUNBUFFERED := 1

.PHONY: serve build test bench check clean test-tools

$(STAMP):
	@test -n "$(PYTHON)" || { echo "Python 3.11 is needed (python3.11 or python3 on PATH)."; exit 1; }
	rm -f $(VENV)/.installed-*
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

## serve: build the example site and serve it with live reload on http://127.0.0.1:8000/
serve: $(STAMP)
	$(BIN)/samverkan serve --dev-addr 127.0.0.1:8000

## build: build the site into site/ (a failed build leaves the previous site/ as it was)
build: $(STAMP)
	$(BIN)/samverkan build

## check: check all content without building
check: $(STAMP)
	$(BIN)/samverkan check

## test: every test, browser tests included
test: $(STAMP) test-tools
	$(BIN)/python -m pytest -n auto

## bench: the performance benchmark: N=250 by default; `make bench FULL=1` for
## N=250, 1000, 4000; more options with BENCH_ARGS (see `python -m bench --help`)
bench: $(STAMP)
	$(BIN)/python -m bench $(if $(FULL),--full) $(BENCH_ARGS)

# Browser and validator tools the tests need: Debian's chromium, a Java runtime
# for the Nu Html Checker, and axe-core + vnu-jar from npm (package-lock.json).
test-tools: $(NODE_STAMP)
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }
	@command -v java >/dev/null || { apt-get update -qq && apt-get install -y -qq default-jre-headless >/dev/null; }

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf site .site-* $(VENV) node_modules .pytest_cache .hypothesis
