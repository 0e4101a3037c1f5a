"""`curriculum progress` and the start page: the learner's state across every stage.

Read from what the learner already has, without running anything: each assignment's
notebook as last saved (an answer cell still holding the stub is *not attempted*; a test cell
whose saved output shows an error is *failing*, one that ran cleanly is *passing*; one not
run since is *not run*), the hint tiers revealed and the last self-graded score (the
learner's state file).
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import state
from .hints import used as hints_used

STUB = "raise NotImplementedError()"


@dataclass
class AssignmentProgress:
    stage: str
    assignment: str
    title: str
    status: str                   # the syllabus status: ready | planned
    exercises: int = 0
    passing: int = 0
    failing: int = 0
    not_attempted: int = 0
    not_run: int = 0
    hints_used: int = 0
    self_grade: dict | None = None     # {"score", "max_score", "when"} or None
    notebook: str = ""
    problems: list = field(default_factory=list)


def _saved_statuses(path: Path) -> list[str]:
    """Per exercise: passing | failing | not attempted | not run, from saved outputs."""
    from ..notebooks import exercises, failing_output, grade_id, read_notebook

    nb = read_notebook(path)
    cells = {grade_id(c): c for c in nb.cells if grade_id(c)}
    found = []
    for ex in exercises(nb):
        answer = cells[ex.solution_id]
        tests = [cells[t] for t in ex.test_ids if t in cells]
        if STUB in answer.source:
            found.append("not attempted")
        elif any(failing_output(c, include_stderr=False) for c in [answer, *tests]):
            found.append("failing")
        elif tests and all(c.get("execution_count") for c in tests):
            found.append("passing")
        else:
            found.append("not run")
    return found


def course_root_near(start: Path | None = None) -> Path | None:
    """The course root above `start` (default: the working directory): the first folder with
    nbgrader_config.py and release/; None when there is none (use the package's course)."""
    here = Path(start or os.getcwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "nbgrader_config.py").is_file() and (folder / "release").is_dir():
            return folder
    return None


def collect(course) -> list[AssignmentProgress]:
    """One row per assignment of every stage, in syllabus order."""
    from ..errors import CurriculumError
    from ..syllabus import load_syllabus

    learner = state.load()
    rows = []
    for stage in load_syllabus(course.syllabus_path).stages:
        for a in stage.assignments:
            row = AssignmentProgress(stage.id, a.id, a.title, a.status,
                                     hints_used=hints_used(a.id),
                                     self_grade=learner["self_grades"].get(a.id))
            path = course.release_notebook(a.id)
            if path.exists():
                row.notebook = str(path)
                try:
                    statuses = _saved_statuses(path)
                except CurriculumError as exc:
                    row.problems.append(str(exc))
                    statuses = []
                row.exercises = len(statuses)
                row.passing = statuses.count("passing")
                row.failing = statuses.count("failing")
                row.not_attempted = statuses.count("not attempted")
                row.not_run = statuses.count("not run")
            rows.append(row)
    return rows


def plot(rows: list[AssignmentProgress], path: Path) -> Path:
    """A bar per assignment: exercises passing / failing / not run / not attempted, and the
    self-graded score as a dot; written to `path` (PNG)."""
    from matplotlib.figure import Figure  # no pyplot: leaves a notebook's backend alone

    shown = [r for r in rows if r.exercises]
    labels = [r.assignment[:5] for r in shown]
    fig = Figure(figsize=(9, 3.2))
    ax = fig.subplots()
    bottom = [0.0] * len(shown)
    for key, colour, name in (("passing", "#2e7d32", "passing"), ("failing", "#c62828", "failing"),
                              ("not_run", "#f9a825", "not run"),
                              ("not_attempted", "#bdbdbd", "not attempted")):
        values = [getattr(r, key) / r.exercises for r in shown]
        ax.bar(labels, values, bottom=bottom, color=colour, label=name)
        bottom = [b + v for b, v in zip(bottom, values)]
    graded = [(i, r.self_grade["score"] / r.self_grade["max_score"]) for i, r in enumerate(shown)
              if r.self_grade and r.self_grade.get("max_score")]
    if graded:
        ax.plot([i for i, _ in graded], [v for _, v in graded], "o", color="black",
                label="self-graded score")
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("share of exercises")
    ax.set_title("Your progress: visible tests as last run, and self-graded scores")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    ax.tick_params(axis="x", labelrotation=60, labelsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    return path


def _score(row: AssignmentProgress) -> str:
    g = row.self_grade
    return f"{g['score']:g}/{g['max_score']:g}" if g else ""


def show_progress(course_root: str | Path | None = None) -> None:
    """On the start page: the progress table and plot, shown in the notebook."""
    from IPython.display import HTML, Image, display

    from ..course import Course

    course = Course.at(course_root or course_root_near())
    rows = collect(course)
    head = ("<tr><th>stage</th><th>assignment</th><th>passing</th><th>failing</th>"
            "<th>not attempted</th><th>hints used</th><th>self-graded</th></tr>")
    def name(r: AssignmentProgress) -> str:
        # relative to release/, where the start page lives: JupyterLab opens it in a tab
        return (f'<a href="{r.assignment}/{r.assignment}.ipynb">{html.escape(r.assignment)}</a>'
                if r.notebook else html.escape(r.assignment))

    body = "".join(
        f"<tr><td>{r.stage}</td><td>{name(r)}</td>"
        f"<td>{f'{r.passing}/{r.exercises}' if r.exercises else r.status}</td>"
        f"<td>{r.failing or ''}</td><td>{r.not_attempted or ''}</td>"
        f"<td>{r.hints_used or ''}</td><td>{_score(r)}</td></tr>" for r in rows)
    display(HTML(f"<table>{head}{body}</table>"))
    display(Image(filename=str(plot(rows, state.data_dir() / "progress.png"))))
