# unifolio developer entry points. Every target bootstraps what it needs on a fresh machine:
# uv (installed with pip when missing), Python deps from uv.lock, Prism/Spectral from mocks/package-lock.json.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export UV_PYTHON_DOWNLOADS := never
export UV_NO_PROGRESS := 1

UV := $(shell command -v uv 2>/dev/null || echo .tools/uv/bin/uv)
RUN := $(UV) run --frozen --no-sync
PYTEST_ARGS ?=
REPORTS := reports
REF ?=
PROVIDER ?=
VERIFY_ARGS ?=
PORTS ?=
SOURCE ?=
# The vendors' own OpenAPI documents (make vendor-check, make import-spec); relative to the repo root.
VENDOR_SPECS ?= ../shared/vendor-specs

.PHONY: help bootstrap demo test lint format regenerate check-generated unit e2e mock bench clean \
	contract spec-diff verify-live wheel import-spec vendor-check test-contract-side test-main-side

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

.tools/uv/bin/uv:
	python3 -m pip install --quiet --disable-pip-version-check --target .tools/uv uv

.venv/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen
	@touch $@

mocks/node_modules/.installed: mocks/package.json mocks/package-lock.json
	cd mocks && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

bootstrap: .venv/.synced mocks/node_modules/.installed ## install everything (idempotent)

# The demo needs what a user installs, not the development toolchain: the runtime dependencies in
# their own environment, and Prism alone from the lockfile (unless a full `npm ci` already ran).
.venv-runtime/.synced: pyproject.toml uv.lock | $(UV)
	UV_PROJECT_ENVIRONMENT=.venv-runtime $(UV) sync --frozen --no-dev
	@touch $@

mocks/node_modules/.bin/prism:
	cd mocks && npm ci --omit=dev --no-audit --no-fund --loglevel=error

demo: .venv-runtime/.synced | mocks/node_modules/.bin/prism ## the main job, runtime dependencies only: unified holdings from the mocks
	.venv-runtime/bin/unifolio portfolio --mock

wheel: | $(UV) ## build the wheel users install (dist/unifolio-*.whl)
	$(UV) build --wheel --out-dir dist

test: bootstrap lint check-generated ## everything CI runs: lint, generated code, contract, vendor documents, unit + e2e
	$(MAKE) --no-print-directory --output-sync=target -j2 test-contract-side test-main-side

# The two halves of `make test` after the quick checks, side by side on 2 cores: the contract layers
# (mostly the offline fuzzing, one busy core) and the vendor documents + unit + e2e tests (generators,
# subprocesses and mocks). Each half prints its whole output when it ends; reports go to separate files.
test-contract-side: bootstrap
	$(MAKE) --no-print-directory contract

test-main-side: bootstrap
	$(MAKE) --no-print-directory vendor-check
	$(RUN) pytest -m "not contract and not vendor" --junitxml=$(REPORTS)/tests.xml $(PYTEST_ARGS)

unit: bootstrap ## tests that need no mock server
	$(RUN) pytest -m "not e2e and not contract and not vendor" $(PYTEST_ARGS)

e2e: bootstrap ## end-to-end tests against Prism mocks
	$(RUN) pytest -m e2e $(PYTEST_ARGS)

lint: bootstrap ## ruff + mypy on hand-written code
	$(RUN) ruff check adapters scripts tests
	$(RUN) ruff format --check adapters scripts tests
	$(RUN) mypy

format: bootstrap ## apply ruff fixes and formatting
	$(RUN) ruff check --fix adapters scripts tests
	$(RUN) ruff format adapters scripts tests

regenerate: bootstrap ## regenerate generated/ from specs/ (run after any spec or template change)
	$(RUN) python scripts/regenerate.py

check-generated: bootstrap ## fail, naming the files, if generated/ differs from a fresh generation
	$(RUN) python scripts/regenerate.py --check

mock: bootstrap ## run every provider's mock until Ctrl-C, saying where each answers (PORTS="4010" or "mesh=4010 ...")
	$(RUN) unifolio mock $(foreach port,$(PORTS),--port=$(port))

contract: bootstrap ## contract tests: spec hygiene, schemathesis vs Prism, client + offline fuzzing, spec-diff
	$(RUN) pytest -m contract --junitxml=$(REPORTS)/contract.xml $(PYTEST_ARGS)
	$(RUN) python scripts/spec_diff.py $(if $(REF),--base $(REF))

import-spec: bootstrap ## derive specs/PROVIDER.yaml from the vendor's document through specs/recipes/PROVIDER.yaml [SOURCE=path|URL]
	@if [ -z "$(PROVIDER)" ]; then echo "usage: make import-spec PROVIDER=plaid [SOURCE=<path or https URL>]"; exit 2; fi
	$(RUN) python scripts/import_spec.py $(PROVIDER) --vendor-specs "$(VENDOR_SPECS)" $(if $(SOURCE),--source "$(SOURCE)")

vendor-check: bootstrap ## the vendors' documents (VENDOR_SPECS=...) whole + recipe subsets through the whole pipeline
	@if [ -d "$(VENDOR_SPECS)" ]; then \
		echo "vendor-check: vendor documents from $(abspath $(VENDOR_SPECS))"; \
		UNIFOLIO_VENDOR_SPECS="$(abspath $(VENDOR_SPECS))" $(RUN) pytest tests/vendor -m vendor \
			--junitxml=$(REPORTS)/vendor-check.xml; \
	else \
		echo "##########################################################################################"; \
		echo "## VENDOR CHECK SKIPPED: no vendor documents at $(VENDOR_SPECS)"; \
		echo "## (the vendors' own OpenAPI documents; set VENDOR_SPECS=<folder> to run it)"; \
		echo "##########################################################################################"; \
	fi

spec-diff: bootstrap ## breaking spec changes vs the merge base (or REF=<git ref>); see README
	$(RUN) python scripts/spec_diff.py $(if $(REF),--base $(REF))

verify-live: bootstrap ## live traffic of PROVIDER=<name> checked both ways by a Prism proxy (real credentials)
	@if [ -z "$(PROVIDER)" ]; then echo "usage: make verify-live PROVIDER=mesh [VERIFY_ARGS='--connection NAME']"; exit 2; fi
	$(RUN) python scripts/verify_live.py --provider $(PROVIDER) $(VERIFY_ARGS)

bench: bootstrap ## benchmarks (parse throughput, memory, fan-out) -> tests/bench/RESULTS.md (~4 min)
	$(RUN) python scripts/bench.py

clean: ## remove caches and reports (keeps .venv and node_modules)
	rm -rf reports .pytest_cache .mypy_cache .ruff_cache .bench
