# The two commands of the README: `make run` and `make test`.
# Both create .venv at the repository root and install everything first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# CPU build of torch by default (CI, laptops). GPU users: see README.
TORCH ?= torch==2.13.0
STAMP := $(VENV)/.installed

.PHONY: run test fuzz faults setup system lint translations screenshots bench bench-1b package clean

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
	# openvino: the CPU runtime transcription prefers (core/engine/openvino_runtime.py,
	# bench/runtimes.py); an extra so that a GPU-only install can leave it out.
	$(PY) -m pip install -q -e ".[test,openvino]"
	# Language-model decoding (core/lm, docs/LANGUAGE_MODELS.md): pyctcdecode 0.5.0 declares
	# numpy<2 but runs on numpy 2 (tests/core/lm); --no-deps keeps pip from downgrading numpy.
	# Its one run-time dependency, pygtrie, is in pyproject.toml.
	$(PY) -m pip install -q --no-deps pyctcdecode==0.5.0
	# KenLM's query library is a C++ source build (~5 min): optional. Without it the app decodes
	# with its own ARPA reader (same results, tested); with it, exported HF folders also load
	# through transformers' Wav2Vec2ProcessorWithLM, which requires it.
	$(PY) -m pip install -q kenlm==0.3.0 || echo "setup: KenLM could not be built; language-model decoding uses MMS Studio's own ARPA reader."
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

# A long fuzzing run of every reader (make test runs a few examples of each); raise
# FUZZ_EXAMPLES for longer. Examples are random here, fixed in make test.
FUZZ_EXAMPLES ?= 2000
fuzz: setup
	MMS_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest tests/core/fuzz -q -p no:cacheprovider --hypothesis-show-statistics

# The kill campaign: real mms-studio processes SIGKILLed at random moments (import, segment,
# record, train, transcribe, exports), each project then reopened and checked; prints the
# counts (docs/FAULTS.md). ~30-40 min on 2 cores; make test runs a few kill points of each.
FAULT_KILLS ?= 120
faults: setup
	$(PY) scripts/fault_campaign.py --kills $(FAULT_KILLS)

screenshots: setup translations
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) scripts/screenshots.py
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) scripts/screenshots.py --language fr
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) scripts/screenshots.py --language sw

# Benchmarks print figures against a baseline run in the same process; run them on an idle
# machine. `make bench` takes ~10 min; `make bench-1b` builds a random-weight model with the
# mms-1b-all architecture (3.9 GB, once) and takes ~15 min. See bench/README.md.
BENCH_MODEL ?= .bench-models/mms-1b-random
BENCH_AUDIO ?= ../shared/data/clips/whisper/jfk.flac

bench: setup translations
	$(PY) bench/startup.py
	$(PY) bench/train_vs_recipe.py

bench-1b: setup
	$(PY) bench/make_mms1b.py $(BENCH_MODEL)
	$(PY) bench/transcribe_speed.py --base $(BENCH_MODEL) --audio $(BENCH_AUDIO) --seconds 600 --pipeline-seconds 60
	$(PY) bench/train_step_1b.py --base $(BENCH_MODEL)

package: setup
	$(MAKE) translations
	test -x $(VENV)/bin/pyinstaller || $(PY) -m pip install -q -e ".[package]"
	$(VENV)/bin/pyinstaller --noconfirm --clean packaging/mms-studio.spec
	$(PY) packaging/smoke_test.py dist/mms-studio
	tar -czf dist/mms-studio-$$(uname -s | tr A-Z a-z)-$$(uname -m).tar.gz -C dist mms-studio

clean:
	rm -rf build dist .pytest_cache .ruff_cache
