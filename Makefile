# GeoSAM for QGIS. `make demo` and `make test` install everything they need first (see README).
PY        := .venv/bin/python
QGIS_ENV  := QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1
PLUGIN    := geo_sam_qgis
PROFILE   ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
CHECKPOINT ?=
# STAGES=worker,start runs only those stages of make bench (scripts/bench.py --stages).
STAGES ?=
# TESTS=qgis runs only the tests that involve QGIS or the worker (tests/conftest.py); empty: the whole suite.
TESTS ?=
# QGIS=3.40 or QGIS=3.44 runs demo / bench / test in a Debian root with that QGIS (scripts/qgis_root.sh); empty: this machine's QGIS.
QGIS ?=
IN_ROOT   := bash scripts/qgis_root.sh run $(QGIS)

# Translated sources and languages (i18n/geosam_<lang>.ts, built into .qm by setup and `make translations`).
TRANSLATED := ui/dock.py ui/dock_sections.py ui/install_dialog.py geo_sam_plugin/dock/session.py geo_sam_plugin/dock/prompting.py geo_sam_plugin/dock/view_session.py geo_sam_plugin/dock/background.py geo_sam_plugin/dock/measure_task.py geo_sam_plugin/dock/output_layers.py geo_sam_plugin/dock/dates.py geo_sam_plugin/dock/controller.py plugin.py geo_sam_plugin/algorithms/alg_encode.py geo_sam_plugin/algorithms/alg_segment.py geo_sam_plugin/algorithms/alg_regularize.py geo_sam_plugin/algorithms/alg_training.py geo_sam_plugin/algorithms/alg_follow.py
LANGUAGES  := de es fr pt zh_CN

.PHONY: setup interop interop-fixtures test test-matrix demo bench lint qt6-check translations deploy zip screenshot clean

setup:
	@bash scripts/setup_env.sh

# geosam 0.1.3 and GeoSAM-Image-Encoder 1.0.4 in side virtualenvs, for the interoperability tests (not in the
# QGIS roots, whose legs read the committed fixtures only).
interop:
	@[ -n "$$GEOSAM_QGIS_LEG" ] || bash scripts/interop_env.sh build

# Make the committed interoperability fixtures again with the real libraries (review, then commit them).
interop-fixtures:
	bash scripts/interop_env.sh fixtures tests/data/interop

ifeq ($(QGIS),)
test: setup interop
	$(QGIS_ENV) GEOSAM_TESTS=$(TESTS) $(PY) -m pytest -q -p no:cacheprovider --durations=30 tests

demo: setup
	$(QGIS_ENV) $(PY) scripts/demo.py --out demo_out $(if $(CHECKPOINT),--checkpoint $(CHECKPOINT))

bench: setup
	$(QGIS_ENV) $(PY) scripts/bench.py --out bench_out $(if $(STAGES),--stages $(STAGES))
else
test demo bench:
	$(IN_ROOT) "make $@ $(if $(CHECKPOINT),CHECKPOINT=$(CHECKPOINT)) $(if $(STAGES),STAGES=$(STAGES)) $(if $(TESTS),TESTS=$(TESTS))"
	bash scripts/qgis_root.sh copy-out $(QGIS) $@_out $@_out-$(QGIS)
endif

# The whole suite on QGIS 3.22 (this machine); on 3.40 LTR (Debian 13 root) and 3.44 (Debian unstable root), the
# tests that involve QGIS or the worker (the engine runs there in the worker on the root's Python, 3.13 and 3.14; the
# engine's own tests run on 3.22's Python 3.11: the whole suite on every leg takes CI past an hour).
test-matrix:
	$(MAKE) test
	$(MAKE) test QGIS=3.40 TESTS=qgis
	$(MAKE) test QGIS=3.44 TESTS=qgis

# ruff, the layer contracts (import-linter, pyproject.toml: on the plugin package as QGIS imports it) and the Qt6 check.
lint: setup qt6-check
	$(PY) -m ruff check encoder geo_sam_plugin ui scripts tests __init__.py plugin.py image_encoder.py
	@d=$$(mktemp -d) && ln -s $(CURDIR) $$d/$(PLUGIN) && cd $$d && PYTHONPATH=$$d $(CURDIR)/.venv/bin/lint-imports --no-cache --config $(CURDIR)/pyproject.toml; \
	  status=$$?; rm -rf $$d; exit $$status

# QGIS's pyqt5to6 migration script in check mode (it needs Python 3.12+: run in the QGIS 3.40 root), then every Qt and
# QGIS enum value scoped, checked against the bindings of QGIS 3.44 (the newest on Debian: its root).
qt6-check:
	bash scripts/qgis_root.sh run 3.40 "bash scripts/qt6_check.sh"
	bash scripts/qgis_root.sh run 3.44 "QT_QPA_PLATFORM=offscreen python3 scripts/qgis_enum_check.py"

# Update the .ts files from the sources (pylupdate5 keeps existing translations) and build the .qm files.
translations:
	@command -v pylupdate5 >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends pyqt5-dev-tools qttools5-dev-tools >/dev/null
	@for lang in $(LANGUAGES); do pylupdate5 -noobsolete $(TRANSLATED) -ts i18n/geosam_$$lang.ts 2>/dev/null; done
	@bash scripts/setup_env.sh --translations-only

# Copy the plugin into a QGIS profile (PROFILE=... for another one). Needs only Python and Qt's lrelease (installed
# when missing, as root), never the engine's packages: QGIS's Plugins > GeoSAM > Set up installs those.
deploy:
	@bash scripts/setup_env.sh --translations-only
	@/usr/bin/python3 scripts/package.py deploy "$(PROFILE)/python/plugins/$(PLUGIN)"

# The release build: dist/geo_sam_qgis.zip (Plugins > Install from ZIP; checked with the QGIS plugin repository's
# rules) and dist/plugins.xml (a plugin repository: BASE_URL is where both are served). ALLOW_DIRTY=1 builds from a
# tree with uncommitted changes. Needs only Python, git and Qt's lrelease, as deploy does. A release: CHANGELOG.md entry, `python3 scripts/package.py bump X.Y.Z`, commit, make zip.
BASE_URL ?=
ALLOW_DIRTY ?=
zip:
	@bash scripts/setup_env.sh --translations-only
	@/usr/bin/python3 scripts/package.py zip dist/$(PLUGIN).zip $(if $(BASE_URL),--base-url $(BASE_URL)) $(if $(ALLOW_DIRTY),--allow-dirty)

# The real QGIS desktop under Xvfb at 1366 x 768, driven with xdotool: encode -> load -> click -> save -> three boxes -> save.
screenshot: setup
	$(PY) scripts/desktop.py --out desktop_out --screenshot desktop_out/screenshot.png --size 1366x768
	$(PY) -c "from PIL import Image; Image.open('desktop_out/screenshot.png').convert('RGB').quantize(colors=128).save('docs/screenshot.png', optimize=True)"

clean:
	rm -rf demo_out bench_out desktop_out dist .pytest_cache
