"""Tools that deployment notebooks (Stage 4, the capstone) use, and that their hidden tests
judge with: the hadolint and actionlint linters, a Dockerfile reader, pytest runs of a
learner's test file against several implementations, and a uvicorn server on loopback.

They live in the package, not in a notebook cell, because a verdict depends on them: a test
cell imports them, and the grading engine restores the modules test cells import before each
test cell runs, so a learner's answer that redefines `hadolint` or `run_pytest_suite` in the
notebook cannot change a grade.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

__all__ = ["hadolint", "actionlint", "dockerfile_instructions", "run_pytest_suite",
           "free_port", "serve_in_thread", "stop_server"]

_BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    """The binary in this virtualenv (the course installs it there), else on PATH."""
    path = _BIN / name
    return str(path) if path.exists() else name


def hadolint(text: str) -> list[dict]:
    """hadolint's findings for a Dockerfile.

    Parameters
    ----------
    text : str
        The Dockerfile.

    Returns
    -------
    list of dict
        One per finding, as hadolint's JSON format gives it (keys ``code``, ``level``
        — error, warning, info or style —, ``line``, ``message``); empty when clean.

    Raises
    ------
    RuntimeError
        If hadolint cannot run or prints no JSON.

    Source: https://github.com/hadolint/hadolint (``--format json``).
    """
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "Dockerfile").write_text(text)
        done = subprocess.run([_tool("hadolint"), "--no-color", "-f", "json", "Dockerfile"],
                              cwd=tmp, capture_output=True, text=True, timeout=60,
                              env={**os.environ, "HOME": tmp})
    try:
        return json.loads(done.stdout or "[]")
    except json.JSONDecodeError as exc:
        raise RuntimeError(f"hadolint printed no JSON: {done.stderr.strip()[:200]}") from exc


def actionlint(text: str) -> list[dict]:
    """actionlint's errors for a GitHub Actions workflow (as ``.github/workflows/ci.yml``).

    Returns
    -------
    list of dict
        One per error (keys ``message``, ``line``, ``column``, ``kind``); empty when clean.
        ShellCheck and pyflakes integration is off, so the result does not depend on what
        else is installed.

    Raises
    ------
    RuntimeError
        If actionlint cannot run or prints no JSON.

    Source: https://github.com/rhysd/actionlint (``-format '{{json .}}'``).
    """
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, ".github", "workflows")
        folder.mkdir(parents=True)
        (folder / "ci.yml").write_text(text)
        done = subprocess.run([_tool("actionlint"), "-format", "{{json .}}", "-shellcheck=",
                               "-pyflakes=", ".github/workflows/ci.yml"],
                              cwd=tmp, capture_output=True, text=True, timeout=60,
                              env={**os.environ, "HOME": tmp})
    try:
        return json.loads(done.stdout or "[]")
    except json.JSONDecodeError as exc:
        raise RuntimeError(f"actionlint printed no JSON: {done.stderr.strip()[:200]}") from exc


def dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    """``[(INSTRUCTION, arguments)]`` of a Dockerfile, in order: comment lines dropped,
    backslash continuations joined, instruction words upper-cased.

    Source: https://docs.docker.com/reference/dockerfile/#format
    """
    joined = re.sub(r"\\[ \t]*\n", " ", text)
    out = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


_DRIVER = """
import contextlib, io, json, pathlib, sys
import pytest

sys.dont_write_bytecode = True
module, tests = sys.argv[1], sys.argv[2]
results = {}
for folder in sorted(pathlib.Path(".").iterdir()):
    if not folder.is_dir():
        continue
    for name in (module, pathlib.Path(tests).stem):
        sys.modules.pop(name, None)
    ini = folder / "pytest.ini"
    ini.write_text("[pytest]\\n")
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = pytest.main(["-q", "-p", "no:cacheprovider", "--assert=plain", "-c", str(ini),
                            "--rootdir", str(folder), "--confcutdir", str(folder),
                            str(folder / tests)])
    lines = out.getvalue().strip().splitlines() or ["(no output)"]
    results[folder.name] = [int(code) == 0, lines[-1]]
print(json.dumps(results))
"""


def run_pytest_suite(tests_source: str, module: str, implementations: dict[str, str], *,
                     tests_name: str = "test_suite.py",
                     timeout_s: float = 120) -> dict[str, tuple[bool, str]]:
    """Run one pytest file against several implementations of one module.

    For each ``name -> source`` in `implementations`, a fresh folder holds ``<module>.py``
    (that source) and the test file; pytest runs each folder in turn, all in ONE new Python
    process (so the notebook's own state is out of reach and a crash cannot take it down).

    Parameters
    ----------
    tests_source : str
        The pytest file's text; its tests import from `module`.
    module : str
        The module name the tests import (e.g. ``"service_impl"``).
    implementations : dict of str to str
        Implementation name -> source of ``<module>.py``. Names must be valid folder names.
    tests_name : str
        The test file's name (must match ``test_*.py``).
    timeout_s : float
        Seconds for the whole run; past it, every implementation is reported as failed.

    Returns
    -------
    dict of str to (bool, str)
        Implementation name -> (all tests passed, pytest's summary line).
    """
    with tempfile.TemporaryDirectory() as tmp:
        for name, source in implementations.items():
            folder = Path(tmp, name)
            folder.mkdir()
            (folder / f"{module}.py").write_text(source)
            (folder / tests_name).write_text(tests_source)
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
               "HOME": tmp}
        try:
            done = subprocess.run([sys.executable, "-c", _DRIVER, module, tests_name], cwd=tmp,
                                  capture_output=True, text=True, timeout=timeout_s, env=env)
            results = json.loads(done.stdout.strip().splitlines()[-1])
        except (subprocess.TimeoutExpired, ValueError, IndexError):
            return {name: (False, "the test run did not finish") for name in implementations}
    return {name: (bool(results.get(name, [False])[0]),
                   str(results.get(name, [False, "not run"])[1])) for name in implementations}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_in_thread(app, port: int, timeout_s: float = 30.0):
    """Run the ASGI `app` under uvicorn on 127.0.0.1:`port` in a daemon thread.

    Returns ``(server, thread)`` once the server accepts connections (its lifespan start-up
    has run). Raises RuntimeError if it does not start within `timeout_s`.
    Source: https://www.uvicorn.org/deployment/#running-programmatically
    """
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error",
                            access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout_s
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError("the server did not start (see the app's start-up code)")
        time.sleep(0.02)
    return server, thread


def stop_server(server, thread, timeout_s: float = 10.0) -> None:
    """Ask uvicorn to exit and wait for its thread."""
    server.should_exit = True
    thread.join(timeout=timeout_s)
