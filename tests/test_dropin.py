"""`curriculum grade` as a drop-in for `nbgrader autograde` on a course that is not ours:
nbgrader's documentation course graded from its own folder, released data files, stock
releases kept, timestamps from a submissions folder outside the course, non-Python kernels
and missing libraries reported per submission."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from curriculum.course import Course
from curriculum.engine.run import grade
from curriculum.engine.sandbox import Limits

nbgrader = pytest.importorskip("nbgrader")
NBGRADER = Path(nbgrader.__file__).parent
USER_GUIDE = NBGRADER / "docs" / "source" / "user_guide"
FILES = NBGRADER / "tests" / "apps" / "files"
CURRICULUM = str(Path(sys.executable).with_name("curriculum"))
LIMITS = Limits(cell_s=10, notebook_s=60)


def _env() -> dict:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    return env


def _curriculum(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([CURRICULUM, *args], cwd=cwd, env=_env(), capture_output=True,
                          text=True, timeout=600)


def _stock(args: list[str], cwd: Path) -> None:
    subprocess.run([str(Path(sys.executable).with_name("nbgrader")), *args], cwd=cwd,
                   env=_env(), check=True, capture_output=True, timeout=300)


def _rows(path: Path) -> dict:
    with path.open() as handle:
        return {row["student_id"]: row for row in csv.DictReader(handle)}


@pytest.fixture
def docs_course(tmp_path: Path) -> Path:
    """nbgrader's documentation course (source/ps1 with two notebooks, learners bitdiddle
    and hacker), copied as it ships, without what autograde produces."""
    course = tmp_path / "user_guide"
    shutil.copytree(USER_GUIDE, course, ignore=shutil.ignore_patterns(
        "autograded", "feedback", "release", "gradebook.db", "__pycache__", "downloaded"))
    return course


def test_documentation_course_grades_from_its_own_folder_as_documented(docs_course):
    done = _curriculum(["grade", "ps1", "--submissions", "submitted"], docs_course)
    assert done.returncode == 0, done.stdout + done.stderr
    ours = _rows(docs_course / "reports" / "grades.csv")
    documented = _rows(USER_GUIDE / "grades.csv")
    assert set(ours) == set(documented) == {"bitdiddle", "hacker"}
    for student, row in documented.items():
        for column in ("assignment", "timestamp", "raw_score", "late_submission_penalty",
                       "score"):
            assert ours[student][column] == row[column], (student, column)
        # The documented 23.0 is stale: stock nbgrader 0.9 exports 13.0 for this very
        # course (problem1 10 + problem2 3 points), and so do we.
        assert float(ours[student]["max_score"]) == 13.0
    from nbgrader.api import Gradebook
    with Gradebook(f"sqlite:///{docs_course / 'gradebook.db'}") as gb:
        problem1 = gb.find_submission_notebook("problem1", "ps1", "hacker")
        # pending points from the gradebook: markdown, code and task cells (1 + 2 + 4)
        assert sum(g.max_score for g in problem1.grades if g.needs_manual_grade) == 7
        assert [nb.name for nb in gb.find_submission("ps1", "hacker").notebooks] == \
            ["problem1", "problem2"]
    outcomes = {r["student"]: r for r in csv.DictReader(
        (docs_course / "reports" / "outcomes.csv").open())}
    assert outcomes["hacker"]["manual_pending"] == "10"          # problem1 7 + problem2 3
    for student in ("bitdiddle", "hacker"):
        graded = docs_course / "autograded" / student / "ps1"
        assert {"problem1.ipynb", "problem2.ipynb", "jupyter.png", "timestamp.txt"} <= \
            {p.name for p in graded.iterdir()}


def _course_with(root: Path, notebooks: dict[str, nbformat.NotebookNode],
                 files: dict[str, bytes] = {}, config: str = "") -> Path:
    """A bare nbgrader course (no syllabus) with source/ps1/<name> for each notebook."""
    (root / "source" / "ps1").mkdir(parents=True)
    (root / "nbgrader_config.py").write_text("c = get_config()\n" + config)
    for name, nb in notebooks.items():
        nbformat.write(nb, root / "source" / "ps1" / name)
    for name, data in files.items():
        (root / "source" / "ps1" / name).write_bytes(data)
    return root


def _submit(submissions: Path, student: str, course: Path, names: list[str],
            timestamp: str | None = None) -> None:
    folder = submissions / student / "ps1"
    folder.mkdir(parents=True)
    for name in names:
        shutil.copy(course / "release" / "ps1" / name, folder / name)
    if timestamp:
        (folder / "timestamp.txt").write_text(timestamp)


def test_a_file_released_beside_the_notebook_is_there_when_it_runs(tmp_path):
    """nbgrader's own fixture open_relative_file.ipynb reads data.txt: 10/10 under stock
    nbgrader; it scored 0/10 when the sandbox got only the notebook."""
    nb = nbformat.read(FILES / "open_relative_file.ipynb", as_version=4)
    root = _course_with(tmp_path / "course", {"p1.ipynb": nb},
                        {"data.txt": (FILES / "data.txt").read_bytes()})
    _stock(["generate_assignment", "ps1"], root)
    _submit(tmp_path / "in", "alice", root, ["p1.ipynb"])
    outcomes = grade(Course.at(root), Course.at(root).assignments(["ps1"]), tmp_path / "in",
                     workers=1, limits=LIMITS, feedback=False).outcomes
    assert [(o.status, o.score, o.max_score) for o in outcomes] == [("graded", 10.0, 10.0)]
    assert (root / "autograded" / "alice" / "ps1" / "data.txt").read_bytes() == \
        (FILES / "data.txt").read_bytes()


def test_a_stock_release_is_kept_and_timestamps_outside_the_course_are_recorded(tmp_path):
    nb = nbformat.read(FILES / "submitted-unchanged.ipynb", as_version=4)
    root = _course_with(tmp_path / "course", {"p1.ipynb": nb},
                        config="c.LateSubmissionPlugin.penalty_method = 'zero'\n")
    _stock(["db", "assignment", "add", "ps1", "--duedate", "2015-02-02 14:58:23 UTC"], root)
    _stock(["generate_assignment", "ps1"], root)
    released = root / "release" / "ps1" / "p1.ipynb"
    before = released.stat().st_mtime_ns
    outside = tmp_path / "elsewhere"
    _submit(outside, "early", root, ["p1.ipynb"], "2015-02-01 10:00:00 UTC")
    _submit(outside, "late", root, ["p1.ipynb"], "2015-02-03 10:00:00 UTC")
    course = Course.at(root)
    grade(course, course.assignments(["ps1"]), outside, workers=1, limits=LIMITS,
          feedback=False)
    assert released.stat().st_mtime_ns == before        # not regenerated: no stamp needed
    assert not (root / ".curriculum-released.json").exists()
    from nbgrader.api import Gradebook
    with Gradebook(course.db_url) as gb:
        early, late = gb.find_submission("ps1", "early"), gb.find_submission("ps1", "late")
        assert early.total_seconds_late == 0 and late.total_seconds_late > 0
        # the unchanged manually graded code and markdown answers: 0, no review (nbgrader)
        notebook = gb.find_submission_notebook("p1", "ps1", "early")
        assert not notebook.needs_manual_grade and notebook.score == 1
        late_nb = gb.find_submission_notebook("p1", "ps1", "late")
        assert late_nb.late_submission_penalty == late_nb.score       # 'zero' method
    for kind in ("submitted", "autograded"):
        assert (root / kind / "late" / "ps1" / "timestamp.txt").read_text() == \
            "2015-02-03 10:00:00 UTC"


def _notebook(source: str, kernelspec: dict | None = None) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    if kernelspec:
        nb.metadata.kernelspec = kernelspec
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata.nbgrader = {"grade": True, "grade_id": "t1", "locked": True, "points": 1,
                              "schema_version": 3, "solution": False}
    nb.cells = [cell]
    return nb


def test_a_non_python_kernel_or_a_missing_library_is_a_clear_error_per_submission(tmp_path):
    root = _course_with(tmp_path / "course", {
        "in_r.ipynb": _notebook("stopifnot(TRUE)", {"name": "ir", "language": "R",
                                                    "display_name": "R"}),
        "needs_lib.ipynb": _notebook("import not_installed_anywhere_xyz\nassert True"),
        "fine.ipynb": _notebook("assert 1 + 1 == 2")})
    _stock(["generate_assignment", "ps1"], root)
    _submit(tmp_path / "in", "alice", root, ["in_r.ipynb", "needs_lib.ipynb", "fine.ipynb"])
    done = _curriculum(["grade", "ps1", "--submissions", str(tmp_path / "in"),
                        "--workers", "1", "--no-feedback"], root)
    assert done.returncode == 1                       # as nbgrader: a submission failed
    course = Course.at(root)
    by_notebook = {o.notebook: o for o in grade(
        course, course.assignments(["ps1"]), tmp_path / "in", workers=1, limits=LIMITS,
        feedback=False).outcomes}
    assert (by_notebook["fine"].status, by_notebook["fine"].score) == ("graded", 1.0)
    r, lib = by_notebook["in_r"], by_notebook["needs_lib"]
    assert r.status == lib.status == "failed"
    assert "'ir' kernel" in r.reason and "nbgrader autograde" in r.reason
    assert "not_installed_anywhere_xyz" in lib.reason and "pip install" in lib.reason


def test_assignment_ids_and_roots_follow_nbgrader(tmp_path):
    root = _course_with(tmp_path / "course", {"p1.ipynb": _notebook("assert True")})
    # any id nbgrader accepts; unknown ids get "did you mean"
    done = _curriculum(["grade", "ps2", "--no-feedback"], root)
    assert done.returncode == 1 and "Did you mean 'ps1'" in done.stderr
    # the root named by c.CourseDirectory.root in the current directory's config
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    (elsewhere / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.CourseDirectory.root = r'{root}'\n")
    old = Path.cwd()
    os.chdir(elsewhere)
    try:
        assert Course.at().root == root.resolve()
    finally:
        os.chdir(old)
