# Two commands for a new machine: `make serve` and `make test`. Both install what they need.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: install serve build site test chromium node outputs bench bench-pages clean translations-done comments

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --quiet ".[test]"
	touch $@

# `make serve LANGS=fr` builds English (the default language) and French only, and rebuilds
# only the pages that changed: an edit shows in about 5 s instead of 15-30 s for all four.
only_langs = $(foreach l,fr es pt,BUILD_$(shell echo $(l) | tr a-z A-Z)=$(if $(filter $(l),$(LANGS)),true,false))

serve: install  ## serve the site at http://127.0.0.1:8000 (all languages; LANGS=fr for English and French only)
	$(if $(LANGS),$(only_langs) )$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000$(if $(LANGS), --dirty)

build: install  ## build the site into site/ (for http://127.0.0.1:8000/)
	$(BIN)/mkdocs build --strict

site: install  ## build the site into site/ for where it is published: make site SITE_URL=https://example.org/course/
	@test -n "$(SITE_URL)" || { echo "make site SITE_URL=https://<host>/<path>/"; exit 1; }
	SITE_URL=$(SITE_URL) $(BIN)/mkdocs build --strict

# The second pass runs the code tests as on another CPU: ATen's portable kernels instead of
# AVX2/AVX-512 ones, and MKL's compatible code path. It must pass unchanged. (A notebook's
# cells are its example's code, token for token, so the code tests speak for them.)
OTHER_CPU := ATEN_CPU_CAPABILITY=default MKL_CBWR=COMPATIBLE

test: install chromium node  ## run the whole test suite, then the code again as on another CPU
	$(BIN)/python -m pytest --durations=15
	$(OTHER_CPU) $(BIN)/python -m pytest -p no:cacheprovider tests/test_code.py

node: tests/node/node_modules/.installed  ## Lighthouse and axe-core for the audits (npm)

tests/node/node_modules/.installed: tests/node/package.json tests/node/package-lock.json
	cd tests/node && npm ci --no-audit --no-fund --loglevel=error
	touch $@

chromium:  ## the browser tests use Debian's Chromium; installed here when running as root
	@test -x /usr/bin/chromium || { test "$$(id -u)" = 0 && apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } || \
	  { echo "The browser tests need Chromium: sudo apt-get install chromium chromium-driver"; exit 1; }

outputs: install  ## re-record example outputs, figures and notebooks after changing an example
	$(BIN)/python tests/record.py $(ONLY)

bench: install  ## time unique code against code run once per language
	$(BIN)/python tests/bench.py

bench-pages: install chromium node  ## Lighthouse performance and page weight per page type
	$(BIN)/python tests/bench_pages.py

clean:
	rm -rf site .cache .pytest_cache

translations-done: install  ## mark translations as up to date with their English page: make translations-done FILES="docs/fr/x.md ..."
	$(BIN)/python overrides/hooks/translations.py $(FILES)

comments: install  ## add new English code comments to examples/locales/<lang>.po for translators
	$(BIN)/python overrides/hooks/code_comments.py
