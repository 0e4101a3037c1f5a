"""The tools deployment notebooks judge with (curriculum.learner.service_tools)."""

import httpx
import pytest

from curriculum.learner.service_tools import (actionlint, dockerfile_instructions, free_port,
                                              hadolint, run_pytest_suite, serve_in_thread,
                                              stop_server)

GOOD_DOCKERFILE = """\
FROM python:3.11.9-slim-bookworm
RUN useradd --uid 10001 app
USER 10001
CMD ["python", "-c", "print(1)"]
"""


def test_hadolint_reports_findings_as_dicts_and_nothing_for_a_clean_file():
    assert hadolint(GOOD_DOCKERFILE) == []
    codes = {f["code"] for f in hadolint("FROM python\nUSER app\n")}
    assert {"DL3006", "DL3066"} <= codes        # untagged image; non-numeric user


def test_actionlint_reports_errors_and_nothing_for_a_clean_workflow():
    clean = ("on: push\npermissions:\n  contents: read\njobs:\n  test:\n"
             "    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ok\n")
    assert actionlint(clean) == []
    broken = clean.replace("runs-on", "run-on")
    assert any("runs-on" in e["message"] for e in actionlint(broken))


def test_dockerfile_instructions_join_continuations_and_drop_comments():
    text = "# a comment\nfrom python:3.11 AS build\nRUN pip install \\\n    numpy \\\n  pandas\n"
    assert dockerfile_instructions(text) == [
        ("FROM", "python:3.11 AS build"), ("RUN", "pip install      numpy    pandas")]


TESTS = "from impl import double\n\ndef test_double():\n    assert double(3) == 6\n"


def test_run_pytest_suite_passes_and_fails_per_implementation():
    results = run_pytest_suite(TESTS, "impl", {
        "right": "def double(x):\n    return 2 * x\n",
        "wrong": "def double(x):\n    return x + 2\n",
        "broken": "raise ImportError('no')\n"})
    assert results["right"][0] is True and "1 passed" in results["right"][1]
    assert results["wrong"][0] is False and "1 failed" in results["wrong"][1]
    assert results["broken"][0] is False


def test_run_pytest_suite_gives_up_on_a_hanging_suite():
    hanging = "import time\nfrom impl import double\n\ndef test_forever():\n    time.sleep(60)\n"
    results = run_pytest_suite(hanging, "impl", {"right": "def double(x):\n    return 2 * x\n"},
                               timeout_s=5)
    assert results == {"right": (False, "the test run did not finish")}


def test_a_server_in_a_thread_answers_and_stops():
    from fastapi import FastAPI
    app = FastAPI()

    @app.get("/health")
    def health():
        return {"status": "ok"}

    port = free_port()
    server, thread = serve_in_thread(app, port)
    try:
        assert httpx.get(f"http://127.0.0.1:{port}/health").json() == {"status": "ok"}
    finally:
        stop_server(server, thread)
    assert not thread.is_alive()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
