"""intake -> sandbox -> score -> write, for every learner and assignment.

Execution is the only parallel step, and it is a plain function (`execute`) so that the same
code runs on a local thread pool (each thread drives its own sandboxed warm parent, which does
the CPU work) or on a Dask distributed cluster (`scheduler="tcp://host:8786"`). Scoring and
every write happen here, in one process: one gradebook writer.
"""

from __future__ import annotations

import ast
import atexit
import functools
import re
import hashlib
import json
import os
import queue
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import nbformat

from ..course import Course
from ..errors import CurriculumError
from ..notebooks import hidden_test_lines, is_autograded_test, read_notebook
from ..syllabus import Assignment
from .feedback import FeedbackPool, hints_by_exercise, learner_copy
from .gradebook import Writer
from .intake import jobs_cells, take_in
from .sandbox import Limits, Run, Sandbox, shared_modules
from .scoring import score

ENGINE_VERSION = "2"   # 2: data files, code manual answers, timestamps
# Imported by the warm parent whatever the notebooks say: they are what a kernel needs.
BASE_PRELOAD = ["numpy", "IPython", "matplotlib", "matplotlib.pyplot", "matplotlib_inline",
                "curriculum.checks"]


@dataclass
class Outcome:
    """What happened to one learner's submission of one assignment."""

    student: str
    assignment: str
    status: str                       # graded | missing | malformed | failed
    notebook: str = ""                # the notebook's name without .ipynb
    score: float = 0.0                # autograded points earned
    max_score: float = 0.0            # autograded points possible
    manual_pending: float = 0.0       # points that wait for a human
    reasons: list[str] = field(default_factory=list)    # learner-safe
    review: list[str] = field(default_factory=list)     # why a grader should look
    warnings: list[str] = field(default_factory=list)
    cells: dict[str, float] = field(default_factory=dict)   # test grade_id -> points earned
    seconds: float = 0.0              # wall time in the sandbox
    cell_seconds: float = 0.0         # pure cell execution time
    reused: bool = False              # unchanged since the last run: not graded again

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


@dataclass
class Plan:
    """What grading one assignment needs, read once."""

    assignment: Assignment
    name: str
    source_nb: object
    release_nb: object
    release_dir: Path
    hints: dict
    protect: list
    max_score: float
    digest: str
    hidden: set
    siblings: tuple = ()              # every notebook name of the assignment
    problem: str = ""                 # why no submission of this notebook can be graded here
    files_dir: Path | None = None     # the files shipped beside the notebooks


    @property
    def stem(self) -> str:
        return Path(self.name).stem


# Cell magics whose body IPython runs as Python; any other (%%writefile, %%bash, %%html...)
# holds text the kernel does not execute, such as a test file the notebook writes.
PYTHON_CELL_MAGICS = ("%%time", "%%timeit", "%%capture", "%%prun")


def _runs_as_python(source: str) -> bool:
    first = source.lstrip().split("\n", 1)[0].strip()
    return not first.startswith("%%") or first.split()[0] in PYTHON_CELL_MAGICS


def written_modules(nb) -> set[str]:
    """Modules the notebook writes itself while it runs (`%%writefile name.py`, or a
    "name.py" string it writes to): importing them is no missing library."""
    names = set()
    for cell in nb.cells:
        if cell.cell_type == "code":
            names.update(re.findall(r"""(?:%%writefile\s+(?:-a\s+)?|["'])([A-Za-z_][A-Za-z0-9_]*)\.py\b""",
                                    cell.source))
    return names


def imported_modules(nb) -> list[str]:
    """Modules a notebook imports (every code cell that runs as Python, hidden tests
    included)."""
    found = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            found += _cell_imports(cell.source)
    return list(dict.fromkeys(found))


def _statements(tree):
    """The statements of a tree in `ast.walk`'s order, without walking the expressions
    (no statement is ever inside one): where imports can be."""
    todo = deque([tree])
    while todo:
        node = todo.popleft()
        yield node
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, list):
                todo.extend(v for v in value
                            if isinstance(v, (ast.stmt, ast.excepthandler, ast.match_case)))


@functools.lru_cache(maxsize=4096)
def _cell_imports(source: str) -> tuple[str, ...]:
    """The modules one code cell imports, in order (parsed once per distinct source: a
    grading run asks for the same instructor cells several times)."""
    if "import" not in source or not _runs_as_python(source):
        return ()                       # (no import statement without the word)
    source = "\n".join(line for line in source.splitlines()
                       if not line.lstrip().startswith(("%", "!")))
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return ()
    found = []
    for node in _statements(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append(node.module)
    return tuple(found)


def _unsupported(name: str, source_nb, modules: list[str], folder: Path) -> str:
    """Why this engine cannot grade the notebook (a non-Python kernel, a library missing
    from the grading environment), with the fix; "" when it can."""
    import importlib.util
    import sys

    spec = source_nb.metadata.get("kernelspec", {}) or {}
    language = (spec.get("language") or source_nb.metadata.get("language_info", {}).get(
        "name") or "python").lower()
    if language != "python":
        return (f"{name} uses the {spec.get('name') or language!r} kernel ({language}); "
                "curriculum grade runs Python notebooks only: grade this assignment with "
                "`nbgrader autograde`, or set the source notebook's kernel to Python 3")
    missing = []
    written = written_modules(source_nb)
    for module in modules:
        top = module.split(".")[0]
        if (folder / f"{top}.py").is_file() or (folder / top).is_dir() or top in written:
            continue                            # shipped beside the notebook, or written by it
        try:
            found = importlib.util.find_spec(top) is not None
        except (ImportError, ValueError):
            found = False
        if not found and top not in missing:
            missing.append(top)
    if missing:
        return (f"{name} imports {', '.join(missing)}, not installed where curriculum grade "
                f"runs ({sys.prefix}): install it there (`{sys.executable} -m pip install "
                f"{' '.join(missing)}`) and grade again")
    return ""


def _instructor_cells(source_nb, gradebook, notebook: str, assignment: str) -> None:
    """Give the source notebook's grade and locked cells the source nbgrader saved in the
    gradebook at release time (what nbgrader's OverwriteCells runs): the same text, except
    where generate_assignment rewrote it, e.g. AUTOTEST directives expanded into tests."""
    from nbgrader.api import Assignment, MissingEntry, Notebook, SourceCell

    # one query for the notebook's cells; a name not there exactly once goes through
    # nbgrader's own lookup (and its errors)
    rows = gradebook.db.query(SourceCell.name, SourceCell.source) \
        .join(Notebook, Notebook.id == SourceCell.notebook_id) \
        .join(Assignment, Assignment.id == Notebook.assignment_id) \
        .filter(Notebook.name == notebook, Assignment.name == assignment).all()
    names = [name for name, _ in rows]
    saved = {name: source for name, source in rows if names.count(name) == 1}
    for cell in source_nb.cells:
        gid = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if not gid or cell.metadata["nbgrader"].get("solution"):
            continue
        if gid in saved:
            cell.source = saved[gid]
            continue
        try:
            cell.source = gradebook.find_source_cell(gid, notebook, assignment).source
        except MissingEntry:
            pass


def _plan(course: Course, assignment: Assignment, name: str | None = None,
          gradebook=None) -> Plan:
    from ..build import _source_digest

    name = name or f"{assignment.id}.ipynb"
    source = course.root / "source" / assignment.id / name
    source_nb = read_notebook(source)
    if gradebook is not None:
        _instructor_cells(source_nb, gradebook, Path(name).stem, assignment.id)
    release_path = course.root / "release" / assignment.id / name
    release_nb = read_notebook(release_path)
    tests = nbformat.v4.new_notebook()
    tests.cells = [c for c in source_nb.cells if is_autograded_test(c)]
    digest = hashlib.sha256(source.read_bytes() + _source_digest(
        course, assignment.id).encode()).hexdigest()     # data files beside it count too
    return Plan(assignment, release_path.name, source_nb, release_nb, release_path.parent,
                hints_by_exercise(release_nb), imported_modules(tests),
                sum(float(c.metadata["nbgrader"].get("points", 0)) for c in source_nb.cells
                    if is_autograded_test(c)),
                digest, hidden_test_lines(source_nb),
                tuple(course.notebook_names(assignment.id)),
                _unsupported(name, source_nb, imported_modules(source_nb),
                             release_path.parent),
                # nbgrader copies the instructor's files from source/ (released from there)
                source.parent)


# ------------------------------------------------------------------ execution (any process)
_local = threading.local()
_sandboxes: list[Sandbox] = []
_sandboxes_lock = threading.Lock()


def _close_sandboxes() -> None:
    with _sandboxes_lock:
        while _sandboxes:
            _sandboxes.pop().close()


atexit.register(_close_sandboxes)


def execute(job: dict) -> Run | None:
    """Run one notebook's cells in this thread's sandbox (started on first use). Runs in a
    local thread or on a Dask worker; never raises for what the learner's code does. A job
    with "warm" set only starts the sandbox."""
    sandbox = getattr(_local, "sandbox", None)
    if sandbox is None or sandbox.preload != job["preload"]:
        if sandbox is not None:
            sandbox.close()
        sandbox = Sandbox(job["preload"], log_dir=job.get("log_dir"),
                          use_bubblewrap=job.get("bubblewrap", True))
        with _sandboxes_lock:
            _sandboxes.append(sandbox)
        _local.sandbox = sandbox
    if job.get("warm"):
        if sandbox.proc is None:
            sandbox.start()
        return None
    files = job.get("files_from")
    run = sandbox.run(job["cells"], Limits(**job["limits"]), protect=job["protect"],
                      files_from=Path(files) if files else None,
                      imports=job.get("imports", ()))
    run.protections = sandbox.protections()
    return run


class _Local:
    """A thread per worker: each drives one sandboxed process, which does the CPU work.

    A free worker first takes a job that needs libraries no one has imported yet and no
    other worker is importing (none of the same package: scikit-learn's modules are one
    import), the one missing the fewest (the oldest of them); else the oldest job whose
    libraries its zygote or a template of the shared sandbox has; else the oldest. A library
    slow to import (scipy.stats, scikit-learn, torch: 0.3-2 s of CPU) is then imported once,
    early, while the other workers grade what they can; a set of libraries that contains
    another's is imported on top of it, not beside it at the same time. (Python's own modules
    count as imported: the base libraries have imported most of them.) The last jobs go
    longest first (by the mean time of the notebook's jobs so far), so that the workers
    finish together."""

    def __init__(self, workers: int):
        self.description = f"local pool, {workers} worker(s)"
        self.queue: deque = deque()                    # (job, future), oldest first
        self.ready = threading.Condition()
        self.closing = False
        self.warm_job: dict | None = None
        # worker thread -> the modules of the jobs it took (its sandbox has imported them)
        self.claimed: dict[str, set[str]] = {}
        # (assignment, notebook) -> [jobs done, their seconds]: which of the last is longest
        self.timings: dict[tuple, list] = {}
        self.threads = [threading.Thread(target=self._work, name=f"grader_{n}", daemon=True)
                        for n in range(workers)]

    def submit(self, job: dict) -> Future:
        future: Future = Future()
        with self.ready:
            self.queue.append((job, future))
            self.ready.notify()
        self._start()
        return future

    def warm(self, job: dict) -> None:
        """Start every worker's sandbox now, while the main thread reads the submissions."""
        self.warm_job = {**job, "warm": True}
        self._start()

    def _start(self) -> None:
        for thread in self.threads:
            if thread.ident is None:
                thread.start()

    def _take(self):
        """The job this thread runs next (None: closing and nothing left). Under the lock."""
        while not self.queue:
            if self.closing:
                return None
            self.ready.wait()
        me = threading.current_thread().name
        mine = self.claimed.setdefault(me, set())
        cheap = mine | shared_modules()                 # a template has them: a fork away
        # what other workers took and no template has yet: being imported there
        elsewhere = set().union(*(known for name, known in self.claimed.items()
                                  if name != me)) - cheap
        busy = {m.split(".")[0] for m in elsewhere}
        here, new, fewest, verdicts = [], None, None, {}  # a notebook's jobs share one list
        for n, (job, _) in enumerate(self.queue):
            key = id(job.get("imports"))
            if key not in verdicts:
                missing = {m for m in job.get("imports", ()) if m.split(".")[0] not in
                           sys.stdlib_module_names} - set(job.get("preload", ())) - cheap
                verdicts[key] = (len(missing), "here" if not missing else "elsewhere"
                                 if {m.split(".")[0] for m in missing} & busy else "new")
            count, verdict = verdicts[key]
            if verdict == "here":
                here.append(n)
            # of those no one has, the fewest libraries first: a later template that needs
            # more is then forked from it, and imports only what it lacks
            elif verdict == "new" and (fewest is None or count < fewest):
                new, fewest = n, count
        if new is not None:
            chosen = new
        elif here and len(self.queue) <= 2 * len(self.threads):
            chosen = max(here, key=lambda n: self._expected(self.queue[n][0]))
        else:
            chosen = here[0] if here else 0
        taken = self.queue[chosen]
        del self.queue[chosen]
        mine.update(taken[0].get("imports", ()))
        return taken

    def _expected(self, job: dict) -> float:
        """Seconds a job of this notebook took on average in this run (unknown: longest)."""
        done, seconds = self.timings.get((job.get("assignment"), job.get("notebook")),
                                         (0, 0.0))
        return seconds / done if done else float("inf")

    def _work(self) -> None:
        if self.warm_job is not None:
            try:
                execute(self.warm_job)
            except Exception:  # noqa: BLE001 - the first job starts it again, and says why
                pass
        while True:
            with self.ready:
                taken = self._take()
            if taken is None:
                return
            job, future = taken
            if not future.set_running_or_notify_cancel():
                continue
            start, run = time.perf_counter(), None
            try:
                run = execute(job)
                future.set_result(run)
            except BaseException as exc:  # noqa: BLE001 - the caller reads it from the future
                future.set_exception(exc)
            with self.ready:                            # the notebook's time, not its imports
                timing = self.timings.setdefault((job.get("assignment"), job.get("notebook")),
                                                 [0, 0.0])
                timing[0] += 1
                timing[1] += getattr(run, "seconds", None) or time.perf_counter() - start

    def close(self) -> None:
        """Run what is queued, then stop the workers and their sandboxes."""
        with self.ready:
            self.closing = True
            self.ready.notify_all()
        for thread in self.threads:
            if thread.ident is not None:
                thread.join()
        _close_sandboxes()


class _Dask:
    def __init__(self, address: str):
        from distributed import Client
        self.client = Client(address, timeout="30s")
        workers = len(self.client.scheduler_info().get("workers", {}))
        self.description = f"Dask cluster {address}, {workers} worker(s)"

    def submit(self, job: dict):
        return self.client.submit(execute, job, pure=False)

    def warm(self, job: dict) -> None:
        pass                                            # Dask workers start on first job

    def close(self) -> None:
        self.client.close()


STUDENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def roster(submissions: Path) -> list[str]:
    """Student ids: the sub-folders of the submissions folder (nbgrader's layout
    DIR/<student>/<assignment>/<assignment>.ipynb), sorted."""
    if not submissions.is_dir():
        raise CurriculumError(f"{submissions}: submissions folder not found.")
    students = sorted(p.name for p in submissions.iterdir()
                      if p.is_dir() and not p.is_symlink() and not p.name.startswith("."))
    bad = [s for s in students if not STUDENT_ID.match(s)]
    if bad:
        raise CurriculumError(f"{submissions}: student folder names must match "
                              f"{STUDENT_ID.pattern}; rename {', '.join(bad)}.")
    if not students:
        raise CurriculumError(f"{submissions}: no student folders; expected "
                              "DIR/<student>/<assignment>/<assignment>.ipynb.")
    return students


@dataclass
class Result:
    outcomes: list[Outcome]
    protections: dict
    backend: str
    seconds: float
    backup: Path | None


def grade(course: Course, assignments: list[Assignment], submissions: Path, *,
          workers: int | None = None, scheduler: str | None = None,
          limits: Limits | None = None, notebook_timeout: float | None = None,
          force: bool = False, feedback: bool = True, bubblewrap: bool = True,
          students: list[str] | None = None, notebooks: list[str] | None = None,
          on_outcome: Callable[[Outcome], None] | None = None) -> Result:
    """Grade every student's submission of every notebook of every assignment (one Outcome
    per student and notebook); one bad submission never stops the others. A notebook may
    run `notebook_timeout` seconds, by default the smaller of `limits.notebook_s` and three
    times the assignment's CPU budget. Unchanged submissions already graded by this engine
    are not graded again unless `force` (so a run killed half-way resumes). `students` and
    `notebooks` (shell patterns on the name without .ipynb, as nbgrader's --notebook)
    restrict the run."""
    start = time.perf_counter()
    import sys
    switch = sys.getswitchinterval()
    # The worker threads relay each cell and its result; while the main thread scores and
    # writes, a waking worker waits for the GIL up to the switch interval (5 ms by default),
    # and its sandbox idles that long for every cell.
    sys.setswitchinterval(min(switch, 0.0005))
    try:
        return _grade(course, assignments, submissions, start, workers=workers,
                      scheduler=scheduler, limits=limits, notebook_timeout=notebook_timeout,
                      force=force, feedback=feedback, bubblewrap=bubblewrap,
                      students=students, notebooks=notebooks, on_outcome=on_outcome)
    finally:
        sys.setswitchinterval(switch)


def _grade(course, assignments, submissions, start, *, workers, scheduler, limits,
           notebook_timeout, force, feedback, bubblewrap, students, notebooks,
           on_outcome) -> Result:
    import fnmatch

    from ..build import ensure_released

    everyone = roster(submissions)
    students = [s for s in everyone if students is None or s in students]
    workers = workers or os.cpu_count() or 1
    with Writer(course) as writer:
        selected = [(a, name) for a in assignments for name in course.notebook_names(a.id)
                    if not notebooks or any(fnmatch.fnmatch(Path(name).stem, pattern)
                                            for pattern in notebooks)]
        log_dir = course.root / "reports" / "sandbox-logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        # The sandboxes start (the base libraries, under a second) while the release is
        # checked and the plans are read; each imports a notebook's own libraries before the
        # first notebook of its that needs them (`Sandbox.load`).
        backend = _Dask(scheduler) if scheduler else _Local(workers)
        backend.warm({"preload": BASE_PRELOAD, "log_dir": str(log_dir),
                      "bubblewrap": bubblewrap})
        try:
            with writer.gradebook() as gb:
                for assignment in assignments:
                    ensure_released(course, assignment, gb)
                # nbgrader's Autograde.create_student (default True): else a learner must be
                # in the gradebook already
                from nbgrader.api import Student

                create = str(course.nbgrader_config().Autograde.get("create_student", True)) \
                    .strip().lower() not in ("false", "0")
                unknown = set()
                for student in students:
                    if create:
                        gb.update_or_create_student(student)
                    elif not gb.db.query(Student).filter_by(id=student).count():
                        unknown.add(student)
            with writer.gradebook() as gb:
                plans = {(a.id, name): _plan(course, a, name, gb) for a, name in selected}
            if not plans:
                raise CurriculumError("no notebook to grade: --notebook matches none of "
                                      + ", ".join(n for a in assignments
                                                  for n in course.notebook_names(a.id)))
            # what each notebook imports, from the instructor's cells (never the learner's:
            # the zygote imports them, and no learner code may run there)
            imports = {key: imported_modules(p.source_nb) for key, p in plans.items()}
            fb = FeedbackPool(workers) if feedback else None
        except BaseException:
            backend.close()
            raise
        outcomes: list[Outcome] = []
        protections: dict = {}
        pending: dict = {}
        feedback_jobs: list = []

        def finish(outcome: Outcome) -> None:
            outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)

        try:
            for student in students:          # interleaved: every worker busy from the start
                for key, plan in plans.items():
                    aid = key[0]
                    assignment = plan.assignment
                    base = limits or Limits()
                    lim = Limits(**{**asdict(base), "notebook_s": notebook_timeout or min(
                        base.notebook_s, 3 * assignment.budget_s)})
                    if student in unknown:
                        finish(Outcome(student, aid, "failed", notebook=plan.stem, reasons=[
                            f"no student {student!r} in the gradebook and "
                            "c.Autograde.create_student is False: add them "
                            f"(`nbgrader db student add {student}`) or allow it"]))
                        continue
                    outcome, job, state = _prepare(writer, plan, student, submissions, lim,
                                                   imports[key], log_dir, force,
                                                   bubblewrap, feedback)
                    outcome.notebook = plan.stem
                    if job is None:
                        finish(outcome)
                    else:
                        pending[backend.submit(job)] = (outcome, plan, job, state)
            for future in _completed(pending, lambda item: _begin(writer, *item)):
                outcome, plan, job, state = pending.pop(future)
                try:
                    run = future.result()
                except Exception as exc:  # noqa: BLE001 - a lost worker fails one submission
                    outcome.status = "failed"
                    outcome.reasons.append(f"the grading worker failed ({type(exc).__name__})")
                    writer.forget(outcome.student, outcome.assignment, plan.name)
                    finish(outcome)
                    continue
                protections = getattr(run, "protections", protections) or protections
                try:
                    _record(writer, plan, outcome, job, state, run, fb, feedback_jobs)
                except Exception as exc:  # noqa: BLE001 - recorded; the others still graded
                    writer.forget(outcome.student, outcome.assignment, plan.name)
                    outcome.status, outcome.score = "failed", 0.0
                    outcome.reasons.append(f"could not record the grade ({type(exc).__name__}: "
                                           f"{str(exc)[:200]})")
                finish(outcome)
            if fb:
                for outcome, future in feedback_jobs:
                    problem = fb.result(future)
                    if problem:
                        outcome.warnings.append(problem)
        finally:
            backend.close()
            if fb:
                fb.close()
    order = {(s, key): n for n, (s, key) in enumerate(
        (s, key) for key in plans for s in students)}
    outcomes.sort(key=lambda o: order[(o.student, (o.assignment, o.notebook + ".ipynb"))])
    return Result(outcomes, protections, backend.description, time.perf_counter() - start,
                  writer.backup)


def _completed(pending: dict, idle: Callable) -> Iterator:
    """The futures of `pending` as they complete (local or Dask futures alike). While none
    has completed, `idle` is called with the items of those still running, oldest first,
    one at a time: work that would otherwise wait for a result."""
    done: queue.SimpleQueue = queue.SimpleQueue()
    for future in pending:
        future.add_done_callback(done.put)
    ahead = deque(pending.items())
    for _ in range(len(pending)):
        while ahead:
            try:
                yield done.get_nowait()
                break
            except queue.Empty:
                future, item = ahead.popleft()
                if not future.done():
                    idle(item)
        else:
            yield done.get()


def _begin(writer: Writer, outcome: Outcome, plan: Plan, job: dict, state: dict) -> None:
    """`Writer.begin` for a notebook still being run, while the grader has nothing else
    to do; a failure here is left for `Writer.record` to meet (and report)."""
    intake = state["intake"]
    try:
        writer.begin(outcome.student, outcome.assignment, plan.name, intake.raw,
                     timestamp=state["timestamp"], files_dir=plan.files_dir,
                     timestamp_file=state["timestamp_file"])
    except Exception:  # noqa: BLE001 - record() does it again and reports what fails
        pass


def _fingerprint(intake_digest: str, plan: Plan, limits: Limits) -> str:
    key = json.dumps([ENGINE_VERSION, intake_digest, plan.digest, asdict(limits)])
    return hashlib.sha256(key.encode()).hexdigest()


def _prepare(writer: Writer, plan: Plan, student: str, submissions: Path, limits: Limits,
             imports: list[str], log_dir, force: bool, bubblewrap: bool, feedback: bool):
    """(outcome, None, None) when there is nothing to run, else (outcome, job, state): the
    job goes to a worker, the state (canonical notebook, bytes) stays here."""
    aid = plan.assignment.id
    outcome = Outcome(student, aid, "graded", max_score=plan.max_score)
    folder = submissions / student / aid
    intake = take_in(folder, plan.name, plan.source_nb, plan.release_nb,
                     expected=plan.siblings)
    if intake.status != "ok":
        outcome.status = intake.status
        outcome.reasons += intake.reasons
        # a notebook missing from a submission that has others scores 0 (as in nbgrader)
        others = intake.status == "missing" and any(
            (folder / n).is_file() for n in plan.siblings if n != plan.name)
        writer.forget(student, aid, plan.name, zero=others)
        return outcome, None, None
    timestamp, problem = read_timestamp(folder)
    problem = problem or plan.problem
    if problem:
        outcome.status = "failed"
        outcome.reasons.append(problem)
        writer.forget(student, aid, plan.name)
        return outcome, None, None
    if plan.name == plan.siblings[0]:       # once per submission; released files are expected
        outcome.warnings += [f"ignored file {name!r} (only {', '.join(plan.siblings)} "
                             "graded)" for name in intake.ignored
                             if not (plan.release_dir / name).exists()]
    fingerprint = _fingerprint(intake.fingerprint + (timestamp or ""), plan, limits)
    previous = writer.previous(student, aid, plan.name)
    html = writer.folder("feedback", student, aid) / (plan.stem + ".html")
    if not force and previous and previous.get("fingerprint") == fingerprint and (
            html.exists() or not feedback) and \
            (writer.folder("autograded", student, aid) / plan.name).is_file():
        saved = previous["outcome"]
        reused = Outcome(**{k: v for k, v in saved.items() if k in Outcome.__dataclass_fields__})
        reused.reused = True
        return reused, None, None
    job = {"cells": jobs_cells(intake.notebook), "limits": asdict(limits),
           "preload": BASE_PRELOAD, "imports": imports, "protect": plan.protect,
           "log_dir": str(log_dir), "bubblewrap": bubblewrap, "student": student,
           "assignment": aid, "notebook": plan.name, "files_from": str(plan.files_dir)}
    outcome.review += intake.review
    stamp_file = folder / "timestamp.txt"
    return outcome, job, {"intake": intake, "fingerprint": fingerprint,
                          "folder": folder, "timestamp": timestamp,
                          "timestamp_file": stamp_file.read_text(errors="replace")
                          if stamp_file.is_file() and not stamp_file.is_symlink() else None}


def read_timestamp(folder: Path) -> tuple[str | None, str]:
    """(timestamp.txt's text or None, problem): nbgrader's submission time, which decides
    late penalties; a text nbgrader cannot read as a date is a problem for this learner."""
    from nbgrader.utils import parse_utc

    try:
        text = (folder / "timestamp.txt").read_text(errors="replace").strip()
    except OSError:
        return None, ""
    if not text:
        return None, ""
    try:
        parse_utc(text)
    except Exception:  # noqa: BLE001 - dateutil raises several types
        return None, (f"timestamp.txt holds {text[:60]!r}, not a date; fix it (e.g. "
                      "'2015-02-02 15:58:23 UTC') or delete it, and grade again")
    return text, ""


def _record(writer: Writer, plan: Plan, outcome: Outcome, job: dict, state: dict, run: Run,
            fb, feedback_jobs: list) -> None:
    intake = state["intake"]
    scored = score(intake.notebook, run, plan.release_nb, cell_s=job["limits"]["cell_s"],
                   in_place=True)
    outcome.cells = {c.grade_id: c.earned for c in scored.cells if c.status != "manual"}
    outcome.score, outcome.max_score = scored.earned, scored.possible
    outcome.manual_pending = scored.manual_pending
    outcome.reasons += scored.reasons
    outcome.review += scored.review
    outcome.warnings += scored.warnings
    outcome.seconds, outcome.cell_seconds = run.seconds, scored.cell_seconds
    if run.stopped and not any(run.stopped in r for r in outcome.reasons):
        outcome.reasons.append(run.stopped)
    summary = {"fingerprint": state["fingerprint"], "outcome": asdict(outcome)}
    outcome.manual_pending = writer.record(
        outcome.student, outcome.assignment, plan.name, intake.raw, scored, plan.release_nb,
        summary, timestamp=state["timestamp"], files_dir=plan.files_dir,
        timestamp_file=state["timestamp_file"])
    summary["outcome"]["manual_pending"] = outcome.manual_pending
    writer.save_record(outcome.student, outcome.assignment, plan.name, summary)
    if fb is not None:
        safe = learner_copy(scored.notebook, {c.grade_id: c for c in scored.cells}, plan.hints,
                            plan.hidden)
        out = writer.folder("feedback", outcome.student, outcome.assignment) / \
            (plan.stem + ".html")
        future = fb.submit(nb_json=nbformat.writes(safe), db_url=writer.db_url,
                           assignment=outcome.assignment, student=outcome.student,
                           notebook=plan.stem, out=str(out))
        feedback_jobs.append((outcome, future))




def by_assignment(outcomes: list[Outcome]) -> list[Outcome]:
    """One Outcome per learner and assignment: the notebooks of a several-notebook
    assignment summed (scores, pending points, times), their lines prefixed by the notebook
    and their cells keyed `notebook:grade_id`; the status is the worst one."""
    rank = {"graded": 0, "missing": 1, "malformed": 2, "failed": 3}
    groups: dict = {}
    for o in outcomes:
        groups.setdefault((o.student, o.assignment), []).append(o)
    merged = []
    for (student, assignment), parts in groups.items():
        if len(parts) == 1:
            merged.append(parts[0])
            continue
        graded = [p for p in parts if p.status == "graded"]
        status = "graded" if graded and all(p.status in ("graded", "missing") for p in parts) \
            else max((p.status for p in parts), key=rank.get)
        one = Outcome(student, assignment, status,
                      score=sum(p.score for p in parts),
                      max_score=sum(p.max_score for p in parts),
                      manual_pending=sum(p.manual_pending for p in parts),
                      seconds=sum(p.seconds for p in parts),
                      cell_seconds=sum(p.cell_seconds for p in parts),
                      reused=all(p.reused for p in parts))
        for p in parts:
            one.reasons += [f"{p.notebook}: {r}" for r in p.reasons]
            one.review += [f"{p.notebook}: {r}" for r in p.review]
            one.warnings += [f"{p.notebook}: {w}" for w in p.warnings]
            one.cells.update({f"{p.notebook}:{k}": v for k, v in p.cells.items()})
        merged.append(one)
    return merged
