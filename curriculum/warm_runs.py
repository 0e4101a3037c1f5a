"""Run many variants of source notebooks on the grading engine's warm sandboxes.

The mutant gate runs every mutant of every assignment: hundreds of notebooks that differ from
their source in one solution cell. A fresh Jupyter kernel per run pays kernel start-up and the
notebook's imports (3-10 s) every time; the grading engine forks each run from a warm parent
that has imported the course's libraries once (`curriculum.engine.sandbox`), and scores it with
the same trusted rules as `curriculum grade` (`curriculum.engine.scoring`). So a mutant is
judged exactly as a learner's submission would be.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from nbformat.v4 import new_notebook

from .engine.intake import jobs_cells
from .engine.run import BASE_PRELOAD, imported_modules
from .engine.sandbox import Limits, Sandbox
from .engine.scoring import score
from .notebooks import is_autograded_test


@dataclass
class WarmJob:
    key: tuple                # caller's identifier
    notebook: object          # the notebook to run (instructor cells, hidden tests included)
    release_nb: object        # the assignment's release (tells blank manual answers)
    files_from: Path | None   # released files copied beside the notebook
    limits: Limits
    stop_after: int | None = None   # run cells up to this index only (a prefix of the notebook)


@dataclass
class WarmResult:
    key: tuple
    earned: float             # autograded points, scored as `curriculum grade` scores them
    possible: float
    failures: dict            # test grade_id -> learner-safe reason, for cells that lost points
    problem: str | None       # why the run itself did not finish (timeout, crash), if it did not
    lost: list                # test grade_ids that ran and lost points

    @property
    def loses_points(self) -> bool:
        """Whether the run cost points in a test that ran (or the run itself broke down)."""
        return bool(self.lost) or self.problem is not None


def _protect(nb) -> list[str]:
    """What the runner restores before each test cell: the modules the tests import."""
    return imported_modules(new_notebook(cells=[c for c in nb.cells if is_autograded_test(c)]))


def run_warm(jobs: list[WarmJob], *, workers: int | None = None, progress=None,
             log_dir: Path | None = None) -> dict[tuple, WarmResult]:
    """Run every job on `workers` warm sandboxes (one per thread); returns results by key.

    Never raises for what a notebook does: a crash or a timeout loses that run's points.
    """
    if not jobs:
        return {}
    preload = list(dict.fromkeys(
        BASE_PRELOAD + [m for job in jobs for m in imported_modules(job.notebook)]))
    local = threading.local()
    sandboxes: list[Sandbox] = []
    lock = threading.Lock()

    def one(job: WarmJob) -> WarmResult:
        sandbox = getattr(local, "sandbox", None)
        if sandbox is None:
            sandbox = local.sandbox = Sandbox(preload, log_dir=log_dir)
            with lock:
                sandboxes.append(sandbox)
        cells = [c for c in jobs_cells(job.notebook)
                 if job.stop_after is None or c["index"] <= job.stop_after]
        run = sandbox.run(cells, job.limits, files_from=job.files_from,
                          protect=_protect(job.notebook))
        scored = score(job.notebook, run, job.release_nb, cell_s=job.limits.cell_s)
        failures = {c.grade_id: c.message for c in scored.cells
                    if c.status != "manual" and c.earned < c.possible}
        lost = [c.grade_id for c in scored.cells
                if c.status not in ("manual", "not run") and c.earned < c.possible]
        result = WarmResult(job.key, scored.earned, scored.possible, failures, run.stopped, lost)
        if progress:
            progress(job.key)
        return result

    workers = max(1, min(workers or os.cpu_count() or 1, len(jobs)))
    try:
        with ThreadPoolExecutor(workers, thread_name_prefix="warm-run") as pool:
            return {r.key: r for r in pool.map(one, jobs)}
    finally:
        for sandbox in sandboxes:
            sandbox.close()
