"""`curriculum grade`: import submissions, autograde them with nbgrader, generate feedback.

Submissions are read from `DIR/<student>/<assignment>/<assignment>.ipynb` (nbgrader's
submitted layout) and copied into the course's `submitted/` folder. One bad submission (missing,
malformed, crashing, looping) is recorded with its reason and a zero, and grading goes on.
"""

from __future__ import annotations

import re
import shutil
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .course import Course
from .errors import CurriculumError
from .notebooks import (failing_output, grade_id, is_autograded_test, is_solution,
                        read_notebook)
from .syllabus import Assignment

# nbgrader's gradebook triggers SQLAlchemy "not in session" warnings on every re-grade;
# they say nothing to an instructor.
warnings.filterwarnings("ignore", message=r".*not in session.*")

STUDENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
TIMEOUT_ERRORS = {"CellTimeoutError", "KeyboardInterrupt", "TimeoutError"}


@dataclass
class Outcome:
    """What happened to one learner's submission of one assignment."""

    student: str
    assignment: str
    status: str                       # graded | missing | malformed | failed
    score: float = 0.0                # autograded points earned
    max_score: float = 0.0            # autograded points possible
    manual_pending: float = 0.0       # points that wait for a human (free-text answers)
    reasons: list[str] = field(default_factory=list)
    cells: dict[str, float] = field(default_factory=dict)   # test grade_id -> points earned
    seconds: float = 0.0

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


def roster(submissions: Path) -> list[str]:
    """Student ids: the sub-folders of the submissions folder, sorted."""
    if not submissions.is_dir():
        raise CurriculumError(f"{submissions}: submissions folder not found.")
    students = sorted(p.name for p in submissions.iterdir() if p.is_dir()
                      and not p.name.startswith("."))
    bad = [s for s in students if not STUDENT_ID.match(s)]
    if bad:
        raise CurriculumError(f"{submissions}: student folder names must match "
                              f"{STUDENT_ID.pattern}; rename {', '.join(bad)}.")
    if not students:
        raise CurriculumError(f"{submissions}: no student folders; expected "
                              "DIR/<student>/<assignment>/<assignment>.ipynb.")
    return students


def _copy_regular_files(src: Path, dest: Path) -> None:
    """Copy a submission folder, skipping symlinks and special files (a link could point at
    the instructor's source/)."""
    dest.mkdir(parents=True, exist_ok=True)
    for path in src.rglob("*"):
        if path.is_symlink() or not (path.is_file() or path.is_dir()):
            continue
        target = dest / path.relative_to(src)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)


def _describe_cell_error(cell) -> str | None:
    """One learner-safe line: the exception type and the first line of its message."""
    output = failing_output(cell)
    if output is None:
        return None
    if output.get("output_type") != "error":
        return "wrote to stderr"
    ename = output.get("ename", "Error")
    if ename in TIMEOUT_ERRORS:
        return "timed out (the cell was interrupted)"
    evalue = (output.get("evalue") or "").strip().splitlines()
    return f"{ename}: {evalue[0][:160]}" if evalue else ename


def _reasons_from_autograded(path: Path) -> list[str]:
    """Learner-safe failure reasons: each failing test cell's exception type and message."""
    try:
        nb = read_notebook(path)
    except CurriculumError:
        return ["autograded notebook missing"]
    reasons = []
    for cell in nb.cells:
        if is_autograded_test(cell) or (cell.cell_type == "code" and is_solution(cell)):
            problem = _describe_cell_error(cell)
            if problem:
                reasons.append(f"{grade_id(cell)}: {problem}")
    return reasons


def _last_log_line(result: dict) -> str:
    for text in (result.get("error"), result.get("log")):
        lines = [ln for ln in (text or "").strip().splitlines() if ln.strip()]
        errors = [ln for ln in lines if "ERROR" in ln or "Error" in ln]
        if errors:
            return errors[-1].strip()[:300]
    return "nbgrader reported a failure without details"


class Grader:
    """Grades submissions into one course's gradebook, sequentially, through nbgrader's API."""

    def __init__(self, course: Course, *, cell_timeout: int | None = None):
        self.course = course
        overrides = {"Execute": {"timeout": cell_timeout}} if cell_timeout else {}
        self.api = course.nbgrader_api(**overrides)
        self.db_url = self.api.coursedir.db_url

    def gradebook(self):
        from nbgrader.api import Gradebook
        return Gradebook(self.db_url)

    def prepare(self, assignments: list[Assignment], students: list[str]) -> None:
        """Put assignments (via generate_assignment) and the roster into the gradebook."""
        from .build import generate_release
        for assignment in assignments:
            generate_release(self.course, assignment)
        with self.gradebook() as gb:
            for student in students:
                gb.update_or_create_student(student)

    def _forget(self, assignment_id: str, student: str) -> None:
        """Drop an earlier grade, so a now-missing or broken submission scores 0, not stale."""
        from nbgrader.api import MissingEntry
        with self.gradebook() as gb, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SAWarning from nbgrader's remove_submission
            try:
                gb.remove_submission(assignment_id, student)
            except MissingEntry:
                pass
        for folder in ("submitted", "autograded", "feedback"):
            shutil.rmtree(self.course.root / folder / student / assignment_id, ignore_errors=True)

    def grade_one(self, assignment: Assignment, student: str, submissions: Path) -> Outcome:
        aid = assignment.id
        start = time.perf_counter()
        outcome = Outcome(student, aid, "graded")
        src_dir = submissions / student / aid
        notebook = src_dir / f"{aid}.ipynb"
        self._forget(aid, student)
        if not notebook.is_file() or notebook.is_symlink():
            outcome.status = "missing"
            outcome.reasons.append(f"no {aid}.ipynb submitted" if not notebook.is_symlink()
                                   else f"{aid}.ipynb is a symbolic link, not a file")
        else:
            try:
                read_notebook(notebook)
            except CurriculumError as exc:
                outcome.status = "malformed"
                outcome.reasons.append(str(exc).split(": ", 1)[-1])
        if outcome.status == "graded":
            _copy_regular_files(src_dir, self.course.root / "submitted" / student / aid)
            result = self.api.autograde(aid, student, force=True, create=True)
            if not result.get("success"):
                outcome.status = "failed"
                outcome.reasons.append(f"autograde failed: {_last_log_line(result)}")
                self._forget(aid, student)
            else:
                self._read_scores(outcome)
        if outcome.status != "graded":
            outcome.max_score = self._max_autograded(aid)
        outcome.seconds = time.perf_counter() - start
        return outcome

    def feedback(self, assignment: Assignment, outcomes: list[Outcome]) -> None:
        """Generate feedback for every graded learner of the assignment in one nbgrader call
        (one HTML exporter instead of one per learner)."""
        result = self.api.generate_feedback(assignment.id, force=True)
        feedback_root = self.course.root / "feedback"
        for outcome in outcomes:
            html = feedback_root / outcome.student / assignment.id / f"{assignment.id}.html"
            if outcome.status == "graded" and not html.exists():
                outcome.reasons.append("feedback failed: " + (
                    _last_log_line(result) if not result.get("success") else "no HTML written"))

    def _max_autograded(self, assignment_id: str) -> float:
        with self.gradebook() as gb:
            assignment = gb.find_assignment(assignment_id)
            # autograded test cells are code; manually graded answers here are markdown
            return float(sum(c.max_score for n in assignment.notebooks for c in n.grade_cells
                             if c.cell_type == "code"))

    def _read_scores(self, outcome: Outcome) -> None:
        with self.gradebook() as gb:
            submission = gb.find_submission(outcome.assignment, outcome.student)
            for nb in submission.notebooks:
                for grade in nb.grades:
                    if grade.cell_type == "code" and grade.auto_score is not None:
                        outcome.cells[grade.name] = float(grade.score)
                        outcome.score += float(grade.score)
                        outcome.max_score += float(grade.max_score)
                    elif grade.needs_manual_grade:
                        outcome.manual_pending += float(grade.max_score)
        path = (self.course.root / "autograded" / outcome.student / outcome.assignment /
                f"{outcome.assignment}.ipynb")
        outcome.reasons.extend(_reasons_from_autograded(path))


def grade(course: Course, assignments: list[Assignment], submissions: Path, *,
          cell_timeout: int | None = None,
          on_outcome: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Grade every student's submission of every assignment; never stops on a bad one."""
    students = roster(submissions)
    grader = Grader(course, cell_timeout=cell_timeout)
    grader.prepare(assignments, students)
    outcomes = []
    for assignment in assignments:
        graded = []
        for student in students:
            outcome = grader.grade_one(assignment, student, submissions)
            graded.append(outcome)
            if on_outcome:
                on_outcome(outcome)
        grader.feedback(assignment, graded)
        outcomes += graded
    return outcomes
