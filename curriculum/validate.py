"""`curriculum validate`: the authoring gates of DESIGN.md for each assignment.

1 lint · 2 source earns full marks · 3 release earns 0 and runs to the end · 4 every mutant
loses points and every alternative (correct) answer keeps full marks · 5 two source runs
score identically · 6 source runtime within the budget · 7 the source earns full marks in the
grading sandbox too.
Source and release runs use one fresh Jupyter kernel each (what stock nbgrader does), all in
one process pool. Mutants run on the grading engine's warm forked sandboxes and are scored
by its rules (`curriculum.warm_runs`): each costs its cells, not a kernel start and imports,
and a mutant must lose points under the grader learners actually face.
"""

from __future__ import annotations

import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from .build import release_in_scratch
from .course import Course
from .errors import CurriculumError
from .engine.sandbox import Limits
from .execute import DEFAULT_CELL_TIMEOUT_S, execute_notebook
from .lint import lint_notebook
from .mutants import Mutant, load_alternatives, load_mutants
from .notebooks import (exercises, grade_id, max_autograded_points, read_notebook,
                        with_source_cells)
from .scoring import Score, score_notebook
from .syllabus import Assignment
from .warm_runs import WarmJob, run_warm

GATES = ("lint", "source", "release", "mutants", "determinism", "budget", "sandbox")


@dataclass
class Gate:
    name: str
    ok: bool
    detail: str


@dataclass
class MutantOutcome:
    mutant: Mutant
    score: float
    max_score: float

    @property
    def caught(self) -> bool:
        return self.score < self.max_score


@dataclass
class AssignmentValidation:
    assignment: Assignment
    gates: list[Gate] = field(default_factory=list)
    source_seconds: float | None = None
    source_cpu_seconds: float | None = None
    source_points: float = 0.0
    mutants: list[MutantOutcome] = field(default_factory=list)
    alternatives: list[MutantOutcome] = field(default_factory=list)
    exercises: int = 0

    @property
    def ok(self) -> bool:
        return all(g.ok for g in self.gates)


def _die_with_parent() -> None:
    """Pool workers get SIGKILL when validate dies (Linux prctl PR_SET_PDEATHSIG), so an
    interrupted run leaves no worker and no kernel behind."""
    try:
        import ctypes
        import signal
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: nothing to do
        pass


def _run_job(args: tuple) -> tuple[str, dict, tuple[float, float | None], str | None]:
    key, nb_dict, assignment_dir = args
    run = execute_notebook(nbformat.from_dict(nb_dict), assignment_dir=assignment_dir)
    return key, run.notebook, (run.seconds, run.cpu_seconds), run.error


def _last_test_cells(nb) -> dict[str, int]:
    """Solution grade_id -> the index of the last cell of its exercise's tests."""
    index = {grade_id(c): i for i, c in enumerate(nb.cells) if grade_id(c)}
    return {e.solution_id: max(index[t] for t in e.test_ids)
            for e in exercises(nb) if e.test_ids}


def _lost(warm: dict, aid: str, i: int) -> str:
    result = warm[(aid, "alternative", i)]
    return "; ".join(f"{gid}: {msg[:100]}" for gid, msg in result.failures.items()) or (
        result.problem or "")


def _describe(score: Score) -> str:
    failing = ", ".join(f"{gid} ({msg[:80]})" for gid, msg in score.failures.items())
    return failing or "no failing test cell"


def validate(course: Course, assignments: list[Assignment], *, workers: int | None = None,
             progress=None) -> list[AssignmentValidation]:
    """Run the gates; returns one AssignmentValidation per assignment (never raises for a
    failing gate, only for a setup problem such as a missing notebook)."""
    reports: dict[str, AssignmentValidation] = {}
    jobs: list[tuple] = []
    warm_jobs: list[WarmJob] = []
    context: dict[str, dict] = {}
    scratch_dirs: list[Path] = []
    try:
        for assignment in assignments:
            report = AssignmentValidation(assignment)
            reports[assignment.id] = report
            source_path = course.source_notebook(assignment.id)
            source = read_notebook(source_path)
            mutants = load_mutants(course, assignment.id)
            solution_ids = {e.solution_id for e in exercises(source)}
            alternatives = load_alternatives(course, assignment.id)
            problems = lint_notebook(source, assignment, mutants) + [
                f"{a.path.name}: no solution cell '{a.target}' to replace."
                for a in alternatives if a.target not in solution_ids]
            alternatives = [a for a in alternatives if a.target in solution_ids]
            report.gates.append(Gate("lint", not problems, "; ".join(problems) or "ok"))
            report.exercises = len(exercises(source))
            release, scratch = release_in_scratch(course, assignment)
            scratch_dirs.append(scratch)
            folder = source_path.parent
            # The release a learner leaves blank, graded with the instructor's (hidden) tests.
            graded_release = with_source_cells(release, source)
            context[assignment.id] = {"source": source, "mutants": mutants,
                                      "alternatives": alternatives}
            jobs += [((assignment.id, "source", 1), source, folder),
                     ((assignment.id, "source", 2), source, folder),
                     ((assignment.id, "release", 0), graded_release, folder)]
            limits = Limits(cell_s=DEFAULT_CELL_TIMEOUT_S,
                            notebook_s=3 * assignment.budget_s)
            warm_jobs.append(WarmJob((assignment.id, "sandbox", 0), source, release, folder,
                                     limits))
            # A mutant first runs only up to its own exercise's tests (most are caught there);
            # one that survives that prefix runs whole, so a later test may still catch it.
            last_test = _last_test_cells(source)
            warm_jobs += [WarmJob((assignment.id, "mutant", i), m.apply(source), release,
                                  folder, limits, stop_after=last_test.get(m.target))
                          for i, m in enumerate(mutants)]
            warm_jobs += [WarmJob((assignment.id, "alternative", i), a.apply(source), release,
                                  folder, limits)
                          for i, a in enumerate(alternatives)]
        results: dict[tuple, tuple[dict, float, str | None]] = {}
        workers = workers or os.cpu_count() or 1
        with ProcessPoolExecutor(max_workers=workers, initializer=_die_with_parent) as pool:
            futures = [pool.submit(_run_job, job) for job in jobs]
            for future in futures:
                key, nb, seconds, error = future.result()
                results[key] = (nb, seconds, error)
                if progress:
                    progress(key)
        warm = run_warm(warm_jobs, workers=workers, progress=progress)
        again = [WarmJob(j.key, j.notebook, j.release_nb, j.files_from, j.limits)
                 for j in warm_jobs if j.stop_after is not None and
                 not warm[j.key].loses_points]
        warm.update(run_warm(again, workers=workers, progress=progress))
    finally:
        for scratch in scratch_dirs:
            shutil.rmtree(scratch, ignore_errors=True)

    for aid, report in reports.items():
        source = context[aid]["source"]
        full = max_autograded_points(source)
        (nb1, (sec1, cpu1), err1), (nb2, _sec2, err2) = results[(aid, "source", 1)], results[
            (aid, "source", 2)]
        score1, score2 = score_notebook(nb1), score_notebook(nb2)
        report.source_seconds, report.source_points = sec1, score1.total
        source_ok = err1 is None and score1.total == full and not score1.errors_outside_exercises
        detail = (f"{score1.total:g}/{full:g} points" if source_ok else
                  f"{score1.total:g}/{full:g} points; " + (err1 or "") + " " + _describe(score1)
                  + "".join(f"; {e}" for e in score1.errors_outside_exercises))
        report.gates.append(Gate("source", source_ok, detail.strip()))

        rel_nb, _sec, rel_err = results[(aid, "release", 0)]
        rel = score_notebook(rel_nb)
        rel_ok = rel_err is None and rel.total == 0 and not rel.errors_outside_exercises
        detail = f"{rel.total:g}/{full:g} points"
        if rel.total:
            passing = [g for g, p in rel.cells.items() if p > 0]
            detail += f"; blank answers pass {', '.join(passing)}"
        if rel.errors_outside_exercises:
            detail += "; crashes outside exercises: " + "; ".join(rel.errors_outside_exercises)
        if rel_err:
            detail += f"; {rel_err}"
        report.gates.append(Gate("release", rel_ok, detail))

        sandboxed = warm[(aid, "sandbox", 0)]
        sandbox_ok = sandboxed.earned == full and not sandboxed.problem
        outcomes = []
        for i, mutant in enumerate(context[aid]["mutants"]):
            result = warm[(aid, "mutant", i)]
            outcomes.append(MutantOutcome(mutant, result.earned if result.loses_points
                                          else full, full))
        report.mutants = outcomes
        survivors = [o.mutant.name for o in outcomes if not o.caught]
        report.alternatives = [MutantOutcome(a, warm[(aid, "alternative", i)].earned, full)
                               for i, a in enumerate(context[aid]["alternatives"])]
        rejected = [f"{o.mutant.name} ({_lost(warm, aid, i)})"
                    for i, o in enumerate(report.alternatives) if o.caught]
        report.gates.append(Gate(
            "mutants", bool(outcomes) and not survivors and not rejected and sandbox_ok,
            f"{len(outcomes) - len(survivors)}/{len(outcomes)} caught"
            + (f"; survived: {', '.join(survivors)}" if survivors else "")
            + (f"; {len(report.alternatives) - len(rejected)}/{len(report.alternatives)} "
               "alternatives keep full marks" if report.alternatives else "")
            + (f"; correct alternatives lose points: {', '.join(rejected)}" if rejected else "")
            + ("" if sandbox_ok else "; not judged: the source fails in the grading sandbox")))

        same = score1.cells == score2.cells and err1 == err2
        report.gates.append(Gate("determinism", same, "identical scores" if same else
                                 f"run 1 {score1.cells} != run 2 {score2.cells}"))
        # The budget is CPU time (the kernel's, its threads' and its subprocesses'): on a
        # loaded machine wall time grows with the load, CPU time does not. Wall time is
        # shown beside it, and judged where /proc cannot tell the CPU time.
        used = cpu1 if cpu1 is not None else sec1
        report.source_cpu_seconds = cpu1
        within = used <= report.assignment.budget_s
        report.gates.append(Gate("budget", within, (
            f"{cpu1:.1f} s CPU ({sec1:.1f} s wall)" if cpu1 is not None else f"{sec1:.1f} s wall")
            + f" of {report.assignment.budget_s:g} s"))
        detail = f"{sandboxed.earned:g}/{full:g} points under curriculum grade"
        if not sandbox_ok:
            detail += "".join(f"; {gid}: {msg[:120]}" for gid, msg in sandboxed.failures.items())
            detail += f"; {sandboxed.problem}" if sandboxed.problem else ""
        report.gates.append(Gate("sandbox", sandbox_ok, detail))
    return list(reports.values())


def check_release_in_sync(course: Course, assignment: Assignment) -> str | None:
    """None if release/<id>/ matches a fresh generation from source/, else what differs."""
    committed = course.release_notebook(assignment.id)
    if not committed.exists():
        return f"{committed} is missing; run `curriculum build {assignment.id}`."
    fresh, scratch = release_in_scratch(course, assignment)
    try:
        if nbformat.writes(fresh) != nbformat.writes(read_notebook(committed)):
            return (f"{committed} differs from what source/ generates; run "
                    f"`curriculum build {assignment.id}` and commit release/.")
        # every other released file too (hints.json, data files), byte for byte
        generated = scratch / "release" / assignment.id
        ours = committed.parent
        names = {p.relative_to(generated) for p in generated.rglob("*") if p.is_file()} | {
            p.relative_to(ours) for p in ours.rglob("*") if p.is_file()}
        for name in sorted(names - {Path(committed.name)}):
            if not (ours / name).is_file() or not (generated / name).is_file() or \
                    (ours / name).read_bytes() != (generated / name).read_bytes():
                return (f"{ours / name} differs from what source/ generates; run "
                        f"`curriculum build {assignment.id}` and commit release/.")
        return None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


__all__ = ["validate", "check_release_in_sync", "GATES", "AssignmentValidation",
           "CurriculumError"]
