# shelter_desk: every target installs what it needs first, so a fresh machine needs only `make`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DIR ?= demo-data
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint unit system-deps venv screenshots bench clean translations qm bundle dist \
	dist-windows

# System packages the tests and tools call (pdfsig, qpdf, softhsm2, Xvfb ...), installed when missing.
system-deps:
	@bash installer/system-deps.sh

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

# The desktop app on a synthetic demo database (created on first run, kept in $(DEMO_DIR)/).
run: system-deps $(STAMP) qm
	@test -f $(DEMO_DIR)/shelter.db || $(BIN)/shelter-desk --data-dir $(DEMO_DIR) demo
	QT_QPA_PLATFORM= $(BIN)/shelter-desk --data-dir $(DEMO_DIR)

lint: $(STAMP)
	$(BIN)/ruff check shelter_desk tests bench tools
	$(BIN)/mypy shelter_desk
	$(BIN)/lint-imports

# One pytest worker per core, at most four: each worker makes its own template installations,
# PostgreSQL cluster and signing services (tests/conftest.py), so they share nothing.
PYTEST_JOBS ?= -n auto --maxprocesses=4

test: system-deps lint qm
	$(BIN)/python -m pytest -q $(PYTEST_JOBS)

# The quick loop while coding: the core's tests, without what needs a server cluster, real
# Argon2 costs or subprocesses (marked slow); make test runs them all.
unit: $(STAMP) qm
	$(BIN)/python -m pytest -q $(PYTEST_JOBS) -m "not slow" tests/unit

bench: system-deps $(STAMP)
	$(BIN)/python -m bench

# A self-contained folder and .tar.gz in dist/ for workstations without Python (PyInstaller),
# smoke-tested from outside the source tree. On Windows: see docs/install.md.
bundle: $(STAMP) qm
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	bash installer/build-linux.sh

# What the shelters' IT installs (docs/install.md); slow, so not part of `make test` or CI.
# dist: the bundle and .tar.gz as above, and dist/shelter-desk_VERSION_amd64.deb, installed,
# self-tested and removed here (root). dist-windows: dist/shelter-desk-VERSION-setup.exe, built
# under Wine with a Windows Python from the package index, then installed, upgraded, self-tested
# and uninstalled under Wine (installer/windows/smoke-test.sh).
dist: system-deps $(STAMP) qm
	@bash installer/system-deps.sh dpkg:/usr/bin/dpkg-deb \
		desktop-file-utils:/usr/bin/desktop-file-validate
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	bash installer/build-linux.sh --deb

dist-windows: system-deps $(STAMP) qm
	bash installer/build-windows.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Every main screen and dialog as PNG in docs/screenshots/ (and nl/, fr/), from a synthetic
# demo, the app running in real windows on a virtual X screen (Xvfb); and the first two pages of
# a signed report in each language, rendered by pdftoppm.
XVFB := xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb
screenshots: system-deps $(STAMP) qm
	$(XVFB) $(BIN)/python -m tools.screenshots --lang en --check
	$(XVFB) $(BIN)/python -m tools.screenshots --lang nl --check
	$(XVFB) $(BIN)/python -m tools.screenshots --lang fr --check
	$(BIN)/python -m tools.report_pages
	@# Windows' 150 % on a 1920 x 1080 screen: 1280 x 649 logical pixels above the taskbar.
	$(XVFB) $(BIN)/python -m tools.screenshots --lang nl --scale 1.5 --size 1280x649 --check \
		--out build/screenshots-150/nl
	$(XVFB) $(BIN)/python -m tools.screenshots --lang fr --scale 1.5 --size 1280x649 --check \
		--out build/screenshots-150/fr

# Qt translations: .ts sources (kept in git) updated from the code, built to .qm (not in git).
LUPDATE := $(BIN)/pyside6-lupdate -tr-function-alias translate+=tr_ -no-obsolete -locations none
TS := resources/translations/shelter_desk_nl.ts resources/translations/shelter_desk_fr.ts
translations: $(STAMP)
	$(LUPDATE) $$(find shelter_desk -name '*.py' | sort) -source-language en \
		-target-language nl_BE -ts resources/translations/shelter_desk_nl.ts
	$(LUPDATE) $$(find shelter_desk -name '*.py' | sort) -source-language en \
		-target-language fr_BE -ts resources/translations/shelter_desk_fr.ts
	$(MAKE) qm

qm: $(STAMP)
	@for ts in $(TS); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done
