# Mutant: the commit message pasted into a run script (script injection)
# Write CI_WORKFLOW = """...""" (a multi-line string) below; the last lines write it to its file.
CI_WORKFLOW = """\
name: CI
on:
  push:
    branches: [main]
  pull_request:
# The token gets read access to the code, nothing else (least privilege).
permissions:
  contents: read
jobs:
  lint:
    runs-on: ubuntu-24.04
    timeout-minutes: 10
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683  # v4.2.2
      - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065  # v5.6.0
        with:
          python-version: "3.11"
          cache: pip
      - run: pip install -r requirements-dev.txt
      - run: hadolint Dockerfile
      - run: actionlint
  test:
    needs: lint
    runs-on: ubuntu-24.04
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683  # v4.2.2
      - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065  # v5.6.0
        with:
          python-version: "3.11"
          cache: pip
      - run: pip install -r requirements.txt -r requirements-dev.txt
      - run: pytest -q
  build:
    needs: [lint, test]
    runs-on: ubuntu-24.04
    timeout-minutes: 20
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683  # v4.2.2
      - run: echo "Building ${{ github.event.head_commit.message }}"
      - run: docker build --tag iris-api:${{ github.sha }} .
"""
Path(".github/workflows").mkdir(parents=True, exist_ok=True)
Path(".github/workflows/ci.yml").write_text(CI_WORKFLOW)
