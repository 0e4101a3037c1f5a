"""What each CLI command does, as plain functions (the CLI only parses arguments)."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from .course import Course
from .syllabus import load_syllabus

console = Console(width=max(Console().width, 140))


def list_assignments() -> None:
    syllabus = load_syllabus()
    table = Table(title="Syllabus")
    for column in ("stage", "assignment", "title", "status", "points", "budget (s)"):
        table.add_column(column)
    for stage in syllabus.stages:
        for a in stage.assignments:
            table.add_row(stage.id, a.id, a.title, a.status, f"{a.points:g}", f"{a.budget_s:g}")
    console.print(table)


def build_command(ids: tuple[str, ...], *, course_root: Path | None = None) -> None:
    from .build import build

    course = Course.at(course_root)
    assignments = course.assignments(ids, allow_planned=True)
    for folder in build(course, assignments):
        console.print(f"released {folder.relative_to(course.root)}")


def validate_command(ids: tuple[str, ...], *, workers: int | None = None,
                     course_root: Path | None = None) -> bool:
    """Print one table of gates per assignment; True when every gate passes."""
    from .validate import GATES, validate

    course = Course.at(course_root)
    assignments = course.assignments(ids, allow_planned=True)
    with console.status(f"validating {len(assignments)} assignment(s)...") as status:
        done = [0]

        def progress(key):
            done[0] += 1
            status.update(f"validating: {done[0]} notebook runs done (last: {key[0]} {key[1]})")

        reports = validate(course, assignments, workers=workers, progress=progress)
    summary = Table(title="curriculum validate")
    summary.add_column("assignment")
    for gate in GATES:
        summary.add_column(gate)
    summary.add_column("exercises", justify="right")
    summary.add_column("points", justify="right")
    summary.add_column("runtime (s)", justify="right")
    for report in reports:
        marks = {g.name: ("[green]pass[/]" if g.ok else "[red]FAIL[/]") for g in report.gates}
        summary.add_row(report.assignment.id, *(marks.get(g, "-") for g in GATES),
                        str(report.exercises), f"{report.assignment.points:g}",
                        f"{report.source_seconds:.1f}" if report.source_seconds else "-")
    console.print(summary)
    for report in reports:
        for gate in report.gates:
            if not gate.ok:
                console.print(f"[red]{report.assignment.id} {gate.name}:[/] {gate.detail}")
    ok = all(r.ok for r in reports)
    console.print("[green]all gates pass[/]" if ok else "[red]some gates fail[/]")
    return ok


def _grade_table(outcomes, title: str) -> Table:
    table = Table(title=title)
    for column, justify in (("learner", "left"), ("assignment", "left"), ("status", "left"),
                            ("score", "right"), ("manual", "right"), ("what failed", "left")):
        table.add_column(column, justify=justify, overflow="fold")
    for o in outcomes:
        colour = "green" if o.status == "graded" and o.score == o.max_score else (
            "red" if o.status != "graded" else "yellow" if o.score < o.max_score else "")
        reason = o.reason if len(o.reason) <= 110 else o.reason[:107] + "..."
        table.add_row(o.student, o.assignment, f"[{colour}]{o.status}[/]" if colour else o.status,
                      f"{o.score:g}/{o.max_score:g}",
                      f"{o.manual_pending:g} pending" if o.manual_pending else "", reason)
    return table


def _grid_table(outcomes) -> Table:
    """Learners x assignments, autograded percent per cell, and each assignment's mean."""
    students = sorted({o.student for o in outcomes})
    assignments = sorted({o.assignment for o in outcomes})
    by_key = {(o.student, o.assignment): o for o in outcomes}
    table = Table(title="Cohort: autograded %", caption="- missing   x malformed or failed")
    table.add_column("learner")
    for a in assignments:
        table.add_column(a[:5], justify="right")  # s1-01 ...: ids sort in syllabus order
    table.add_column("mean", justify="right")

    def cell(o):
        if o.status == "missing":
            return "-"
        if o.status != "graded":
            return "x"
        return f"{100 * o.score / o.max_score:.0f}" if o.max_score else "0"

    def percent(o):
        return 100 * o.score / o.max_score if o.max_score else 0.0

    for student in students:
        row = [by_key[(student, a)] for a in assignments]
        table.add_row(student, *(cell(o) for o in row),
                      f"{sum(map(percent, row)) / len(row):.0f}")
    means = [sum(percent(by_key[(s, a)]) for s in students) / len(students) for a in assignments]
    table.add_section()
    table.add_row("[bold]mean[/]", *(f"{m:.0f}" for m in means), f"{sum(means) / len(means):.0f}")
    return table


def grade_command(ids: tuple[str, ...], *, submissions: Path | None = None,
                  report_dir: Path | None = None,
                  course_root: Path | None = None, cell_timeout: float | None = None,
                  notebook_timeout: float | None = None, workers: int | None = None,
                  scheduler: str | None = None, force: bool = False, feedback: bool = True,
                  title: str = "Grade report", db_url: str | None = None,
                  students: tuple[str, ...] = (), notebooks: tuple[str, ...] = (),
                  overrides: tuple[str, ...] = ()) -> list:
    """Grade in the sandboxed engine, then write grades.csv (nbgrader export), outcomes.csv
    and report.html. `submissions` defaults to the course's submitted/ (nbgrader's);
    `db_url`, `students` and `notebooks` are nbgrader's --db, --student and --notebook;
    `overrides` its `--Section.name=value` settings (e.g. `--Execute.timeout=2`).
    Returns the outcomes, one per learner and assignment (notebooks summed)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from .engine.run import by_assignment, grade, roster
    from .engine.sandbox import Limits
    from .report import export_grades_csv, write_html_report, write_outcomes_csv

    course = Course.at(course_root, db_url=db_url, overrides=overrides)
    assignments = course.assignments(ids)
    submissions = Path(submissions) if submissions else course.root / "submitted"
    config = course.nbgrader_config()
    exclude = config.CourseDirectory.get("student_id_exclude") or ""
    chosen = [s for s in roster(submissions) if (not students or s in students)
              and s not in {x.strip() for x in exclude.split(",") if x.strip()}]
    total = len(chosen) * sum(len(course.notebook_names(a.id)) for a in assignments)
    configured = str(config.Execute.get("timeout"))    # None: we keep a limit all the same
    configured = float(configured) if configured.replace(".", "", 1).isdigit() else None
    limits = Limits(cell_s=cell_timeout or configured or Limits.cell_s)
    counts = {"failing": 0}
    with Progress(TextColumn("grading"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[note]}"), console=console) as progress:
        task = progress.add_task("grading", total=total, note="")

        def on_outcome(outcome):
            counts["failing"] += outcome.status != "graded" or outcome.score < outcome.max_score
            done = progress.tasks[0].completed + 1
            progress.update(task, advance=1, note=(
                f"{counts['failing']} not full marks, {total - done} to go · last: "
                f"{outcome.student}/{outcome.assignment} {outcome.score:g}/"
                f"{outcome.max_score:g}"))

        result = grade(course, assignments, submissions, workers=workers, scheduler=scheduler,
                       limits=limits, notebook_timeout=notebook_timeout, force=force,
                       feedback=feedback, on_outcome=on_outcome, students=chosen,
                       notebooks=list(notebooks) or None)
    outcomes = by_assignment(result.outcomes)       # several notebooks: one row per assignment
    report_dir = Path(report_dir) if report_dir else course.reports_dir
    grades_csv = export_grades_csv(course.db_url, report_dir / "grades.csv")
    from .engine.lms import export_lms_csv
    lms_csv = export_lms_csv(course.db_url, report_dir / "lms-grades.csv",
                             titles={a.id: a.title for a in assignments})
    outcomes_csv = write_outcomes_csv(outcomes, report_dir / "outcomes.csv")
    html = write_html_report(outcomes, report_dir / "report.html", title=title,
                             files={"grades.csv": grades_csv, "outcomes.csv": outcomes_csv},
                             protections=result.protections, backend=result.backend,
                             seconds=result.seconds)
    console.print(_grade_table(outcomes, title))
    console.print(_grid_table(outcomes))
    reused = sum(o.reused for o in outcomes)
    console.print(f"graded {len(outcomes) - reused} submission(s) in {result.seconds:.1f} s on "
                  f"{result.backend}" + (f"; {reused} unchanged since the last run were kept "
                                         "(--force regrades them)" if reused else ""))
    console.print(_protections_line(result.protections))
    review = [o for o in outcomes if o.review]
    if review:
        console.print(f"[yellow]{len(review)} submission(s) need a grader's review[/] "
                      f"(see the report): " + ", ".join(f"{o.student}/{o.assignment}"
                                                        for o in review[:8]))
    if result.backup:
        console.print(f"gradebook backed up first to:  {result.backup}")
    console.print(f"grades CSV (nbgrader export): {grades_csv}")
    console.print(f"LMS CSV (Canvas, Moodle):     {lms_csv}")
    console.print(f"outcomes CSV (with reasons):  {outcomes_csv}")
    console.print(f"HTML report with plots:       {html}")
    console.print(f"feedback for learners:        {course.root / 'feedback'}")
    return outcomes


def _protections_line(protections: dict) -> str:
    if not protections:
        return "protections: nothing was run in a sandbox this time"
    sandbox = protections.get("sandbox", "?")
    colour = "green" if sandbox == "bubblewrap" else "red"
    pidns = protections.get("pid_namespace")
    return (f"protections: [{colour}]{sandbox}[/], {protections.get('uid')}, "
            f"{'a PID namespace per notebook' if pidns else 'NO PID namespace per notebook'}"
            ", rlimits (memory, processes, file size, open files, CPU), time limits per cell "
            "and notebook, output cap"
            + (f", {protections['channel']}" if protections.get("channel") else ""))


# Long enough for every solved cell on a loaded 2-core machine; the looping learner costs
# this much once per assignment (in parallel with the others).
DEMO_CELL_TIMEOUT_S = 20


def demo_command(ids: tuple[str, ...] = (), *, learners: int = 12,
                 course_root: Path | None = None) -> list:
    """Build the release, synthesise a cohort, grade it and print the table
    (every ready assignment, or those named)."""
    from .build import build
    from .demo import synthesise
    from .errors import CurriculumError

    if learners < 1:
        raise CurriculumError("--learners must be at least 1.")
    course = Course.at(course_root)
    assignments = load_syllabus(course.syllabus_path).select(ids)
    if not assignments:
        raise CurriculumError("no assignment is 'ready' in the syllabus.")
    console.print(f"[bold]1/3 release[/]: {len(assignments)} assignment(s) with nbgrader")
    build(course, assignments)
    cohort_dir = course.root / "demo-cohort"
    people = synthesise(course, assignments, cohort_dir, size=learners)
    console.print(f"[bold]2/3 cohort[/]: {len(people)} learners in {cohort_dir}")
    for person in people:
        console.print(f"  {person.name:<10} {person.description}")
    console.print(f"[bold]3/3 grade[/]: sandboxed parallel autograde, feedback, export "
                  f"(cell timeout {DEMO_CELL_TIMEOUT_S} s for the demo)")
    return grade_command(tuple(a.id for a in assignments), submissions=cohort_dir,
                         course_root=course.root, cell_timeout=DEMO_CELL_TIMEOUT_S,
                         force=True, title="Demo cohort")


def check_command(assignment_id: str | None, *, notebook: Path | None = None,
                  course_root: Path | None = None) -> None:
    """`curriculum check` (kept for callers of this module; the learner's commands live in
    curriculum.learner.commands)."""
    from .learner.commands import check_command as learner_check

    learner_check(assignment_id, notebook=notebook, course_root=course_root)


def clauses_command(ids: tuple[str, ...], *, course_root: Path | None = None) -> bool:
    """Print each exercise's listed clauses and the mutants that break them; True when every
    listed clause has a mutant (exercises that list no clause are named, not failed)."""
    from .clauses import clause_table, clauses
    from .mutants import load_mutants
    from .notebooks import read_notebook

    course = Course.at(course_root)
    ok = True
    for assignment in course.assignments(ids, allow_planned=True):
        nb = read_notebook(course.source_notebook(assignment.id))
        mutants = load_mutants(course, assignment.id)
        table = Table(title=assignment.id)
        for column in ("exercise", "clause", "sentence", "mutants"):
            table.add_column(column, overflow="fold")
        for solution_id, slug, sentence, names in clause_table(nb, mutants):
            ok &= bool(names)
            table.add_row(solution_id, slug, sentence,
                          ", ".join(n.split("__", 1)[1] for n in names) or "[red]none[/]")
        unlisted = [sid for sid, listed in clauses(nb).items() if not listed]
        console.print(table)
        if unlisted:
            console.print(f"[yellow]no clauses listed[/] for {', '.join(unlisted)}")
    return ok
