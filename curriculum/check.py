"""`curriculum check`: run a learner's notebook against its visible tests and say, per
exercise, not attempted / failing (with the message and the exercise's hint) / passing.

The learner's copy holds only the visible tests, so this is a self-check, not the grade.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .execute import execute_notebook
from .notebooks import exercises, failing_output, grade_id, read_notebook

STUB = "raise NotImplementedError()"
HINT = re.compile(r"\*\*Hint[^*]*\*\*:?\s*(.+?)(?:\n\s*\n|\Z)", re.IGNORECASE | re.DOTALL)


@dataclass
class ExerciseStatus:
    solution_id: str
    status: str          # "not attempted" | "failing" | "passing"
    points: float
    message: str = ""
    hint: str = ""


def _hints(nb) -> dict[str, str]:
    """The `**Hint:** ...` line of the markdown cell(s) before each solution cell."""
    hints, last_hint = {}, ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            found = HINT.search(cell.source)
            if found:
                last_hint = " ".join(found.group(1).split())  # the paragraph, on one line
        elif grade_id(cell) and cell.metadata["nbgrader"].get("solution"):
            hints[grade_id(cell)] = last_hint
            last_hint = ""
    return hints


def _error(cell) -> str | None:
    output = failing_output(cell, include_stderr=False)
    return None if output is None else f"{output.get('ename')}: {output.get('evalue', '')}".strip()


def statuses_from_run(nb, executed) -> list[ExerciseStatus]:
    """Each exercise's status from the learner's notebook `nb` and its executed copy."""
    cells = {grade_id(c): c for c in executed.cells if grade_id(c)}
    hints = _hints(nb)
    statuses = []
    for exercise in exercises(nb):
        solution = cells[exercise.solution_id]
        tests = [cells[t] for t in exercise.test_ids if t in cells]
        errors = [e for e in (_error(solution), *(_error(t) for t in tests)) if e]
        if STUB in solution.source:
            status = ExerciseStatus(exercise.solution_id, "not attempted", exercise.points)
        elif errors:
            status = ExerciseStatus(exercise.solution_id, "failing", exercise.points,
                                    message=errors[0], hint=hints.get(exercise.solution_id, ""))
        else:
            status = ExerciseStatus(exercise.solution_id, "passing", exercise.points)
        statuses.append(status)
    return statuses


def check_notebook(path: Path, release_dir: Path) -> list[ExerciseStatus]:
    """Run the learner's notebook `path` beside the assignment's released files
    (`release_dir`), never beside whatever else sits in the notebook's own folder."""
    nb = read_notebook(path)
    run = execute_notebook(nb, assignment_dir=release_dir, name=path.name)
    return statuses_from_run(nb, run.notebook)


def worked_on(path: Path) -> bool:
    """True when the learner has written something in at least one answer cell."""
    try:
        nb = read_notebook(path)
    except Exception:  # noqa: BLE001 - an unreadable notebook counts as worked on: check says why
        return True
    return any(STUB not in c.source for c in nb.cells
               if c.cell_type == "code" and grade_id(c) and
               c.metadata["nbgrader"].get("solution"))
