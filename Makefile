# The two commands of the README: `make run` and `make test`.
# Both create .venv at the repository root and install everything first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# CPU build of torch by default (CI, laptops). GPU users: see README.
TORCH ?= torch==2.13.0
STAMP := $(VENV)/.installed

.PHONY: run test setup system lint translations screenshots bench package clean

# Interface translations: resources/i18n/*.ts (sources, edited by translators)
# compiled to .qm inside the package, where the app loads them.
TS := $(wildcard resources/i18n/*.ts)
QM := $(patsubst resources/i18n/%.ts,mms_studio/resources/i18n/%.qm,$(TS))

system:
	bash scripts/setup-system.sh

$(STAMP): pyproject.toml Makefile
	bash scripts/setup-system.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q $(TORCH)
	$(PY) -m pip install -q -e ".[test]"
	touch $(STAMP)

setup: $(STAMP)

mms_studio/resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	mkdir -p $(@D)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: setup translations
	$(VENV)/bin/mms-studio $(ARGS)

lint: setup
	$(VENV)/bin/ruff check mms_studio tests bench packaging
	$(VENV)/bin/lint-imports

test: lint translations
	QT_QPA_PLATFORM=offscreen $(PY) scripts/run_tests.py $(PYTEST_ARGS)

screenshots: setup translations
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) scripts/screenshots.py
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) scripts/screenshots.py --language fr
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) scripts/screenshots.py --language sw

bench: setup
	$(PY) bench/startup.py

package: setup
	$(MAKE) translations
	test -x $(VENV)/bin/pyinstaller || $(PY) -m pip install -q -e ".[package]"
	$(VENV)/bin/pyinstaller --noconfirm --clean packaging/mms-studio.spec
	$(PY) packaging/smoke_test.py dist/mms-studio
	tar -czf dist/mms-studio-$$(uname -s | tr A-Z a-z)-$$(uname -m).tar.gz -C dist mms-studio

clean:
	rm -rf build dist .pytest_cache .ruff_cache
