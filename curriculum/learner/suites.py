"""Run a learner's pytest tests against several implementations, and judge them by what fails.

Assignments where the learner writes tests (s4-03-testing-ml) grade a suite by the broken
implementations it catches. The machinery lives here, not in the notebook, because the grading
engine restores the modules that test cells import before each test cell: a learner who
redefines ``run_tests`` in an answer cell changes a notebook global, and the test cell's own
``from curriculum.learner.suites import run_tests`` brings the real one back.

Each run forks a child process that runs ``pytest.main`` on the notebook's test functions with
one fixture parametrized over the implementations, so a test that loops forever, exits or
crashes the interpreter costs the run, never the notebook. Needs ``os.fork`` (Linux, macOS).
"""

from __future__ import annotations

import gc
import io
import json
import os
import signal
import sys
import tempfile
import time
import types

__all__ = ["run_tests", "show_run"]


def _short(report) -> str:
    """One line about a failure: the exception and the line of the test that raised it."""
    crash = getattr(getattr(report, "longrepr", None), "reprcrash", None)
    text = crash.message if crash is not None else str(report.longrepr)
    lines = [line for line in text.strip().splitlines() if line.strip()]
    marked = [line[1:].strip() for line in str(report.longrepr).splitlines()
              if line.startswith(">")]
    where = f" (at: {marked[-1]})" if marked else ""
    return (lines[0] if lines else "failed")[:160] + where[:120]


def _run_in_child(folder: str, out_path: str, fixture: str, implementations: dict,
                  objects: dict) -> None:
    """In the forked child: run pytest on `objects`, write what happened to `out_path`, exit.

    Never returns: the child leaves with ``os._exit(0)`` whatever happens, so it cannot run
    the parent's code (the rest of the notebook) a second time.
    """
    records, errors = [], []
    try:
        import pytest

        gc.freeze()                               # the notebook's objects: never collected here
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, 1)                          # nothing the tests print reaches the notebook
        os.dup2(null, 2)
        sys.stdout = sys.stderr = io.StringIO()
        os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"   # no third-party plugin in the run
        names = list(implementations)

        class Plugin:
            def implementation(self, request):
                return implementations[request.param]
            implementation = pytest.fixture(name=fixture, params=names, ids=names)(implementation)

            @pytest.hookimpl(wrapper=True)
            def pytest_runtest_makereport(self, item, call):
                report = yield
                spec = getattr(item, "callspec", None)
                impl = spec.params.get(fixture) if spec is not None else None
                if report.failed or report.when == "call":
                    records.append({"test": getattr(item, "originalname", None) or item.name,
                                    "impl": impl, "outcome": report.outcome,
                                    "message": _short(report)})
                return report

            def pytest_collectreport(self, report):
                if report.failed:
                    errors.append("pytest could not collect your tests: " + _short(report))

        module = types.ModuleType("notebook_tests")
        vars(module).update(objects)
        sys.modules["notebook_tests"] = module
        ini = os.path.join(folder, "pytest.ini")  # an empty ini keeps pytest inside `folder`
        with open(ini, "w") as f:
            f.write("[pytest]\n")
        path = os.path.join(folder, "test_notebook.py")
        with open(path, "w") as f:
            f.write("import sys\nglobals().update({k: v for k, v in "
                    "vars(sys.modules['notebook_tests']).items() if not k.startswith('__')})\n")
        code = pytest.main([path, "-q", "-s", "-p", "no:cacheprovider", "-p", "no:faulthandler",
                            "-p", "no:unraisableexception", "-p", "no:threadexception",
                            "--noconftest", "-c", ini, "--rootdir", folder, "--confcutdir", folder],
                           plugins=[Plugin()])
        if int(code) not in (0, 1):
            errors.append(f"pytest stopped with exit code {int(code)}")
    except BaseException as exc:  # noqa: BLE001 - reported to the parent
        errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        try:
            with open(out_path, "w") as f:
                json.dump({"records": records, "errors": errors}, f)
        finally:
            os._exit(0)


def _is_fixture(value) -> bool:
    """Whether `value` is a function decorated with ``@pytest.fixture`` (pytest 8 and 9)."""
    return (type(value).__name__ == "FixtureFunctionDefinition"
            or hasattr(value, "_pytestfixturefunction"))


def run_tests(prefix, fixture, implementations, timeout=20.0, namespace=None):
    """Run the notebook's test functions named `prefix...` with pytest, once per implementation.

    The tests run in a forked child process (their output is discarded, so nothing reaches the
    notebook's stdout or stderr); the fixture named `fixture` hands each test one
    implementation, so every test runs once per entry of `implementations`. Fixtures defined
    in `namespace` with ``@pytest.fixture`` are available to the tests.

    Parameters
    ----------
    prefix : str or tuple of str
        Tests are the callables of `namespace` whose names start with `prefix`
        (e.g. ``"test_clean_"``).
    fixture : str
        The argument name through which each test receives the implementation under test.
    implementations : dict
        name (str) -> implementation (a function or a model object). Names are the pytest ids.
    timeout : float, default 20.0
        Seconds after which the child is killed; the run then reports an error and no results.
    namespace : dict, optional
        Where the tests are defined; by default the globals of the caller (the notebook), or
        pass ``globals()`` explicitly.

    Returns
    -------
    dict
        ``"tests"``: sorted list of the test names found; ``"errors"``: list of str, problems
        of the run as a whole (a timeout, a collection error, a child that died);
        ``"results"``: ``{implementation name: {"passed": [test names],
        "failed": {test name: one-line message}}}``. A test that fails in setup for every
        implementation counts as failed for each.

    Raises
    ------
    Nothing for what the tests do: their failures, crashes and hangs are reported in the
    result. Without ``os.fork`` (Windows) the result holds an error and no results.
    """
    if namespace is None:
        namespace = sys._getframe(1).f_globals
    tests = sorted(k for k, v in namespace.items() if k.startswith(prefix) and callable(v))
    fixtures = {k: v for k, v in namespace.items() if k != fixture and _is_fixture(v)}
    result = {"tests": tests, "errors": [],
              "results": {name: {"passed": [], "failed": {}} for name in implementations}}
    if not tests:
        return result
    if not hasattr(os, "fork"):                                   # Windows: no isolation
        result["errors"].append("run_tests needs os.fork (Linux or macOS)")
        return result
    with tempfile.TemporaryDirectory(prefix="pytest-run-") as folder:
        out_path = os.path.join(folder, "result.json")
        pid = os.fork()
        if pid == 0:
            _run_in_child(folder, out_path, fixture, implementations,
                          {**fixtures, **{k: namespace[k] for k in tests}})
        done = 0
        try:
            deadline = time.monotonic() + timeout
            while not done and time.monotonic() < deadline:
                done, _ = os.waitpid(pid, os.WNOHANG)
                if not done:
                    time.sleep(0.01)
        finally:
            if not done:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
        if not done:
            result["errors"].append(f"the tests ran longer than {timeout:g} s and were stopped "
                                    "(does one of them loop forever?)")
            return result
        try:
            with open(out_path) as f:
                child = json.load(f)
        except (OSError, ValueError):
            result["errors"].append("the test process died before reporting (did a test call "
                                    "os._exit or run out of memory?)")
            return result
    result["errors"] += child["errors"]
    for record in child["records"]:
        for name in [record["impl"]] if record["impl"] is not None else list(implementations):
            outcome = result["results"][name]
            if record["outcome"] == "passed":
                if record["test"] not in outcome["failed"] and record["test"] not in outcome["passed"]:
                    outcome["passed"].append(record["test"])
            else:
                outcome["failed"].setdefault(record["test"], record["message"])
                if record["test"] in outcome["passed"]:
                    outcome["passed"].remove(record["test"])
    return result


def show_run(result) -> None:
    """Print, for each implementation, which tests passed and which failed.

    Parameters
    ----------
    result : dict
        What :func:`run_tests` returned. Prints to stdout; returns None.
    """
    print(f"{len(result['tests'])} test(s) found: {', '.join(result['tests']) or '-'}")
    for problem in result["errors"]:
        print("PROBLEM:", problem)
    for name, outcome in result["results"].items():
        print(f"  on {name}: {len(outcome['passed'])} passed, {len(outcome['failed'])} failed")
        for test, message in outcome["failed"].items():
            print(f"      FAILED {test}: {message}")
