"""End to end: `curriculum demo` on a copy of the course grades the synthetic cohort, and every
learner's recorded score equals an independent re-scoring of the same notebook."""

import csv
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from curriculum.commands import DEMO_CELL_TIMEOUT_S, demo_command
from curriculum.course import Course
from curriculum.engine.sandbox import bubblewrap_works
from curriculum.execute import execute_notebook
from curriculum.notebooks import (exercises, hidden_test_lines, max_autograded_points,
                                  read_notebook, with_source_cells)
from curriculum.scoring import score_notebook
from curriculum.syllabus import load_syllabus

REPO = Course.at().root
# Stage 1 is graded end to end here; `make demo` grades every ready assignment the same way.
ready = [a for a in load_syllabus().ready if a.stage == "s1"]


def _reference_score(args):
    notebook_path, source_path = args
    submitted, source = read_notebook(notebook_path), read_notebook(source_path)
    run = execute_notebook(with_source_cells(submitted, source),
                           assignment_dir=Path(source_path).parent,
                           cell_timeout=DEMO_CELL_TIMEOUT_S)
    return score_notebook(run.notebook).total


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("course")
    shutil.copy2(REPO / "nbgrader_config.py", root)
    for folder in ("source", "release", "tests/mutants"):
        shutil.copytree(REPO / folder, root / folder)
    outcomes = demo_command(tuple(a.id for a in ready), course_root=root)
    return root, {(o.student, o.assignment): o for o in outcomes}


def test_every_learner_and_assignment_is_recorded(demo):
    root, outcomes = demo
    assert len(outcomes) == 12 * len(ready)
    with open(root / "reports" / "grades.csv") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 12 * len(ready)
    by_key = {(r["student_id"], r["assignment"]): float(r["score"]) for r in rows}
    for key, outcome in outcomes.items():
        assert by_key[key] == outcome.score, key
    html = (root / "reports" / "report.html").read_text()
    for student, _ in outcomes:
        assert student in html
    assert html.count("data:image/png;base64") == 3
    assert "bubblewrap" in html or not bubblewrap_works()


def _hidden_lines(source_nb) -> set[str]:
    return {line for line in hidden_test_lines(source_nb) if len(line) >= 12}


def test_feedback_never_shows_a_hidden_test_line(demo):
    """Every line of every hidden test is searched for in every feedback file (nbgrader's
    ClearHiddenTests leaves them in tracebacks, #1363)."""
    import html as html_module
    root, outcomes = demo
    files = 0
    for assignment in ready:
        hidden = _hidden_lines(read_notebook(root / "source" / assignment.id /
                                             f"{assignment.id}.ipynb"))
        assert hidden, assignment.id
        for path in (root / "feedback").glob(f"*/{assignment.id}/*.html"):
            text = html_module.unescape(path.read_text())
            leaked = [line for line in hidden if line in text]
            assert not leaked, (path, leaked[:3])
            files += 1
    graded = sum(o.status == "graded" for o in outcomes.values())
    assert files == graded


@pytest.mark.parametrize("assignment", ready, ids=lambda a: a.id)
def test_scripted_cases(demo, assignment):
    root, outcomes = demo
    aid = assignment.id
    source = read_notebook(root / "source" / aid / f"{aid}.ipynb")
    full = max_autograded_points(source)
    ids = [e.solution_id for e in exercises(source)]
    o = {name: outcomes[(name, aid)] for name in (
        "ada", "grace", "margaret", "frances", "radia", "ken", "linus", "john", "donald",
        "alan", "edsger", "barbara")}
    for name in ("ada", "grace"):
        assert (o[name].status, o[name].score, o[name].reasons) == ("graded", full, [])
        assert o[name].warnings == [], o[name].warnings
        assert (root / "feedback" / name / aid / f"{aid}.html").exists()
    assert o["margaret"].score == 0 and all("NotImplementedError" in r
                                            for r in o["margaret"].reasons)
    assert (o["frances"].status, o["frances"].score) == ("missing", 0)
    assert o["frances"].reasons == [f"no {aid}.ipynb submitted"]
    assert (o["radia"].status, o["radia"].score) == ("malformed", 0)
    assert "cannot be read (not JSON" in o["radia"].reasons[0]
    assert f"{ids[0]}: RuntimeError: I broke my notebook" in o["ken"].reasons
    assert o["ken"].score < full
    assert f"{ids[1]}: timed out (the per-cell limit is {DEMO_CELL_TIMEOUT_S} s)" \
        in o["linus"].reasons
    assert o["linus"].score < full
    # the instructor's test cells are run whatever the learner did to them, and it is reported
    assert o["john"].score == o["donald"].score < full
    assert o["john"].review and all("was edited" in r for r in o["john"].review)
    for name in ("ada", "grace", "margaret", "ken", "linus", "donald", "alan", "edsger",
                 "barbara"):
        assert o[name].review == [], (name, o[name].review)
    for name in ("alan", "edsger", "barbara"):
        assert 0 < o[name].score < full or (name == "barbara" and o[name].score < full), name


def test_scores_match_an_independent_rescoring(demo):
    root, outcomes = demo
    jobs, keys = [], []
    for (student, aid), outcome in sorted(outcomes.items()):
        if outcome.status == "graded":
            keys.append((student, aid))
            jobs.append((root / "demo-cohort" / student / aid / f"{aid}.ipynb",
                         root / "source" / aid / f"{aid}.ipynb"))
    with ProcessPoolExecutor(2) as pool:
        expected = dict(zip(keys, pool.map(_reference_score, jobs)))
    mismatches = {k: (outcomes[k].score, v) for k, v in expected.items()
                  if outcomes[k].score != v}
    assert not mismatches
