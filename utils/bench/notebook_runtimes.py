"""Print each ready assignment's exercises, points, mutants and solved-notebook runtime (wall
and the kernel's CPU seconds, which the budget gate judges) vs its budget.

    .venv/bin/python utils/bench/notebook_runtimes.py [ASSIGNMENT_ID ...]

Runs each source notebook once, one at a time (one kernel, nothing else competing), the way
the source gate does; runtime includes kernel start and shutdown.
"""

from __future__ import annotations

import sys

from curriculum.course import Course
from curriculum.execute import execute_notebook
from curriculum.mutants import load_mutants
from curriculum.notebooks import (exercises, max_autograded_points, max_manual_points,
                                  read_notebook)
from curriculum.scoring import score_notebook
from curriculum.syllabus import load_syllabus


def main(ids: list[str]) -> None:
    course = Course.at()
    print(f"{'assignment':<28}{'exercises':>10}{'auto':>6}{'manual':>8}{'mutants':>9}"
          f"{'earned':>8}{'wall s':>8}{'CPU s':>7}{'budget s':>10}")
    total = 0.0
    for a in load_syllabus().select(ids):
        path = course.source_notebook(a.id)
        nb = read_notebook(path)
        run = execute_notebook(nb, assignment_dir=path.parent)
        total += run.seconds
        cpu = f"{run.cpu_seconds:.1f}" if run.cpu_seconds is not None else "-"
        print(f"{a.id:<28}{len(exercises(nb)):>10}{max_autograded_points(nb):>6g}"
              f"{max_manual_points(nb):>8g}{len(load_mutants(course, a.id)):>9}"
              f"{score_notebook(run.notebook).total:>8g}{run.seconds:>8.1f}{cpu:>7}"
              f"{a.budget_s:>10g}")
    print(f"total runtime: {total:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
