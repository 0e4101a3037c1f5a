"""nbgrader's own autograde test suite, run against `curriculum grade`.

The tests are read from the installed wheel at test time (nbgrader/tests/apps/
test_nbgrader_autograde.py and its fixtures in files/); nothing of nbgrader's is copied here.
An adapter replaces the suite's `run_nbgrader` for the `autograde` command only: it runs
`curriculum grade` with the same arguments, in the same folder, and checks the same exit
code; every other command (db, generate_assignment, validate) still runs stock nbgrader.
Each scenario passes, or is listed in DIFFERENCES with the reason (the README's table of
deliberate differences); a listed scenario that starts passing fails the run (strict xfail),
so the list cannot go stale.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

import pytest

peer = pytest.importorskip("nbgrader.tests.apps.test_nbgrader_autograde")
from nbgrader.tests.apps.conftest import course_dir, db, temp_cwd  # noqa: E402,F401 - fixtures

CURRICULUM = str(Path(sys.executable).with_name("curriculum"))
stock_run_nbgrader = peer.run_nbgrader

# scenario -> why `curriculum grade` deliberately behaves otherwise (the README's table)
DIFFERENCES = {
    "test_grade_overwrite_files":
        "a learner's own files never enter the sandbox or autograded/: only the instructor's "
        "files from source/ (so Autograde.exclude_overwriting has nothing to exempt)",
    "test_grade_overwrite_files_subdirs": "as test_grade_overwrite_files, in a subfolder",
    "test_side_effects":
        "files a notebook writes stay in its throw-away sandbox folder; nothing the sandbox "
        "writes is copied back",
    "test_filter_notebook":
        "a submission whose autograded notebook was deleted is graded again (resume by "
        "fingerprint); nbgrader skips any student whose autograded folder exists",
    "test_handle_failure":
        "a submitted notebook with grade cells the instructor never wrote is graded (those "
        "cells run as ordinary cells and are flagged for review), not failed",
    "test_handle_failure_single_notebook": "as test_handle_failure",
    "test_missing_source_kernelspec":
        "the instructor's notebook decides the kernel; a learner's changed kernelspec is "
        "ignored, not an error",
    "test_no_execute":
        "no --no-execute: every grade comes from running the notebook in the sandbox; a "
        "learner's saved outputs are never trusted",
}


def _adapter(args, retcode=0, env=None, stdout=False):
    """`run_nbgrader` with `autograde` served by `curriculum grade`."""
    if not args or args[0] != "autograde":
        return stock_run_nbgrader(args, retcode=retcode, env=env, stdout=stdout)
    rest = ["--help"] if "--help-all" in args else list(args[1:])
    command = [CURRICULUM, "grade", *rest]
    if "--help" not in rest:
        command += ["--workers", "1", "--no-feedback"]   # nbgrader's autograde writes none
    environment = dict(env or os.environ)
    environment["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{environment['PATH']}"
    done = subprocess.run(command, cwd=os.getcwd(), env=environment, capture_output=True,
                          text=True, timeout=600)
    output = done.stdout + done.stderr
    assert done.returncode == retcode, f"{' '.join(command)} -> {done.returncode}\n{output}"
    return output


@pytest.fixture(autouse=True)
def _autograde_is_curriculum_grade(monkeypatch):
    monkeypatch.setattr(peer, "run_nbgrader", _adapter)
    # stock nbgrader runs `alembic` by name: the venv's bin/ must be on PATH
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")


class TestAutogradeIsCurriculumGrade(peer.TestNbGraderAutograde):
    """Every scenario of nbgrader's TestNbGraderAutograde, inherited as it is."""


def _expect_difference(name: str, reason: str) -> None:
    base_name = name.split("[")[0]
    base = getattr(peer.TestNbGraderAutograde, base_name)

    @functools.wraps(base)
    def scenario(self, *args, **kwargs):
        return base(self, *args, **kwargs)

    setattr(TestAutogradeIsCurriculumGrade, base_name,
            pytest.mark.xfail(reason=reason, strict=True)(scenario))


for _name, _reason in DIFFERENCES.items():
    if "[" not in _name:
        _expect_difference(_name, _reason)
