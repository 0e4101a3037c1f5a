# Two commands do all set-up on a fresh machine with Python 3.11 and pip:
#   make demo   virtualenv + install + `curriculum demo` (release -> cohort -> grade -> report)
#   make test   the same virtualenv + the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test validate build clean sandbox postgres chromium lab lab-instructor

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# the CPU build of PyTorch first, so no CUDA packages are pulled in
	$(BIN)/pip install --quiet "torch==2.13.0"
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

# bubblewrap isolates learner code in `curriculum grade`; installed when we may (root with
# apt), otherwise grading still runs and the report says it ran without the sandbox.
sandbox:
	@command -v bwrap >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap) \
	  >/dev/null; } || echo "WARNING: bubblewrap (bwrap) is not installed: learner code will run unconfined"

# PostgreSQL for the gradebook-on-a-server tests (tests/test_postgres.py starts a private
# cluster on loopback and stops it); installed when we may (root with apt), otherwise skipped.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && \
	  command -v apt-get >/dev/null && (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	  apt-get install -y -qq postgresql) >/dev/null; } || \
	  echo "WARNING: PostgreSQL is not installed: tests/test_postgres.py will be skipped"

# Debian's chromium for the browser test (tests/test_lab_browser.py drives it with Playwright
# through its executable path: Playwright's own browser download is never used).
chromium:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
	  >/dev/null; } || echo "WARNING: chromium is not installed: tests/test_lab_browser.py will be skipped"

demo: $(STAMP) sandbox
	$(BIN)/curriculum demo

test: $(STAMP) sandbox postgres chromium
	$(BIN)/pytest -n 2 --dist loadfile -q

# JupyterLab for a learner (Validate, no instructor tools) or the instructor (formgrader)
lab: $(STAMP)
	$(BIN)/curriculum lab

lab-instructor: $(STAMP)
	$(BIN)/curriculum lab --instructor

validate: $(STAMP)
	$(BIN)/curriculum validate

build: $(STAMP)
	$(BIN)/curriculum build

clean:
	rm -rf submitted/*/ autograded/*/ feedback/*/ gradebook.db reports demo-cohort
