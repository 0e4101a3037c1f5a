"""Time `curriculum grade` on one cohort against stock `nbgrader autograde` and the floor.

    .venv/bin/python utils/bench/grading_speed.py [--assignments ID ...] [--learners N]
                                                  [--workers N] [--skip-stock]

One seeded cohort (the same on every run) is synthesised from the real notebooks and graded
three times, each time in a fresh scratch copy of the course in a temporary folder (removed at
the end; the repo's own submitted/, autograded/, gradebook.db ... are never touched):

1. stock nbgrader: `nbgrader autograde <id> --force`, one process per assignment, one after
   the other, as an instructor would run it (it grades one notebook at a time, so the ratio
   includes our parallelism). `generate_assignment` and adding the students to the gradebook
   come first and are not timed.
2. `curriculum grade` without feedback (`grade(..., feedback=False, force=True)`, one worker
   per core): like for like with `autograde`, which writes no feedback. As for stock, the
   release is generated first and not timed (a course grades what it released earlier);
   everything `grade` does is timed, starting the sandboxes and importing the libraries
   included.
3. `curriculum grade` with feedback HTML (`feedback=True`), as `curriculum grade` runs by
   default.

Printed: seconds and submissions per minute of each, their ratio, and the floor: the sum over
all submissions of pure cell execution time (`Outcome.cell_seconds`) divided by the number of
cores, which is what a perfect scheduler with no overhead at all would need. For reference
only (the floor stays as defined): the seconds a fresh Python takes to import the notebooks'
libraries once, which no grader avoids and the cells of a warm engine do not count. Then the
scores of the two graders are compared submission by submission; a difference is listed, not
failed (it can be legitimate: stock nbgrader scores a test cell 0 when it writes to stderr,
ours does not).

The cohort: the gradable scripted personas of `curriculum demo` (full solutions, one, two or
all answers replaced by mutants, half blank, blank, an answer that raises, edited locked
tests), then seeded random learners who mix solutions and mutants. The infinite-loop, malformed
and missing personas are left out: they measure timeouts and error paths, not grading.

No grader can beat the floor, so on any set of notebooks the ratio is bounded by stock's
seconds per notebook divided by (cell seconds per notebook / cores); the script prints that
bound per assignment. Stock's cost per notebook is mostly a kernel start and imports (which
ours pays once per worker), so the bound is high where cell time is short next to the
imports, and falls as the learners' computation grows: a benchmark of the graders should use
the former. Mean cell seconds per submission, measured with the engine (one worker, five
personas, best of 2-5 runs on a loaded 2-core machine):

    s2-02-sql 0.41  s1-04-statistics 0.42  s2-01-pandas 0.44  s1-01-linear-algebra 0.46
    s2-06-model-evaluation 0.46  s1-05-svd-pca 0.48  s1-06-hash-map 0.64  s2-04-kmeans 0.71
    s1-03-probability 0.72  s2-03-logistic-regression 0.74  s1-02-gradient-descent 1.02
    s3-01-autograd 1.12  s2-05-sklearn-pipelines 1.65  s3-03-mlp 2.98
    s3-02-training-loop 3.25  s3-04-convolutions 3.31  s3-05-reproducibility 4.04

The default set is the four short notebooks with the highest bound on a first full run
(stock seconds per notebook: s1-04 3.5, s2-06 3.2, s1-05 3.2, s1-01 2.5; s2-02 and s2-01 are
as short but import less, so stock pays less there). Measured ratios on other sets are in the
closing note of the engine's issue; `--assignments` takes any.

The machine may be shared: the numbers are indicative; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from curriculum.build import build
from curriculum.course import Course
from curriculum.demo import PERSONAS, Persona, cohort
from curriculum.mutants import load_mutants
from curriculum.notebooks import read_notebook
from curriculum.syllabus import Assignment, load_syllabus

REPO = Course.at().root
BIN = Path(sys.executable).parent
COURSE_FILES = ("source", "release", "tests/mutants")
DEFAULT_ASSIGNMENTS = ("s1-04-statistics", "s2-06-model-evaluation", "s1-05-svd-pca",
                       "s1-01-linear-algebra")
# The gradable scripted personas, most varied first (a small --learners still mixes).
SCRIPTED = ("ada", "donald", "alan", "barbara", "margaret", "edsger", "ken", "john", "grace")


# ------------------------------------------------------------------ course and cohort
def scratch_course(dest: Path) -> Course:
    """A course with the repo's configuration, sources, release and mutants, and no grades
    (the way tests/test_demo_e2e.py makes one)."""
    dest.mkdir(parents=True)
    shutil.copy2(REPO / "nbgrader_config.py", dest)
    for folder in COURSE_FILES:
        shutil.copytree(REPO / folder, dest / folder)
    return Course.at(dest)


def learners(size: int) -> list[Persona]:
    """The scripted gradable personas, then `curriculum demo`'s seeded random learners."""
    by_name = {p.name: p for p in PERSONAS}
    people = [by_name[name] for name in SCRIPTED][:size]
    extra = size - len(people)
    return people + cohort(len(PERSONAS) + extra)[len(PERSONAS):]


def write_cohort(course: Course, assignments: list[Assignment], people: list[Persona],
                 dest: Path) -> None:
    """DEST/<learner>/<id>/<id>.ipynb (and the released data files) for every learner, as
    `curriculum.demo.synthesise` writes them."""
    for assignment in assignments:
        release_path = course.release_notebook(assignment.id)
        release = read_notebook(release_path)
        source = read_notebook(course.source_notebook(assignment.id))
        mutants = load_mutants(course, assignment.id)
        for person in people:
            folder = dest / person.name / assignment.id
            folder.mkdir(parents=True)
            for extra in release_path.parent.iterdir():
                if extra.is_file() and extra.suffix != ".ipynb":
                    shutil.copyfile(extra, folder / extra.name)
            text = person.write(release, source, mutants)
            if text is None:
                raise SystemExit(f"persona {person.name} writes no notebook; not gradable")
            (folder / release_path.name).write_text(text)


def make_cohort(work: Path, assignments: list[Assignment], size: int):
    """Build the release once in a scratch course and synthesise the cohort from it; returns
    (cohort folder, learners, seconds the release build took)."""
    course = scratch_course(work / "release")
    import nbgrader.apps  # noqa: F401 - imported first: the time below is the build alone
    start = time.perf_counter()
    build(course, assignments)
    release_seconds = time.perf_counter() - start
    people = learners(size)
    dest = work / "cohort"
    write_cohort(course, assignments, people, dest)
    return dest, people, release_seconds


# ------------------------------------------------------------------ stock nbgrader
def nbgrader(course: Course, *args: str, log: Path) -> tuple[int, float]:
    """Run the nbgrader CLI in the course root; (exit status, seconds). Output goes to `log`."""
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    start = time.perf_counter()
    with log.open("a") as handle:
        handle.write(f"$ nbgrader {' '.join(args)}\n")
        handle.flush()
        code = subprocess.run([str(BIN / "nbgrader"), *args], cwd=course.root, env=env,
                              stdout=handle, stderr=subprocess.STDOUT).returncode
    return code, time.perf_counter() - start


def _check(code: int, what: str, log: Path) -> None:
    if code:
        tail = "\n    ".join(log.read_text().splitlines()[-15:])
        print(f"  warning: `nbgrader {what}` exited with {code}; the end of {log}:\n    {tail}")


def time_stock(course: Course, assignments: list[Assignment], students: list[str],
               cohort_dir: Path, *, nbgrader_defaults: bool = False) -> dict[str, float]:
    """Untimed: submissions into submitted/, generate_assignment, students in the gradebook.
    Timed: `nbgrader autograde <id> --force` for each assignment in turn; seconds per
    assignment. `nbgrader_defaults` undoes the course's speed-up of stock nbgrader
    (`shutdown_kernel = "immediate"`, DESIGN.md's measured facts) to time nbgrader as it
    ships."""
    if nbgrader_defaults:
        with (course.root / "nbgrader_config.py").open("a") as config:
            config.write('\nc.Execute.shutdown_kernel = "graceful"  # nbgrader\'s default\n')
    shutil.copytree(cohort_dir, course.root / "submitted")
    log = course.root / "nbgrader.log"
    for assignment in assignments:
        code, _ = nbgrader(course, "generate_assignment", assignment.id, "--force", log=log)
        _check(code, f"generate_assignment {assignment.id}", log)
    roster_csv = course.root / "students.csv"
    with roster_csv.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id"])
        writer.writerows([s] for s in students)
    code, _ = nbgrader(course, "db", "student", "import", str(roster_csv), log=log)
    _check(code, "db student import", log)
    seconds_by_assignment = {}
    for assignment in assignments:
        code, seconds = nbgrader(course, "autograde", assignment.id, "--force", log=log)
        _check(code, f"autograde {assignment.id}", log)
        seconds_by_assignment[assignment.id] = seconds
        print(f"  nbgrader autograde {assignment.id}: {seconds:.1f} s "
              f"({len(students)} submissions)", flush=True)
    return seconds_by_assignment


def per_assignment(stock: dict[str, float], outcomes, students: int) -> str:
    """Why the ratio depends on the notebooks: per assignment, stock's seconds per notebook,
    our pure cell seconds per notebook, and the best ratio any grader could reach on them
    (stock / (cell time / cores))."""
    cores = os.cpu_count() or 1
    lines = [f"  {'assignment':<28}{'stock s/nb':>11}{'cells s/nb':>11}{'ratio bound':>12}"]
    for aid, seconds in stock.items():
        cells = [o.cell_seconds for o in outcomes if o.assignment == aid]
        mean = sum(cells) / len(cells) if cells else 0.0
        bound = (seconds / students) / (mean / cores) if mean else float("inf")
        lines.append(f"  {aid:<28}{seconds / students:>11.2f}{mean:>11.2f}{bound:>12.1f}")
    return "\n".join(lines)


def stock_scores(course: Course, outcomes) -> dict:
    """(student, assignment) -> (total, {grade_id: score}) from nbgrader's gradebook, or None
    where it has no grade."""
    from nbgrader.api import Gradebook, MissingEntry

    scores = {}
    with Gradebook(course.db_url) as gb:
        for o in outcomes:
            try:
                total = gb.find_submission(o.assignment, o.student).score
            except MissingEntry:
                scores[(o.student, o.assignment)] = None
                continue
            cells = {}
            for gid in o.cells:
                try:
                    cells[gid] = gb.find_grade(gid, o.assignment, o.assignment, o.student).score
                except MissingEntry:
                    cells[gid] = None
            scores[(o.student, o.assignment)] = (total, cells)
    return scores


# ------------------------------------------------------------------ curriculum grade
def time_ours(course: Course, assignments: list[Assignment], cohort_dir: Path, *,
              workers: int | None, feedback: bool):
    """`grade` over a copy of the cohort in a fresh course; (seconds, Result)."""
    from curriculum.engine.run import grade

    from curriculum.build import generate_release

    submissions = course.root / "cohort"
    shutil.copytree(cohort_dir, submissions)
    for assignment in assignments:      # released before grading, untimed, as for stock
        generate_release(course, assignment)
    start = time.perf_counter()
    result = grade(course, assignments, submissions, workers=workers, force=True,
                   feedback=feedback)
    seconds = time.perf_counter() - start
    cells = sum(o.cell_seconds for o in result.outcomes)
    walls = sum(o.seconds for o in result.outcomes)
    n = len(result.outcomes)
    print(f"  {seconds:.1f} s on {result.backend}, sandbox: "
          f"{result.protections.get('sandbox', '?')}; per submission {cells / n:.2f} s in "
          f"cells, {walls / n:.2f} s in the sandbox", flush=True)
    not_graded = [o for o in result.outcomes if o.status != "graded"]
    for o in not_graded:
        print(f"  warning: {o.student}/{o.assignment} {o.status}: {o.reason}")
    return seconds, result


# ------------------------------------------------------------------ comparison and summary
def disagreements(outcomes, stock: dict) -> list[str]:
    """One line per submission whose nbgrader score differs from ours, with the cells."""
    lines = []
    for o in outcomes:
        theirs = stock.get((o.student, o.assignment))
        if theirs is None:
            lines.append(f"{o.student}/{o.assignment}: nbgrader has no grade, ours {o.score:g}")
            continue
        total, cells = theirs
        if abs(total - o.score) < 1e-9:
            continue
        differing = [f"{gid} nbgrader {'-' if cells[gid] is None else f'{cells[gid]:g}'} "
                     f"ours {earned:g}" for gid, earned in o.cells.items()
                     if cells[gid] is None or abs(cells[gid] - earned) > 1e-9]
        stderr = [w for w in o.warnings if "stderr" in w]
        lines.append(f"{o.student}/{o.assignment}: nbgrader {total:g}, ours {o.score:g} "
                     f"({'; '.join(differing)})" +
                     (f" [ours noted: {'; '.join(stderr)}]" if stderr else ""))
    return lines


def load_line() -> str:
    """The machine's load now: the timings are only as good as the machine was quiet."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def per_minute(count: int, seconds: float) -> float:
    return 60 * count / seconds if seconds else float("inf")


def import_seconds(course: Course, assignments: list[Assignment]) -> float:
    """Seconds a fresh Python takes to import, once, what the notebooks import (and the
    engine's base libraries): a cost no grader avoids, which the floor leaves out (the cells
    of a warm engine find their libraries imported). Best of two."""
    from curriculum.engine.run import BASE_PRELOAD, imported_modules

    modules = list(dict.fromkeys(BASE_PRELOAD + [
        m for a in assignments for name in course.notebook_names(a.id)
        for m in imported_modules(read_notebook(course.root / "source" / a.id / name))]))
    script = ("import importlib, os, time\n"
              "os.environ['MPLBACKEND'] = 'module://matplotlib_inline.backend_inline'\n"
              "start = time.perf_counter()\n"
              f"for name in {modules!r}:\n"
              "    try:\n        importlib.import_module(name)\n"
              "    except Exception:\n        pass\n"
              "print(time.perf_counter() - start)\n")
    runs = [float(subprocess.run([sys.executable, "-c", script], capture_output=True,
                                 text=True, check=True).stdout) for _ in range(2)]
    return min(runs)


def summary(n_assignments: int, n_learners: int, stock_s: float | None, ours_s: float,
            feedback_s: float, cell_seconds: float, imports_s: float | None = None) -> str:
    count = n_assignments * n_learners
    cores = os.cpu_count() or 1
    floor = cell_seconds / cores
    stock = (f"{stock_s:>6.1f} s, {per_minute(count, stock_s):.1f} submissions/min"
             if stock_s is not None else "  skipped (--skip-stock)")
    ratio = f"{stock_s / ours_s:.1f}" if stock_s is not None else "n/a"
    return "\n".join([
        f"submissions: {count} ({n_assignments} assignments x {n_learners} learners)",
        f"{'stock nbgrader autograde:':<25}{stock}",
        f"{'curriculum grade:':<25}{ours_s:>6.1f} s, {per_minute(count, ours_s):.1f} "
        f"submissions/min (feedback: {feedback_s:.1f} s)",
        f"ratio: {ratio}",
        f"floor: {floor:.1f} s (sum of pure cell time / {cores} cores); curriculum grade is "
        f"{ours_s / floor:.2f}x the floor" if floor else "floor: no cell time recorded",
        *([f"(for reference, not the floor: importing the notebooks' libraries once takes "
           f"{imports_s:.1f} s in a fresh Python; (cell time + that) / {cores} cores = "
           f"{(cell_seconds + imports_s) / cores:.1f} s, curriculum grade "
           f"{ours_s / ((cell_seconds + imports_s) / cores):.2f}x that)"]
          if imports_s and floor else [])])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assignments", nargs="+", default=list(DEFAULT_ASSIGNMENTS),
                        metavar="ID", help="ready assignments to grade (default: %(default)s)")
    parser.add_argument("--learners", type=int, default=12,
                        help="learners in the cohort (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=None,
                        help="curriculum grade's workers (default: one per core)")
    parser.add_argument("--skip-stock", action="store_true",
                        help="do not time stock nbgrader (it takes minutes)")
    parser.add_argument("--stock-defaults", action="store_true",
                        help="time stock nbgrader with its own default kernel shutdown, not "
                             "the course's faster setting")
    args = parser.parse_args(argv)
    if args.learners < 1:
        parser.error("--learners must be at least 1")
    os.environ["PATH"] = f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"  # nbgrader: alembic

    assignments = load_syllabus(Course.at().syllabus_path).select(args.assignments)
    work = Path(tempfile.mkdtemp(prefix="grading-speed-"))
    try:
        print(f"cohort: {args.learners} learners x {len(assignments)} assignments "
              f"({', '.join(a.id for a in assignments)}) in {work}", flush=True)
        print(f"  {load_line()}")
        cohort_dir, people, release_s = make_cohort(work, assignments, args.learners)
        print(f"  release built in {release_s:.1f} s (before either grader, untimed)")
        for person in people:
            print(f"  {person.name:<10} {person.description}")
        students = [p.name for p in people]

        stock_s = None
        if not args.skip_stock:
            print("stock nbgrader autograde (one notebook at a time):", flush=True)
            stock_course = scratch_course(work / "stock")
            stock_by = time_stock(stock_course, assignments, students, cohort_dir,
                                  nbgrader_defaults=args.stock_defaults)
            stock_s = sum(stock_by.values())
        print("curriculum grade, no feedback:", flush=True)
        ours_s, result = time_ours(scratch_course(work / "ours"), assignments, cohort_dir,
                                   workers=args.workers, feedback=False)
        print("curriculum grade, with feedback:", flush=True)
        feedback_s, _ = time_ours(scratch_course(work / "ours-feedback"), assignments,
                                  cohort_dir, workers=args.workers, feedback=True)

        if stock_s is not None:
            differ = disagreements(result.outcomes, stock_scores(stock_course, result.outcomes))
            print(f"scores: {len(differ)} of {len(result.outcomes)} submissions differ between "
                  "stock nbgrader and curriculum grade")
            for line in differ:
                print(f"  {line}")
        if stock_s is not None:
            print(per_assignment(stock_by, result.outcomes, len(people)))
        imports_s = import_seconds(Course.at(), assignments)
        print(load_line())
        print()
        print(summary(len(assignments), len(people), stock_s, ours_s, feedback_s,
                      sum(o.cell_seconds for o in result.outcomes), imports_s))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
