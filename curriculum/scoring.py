"""Score an executed notebook with nbgrader's own rule (`nbgrader.utils.determine_grade`):
an autograded test cell earns its points unless it shows an error or writes to stderr —
and, stricter than nbgrader, only if it actually ran (a cell with no execution count, e.g.
after the kernel died or never started, would otherwise look like a clean pass)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .notebooks import failing_output, grade_id, is_autograded_test, is_exercise_cell, points


@dataclass
class Score:
    cells: dict[str, float] = field(default_factory=dict)        # grade_id -> points earned
    max_cells: dict[str, float] = field(default_factory=dict)    # grade_id -> points possible
    failures: dict[str, str] = field(default_factory=dict)       # grade_id -> error summary
    errors_outside_exercises: list[str] = field(default_factory=list)  # "cell 3: NameError"

    @property
    def total(self) -> float:
        return sum(self.cells.values())

    @property
    def max_total(self) -> float:
        return sum(self.max_cells.values())


def _error_summary(cell) -> str | None:
    output = failing_output(cell)
    if output is None:
        return None
    if output.get("output_type") == "error":
        return f"{output.get('ename')}: {output.get('evalue', '')}".strip()
    return "wrote to stderr: " + "".join(output.get("text", "")).strip()[:200]


def score_notebook(executed_nb) -> Score:
    """Points per autograded test cell, and errors in cells outside any exercise."""
    from nbgrader.utils import determine_grade

    score = Score()
    for index, cell in enumerate(executed_nb.cells):
        if cell.cell_type != "code":
            continue
        if is_autograded_test(cell):
            gid = grade_id(cell)
            earned, possible = determine_grade(cell)
            problem = _error_summary(cell)
            if cell.get("execution_count") is None:
                earned, problem = 0, "did not run"
            score.cells[gid] = float(earned or 0)
            score.max_cells[gid] = float(possible if possible is not None else points(cell))
            if problem:
                score.failures[gid] = problem
        elif not is_exercise_cell(cell):
            problem = _error_summary(cell)
            if problem and not problem.startswith("wrote to stderr"):
                score.errors_outside_exercises.append(f"cell {index}: {problem}")
    return score
