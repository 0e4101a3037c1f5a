"""The grading engine as a whole: parallel = serial = Dask, no state leaks between submissions
graded by one worker, resume after `kill -9`, the run lock and the gradebook backups.
(Hostile submissions one by one: test_engine_adversarial.py.)"""

import fcntl
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from curriculum.build import generate_release
from curriculum.course import Course
from curriculum.engine.gradebook import RECORD
from curriculum.engine.run import grade
from curriculum.engine.sandbox import Limits, bubblewrap_works
from curriculum.errors import CurriculumError
from curriculum.syllabus import load_syllabus
from tests.fixtures.tiny_course import TINY_ID

LIMITS = Limits(cell_s=5, notebook_s=30)
ADD = "def add(a, b):\n    return a + b\n"
MEAN = ("def mean(xs):\n    if not xs:\n        raise ValueError('empty')\n"
        "    return sum(xs) / len(xs)\n")


def _course(tiny_course: Path):
    course = Course.at(tiny_course)
    assignments = load_syllabus(course.syllabus_path).select(())
    generate_release(course, assignments[0])
    return course, assignments


def _submit(course, submissions: Path, student: str, answers: dict[str, str],
            extra_cells: list[str] = ()) -> None:
    nb = json.loads(course.release_notebook(TINY_ID).read_text())
    for cell in nb["cells"]:
        gid = cell["metadata"].get("nbgrader", {}).get("grade_id")
        if gid in answers:
            cell["source"] = answers[gid]
    for source in extra_cells:
        nb["cells"].insert(2, {"cell_type": "code", "execution_count": None, "metadata": {},
                               "outputs": [], "source": source})
    folder = submissions / student / TINY_ID
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{TINY_ID}.ipynb").write_text(json.dumps(nb))


def _cohort(course, submissions: Path) -> None:
    _submit(course, submissions, "full", {"q1_add": ADD, "q2_mean": MEAN})
    _submit(course, submissions, "half", {"q1_add": ADD})
    _submit(course, submissions, "wrong", {"q1_add": "def add(a, b):\n    return a - b\n",
                                           "q2_mean": MEAN.replace("len(xs)", "(len(xs) + 1)")})
    _submit(course, submissions, "blank", {})
    _submit(course, submissions, "slow", {"q1_add": "import time\ntime.sleep(1.5)\n" + ADD,
                                          "q2_mean": MEAN})


def _summary(outcomes):
    return {(o.student, o.assignment): (o.status, o.score, o.max_score, tuple(o.reasons),
                                        tuple(o.review)) for o in outcomes}


@pytest.fixture
def graded_cohort(tiny_course, tmp_path):
    course, assignments = _course(tiny_course)
    submissions = tmp_path / "submissions"
    _cohort(course, submissions)
    return course, assignments, submissions


def test_parallel_serial_and_dask_give_identical_grades(graded_cohort):
    from distributed import LocalCluster

    course, assignments, submissions = graded_cohort
    serial = grade(course, assignments, submissions, workers=1, limits=LIMITS, force=True,
                   feedback=False)
    parallel = grade(course, assignments, submissions, workers=2, limits=LIMITS, force=True)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        on_dask = grade(course, assignments, submissions, scheduler=cluster.scheduler_address,
                        limits=LIMITS, force=True, feedback=False)
    assert "Dask" in on_dask.backend and "local pool" in parallel.backend
    assert _summary(serial.outcomes) == _summary(parallel.outcomes) == _summary(on_dask.outcomes)
    scores = {o.student: o.score for o in parallel.outcomes}
    assert scores == {"full": 4, "half": 2, "wrong": 0, "blank": 0, "slow": 4}


POLLUTE = """
import builtins, math, os, subprocess, sys, numpy as np
math.pi = 3.0
builtins.LEAKED = True
np.LEAKED = True
os.environ["LEAKED"] = "1"
sys.path.append("/leaked")
open("/tmp/leaked", "w").write("x")
open("leaked-here", "w").write("x")
subprocess.Popen(["sleep", "987321"], start_new_session=True)
"""

CHECK = """
def add(a, b):
    import builtins, glob, math, os, sys, numpy as np
    leaks = [math.pi != 3.141592653589793, hasattr(builtins, "LEAKED"), hasattr(np, "LEAKED"),
             "LEAKED" in os.environ, "/leaked" in sys.path, os.path.exists("/tmp/leaked"),
             os.path.exists("leaked-here"),
             any(b"987321" in open(p, "rb").read() for p in glob.glob("/proc/[0-9]*/cmdline"))]
    return a + b if not any(leaks) else a - b
"""


@pytest.mark.skipif(not bubblewrap_works(), reason="needs bubblewrap: without it /tmp is the "
                    "host's, shared by design (the report says the sandbox was off)")
def test_no_state_leaks_between_submissions_graded_by_one_worker(tiny_course, tmp_path):
    """One worker grades `a-polluter` then `b-checker` (sorted order): the checker's answer is
    right only if nothing the polluter did is visible to it."""
    course, assignments = _course(tiny_course)
    submissions = tmp_path / "submissions"
    _submit(course, submissions, "a-polluter", {"q1_add": POLLUTE + ADD, "q2_mean": MEAN})
    _submit(course, submissions, "b-checker", {"q1_add": CHECK, "q2_mean": MEAN})
    result = grade(course, assignments, submissions, workers=1, limits=LIMITS, feedback=False)
    scores = {o.student: (o.score, o.reasons) for o in result.outcomes}
    assert scores == {"a-polluter": (4, []), "b-checker": (4, [])}


def test_a_rerun_keeps_unchanged_grades_and_force_regrades(graded_cohort):
    course, assignments, submissions = graded_cohort
    first = grade(course, assignments, submissions, workers=2, limits=LIMITS, feedback=False)
    again = grade(course, assignments, submissions, workers=2, limits=LIMITS, feedback=False)
    assert not any(o.reused for o in first.outcomes)
    assert all(o.reused for o in again.outcomes)
    assert _summary(first.outcomes) == _summary(again.outcomes)
    forced = grade(course, assignments, submissions, workers=2, limits=LIMITS, force=True,
                   feedback=False)
    assert not any(o.reused for o in forced.outcomes)
    assert _summary(forced.outcomes) == _summary(first.outcomes)


def _gradebook_scores(course) -> dict:
    from nbgrader.api import Gradebook
    with Gradebook(course.db_url) as gb:
        subs = [s for a in gb.assignments for s in a.submissions]
        return {(s.student.id, s.assignment.name): s.score for s in subs}


def test_a_submission_is_set_up_while_its_notebook_runs_and_a_lost_worker_leaves_no_grade(
        graded_cohort, monkeypatch):
    """While the grader waits for results it writes what does not depend on them (the
    submitted copy, the gradebook's submission, as nbgrader's autograde creates it before it
    runs a notebook); a notebook whose worker is lost is reported and left with no grade
    (not a half-made submission), and every other notebook is still graded."""
    from curriculum.engine import run as run_module

    course, assignments, submissions = graded_cohort
    grade(course, assignments, submissions, workers=2, limits=LIMITS, force=True,
          feedback=False)
    assert ("wrong", TINY_ID) in _gradebook_scores(course)
    original, seen = run_module.execute, {}

    def copy(student: str) -> Path:
        return course.root / "submitted" / student / TINY_ID / f"{TINY_ID}.ipynb"

    stale = {s: copy(s).stat().st_mtime_ns for s in ("blank", "full", "half", "slow", "wrong")}

    def execute(job):
        if job.get("warm"):
            return original(job)
        student = job["student"]
        deadline = time.monotonic() + 20            # the grader has nothing else to do
        while time.monotonic() < deadline and copy(student).stat().st_mtime_ns == \
                stale[student]:
            time.sleep(0.01)
        seen[student] = copy(student).stat().st_mtime_ns != stale[student]
        if job["student"] == "wrong":
            raise ConnectionError("the worker went away")
        return original(job)

    monkeypatch.setattr(run_module, "execute", execute)
    result = grade(course, assignments, submissions, workers=1, limits=LIMITS, force=True,
                   feedback=False)
    assert seen == {s: True for s in ("blank", "full", "half", "slow", "wrong")}
    by_student = {o.student: o for o in result.outcomes}
    assert by_student["wrong"].status == "failed"
    assert "the grading worker failed (ConnectionError)" in by_student["wrong"].reasons
    assert {s: o.score for s, o in by_student.items() if s != "wrong"} == \
        {"full": 4, "half": 2, "blank": 0, "slow": 4}
    assert ("wrong", TINY_ID) not in _gradebook_scores(course)
    assert not (course.root / "autograded" / "wrong").exists() or \
        not any((course.root / "autograded" / "wrong").rglob("*.ipynb"))


def test_kill_9_then_rerun_loses_and_duplicates_nothing(graded_cohort, tmp_path):
    course, assignments, submissions = graded_cohort
    for n in range(6):   # slow learners, so the kill lands mid-run
        _submit(course, submissions, f"zz{n}", {"q1_add": "import time\ntime.sleep(2)\n" + ADD})
    cli = [str(Path(sys.executable).parent / "curriculum"), "grade", TINY_ID,
           "--submissions", str(submissions), "--course", str(course.root),
           "--workers", "1", "--no-feedback", "--cell-timeout", "5", "--notebook-timeout", "30"]
    proc = subprocess.Popen(cli, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 120
    while not list((course.root / "autograded").glob(f"*/{TINY_ID}/{RECORD}")):
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = len(list((course.root / "autograded").glob(f"*/{TINY_ID}/{RECORD}")))
    assert 1 <= done_before < 11
    resumed = grade(course, assignments, submissions, workers=2, limits=LIMITS,
                    feedback=False)
    assert len(resumed.outcomes) == 11
    assert sum(o.reused for o in resumed.outcomes) >= done_before
    clean = grade(course, assignments, submissions, workers=2, limits=LIMITS, force=True,
                  feedback=False)
    assert _summary(resumed.outcomes) == _summary(clean.outcomes)
    recorded = _gradebook_scores(course)
    assert len(recorded) == 11
    assert recorded == {(o.student, o.assignment): o.score for o in clean.outcomes}


def test_a_second_run_on_the_same_course_is_refused_while_one_runs(graded_cohort):
    course, assignments, submissions = graded_cohort
    with open(course.root / ".grading.lock", "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(CurriculumError, match="another `curriculum grade` is running"):
            grade(course, assignments, submissions, limits=LIMITS, feedback=False)


def test_the_gradebook_is_backed_up_and_never_silently_recreated(graded_cohort):
    course, assignments, submissions = graded_cohort
    grade(course, assignments, submissions, limits=LIMITS, feedback=False)
    second = grade(course, assignments, submissions, limits=LIMITS, feedback=False)
    assert second.backup is not None and second.backup.exists()
    course.db_path.unlink()
    with pytest.raises(CurriculumError, match="missing but [0-9]+ backup"):
        grade(course, assignments, submissions, limits=LIMITS, feedback=False)


def test_stock_nbgrader_still_reads_and_autogrades_the_course(graded_cohort, tmp_path):
    """Compatibility: nbgrader's export reads our gradebook, and stock `nbgrader autograde`
    still grades the submitted copies we keep."""
    course, assignments, submissions = graded_cohort
    ours = grade(course, assignments, submissions, limits=LIMITS, feedback=False)
    api = course.nbgrader_api()
    result = api.autograde(TINY_ID, "full", force=True, create=True)
    assert result["success"], result.get("log")
    assert _gradebook_scores(course)[("full", TINY_ID)] == 4
    assert {o.student: o.score for o in ours.outcomes}["full"] == 4


def test_feedback_scrubs_hidden_test_source_printed_by_learner_code(tiny_course, tmp_path):
    """Learner code cannot read the hidden tests' source: test cells never enter IPython's
    `In`, and the call stack that leads to the test's code is refused. A hidden line the
    learner prints anyway (guessed, or known from a friend's feedback) is still scrubbed
    from the feedback."""
    from curriculum.notebooks import hidden_test_lines, read_notebook

    course, assignments = _course(tiny_course)
    submissions = tmp_path / "submissions"
    spy = ("def mean(xs):\n    import inspect\n    print('\\n'.join(get_ipython().user_ns['In']))\n"
           "    try:\n        print(''.join(inspect.stack()[1].code_context or []))\n"
           "    except PermissionError as exc:\n        print('refused:', exc)\n"
           "    print('expect_close(mean([2.0, 4.0, 9.0]), 5.0, ' + '\"mean([2, 4, 9])\")')\n"
           "    raise AssertionError('spy')\n")
    _submit(course, submissions, "spy", {"q1_add": ADD, "q2_mean": spy})
    result = grade(course, assignments, submissions, workers=1, limits=LIMITS)
    [outcome] = result.outcomes
    assert outcome.score == 2
    assert any("the call stack" in line for line in outcome.review), outcome.review
    html = (course.root / "feedback" / "spy" / TINY_ID / f"{TINY_ID}.html").read_text()
    import html as html_module
    text = html_module.unescape(html)
    hidden = hidden_test_lines(read_notebook(course.source_notebook(TINY_ID)))
    assert "random.randint(-99, 99)" in "\n".join(hidden)
    assert "refused: reaching for the call stack" in text
    assert [line for line in hidden if len(line) >= 8 and line in text] == []
    assert "[hidden test line removed]" in text


def test_without_bubblewrap_grading_still_runs_and_says_so(graded_cohort):
    """The fallback is loud: the same grades, and the protections name what was missing."""
    import tempfile
    course, assignments, submissions = graded_cohort
    bystander = Path(tempfile.mkstemp(prefix="not-the-graders-")[1])
    result = grade(course, assignments, submissions, workers=2, limits=LIMITS, force=True,
                   feedback=False, bubblewrap=False)
    assert bystander.exists()     # only a sandbox's private /tmp is emptied between jobs
    bystander.unlink()
    assert result.protections["sandbox"].startswith("NONE")
    scores = {o.student: o.score for o in result.outcomes}
    assert scores == {"full": 4, "half": 2, "wrong": 0, "blank": 0, "slow": 4}
