"""curriculum.learner.suites: a learner's pytest tests judged by the implementations they catch."""

import linecache
import os
import subprocess
import sys
import textwrap
import time
import zlib

import pytest

from curriculum.learner.suites import run_tests, show_run

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="run_tests needs os.fork")

SORTS = {"sorted": sorted, "unsorted": lambda xs: list(xs)}


def _namespace(source: str) -> dict:
    """A notebook-like global namespace holding the test functions defined by `source`."""
    source = textwrap.dedent(source)
    filename = f"<cell-{zlib.crc32(source.encode())}>"      # like IPython: source in linecache
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = {"__name__": "__main__"}
    exec(compile(source, filename, "exec"), namespace)  # noqa: S102 - the tests under test
    return namespace


def test_a_suite_that_checks_the_order_catches_a_sort_that_does_not_sort():
    namespace = _namespace("""
        def test_demo_ordered(sort):
            assert sort([3, 1, 2]) == [1, 2, 3]

        def test_demo_length(sort):
            assert len(sort([2, 2, 1])) == 3
    """)
    result = run_tests("test_demo_", "sort", SORTS, namespace=namespace)
    assert result["tests"] == ["test_demo_length", "test_demo_ordered"]
    assert result["errors"] == []
    assert sorted(result["results"]["sorted"]["passed"]) == ["test_demo_length", "test_demo_ordered"]
    assert result["results"]["sorted"]["failed"] == {}
    assert result["results"]["unsorted"]["passed"] == ["test_demo_length"]
    assert list(result["results"]["unsorted"]["failed"]) == ["test_demo_ordered"]
    message = result["results"]["unsorted"]["failed"]["test_demo_ordered"]
    assert message.startswith("AssertionError") and "(at: assert sort([3, 1, 2])" in message


def test_a_suite_that_checks_only_the_length_catches_nothing():
    namespace = _namespace("""
        def test_demo_length(sort):
            assert len(sort([2, 2, 1])) == 3
    """)
    result = run_tests("test_demo_", "sort", SORTS, namespace=namespace)
    assert result["errors"] == []
    assert result["results"]["unsorted"] == {"passed": ["test_demo_length"], "failed": {}}


def test_by_default_the_tests_are_found_in_the_callers_globals():
    namespace = _namespace("""
        from curriculum.learner.suites import run_tests

        def test_demo_ordered(sort):
            assert sort([3, 1, 2]) == [1, 2, 3]

        result = run_tests("test_demo_", "sort", {"unsorted": lambda xs: list(xs)})
    """)
    assert namespace["result"]["tests"] == ["test_demo_ordered"]
    assert list(namespace["result"]["results"]["unsorted"]["failed"]) == ["test_demo_ordered"]


def test_fixtures_of_the_namespace_reach_the_tests():
    namespace = _namespace("""
        import pytest

        @pytest.fixture
        def data():
            return [3, 1, 2]

        def test_demo_with_fixture(sort, data):
            assert sort(data) == [1, 2, 3]
    """)
    result = run_tests("test_demo_", "sort", SORTS, namespace=namespace)
    assert result["errors"] == []
    assert result["results"]["sorted"]["passed"] == ["test_demo_with_fixture"]
    assert list(result["results"]["unsorted"]["failed"]) == ["test_demo_with_fixture"]


def test_a_hanging_test_is_killed_at_the_timeout():
    namespace = _namespace("""
        def test_demo_hangs(sort):
            while True:
                pass
    """)
    started = time.monotonic()
    result = run_tests("test_demo_", "sort", SORTS, timeout=2, namespace=namespace)
    assert time.monotonic() - started < 15
    assert len(result["errors"]) == 1 and "longer than 2 s" in result["errors"][0]
    assert all(outcome == {"passed": [], "failed": {}} for outcome in result["results"].values())


def test_what_the_tests_print_does_not_reach_the_callers_output(capfd):
    namespace = _namespace("""
        import os, sys

        def test_demo_noisy(sort):
            print("to stdout")
            sys.stderr.write("to sys.stderr\\n")
            os.write(2, b"to fd 2\\n")
            assert sort([2, 1]) == [1, 2]
    """)
    result = run_tests("test_demo_", "sort", SORTS, namespace=namespace)
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")
    assert result["results"]["sorted"]["passed"] == ["test_demo_noisy"]


def test_a_test_that_exits_the_process_is_reported_not_fatal():
    namespace = _namespace("""
        import os

        def test_demo_exits(sort):
            os._exit(3)
    """)
    result = run_tests("test_demo_", "sort", SORTS, namespace=namespace)
    assert len(result["errors"]) == 1 and "died before reporting" in result["errors"][0]


def test_no_tests_found_runs_nothing():
    result = run_tests("test_nothing_", "sort", SORTS, namespace={})
    assert result == {"tests": [], "errors": [],
                      "results": {"sorted": {"passed": [], "failed": {}},
                                  "unsorted": {"passed": [], "failed": {}}}}


def test_show_run_prints_the_failures(capsys):
    show_run({"tests": ["test_a"], "errors": ["boom"],
              "results": {"bad": {"passed": [], "failed": {"test_a": "assert 1 == 2"}}}})
    printed = capsys.readouterr().out
    assert "1 test(s) found: test_a" in printed
    assert "PROBLEM: boom" in printed
    assert "FAILED test_a: assert 1 == 2" in printed


def test_the_module_does_not_import_pytest_until_it_runs():
    source = "import sys, curriculum.learner.suites; print('_pytest' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"
