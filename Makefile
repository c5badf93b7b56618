# Two commands: `make run` starts the app, `make test` runs lint, contracts and the whole suite.
# Each installs what a fresh machine lacks (Debian libraries Qt needs, a venv, the project).
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
LAST_TEST := echo "Uji terakhir yang berjalan: $$(cat build/last_test.txt 2>/dev/null)"

.PHONY: run test smoke deps forms check-forms bench bench-frozen package smoke-frozen

deps: $(STAMP)

$(STAMP): pyproject.toml scripts/install_system_deps.sh
	bash scripts/install_system_deps.sh
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	# Bytecode compiled at install, not at the first start of the app.
	$(PY) -m compileall -q sp_desktop
	touch $(STAMP)

run: deps
	$(VENV)/bin/sp-desktop $(ARGS)

test: deps check-forms
	$(VENV)/bin/ruff check sp_desktop tests benchmarks scripts
	$(VENV)/bin/lint-imports
	bash scripts/install_system_deps.sh --browser
	# Both runs use a random order; the seed is printed and, after a crash, the test it hit (SEED=n repeats one).
	seed=$${SEED:-$$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')}; echo "pytest --randomly-seed=$$seed"; \
	SP_BLOCK_QT=1 $(PY) -m pytest tests/unit -q -p no:pytest-qt -o addopts="--strict-markers" \
		-W ignore::pytest.PytestConfigWarning --randomly-seed=$$seed || { $(LAST_TEST); exit 1; }; \
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --randomly-seed=$$seed || { $(LAST_TEST); exit 1; }
	$(MAKE) --no-print-directory smoke
	$(MAKE) --no-print-directory smoke-frozen

# The real app once on the real xcb platform under Xvfb: fails when its window does not appear.
smoke: deps
	bash scripts/install_system_deps.sh --smoke
	$(PY) scripts/smoke_xcb.py --out build/smoke_xcb.png

forms: deps
	$(PY) scripts/build_forms.py

check-forms: deps
	$(PY) scripts/build_forms.py --check
	$(PY) scripts/build_translations.py --check

bench: deps
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_startup.py
	$(PY) benchmarks/bench_durability.py
	$(PY) benchmarks/bench_scale.py
	$(PY) benchmarks/bench_export.py
	$(PY) benchmarks/bench_review_search.py

# The frozen app against the source app: installed size and start-up, whole process against whole process.
bench-frozen: package
	$(PY) benchmarks/bench_frozen.py

# The frozen app (PyInstaller, one folder) and its .deb, built for this machine: build/dist/, build/deb/.
package: deps
	$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install -q -e '.[package]'
	$(PY) scripts/build_package.py

# The built binary alone (not the source tree): import, check, exports read back, the GUI on real xcb.
smoke-frozen: package
	bash scripts/install_system_deps.sh --smoke
	$(PY) scripts/smoke_frozen.py --broken --deb
