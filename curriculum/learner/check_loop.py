"""A warm self-check: the grading engine's sandbox, started once, runs each check in a fresh
fork of a process that has already imported the course's libraries (NumPy, torch, ...), so
re-checking costs the cells, not a kernel start and the imports (utils/bench/check_loop.py).
"""

from __future__ import annotations

import copy
from pathlib import Path

from ..check import ExerciseStatus, statuses_from_run
from ..notebooks import read_notebook


def _instructor_cells(path: Path):
    from ..notebooks import grade_id, is_solution

    nb = read_notebook(path)
    nb.cells = [c for c in nb.cells if grade_id(c) and not is_solution(c)]
    return nb


def _release_demos(release_dir: Path) -> set[str]:
    """The sources of the released notebooks' ungraded code cells (demos and plots): a
    one-exercise check skips them; cells the learner added are kept."""
    from ..notebooks import grade_id

    found = set()
    for path in Path(release_dir).glob("*.ipynb"):
        found |= {c.source for c in read_notebook(path).cells
                  if c.cell_type == "code" and not grade_id(c)}
    return found


class WarmChecker:
    """Checks learners' notebooks against their visible tests in one warm sandbox.

    Use as a context manager; `check(path, release_dir)` returns one `ExerciseStatus` per
    exercise, in notebook order. Raises CurriculumError for an unreadable notebook."""

    def __init__(self, notebooks: list[Path] = ()):
        from ..engine.run import BASE_PRELOAD, imported_modules

        # only what the instructor's locked and test cells import: a learner's own import
        # of a missing module must fail in its cell, not stop the checker from starting
        modules = [m for p in notebooks for m in imported_modules(_instructor_cells(p))]
        self.preload = list(dict.fromkeys(BASE_PRELOAD + modules))
        self.sandbox = None

    def __enter__(self) -> "WarmChecker":
        from ..engine.sandbox import Sandbox

        self.sandbox = Sandbox(self.preload)
        self.sandbox.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.sandbox is not None:
            self.sandbox.close()

    def check(self, path: Path, release_dir: Path, *, only: str | None = None,
              cell_s: float = 60.0) -> list[ExerciseStatus]:
        """Each exercise's status; with `only` (a solution grade_id), just that exercise:
        the cells up to its test cell, without the other exercises' tests and the released
        demos (the learner's own extra cells still run)."""
        from ..engine.intake import jobs_cells
        from ..engine.sandbox import Limits
        from ..notebooks import grade_id, is_autograded_test

        nb = read_notebook(path)
        cells = jobs_cells(nb)
        if only is not None:
            wanted = f"{only}_tests"
            ids = {i: grade_id(c) for i, c in enumerate(nb.cells)}
            if wanted not in ids.values():
                raise KeyError(f"{path} has no exercise {only!r}")
            last = next(i for i, g in ids.items() if g == wanted)
            demos = _release_demos(release_dir)
            cells = [c for c in cells if c["index"] <= last and (
                ids[c["index"]] == wanted or not is_autograded_test(nb.cells[c["index"]]))
                and not (ids[c["index"]] is None and c["source"] in demos)]
        run = self.sandbox.run(cells, Limits(cell_s=cell_s, notebook_s=600.0),
                               files_from=release_dir)
        executed = copy.deepcopy(nb)
        for index, cell_run in run.cells.items():
            executed.cells[index].outputs = cell_run.outputs
            executed.cells[index].execution_count = cell_run.execution_count
        statuses = statuses_from_run(nb, executed)
        return [s for s in statuses if s.solution_id == only] if only else statuses
