"""The learner's commands (`curriculum check / hint / progress / lab / grade --self`) as plain
functions; the CLI only parses arguments."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from rich.markup import escape
from rich.table import Table

from ..course import Course
from ..errors import CurriculumError
from ..syllabus import load_syllabus
from . import state


def _console():
    from ..commands import console
    return console


def check_command(assignment_id: str | None, *, notebook: Path | None = None,
                  course_root: Path | None = None, watch: bool = False,
                  exercise: str | None = None) -> None:
    """Check one assignment, or (no id) every notebook the learner has worked on (all of
    them when none is), in one warm sandbox. With `watch`, re-check on every save."""
    from ..check import worked_on
    from .check_loop import WarmChecker

    course = Course.at(course_root)
    syllabus = load_syllabus(course.syllabus_path)
    if assignment_id:
        a = syllabus.get(assignment_id)
        targets = [(a.id, Path(notebook) if notebook else course.release_notebook(a.id))]
    else:
        if notebook or exercise:
            raise CurriculumError("--notebook and --exercise need an assignment id: "
                                  "`curriculum check ASSIGNMENT --exercise q1_...`.")
        present = [(a.id, course.release_notebook(a.id)) for a in syllabus.ready
                   if course.release_notebook(a.id).exists()]
        targets = [t for t in present if worked_on(t[1])] or present
    if not targets:
        raise CurriculumError(f"no released notebook in {course.root / 'release'}; run "
                              "`curriculum build` first.")
    for _, path in targets:
        if not path.is_file():
            raise CurriculumError(f"{path}: notebook not found.")
    console = _console()
    with console.status("starting the checker (imports the course's libraries once) ..."):
        checker = WarmChecker([p for _, p in targets]).__enter__()
    try:
        stamps = {}
        while True:
            for aid, path in targets:
                mtime = path.stat().st_mtime
                if stamps.get(path) == mtime:
                    continue
                stamps[path] = mtime
                started = time.perf_counter()
                with console.status(f"checking {path.name} ..."):
                    try:
                        statuses = checker.check(path, course.release_notebook(aid).parent,
                                                 only=exercise)
                    except KeyError as exc:
                        raise CurriculumError(exc.args[0]) from exc
                _print_statuses(aid, statuses, time.perf_counter() - started)
            if not watch:
                return
            time.sleep(0.5)
    except KeyboardInterrupt:
        return
    finally:
        checker.__exit__(None, None, None)


def _print_statuses(assignment_id: str, statuses, seconds: float) -> None:
    console = _console()
    table = Table(title=f"{assignment_id}: visible tests (the grade also uses hidden tests)")
    for column in ("exercise", "points", "status", "what to look at"):
        table.add_column(column, overflow="fold")
    colours = {"passing": "green", "failing": "red", "not attempted": "dim"}
    for s in statuses:
        # messages and hints are plain text: "D[i, j]" is an index, not rich markup
        advice = escape(s.message) + (f"\nHint: {escape(s.hint)}" if s.hint else "")
        table.add_row(s.solution_id, f"{s.points:g}", f"[{colours[s.status]}]{s.status}[/]",
                      advice)
    console.print(table)
    passing = sum(s.status == "passing" for s in statuses)
    console.print(f"{passing} of {len(statuses)} exercises pass their visible tests "
                  f"(checked in {seconds:.1f} s).")


def hint_command(assignment_id: str, solution_id: str, *,
                 course_root: Path | None = None) -> None:
    """Print the next hint tier of one exercise and record it."""
    from rich.markdown import Markdown

    from .hints import HINTS_FILE, format_hints, load_hints, reveal

    course = Course.at(course_root)
    a = load_syllabus(course.syllabus_path).get(assignment_id)
    folder = course.release_notebook(a.id).parent
    try:
        hints = load_hints(folder)
    except (OSError, ValueError) as exc:
        raise CurriculumError(f"{folder / HINTS_FILE}: no tiered hints for {a.id} "
                              f"({type(exc).__name__}); run `curriculum build {a.id}`.") from exc
    try:
        shown, texts = reveal(hints, solution_id)
    except KeyError as exc:
        raise CurriculumError(exc.args[0]) from exc
    _console().print(Markdown(format_hints(solution_id, shown, texts)))


def progress_command(*, course_root: Path | None = None) -> Path:
    """Print every assignment's progress and write the plot; returns the plot's path."""
    from .progress import collect, plot

    course = Course.at(course_root)
    rows = collect(course)
    table = Table(title="Your progress (visible tests as last run in each notebook)")
    for column, justify in (("stage", "left"), ("assignment", "left"), ("passing", "right"),
                            ("failing", "right"), ("not attempted", "right"),
                            ("hints used", "right"), ("self-graded", "right")):
        table.add_column(column, justify=justify)
    for r in rows:
        done = f"{r.passing}/{r.exercises}" if r.exercises else f"[dim]{r.status}[/]"
        colour = "green" if r.exercises and r.passing == r.exercises else ""
        g = r.self_grade
        table.add_row(r.stage, escape(r.assignment), f"[{colour}]{done}[/]" if colour else done,
                      str(r.failing or ""), str(r.not_attempted or ""), str(r.hints_used or ""),
                      f"{g['score']:g}/{g['max_score']:g}" if g else "")
    console = _console()
    console.print(table)
    path = plot(rows, state.data_dir() / "progress.png")
    console.print(f"plot: {path}")
    for r in rows:
        for problem in r.problems:
            console.print(f"[yellow]{escape(problem)}[/]")
    return path


def lab_command(*, instructor: bool = False, course_root: Path | None = None,
                port: int | None = None, open_browser: bool = True,
                extra: tuple[str, ...] = ()) -> int:
    from .lab import run_lab

    return run_lab("instructor" if instructor else "learner", Course.at(course_root),
                   port=port, open_browser=open_browser, extra=extra)


def self_grade_command(assignment_id: str, *, notebook: Path | None = None,
                       course_root: Path | None = None) -> dict:
    """Grade the learner's own notebook with the hidden tests, in the grading engine, in a
    scratch copy of the course (the course's gradebook is never touched). Prints the
    learner-safe feedback, records the score; returns {"score", "max_score", "feedback"}."""
    from ..engine.run import grade

    course = Course.at(course_root)
    a = load_syllabus(course.syllabus_path).get(assignment_id)
    path = Path(notebook) if notebook else course.release_notebook(a.id)
    if not path.is_file():
        raise CurriculumError(f"{path}: notebook not found.")
    scratch = Path(tempfile.mkdtemp(prefix="curriculum-self-grade-"))
    try:
        config = course.config_file.read_text() + (
            "\n# curriculum grade --self: a throw-away gradebook\n"
            f"c.CourseDirectory.db_url = {'sqlite:///' + str(scratch / 'gradebook.db')!r}\n")
        (scratch / "nbgrader_config.py").write_text(config)
        if (course.root / "syllabus.toml").exists():
            shutil.copy2(course.root / "syllabus.toml", scratch / "syllabus.toml")
        for kind in ("source", "release"):
            shutil.copytree(course.root / kind / a.id, scratch / kind / a.id)
        mine = scratch / "self" / "you" / a.id
        mine.mkdir(parents=True)
        shutil.copy2(path, mine / f"{a.id}.ipynb")
        scratch_course = Course.at(scratch)
        console = _console()
        with console.status(f"grading {path.name} with the hidden tests ..."):
            outcome = grade(scratch_course, [a], scratch / "self", workers=1).outcomes[0]
        kept = state.data_dir() / "self-grade" / a.id
        shutil.rmtree(kept, ignore_errors=True)
        source_fb = scratch / "feedback" / "you" / a.id
        if source_fb.is_dir():
            shutil.copytree(source_fb, kept)
        table = Table(title=f"{a.id}: self-graded with the hidden tests ({outcome.status})")
        table.add_column("test")
        table.add_column("points", justify="right")
        for test_id, earned in outcome.cells.items():
            table.add_row(test_id, f"{earned:g}")
        console.print(table)
        for reason in outcome.reasons:
            console.print(f"[red]-[/] {escape(reason)}")
        console.print(f"[bold]{outcome.score:g} / {outcome.max_score:g}[/] autograded points"
                      + (f"; {outcome.manual_pending:g} wait for a human" if
                         outcome.manual_pending else ""))
        result = {"score": outcome.score, "max_score": outcome.max_score,
                  "when": time.strftime("%Y-%m-%d %H:%M"), "feedback": str(kept)}
        learner = state.load()
        learner["self_grades"][a.id] = result
        try:
            state.save(learner)
        except OSError as exc:
            console.print(f"[yellow]could not record the score: {escape(str(exc))}[/]")
        if kept.is_dir():
            console.print(f"feedback: {kept}")
        return result
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
