# The two commands a newcomer needs: `make run` and `make test`.
# Both create .venv on first use and reinstall when pyproject.toml or constraints.txt change.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
PACKAGE_STAMP := $(VENV)/.installed-package
# Compiled translations are build output: made from the .ts sources, never committed.
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test bench fuzz demo screenshots package clean

run: $(RUN_STAMP) $(QM_FILES)
	$(BIN)/borne-samtale

# mypy runs three times: the Windows- and macOS-only branches are code it skips on Linux.
test: $(TEST_STAMP) $(QM_FILES)
	$(BIN)/ruff check src tests tools bench fuzz
	$(BIN)/ruff format --check src tests tools bench fuzz
	$(BIN)/mypy src bench tests
	$(BIN)/mypy --platform win32 --cache-dir .mypy_cache/win32 src
	$(BIN)/mypy --platform darwin --cache-dir .mypy_cache/darwin src
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

# Benchmarks (never part of test): prints a table and writes docs/performance.md. The first
# run generates the big vault into bench/.cache/ (a few minutes, under nice).
bench: $(RUN_STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# Coverage-guided fuzzing with atheris (not part of `make test`): FUZZ_SECONDS per harness.
# Corpora and any crashing inputs go to build/fuzz/. See fuzz/README.md.
FUZZ_SECONDS ?= 300
FUZZ_HARNESSES := guide record keyfile

fuzz: $(TEST_STAMP)
	$(BIN)/pip install --quiet -c constraints.txt atheris
	mkdir -p build/fuzz
	for name in $(FUZZ_HARNESSES); do \
	  $(BIN)/python fuzz/fuzz_$$name.py build/fuzz/corpus-$$name \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=60 -rss_limit_mb=4096 \
	    -artifact_prefix=build/fuzz/$$name- || exit 1; \
	done

demo: $(RUN_STAMP)
	$(BIN)/borne-samtale demo

# A PNG of every screen and tool at 1366x768, offscreen, into screenshots/ (not versioned).
screenshots: $(RUN_STAMP) $(QM_FILES)
	rm -rf screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py screenshots

# The Linux one-folder bundle in dist/borne-samtale (PyInstaller, packaging/borne-samtale.spec),
# then its smoke test. Not part of `make test`. Windows and macOS: see packaging/README.md.
# First, that every locked dependency has a wheel for Windows x64 and macOS arm64 (network).
package: $(PACKAGE_STAMP) $(QM_FILES)
	$(BIN)/python packaging/check_wheels.py
	rm -rf build/borne-samtale dist/borne-samtale
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/borne-samtale.spec
	$(BIN)/python packaging/smoke_test.py dist/borne-samtale

$(VENV)/bin/python:
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed" if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)

$(RUN_STAMP): $(VENV)/bin/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

$(TEST_STAMP): $(VENV)/bin/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $@ $(RUN_STAMP)

$(PACKAGE_STAMP): $(VENV)/bin/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e '.[package]'
	touch $@ $(RUN_STAMP)

resources/translations/%.qm: resources/translations/%.ts $(RUN_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache .hypothesis $(QM_FILES)
