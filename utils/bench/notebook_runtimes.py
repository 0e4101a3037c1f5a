"""Print each ready assignment's exercises, points and solved-notebook runtime vs its budget.

    .venv/bin/python utils/bench/notebook_runtimes.py [ASSIGNMENT_ID ...]

Runs each source notebook once, one at a time (one kernel, nothing else competing), the way
the source gate does; runtime includes kernel start and shutdown.
"""

from __future__ import annotations

import sys

from curriculum.course import Course
from curriculum.execute import execute_notebook
from curriculum.notebooks import (exercises, max_autograded_points, max_manual_points,
                                  read_notebook)
from curriculum.scoring import score_notebook
from curriculum.syllabus import load_syllabus


def main(ids: list[str]) -> None:
    course = Course.at()
    print(f"{'assignment':<28}{'exercises':>10}{'auto':>6}{'manual':>8}{'earned':>8}"
          f"{'runtime s':>11}{'budget s':>10}")
    total = 0.0
    for a in load_syllabus().select(ids):
        path = course.source_notebook(a.id)
        nb = read_notebook(path)
        run = execute_notebook(nb, assignment_dir=path.parent)
        total += run.seconds
        print(f"{a.id:<28}{len(exercises(nb)):>10}{max_autograded_points(nb):>6g}"
              f"{max_manual_points(nb):>8g}{score_notebook(run.notebook).total:>8g}"
              f"{run.seconds:>11.1f}{a.budget_s:>10g}")
    print(f"total runtime: {total:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
