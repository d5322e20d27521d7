# GeoSAM for QGIS. `make demo` and `make test` install everything they need first (see README).
PY        := .venv/bin/python
QGIS_ENV  := QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1
PLUGIN    := geo_sam_qgis
PROFILE   ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
CHECKPOINT ?=

.PHONY: setup test demo bench lint deploy zip screenshot clean

setup:
	@bash scripts/setup_env.sh

test: setup
	$(QGIS_ENV) $(PY) -m pytest -q -p no:cacheprovider tests

demo: setup
	$(QGIS_ENV) $(PY) scripts/demo.py --out demo_out $(if $(CHECKPOINT),--checkpoint $(CHECKPOINT))

bench: setup
	$(QGIS_ENV) $(PY) scripts/bench.py --out bench_out

lint: setup
	$(PY) -m ruff check encoder geo_sam_plugin ui scripts tests __init__.py image_encoder.py

# Copy the plugin into a QGIS profile (PROFILE=... for another one).
deploy:
	@/usr/bin/python3 scripts/package.py deploy "$(PROFILE)/python/plugins/$(PLUGIN)"

# A zip that installs through Plugins > Install from ZIP (no tests, caches or venv).
zip:
	@/usr/bin/python3 scripts/package.py zip dist/$(PLUGIN).zip

# The real QGIS desktop under Xvfb with the dock open on the demo image and a segmented polygon.
screenshot: setup
	$(PY) scripts/desktop.py --out desktop_out --screenshot desktop_out/screenshot.png
	$(PY) -c "from PIL import Image; Image.open('desktop_out/screenshot.png').convert('RGB').quantize(colors=128).save('docs/screenshot.png', optimize=True)"

clean:
	rm -rf demo_out bench_out desktop_out dist .pytest_cache
