"""How fast is the learner's check loop? Prints the figures the README quotes.

    .venv/bin/python utils/bench/check_loop.py [ASSIGNMENT ...]

For each assignment (default: s1-01-linear-algebra and s3-02-training-loop, the one that
imports torch): the cold `curriculum check` (a fresh process: CLI start, sandbox start with
the course's imports, one run), then, in one warm checker (what `curriculum check --watch`
keeps), the whole blank notebook, the whole solved notebook, and one exercise re-checked
after an edit (`--exercise`: median over the exercises, and the slowest, whose own visible
test may train a model). Targets (issue 10): one exercise <= 2 s, a whole blank notebook <= 5 s.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from curriculum.course import Course  # noqa: E402
from curriculum.learner.check_loop import WarmChecker  # noqa: E402
from curriculum.notebooks import exercises, grade_id  # noqa: E402

DEFAULT = ["s1-01-linear-algebra", "s3-02-training-loop"]
REPEATS = 3


def solved_copy(course: Course, aid: str, folder: Path) -> Path:
    """The release notebook with the instructor's answers put in (a learner who finished)."""
    release = nbformat.read(course.release_notebook(aid), as_version=4)
    source = nbformat.read(course.source_notebook(aid), as_version=4)
    answers = {grade_id(c): c.source for c in source.cells if grade_id(c)}
    for cell in release.cells:
        gid = grade_id(cell)
        if gid and cell.metadata["nbgrader"].get("solution") and gid in answers:
            cell.source = "\n".join(line for line in answers[gid].splitlines()
                                    if "### BEGIN SOLUTION" not in line
                                    and "### END SOLUTION" not in line)
    path = folder / f"{aid}.ipynb"
    nbformat.write(release, path)
    return path


def timed(func, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(ids: list[str]) -> None:
    course = Course.at()
    print(f"{'assignment':<24} {'cold CLI':>9} {'warm start':>10} {'blank':>7} {'solved':>7} "
          f"{'1 exercise':>10} {'slowest exercise':>24}   (seconds, median of {REPEATS})")
    for aid in ids:
        blank = course.release_notebook(aid)
        release_dir = blank.parent
        start = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / "curriculum"), "check", aid],
                       check=True, capture_output=True)
        cold = time.perf_counter() - start
        with tempfile.TemporaryDirectory() as tmp:
            solved = solved_copy(course, aid, Path(tmp))
            ids = [e.solution_id for e in exercises(nbformat.read(solved, as_version=4))]
            start = time.perf_counter()
            with WarmChecker([blank, solved]) as checker:
                warm_start = time.perf_counter() - start
                t_blank = timed(lambda: checker.check(blank, release_dir))
                t_solved = timed(lambda: checker.check(solved, release_dir))
                solved.touch()   # an edit, saved: re-check one exercise only
                per = {sid: timed(lambda: checker.check(solved, release_dir, only=sid))
                       for sid in ids}
                t_one = statistics.median(per.values())
                slowest = max(per, key=per.get)
                statuses = checker.check(solved, release_dir)
        assert all(s.status == "passing" for s in statuses), statuses
        print(f"{aid:<24} {cold:>9.1f} {warm_start:>10.1f} {t_blank:>7.2f} {t_solved:>7.2f} "
              f"{t_one:>10.2f} {per[slowest]:>6.2f} {slowest:>17}")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main(sys.argv[1:] or DEFAULT)
