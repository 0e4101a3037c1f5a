"""The `curriculum` command: parses arguments and calls one function per command."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import CurriculumError


class _Group(click.Group):
    """Turns CurriculumError into one line on stderr and exit code 1 (traceback with --debug)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except CurriculumError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.secho(f"error: {exc}", fg="red", err=True)
            sys.exit(1)


course_option = click.option(
    "--course", "course_root", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Course root (holds source/, release/). Default: the current directory when it "
         "holds nbgrader_config.py (following its CourseDirectory.root), else this repo.")


@click.group(cls=_Group)
@click.option("--debug", is_flag=True, help="Show full tracebacks.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """An ML-engineer curriculum in Jupyter notebooks that grades itself (built on nbgrader)."""
    ctx.obj = {"debug": debug}


@main.command("list")
def list_cmd() -> None:
    """List stages and assignments with their status, points and CPU budget."""
    from .commands import list_assignments
    list_assignments()


@main.command()
@click.argument("assignment_ids", nargs=-1)
@course_option
def build(assignment_ids: tuple[str, ...], course_root: Path | None) -> None:
    """Generate release/ from source/ with nbgrader (all ready assignments by default)."""
    from .commands import build_command
    build_command(assignment_ids, course_root=course_root)


@main.command()
@click.argument("assignment_ids", nargs=-1)
@click.option("--workers", type=int, default=None, help="Parallel kernels (default: all cores).")
@course_option
def validate(assignment_ids: tuple[str, ...], workers: int | None,
             course_root: Path | None) -> None:
    """Run the seven authoring gates; exit 1 if any gate fails."""
    from .commands import validate_command
    if not validate_command(assignment_ids, workers=workers, course_root=course_root):
        sys.exit(1)


@main.command()
@click.argument("assignment_ids", nargs=-1)
@course_option
def clauses(assignment_ids: tuple[str, ...], course_root: Path | None) -> None:
    """List each exercise's clauses and the mutants that break them; exit 1 if a listed
    clause has no mutant."""
    from .commands import clauses_command
    if not clauses_command(assignment_ids, course_root=course_root):
        sys.exit(1)


@main.command(context_settings={"ignore_unknown_options": True})
@click.argument("assignment_ids", nargs=-1, required=True)
@click.option("--submissions", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Folder laid out as DIR/<student>/<assignment>/*.ipynb "
              "(default: the course's submitted/, as nbgrader autograde).")
@click.option("--report-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write grades.csv and report.html (default: <course>/reports).")
@click.option("--workers", type=int, default=None,
              help="Notebooks graded at once on this machine (default: all cores).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run the notebooks on a Dask distributed cluster (e.g. tcp://host:8786).")
@click.option("--cell-timeout", type=float, default=None,
              help="Seconds one cell may run (default: nbgrader_config.py's Execute.timeout).")
@click.option("--notebook-timeout", type=float, default=None,
              help="Seconds one notebook may run (default: 3x the assignment's budget).")
@click.option("--force", "-f", is_flag=True,
              help="Regrade submissions that have not changed since the last run.")
@click.option("--db", "db_url", default=None, metavar="URL",
              help="Gradebook URL (default: nbgrader_config.py's CourseDirectory.db_url).")
@click.option("--student", "students", multiple=True, metavar="ID",
              help="Grade only this learner (repeatable).")
@click.option("--notebook", "notebooks", multiple=True, metavar="PATTERN",
              help="Grade only notebooks matching this name without .ipynb (repeatable).")
@click.option("--no-feedback", is_flag=True, help="Skip the learners' feedback HTML.")
@click.option("--self", "self_grade", is_flag=True,
              help="Learners: grade YOUR notebook (--notebook PATH, default your copy in "
                   "release/) with the hidden tests; honest self-assessment, the source is "
                   "public. Touches no gradebook.")
@course_option
def grade(assignment_ids: tuple[str, ...], submissions: Path | None, report_dir: Path | None,
          workers: int | None, scheduler: str | None, cell_timeout: float | None,
          notebook_timeout: float | None, force: bool, db_url: str | None,
          students: tuple[str, ...], notebooks: tuple[str, ...], no_feedback: bool,
          self_grade: bool, course_root: Path | None) -> None:
    """Autograde submissions in a sandbox, in parallel; write the gradebook, feedback, grades
    CSV and a report. With --self: grade your own notebook. Run it where `nbgrader autograde`
    runs; nbgrader's `--Section.name=value` settings are accepted (e.g. --Execute.timeout=2)."""
    settings = tuple(a for a in assignment_ids if a.startswith("--") and "=" in a and
                     "." in a.split("=", 1)[0])
    unknown = [a for a in assignment_ids if a.startswith("-") and a not in settings]
    if unknown:
        raise click.UsageError(f"no such option: {unknown[0]}")
    assignment_ids = tuple(a for a in assignment_ids if not a.startswith("-"))
    if not assignment_ids:
        raise click.UsageError("name at least one assignment")
    if self_grade:
        from .errors import CurriculumError
        from .learner.commands import self_grade_command
        if len(assignment_ids) != 1 or len(notebooks) > 1:
            raise CurriculumError("--self grades one assignment: "
                                  "`curriculum grade --self ASSIGNMENT [--notebook PATH]`.")
        self_grade_command(assignment_ids[0], course_root=course_root,
                           notebook=Path(notebooks[0]) if notebooks else None)
        return
    from .commands import grade_command
    outcomes = grade_command(assignment_ids, submissions=submissions, report_dir=report_dir,
                             course_root=course_root, workers=workers, scheduler=scheduler,
                             cell_timeout=cell_timeout, notebook_timeout=notebook_timeout,
                             force=force, feedback=not no_feedback, db_url=db_url,
                             students=students, notebooks=notebooks, overrides=settings)
    if any(o.status in ("failed", "malformed") for o in outcomes):
        sys.exit(1)             # as `nbgrader autograde`: some submission could not be graded


@main.command()
@click.argument("assignment_id", required=False)
@click.option("--notebook", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Your notebook (default: release/<assignment>/<assignment>.ipynb).")
@click.option("--exercise", default=None, metavar="GRADE_ID",
              help="Only this exercise (its solution cell's grade_id, e.g. q2_matmul).")
@click.option("--watch", is_flag=True, help="Keep running; re-check each time you save.")
@course_option
def check(assignment_id: str | None, notebook: Path | None, exercise: str | None, watch: bool,
          course_root: Path | None) -> None:
    """Run your notebook's visible tests: each exercise not attempted / failing / passing.
    Without an assignment: every notebook you have worked on (all when none)."""
    from .learner.commands import check_command
    check_command(assignment_id, notebook=notebook, course_root=course_root, watch=watch,
                  exercise=exercise)


@main.command()
@click.argument("assignment_id")
@click.argument("exercise")
@course_option
def hint(assignment_id: str, exercise: str, course_root: Path | None) -> None:
    """Show the next hint for EXERCISE (its solution grade_id), one tier per call."""
    from .learner.commands import hint_command
    hint_command(assignment_id, exercise, course_root=course_root)


@main.command()
@course_option
def progress(course_root: Path | None) -> None:
    """Your progress in every assignment of every stage, with a plot."""
    from .learner.commands import progress_command
    progress_command(course_root=course_root)


@main.command(context_settings={"ignore_unknown_options": True})
@click.option("--instructor", is_flag=True,
              help="The instructor's profile: formgrader and Create Assignment.")
@click.option("--port", type=int, default=None, help="Port (default: JupyterLab's choice).")
@click.option("--no-browser", is_flag=True, help="Do not open a browser.")
@click.argument("jupyter_args", nargs=-1, type=click.UNPROCESSED)
@course_option
def lab(instructor: bool, port: int | None, no_browser: bool, jupyter_args: tuple[str, ...],
        course_root: Path | None) -> None:
    """Start JupyterLab for learning (Validate, no instructor tools); extra arguments go to
    `jupyter lab`."""
    from .learner.commands import lab_command
    sys.exit(lab_command(instructor=instructor, course_root=course_root, port=port,
                         open_browser=not no_browser, extra=jupyter_args))


@main.command()
@click.argument("assignment_ids", nargs=-1)
@click.option("--learners", type=int, default=12, show_default=True,
              help="Cohort size (12 covers each scripted case once; more adds random mixes).")
@course_option
def demo(assignment_ids: tuple[str, ...], learners: int, course_root: Path | None) -> None:
    """Build, synthesise a cohort, grade it and print the grade table (all ready
    assignments by default)."""
    from .commands import demo_command
    demo_command(assignment_ids, learners=learners, course_root=course_root)


if __name__ == "__main__":  # pragma: no cover
    main()
