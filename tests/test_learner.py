"""Learner-facing helpers: tiered hints, Run All tags, failure presentation, the lab's
profiles, progress, `curriculum check` without an id and its square brackets."""

from __future__ import annotations

import json
import sqlite3

import nbformat
import pytest
from click.testing import CliRunner

from curriculum.build import generate_release
from curriculum.cli import main
from curriculum.course import Course
from curriculum.learner import hints, lab, state
from curriculum.learner.progress import collect
from curriculum.learner.release import RUN_ALL_TAG
from curriculum.notebooks import grade_id, is_autograded_test, is_solution, read_notebook
from curriculum.syllabus import load_syllabus
from tests.fixtures.tiny_course import TINY_ID

TIERS = ("**Hint 1 (nudge):** think about the count, xs[i] and D[i, j].\n\n"
         "**Hint 2 (approach):** sum, then divide by len(xs).\n\n"
         "**Hint 3 (near-solution):** `return sum(xs) / len(xs)` after the empty check.")


@pytest.fixture
def home(tmp_path, monkeypatch):
    folder = tmp_path / "home"
    monkeypatch.setenv("CURRICULUM_HOME", str(folder))
    return folder


@pytest.fixture
def tiered_course(tiny_course):
    """The tiny course with three hint tiers in Exercise 2's statement, released."""
    course = Course.at(tiny_course)
    path = course.source_notebook(TINY_ID)
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown" and "**Hint:**" in cell.source:
            cell.source = cell.source.split("**Hint:**")[0] + TIERS
    nbformat.write(nb, path)
    generate_release(course, load_syllabus(course.syllabus_path).get(TINY_ID))
    return course


def test_release_keeps_tier_one_moves_the_others_and_tags_for_run_all(tiered_course):
    nb = read_notebook(tiered_course.release_notebook(TINY_ID))
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "**Hint 1 (nudge):** think about the count, xs[i] and D[i, j]." in text
    assert "sum, then divide" not in text and "return sum(xs)" not in text
    assert f'curriculum hint {TINY_ID} q2_mean' in text and 'hint("q2_mean")' in text
    saved = json.loads((tiered_course.release_notebook(TINY_ID).parent / "hints.json").read_text())
    assert saved["exercises"]["q2_mean"][1] == "sum, then divide by len(xs)."
    for cell in nb.cells:
        tagged = RUN_ALL_TAG in cell.metadata.get("tags", [])
        wanted = cell.cell_type == "code" and (is_solution(cell) or is_autograded_test(cell))
        assert tagged == wanted, grade_id(cell)
    # the first tier is what check and feedback show on failure
    from curriculum.check import _hints
    assert _hints(nb)["q2_mean"] == "think about the count, xs[i] and D[i, j]."


def test_reveal_one_tier_per_request_and_record_it(tiered_course, home, capsys):
    runner = CliRunner()
    args = ["hint", TINY_ID, "q2_mean", "--course", str(tiered_course.root)]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "sum, then divide" in first.output and "return sum" not in first.output
    second = runner.invoke(main, args)
    assert "return sum(xs) / len(xs)" in second.output
    assert state.load()["hints"][TINY_ID] == {"q2_mean": 3}
    assert hints.used(TINY_ID) == 2
    again = runner.invoke(main, args)          # nothing more to reveal: stays at the last tier
    assert "last hint" in again.output and hints.used(TINY_ID) == 2
    unknown = runner.invoke(main, ["hint", TINY_ID, "q9_nope", "--course",
                                   str(tiered_course.root)])
    assert unknown.exit_code == 1 and "q2_mean" in unknown.output


def test_hint_in_a_notebook_reads_the_released_file(tiered_course, home, capsys, monkeypatch):
    monkeypatch.chdir(tiered_course.release_notebook(TINY_ID).parent)
    hints.hint("q2_mean")
    assert "sum, then divide" in capsys.readouterr().out
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")   # grading never records
    hints.hint("q2_mean")
    assert state.load()["hints"][TINY_ID]["q2_mean"] == 2


def test_every_stage_1_to_3_exercise_has_three_tiers_and_a_pass_line():
    course = Course.at()
    for a in load_syllabus().ready:
        if not a.id.startswith(("s1-", "s2-", "s3-")):
            continue
        nb = read_notebook(course.source_notebook(a.id))
        found = hints.exercise_hints(nb)
        solutions = [grade_id(c) for c in nb.cells
                     if c.cell_type == "code" and is_solution(c) and not is_autograded_test(c)]
        assert {k: sorted(v) for k, v in found.items()} == {s: [1, 2, 3] for s in solutions}, a.id
        for cell in nb.cells:
            if is_autograded_test(cell):
                last = cell.source.split("### BEGIN HIDDEN TESTS")[0].rstrip().splitlines()[-1]
                assert last.startswith("print(") and "passed" in last, grade_id(cell)


def test_a_failed_check_renders_from_the_learners_cell_not_the_checks():
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    shown = []
    shell._showtraceback = lambda etype, evalue, stb: shown.append((etype.__name__, stb,
                                                                    evalue))
    shell.run_cell("from curriculum.checks import expect_close\n"
                   "expect_close([1.0, 2.0], [1.0, 3.0], what='f(x)', hint='D[i, j] is squared')")
    name, stb, evalue = shown[-1]
    text = "\n".join(stb)
    assert name == "AssertionError", evalue
    assert "f(x): does not match the reference" in text and "D[i, j]" in text
    assert "checks.py" not in text and "_fail" not in text
    assert "expect_close" in text          # the learner's own line is still shown


def test_check_keeps_square_brackets_in_messages_and_hints(tiered_course, home, tmp_path):
    nb = nbformat.read(tiered_course.release_notebook(TINY_ID), as_version=4)
    for cell in nb.cells:
        if grade_id(cell) == "q2_mean":
            cell.source = "def mean(xs):\n    return [xs][0][0]"
    mine = tmp_path / "mine.ipynb"
    nbformat.write(nb, mine)
    result = CliRunner().invoke(main, ["check", TINY_ID, "--notebook", str(mine), "--course",
                                       str(tiered_course.root)])
    assert result.exit_code == 0, result.output
    assert "failing" in result.output and "mean([1, 3])" in result.output
    # rich would read [i] as italics and drop it, and [i, j] with it
    assert "xs[i] and D[i, j]" in " ".join(result.output.split())


def test_check_without_an_id_checks_the_notebooks_worked_on(tiered_course, home):
    path = tiered_course.release_notebook(TINY_ID)
    result = CliRunner().invoke(main, ["check", "--course", str(tiered_course.root)])
    assert result.exit_code == 0, result.output     # nothing worked on: all of them
    assert TINY_ID in result.output and "not attempted" in result.output
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if grade_id(cell) == "q1_add":
            cell.source = "def add(a, b):\n    return a + b"
    nbformat.write(nb, path)
    result = CliRunner().invoke(main, ["check", "--course", str(tiered_course.root)])
    assert "1 of 2 exercises pass" in result.output


def test_progress_reads_saved_outputs_hints_and_self_grades(tiered_course, home):
    path = tiered_course.release_notebook(TINY_ID)
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if grade_id(cell) == "q1_add":
            cell.source = "def add(a, b):\n    return a + b"
        if grade_id(cell) == "q1_add_tests":
            cell.execution_count = 3
            cell.outputs = [nbformat.v4.new_output("stream", text="Visible checks passed.\n")]
        if grade_id(cell) == "q2_mean":
            cell.source = "def mean(xs):\n    return 0"
        if grade_id(cell) == "q2_mean_tests":
            cell.execution_count = 4
            cell.outputs = [nbformat.v4.new_output("error", ename="AssertionError",
                                                   evalue="mean: wrong", traceback=[])]
    nbformat.write(nb, path)
    hints.reveal(hints.load_hints(path.parent), "q2_mean")
    learner = state.load()
    learner["self_grades"][TINY_ID] = {"score": 2.0, "max_score": 4.0, "when": "now"}
    state.save(learner)
    (row,) = collect(tiered_course)
    assert (row.exercises, row.passing, row.failing, row.hints_used) == (2, 1, 1, 1)
    result = CliRunner().invoke(main, ["progress", "--course", str(tiered_course.root)])
    assert result.exit_code == 0, result.output
    assert "1/2" in result.output and "2/4" in result.output
    assert (home / "progress.png").stat().st_size > 1000


def test_lab_profiles_hide_instructor_tools_from_learners(tmp_path, home):
    learner = lab.write_profile("learner", tmp_path)
    page = json.loads((learner / "labconfig" / "page_config.json").read_text())
    assert page["disabledExtensions"]["@jupyter/nbgrader:formgrader"] is True
    assert page["disabledExtensions"]["@jupyter/nbgrader:create-assignment"] is True
    assert page["disabledExtensions"]["@jupyter/nbgrader:validate-assignment"] is False
    server = json.loads((learner / "jupyter_server_config.json").read_text())
    assert server["ServerApp"]["jpserver_extensions"] == {
        "nbgrader.server_extensions.formgrader": False,
        "nbgrader.server_extensions.validate_assignment": True,
        "nbgrader.server_extensions.assignment_list": False,
        "nbgrader.server_extensions.course_list": False}
    instructor = lab.write_profile("instructor", tmp_path)
    page = json.loads((instructor / "labconfig" / "page_config.json").read_text())
    assert page["disabledExtensions"]["@jupyter/nbgrader:formgrader"] is False
    assert str(tmp_path / ".exchange") in (instructor / "nbgrader_config.py").read_text()
    argv, env = lab.lab_command_line("learner", Course.at(tmp_path), open_browser=False)
    assert env["JUPYTER_CONFIG_DIR"] == str(learner)
    assert env["PATH"].split(":")[0].endswith("/bin") and "--no-browser" in argv


def test_a_half_made_gradebook_is_set_aside_and_made_whole(tiny_course, monkeypatch):
    course = Course.at(tiny_course)
    with sqlite3.connect(course.db_path) as con:   # what a formgrader without alembic left
        con.execute("CREATE TABLE assignment (id VARCHAR(32) PRIMARY KEY)")
        con.execute("CREATE TABLE student (id VARCHAR(128) PRIMARY KEY)")
    assert lab.half_made_gradebook(course.db_path)
    monkeypatch.setenv("PATH", "/usr/bin:/bin")       # no venv on PATH: the lab adds it
    lab.ensure_gradebook(course)
    assert not lab.half_made_gradebook(course.db_path)
    assert list(tiny_course.glob("gradebook.db.half-made-*"))


def test_a_forbidden_operator_fails_the_visible_test(tmp_path):
    """s1-01's matmul must be built from its definition: `@` shows in the visible test."""
    from curriculum.learner.check_loop import WarmChecker

    course = Course.at()
    aid = "s1-01-linear-algebra"
    nb = nbformat.read(course.release_notebook(aid), as_version=4)
    for cell in nb.cells:
        if grade_id(cell) == "q2_matmul":
            cell.source = ("def matmul(A, B):\n"
                           "    return np.asarray(A, dtype=float) @ np.asarray(B, dtype=float)")
    mine = tmp_path / f"{aid}.ipynb"
    nbformat.write(nb, mine)
    with WarmChecker([mine]) as checker:
        (status,) = checker.check(mine, course.release_notebook(aid).parent, only="q2_matmul")
    assert status.status == "failing"
    assert "matmul: uses @, which this exercise asks you to implement yourself" in status.message


def test_nbclient_runs_a_tagged_blank_release_to_the_end(tiered_course):
    """What Run All does: with errors not allowed, only the tag lets execution go on."""
    from nbclient import NotebookClient

    nb = read_notebook(tiered_course.release_notebook(TINY_ID))
    NotebookClient(nb, timeout=60, kernel_name="python3", allow_errors=False,
                   resources={"metadata": {"path": str(tiered_course.root)}}).execute()
    last = [c for c in nb.cells if c.cell_type == "code"][-1]
    assert "Complete Exercise 2 to see this." in last.outputs[0]["text"]
    assert sum(o.get("output_type") == "error" for c in nb.cells if c.cell_type == "code"
               for o in c.outputs) == 2


def test_stock_nbgrader_autograde_still_scores_tagged_notebooks(tiered_course):
    """nbgrader's own autograde on a release with raises-exception tags: a blank test cell
    scores 0, a right answer full marks."""
    from nbgrader.api import Gradebook

    nb = nbformat.read(tiered_course.release_notebook(TINY_ID), as_version=4)
    for cell in nb.cells:
        if grade_id(cell) == "q1_add":
            cell.source = "def add(a, b):\n    return a + b"
    folder = tiered_course.root / "submitted" / "ada" / TINY_ID
    folder.mkdir(parents=True)
    nbformat.write(nb, folder / f"{TINY_ID}.ipynb")
    result = tiered_course.nbgrader_api().autograde(TINY_ID, "ada", force=True, create=True)
    assert result["success"], result.get("error") or result.get("log")
    with Gradebook(tiered_course.db_url) as gb:
        grades = {g.name: g.score for g in gb.find_submission(TINY_ID, "ada")
                  .notebooks[0].grades}
    assert grades["q1_add_tests"] == 2 and grades["q2_mean_tests"] == 0


def test_self_grade_uses_the_hidden_tests_and_touches_no_gradebook(tiered_course, home,
                                                                  tmp_path):
    nb = nbformat.read(tiered_course.release_notebook(TINY_ID), as_version=4)
    for cell in nb.cells:
        if grade_id(cell) == "q1_add":
            cell.source = "def add(a, b):\n    return 3"     # passes the visible test only
        if grade_id(cell) == "q2_mean":
            cell.source = ("def mean(xs):\n    if not xs:\n        raise ValueError('empty')\n"
                           "    return sum(xs) / len(xs)")
    mine = tmp_path / "mine.ipynb"
    nbformat.write(nb, mine)
    before = tiered_course.db_path.stat().st_mtime
    result = CliRunner().invoke(main, ["grade", "--self", TINY_ID, "--notebook", str(mine),
                                       "--course", str(tiered_course.root)])
    assert result.exit_code == 0, result.output
    assert "2 / 4" in result.output and "add(a, b)" in result.output
    assert "random.randint" not in result.output          # no hidden test source
    assert state.load()["self_grades"][TINY_ID]["score"] == 2
    assert tiered_course.db_path.stat().st_mtime == before
    assert list((home / "self-grade" / TINY_ID).rglob("*.html"))
