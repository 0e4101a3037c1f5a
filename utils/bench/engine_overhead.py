"""Where does `curriculum grade` spend the time that is not the learners' cells?

    .venv/bin/python utils/bench/engine_overhead.py [--assignment ID] [-n N] [--feedback]
                                                    [--no-profile] [--no-probe]
                                                    [--probe-preload MODULE ...]
    .venv/bin/python utils/bench/engine_overhead.py --cohort [LEARNERS] [--workers N]

N copies (default 16) of the blank release of one assignment (default s1-01-linear-algebra:
15 short code cells, 6 of them tests; blank answers raise NotImplementedError) are graded
with ONE worker through the engine's real code path (`curriculum.engine.run.grade`:
intake, bubblewrap sandbox, scoring, gradebook; feedback HTML only with --feedback, as the
headline figure of grading_speed.py has none), in a scratch copy of the course in a
temporary folder (removed at the end; the repo's own folders are never touched). The
release is generated first and not timed. Printed:

1. Totals: wall time of `grade`, the sandbox start (imports in the zygote, paid once per
   worker: the base libraries, then the notebook's own before its first job), the
   steady-state wall per notebook ((last outcome - sandbox ready) / N), the
   pure cell seconds per notebook (`Outcome.cell_seconds`: run_cell as the child timed it)
   and the per-notebook overhead = wall per notebook - cell seconds; CPU seconds per
   notebook of the grader (all its threads), of the sandboxes (/proc, read before they are
   stopped) and of other children (the feedback workers).
2. Parent side, per notebook: wall and CPU (of the calling thread) of each wrapped step:
   intake (read, validate, rebuild), dispatch, the worker's `Sandbox.run` (job folder set-up
   and removal, the round trip to the child), scoring, the gradebook and file writes,
   feedback (learner copy, submit, waiting for the pool).
3. Child side, per notebook, from the times the grader took of its messages and the child's
   events (`Run.timeline`) and the times the child reports (each cell's "seconds", the
   zygote's "exit" seconds, `Run.child_seconds`): first cell sent -> its "start" (fork,
   unshare, lock-down), per test cell and per other cell the round trip less the cell's own
   seconds (relay, the snapshot restores before and after a test cell, outputs to JSON), the
   tail (last result -> "exit": E exits, the PID namespace goes, /tmp is emptied), and what
   the grader adds on top of the zygote's own count.
3b. (--feedback) `export_html` timed in this process on each graded notebook's learner copy.
4. Child-side costs in isolation (--no-probe skips): a fresh Python imports what the zygote
   imports (plus --probe-preload), builds the runner's shell and snapshot with
   `curriculum.engine.inside`'s own functions, and times `_Snapshot.restore` (and its parts,
   module by module), fork + exit, J and E's fork -> unshare(CLONE_NEWPID) -> fork, E's
   closerange, copy-on-write after a fork (a gc.collect() in the child) with and without
   gc.freeze() in the parent, the cost of a failing cell's traceback (first in a fresh fork,
   later ones, xmode Plain and Minimal, after a warm-up in the zygote), of a cell drawing a
   plot (first, later, after a warm-up draw), and IPython's run_cell against a bare exec of
   the notebook's cells. A step the runner's internals no
   longer support is reported as failed; the others still run.
5. cProfile of the grader over a second run: the main thread's top 25 by cumulative time,
   the worker thread's top 10 (--no-profile skips).

--cohort grades grading_speed.py's default cohort instead (12 learners x its 4 default
assignments, one worker per core, no feedback) and prints where the time above the floor
(cell seconds / cores) goes: before the first job (release check, gradebook, plans, the
sandboxes' imports), per job the round trip less its cell seconds, each worker's jobs, idle
time and gaps, the grader's main-thread CPU.

The machine may be shared: the load average is printed with the figures (under load, every
wall figure grows; the CPU figures much less); nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import io
import json
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def load_line() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


# ------------------------------------------------------------------ phase timers
class Phases:
    """Seconds per named phase, summed over calls, from any thread."""

    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.marks: dict[str, list[float]] = defaultdict(list)
        self.lock = threading.Lock()

    def add(self, name: str, seconds: float, cpu: float = 0.0) -> None:
        with self.lock:
            self.seconds[name] += seconds
            self.cpu[name] += cpu
            self.calls[name] += 1

    def mark(self, name: str) -> None:
        with self.lock:
            self.marks[name].append(time.perf_counter())

    def wrap(self, owner, attribute: str, name: str, undo: list) -> None:
        original = getattr(owner, attribute)

        @functools.wraps(original)
        def timed(*args, **kwargs):
            start, cpu = time.perf_counter(), time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                self.add(name, time.perf_counter() - start, time.thread_time() - cpu)

        setattr(owner, attribute, timed)
        undo.append((owner, attribute, original))


def instrument(phases: Phases) -> list:
    """Wrap the engine's parent-side steps (undone by `restore`)."""
    import nbformat

    from curriculum.engine import feedback, gradebook, intake, run, sandbox

    undo: list = []
    w = phases.wrap
    # main thread: intake and dispatch
    w(run, "_prepare", "prepare (intake + dispatch)", undo)
    w(run, "take_in", "  intake: take_in", undo)
    w(intake, "_parse", "    nbformat reads + validate", undo)
    w(intake, "rebuild", "    rebuild on the instructor's cells", undo)
    w(run, "read_timestamp", "  read_timestamp", undo)
    w(run.Writer, "previous", "  previous record", undo)
    w(run, "jobs_cells", "  jobs_cells", undo)
    # main thread: results
    w(run, "_record", "record (score + write + feedback)", undo)
    w(run, "score", "  score", undo)
    w(run.Writer, "record", "  Writer.record", undo)
    w(gradebook, "_atomic_write", "    file writes", undo)
    w(gradebook.Writer, "_late_penalty", "    late penalty", undo)
    w(run.Writer, "save_record", "  Writer.save_record", undo)
    w(run, "learner_copy", "  feedback: learner_copy", undo)
    w(feedback.FeedbackPool, "submit", "  feedback: submit", undo)
    w(feedback.FeedbackPool, "result", "feedback: wait for results", undo)
    w(nbformat, "writes", "(nbformat.writes, anywhere)", undo)
    # worker thread
    w(sandbox.Sandbox, "start", "worker: Sandbox.start (zygote imports)", undo)
    w(sandbox.Sandbox, "run", "worker: Sandbox.run", undo)
    w(sandbox.Sandbox, "_run", "worker:   round trip to the child (_run)", undo)
    w(sandbox, "_copy_data_files", "worker:   copy data files", undo)
    return undo


def count_sandbox_cpu(undo: list) -> list[float]:
    """A list that gets each sandbox's CPU seconds (`tree_cpu`) when the local pool closes:
    read before its threads end, as bubblewrap dies with the thread that started it."""
    from curriculum.engine import run as run_module

    seconds: list[float] = []
    original_close = run_module._Local.close

    def close(self):
        with run_module._sandboxes_lock:           # workers may share one sandbox
            pids = {box.proc.pid for box in run_module._sandboxes
                    if box.proc is not None and box.proc.poll() is None}
            seconds.extend(tree_cpu(pid) for pid in pids)
        original_close(self)

    run_module._Local.close = close
    undo.append((run_module._Local, "close", original_close))
    return seconds


def tree_cpu(pid: int) -> float:
    """CPU seconds of a process and its descendants, the reaped ones included (utime,
    stime, cutime, cstime from /proc): the sandbox's bubblewrap, zygote, J and E."""
    parents, times = {}, {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            fields = Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        times[int(entry.name)] = sum(int(f) for f in fields[11:15])
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        for child, ppid in parents.items():
            if ppid == parent and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(times.get(p, 0) for p in tree) / os.sysconf("SC_CLK_TCK")


def restore(undo: list) -> None:
    for owner, attribute, original in reversed(undo):
        setattr(owner, attribute, original)


# ------------------------------------------------------------------ course and cohort
def make_course(work: Path, assignment_id: str, n: int):
    """A scratch course with the release generated (untimed) and N blank submissions."""
    from grading_speed import scratch_course

    from curriculum.build import generate_release
    from curriculum.syllabus import load_syllabus
    from curriculum.course import Course

    assignment = load_syllabus(Course.at().syllabus_path).select([assignment_id])[0]
    course = scratch_course(work / "course")
    generate_release(course, assignment)
    release = course.release_notebook(assignment_id)
    submissions = work / "submitted-in"
    for k in range(n):
        folder = submissions / f"learner-{k:02d}" / assignment_id
        folder.mkdir(parents=True)
        shutil.copyfile(release, folder / release.name)
    return course, assignment, submissions


def grade_once(course, assignment, submissions, *, feedback: bool, phases: Phases | None,
               profile: bool = False):
    """One `grade` run with one worker; (seconds, result, ready time, outcome times,
    profiles, cpu)."""
    from curriculum.engine import run as run_module

    done_at: list[float] = []
    ready_at: list[float] = []
    profiles: dict = {}
    undo: list = []
    if phases is not None:
        undo = instrument(phases)
    from curriculum.engine import sandbox
    original_start = sandbox.Sandbox.start

    def start(self):
        original_start(self)
        ready_at.append(time.perf_counter())

    sandbox.Sandbox.start = start
    undo.append((sandbox.Sandbox, "start", original_start))
    original_load = sandbox.Sandbox.load

    def load(self, modules):
        # the notebook's own libraries, imported before its first job: part of the start
        missing = any(m not in self.known for m in modules)
        original_load(self, modules)
        if missing and len(ready_at) == 1:
            ready_at.append(time.perf_counter())

    sandbox.Sandbox.load = load
    undo.append((sandbox.Sandbox, "load", original_load))
    sandbox_cpu = count_sandbox_cpu(undo)
    if profile:
        original_execute = run_module.execute
        worker_profile = cProfile.Profile()
        profiles["worker"] = worker_profile

        def execute(job):
            worker_profile.enable()
            try:
                return original_execute(job)
            finally:
                worker_profile.disable()

        run_module.execute = execute
        undo.append((run_module, "execute", original_execute))
    main_profile = cProfile.Profile() if profile else None
    self_before = resource.getrusage(resource.RUSAGE_SELF)
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start_t = time.perf_counter()
    try:
        if main_profile:
            main_profile.enable()
        result = run_module.grade(course, [assignment], submissions, workers=1, force=True,
                                  feedback=feedback,
                                  on_outcome=lambda o: done_at.append(time.perf_counter()))
    finally:
        if main_profile:
            main_profile.disable()
        restore(undo)
    seconds = time.perf_counter() - start_t
    self_after = resource.getrusage(resource.RUSAGE_SELF)
    children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = {"grader": (self_after.ru_utime + self_after.ru_stime) -
                     (self_before.ru_utime + self_before.ru_stime),
           "children": (children_after.ru_utime + children_after.ru_stime) -
                       (children_before.ru_utime + children_before.ru_stime),
           "sandboxes": sum(sandbox_cpu)}
    if main_profile:
        profiles["main"] = main_profile
    return seconds, result, start_t, ready_at, done_at, profiles, cpu


# ------------------------------------------------------------------ the timeline
def child_side(runs: list) -> dict[str, list[float]]:
    """Per notebook: what the grader saw between its messages and the child's events, less
    the cells' own seconds. A cell's overhead is measured from the grader sending it to the
    grader reading its result (robust to when the grader happened to read the "start")."""
    figures: dict[str, list[float]] = defaultdict(list)
    for run, kinds in runs:
        sent, started, result = {}, {}, {}
        exit_t = None
        for what, index, t in run.timeline:
            {"send": sent, "start": started, "cell": result}.get(what, {})[index] = t
            if what == "exit":
                exit_t = t
        order = list(sent)
        if not order or exit_t is None or any(i not in result for i in order):
            continue
        first, last = order[0], order[-1]
        seconds = {i: run.cells[i].seconds for i in order}
        fork = started.get(first, sent[first]) - sent[first]
        test = [result[i] - sent[i] - seconds[i] for i in order if kinds[i] == "test"]
        other = [result[i] - sent[i] - seconds[i] for i in order
                 if kinds[i] != "test" and i != first]
        first_rest = result[first] - sent[first] - seconds[first] - fork
        figures["first cell: sent -> its start (fork, unshare, lock-down)"].append(fork)
        figures["first cell: the rest of its round trip"].append(first_rest)
        figures["test cells: round trip - cell seconds (restores), sum"].append(sum(test))
        figures["other cells: round trip - cell seconds, sum"].append(sum(other))
        figures["last result -> exit (E exits, namespace, /tmp)"].append(exit_t - result[last])
        figures["= child overhead, sum of the above"].append(
            fork + first_rest + sum(test) + sum(other) + exit_t - result[last])
        figures["cells (run_cell, as the child timed it)"].append(sum(seconds.values()))
        figures["zygote's own count (fork -> exit emitted)"].append(run.child_seconds)
        figures["grader's round trip (Sandbox._run)"].append(run.seconds)
        figures["  of which not in the zygote's count"].append(run.seconds - run.child_seconds)
        figures["per test cell: round trip - cell seconds"].append(
            statistics.mean(test) if test else 0.0)
        figures["per other cell: round trip - cell seconds"].append(
            statistics.mean(other) if other else 0.0)
        figures["test cells"].append(len(test))
        figures["other code cells"].append(len(order) - len(test))
    return figures


def feedback_in_process(course, assignment, result) -> None:
    """`export_html` on each graded notebook's learner copy, here (the pool's workers do it
    during `grade`): the first export builds the exporter and compiles its templates."""
    from curriculum.engine import feedback, run as run_module
    from curriculum.engine.scoring import CellScore
    from curriculum.notebooks import read_notebook
    import nbformat

    plan = run_module._plan(course, assignment)
    times, cpus = [], []
    for o in result.outcomes:
        graded = course.root / "autograded" / o.student / o.assignment / plan.name
        scores = {gid: CellScore(gid, earned, earned, "passed" if earned else "failed")
                  for gid, earned in o.cells.items()}
        safe = feedback.learner_copy(read_notebook(graded), scores, plan.hints, plan.hidden)
        start, cpu = time.perf_counter(), time.process_time()
        feedback.export_html(nbformat.writes(safe), db_url=course.db_url,
                             assignment=o.assignment, student=o.student, notebook=plan.stem,
                             out=str(course.root / "bench-feedback.html"))
        times.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    rest = times[1:] or times
    print(f"  first export {times[0]:.2f} s ({cpus[0]:.2f} s CPU); the next {len(rest)}: mean "
          f"{statistics.mean(rest):.3f} s, {statistics.mean(cpus[1:] or cpus):.3f} s CPU")


# ------------------------------------------------------------------ the child probe
PROBE_N = 200


def probe(preload: list[str], cells: list[dict]) -> dict:
    """Runs in a fresh interpreter (`--probe`): the zygote's imports, shell and snapshot,
    then time the child's fixed costs in isolation. Each step that fails (the runner's
    internals change) is reported as an error and the others still run."""
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    os.environ.setdefault("MPLCONFIGDIR", tempfile.mkdtemp())
    from curriculum.engine import inside

    out: dict = {"errors": []}
    t = time.perf_counter()
    loaded, failed = inside.Zygote._preload(preload)
    shell = inside._make_shell()
    snapshot = None
    try:
        snapshot = inside._Snapshot.take(shell, inside.PROTECTED_MODULES)
    except Exception as exc:  # noqa: BLE001
        out["errors"].append(f"snapshot: {exc!r}")
    out["preload_s"] = time.perf_counter() - t
    out["preloaded"] = loaded
    for name, step in (("cells", _probe_cells_step), ("restore", _probe_restore),
                       ("fork", _probe_fork)):
        try:
            out.update(step(inside, shell, snapshot, cells))
        except Exception as exc:  # noqa: BLE001
            out["errors"].append(f"{name}: {type(exc).__name__}: {exc}")
    for name, step in (("tracebacks", _probe_tracebacks), ("plot", _probe_plot)):
        try:
            out.update(step(inside, shell))
        except Exception as exc:  # noqa: BLE001
            out["errors"].append(f"{name}: {type(exc).__name__}: {exc}")
    import gc
    out["gc_objects"] = len(gc.get_objects())
    out["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _timed(fn, n=PROBE_N):
    fn()
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n


def _probe_cells_step(inside, shell, snapshot, cells) -> dict:
    """The notebook's cells, as E runs them, in a fork (the zygote's state stays pristine)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            result = _probe_cells(inside, shell, snapshot, cells)
        except BaseException as exc:  # noqa: BLE001
            result = {"error": repr(exc)}
        os.write(w, json.dumps(result).encode())
        os._exit(0)
    os.close(w)
    data = b""
    while chunk := os.read(r, 1 << 16):
        data += chunk
    os.waitpid(pid, 0)
    result = json.loads(data)
    if "error" in result:
        raise RuntimeError(result["error"])
    return {"cells": result}


def _probe_restore(inside, shell, snapshot, cells) -> dict:
    """`_Snapshot.restore` as E calls it before and after each test cell, and its parts."""
    out: dict = {"snapshot_modules": {name: len(v) for name, v in snapshot.modules.items()},
                 "snapshot_classes": len(snapshot.classes),
                 "snapshot_class_methods": sum(len(v) for v in snapshot.classes.values()),
                 "shell_attributes": len(snapshot.attributes)}
    user_ns, module_names = shell.user_ns, {"np": sys.modules.get("numpy")}

    def timed(modules, classes, repeat: int = PROBE_N) -> float:
        """ms a restore() call of a snapshot holding only `modules` and `classes` (its
        state is fixed when it is made: one is made per variant)."""
        part = inside._Snapshot(shell, modules, classes)
        return 1000 * _timed(lambda: part.restore(user_ns, module_names), repeat)

    out["restore_ms"] = 1000 * _timed(lambda: snapshot.restore(user_ns, module_names))
    modules, classes = snapshot.modules, snapshot.classes
    # restore() checks the builtins first whatever else it covers: "the rest" keeps them
    rest = {"builtins": modules["builtins"]}
    out["restore_modules_only_ms"] = timed(modules, {})
    out["restore_classes_only_ms"] = timed(rest, classes)
    out["restore_rest_ms"] = timed(rest, {})
    out["restore_per_module_ms"] = {name: timed({**rest, name: modules[name]}, {}, 50) -
                                    out["restore_rest_ms"] for name in modules}
    return out


def _probe_fork(inside, shell, snapshot, cells) -> dict:
    """A fork, J and E's forks with a PID namespace, E's closerange, and copy-on-write."""
    import ctypes
    import gc

    def fork_exit():
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)

    libc = ctypes.CDLL(None, use_errno=True)

    def fork_pidns():
        j = os.fork()
        if j == 0:
            libc.unshare(inside.CLONE_NEWPID)
            e = os.fork()
            if e == 0:
                os._exit(0)
            os.waitpid(e, 0)
            os._exit(0)
        os.waitpid(j, 0)

    def fork_collect():
        pid = os.fork()
        if pid == 0:
            gc.collect()
            os._exit(0)
        os.waitpid(pid, 0)

    def fork_touch_shell():                          # what a first run_cell touches
        pid = os.fork()
        if pid == 0:
            shell.run_cell("pass", store_history=True)
            os._exit(0)
        os.waitpid(pid, 0)

    out = {"fork_exit_ms": 1000 * _timed(fork_exit, 20),
           "fork_pidns_ms": 1000 * _timed(fork_pidns, 20),
           "fork_gc_collect_ms": 1000 * _timed(fork_collect, 10),
           "fork_first_run_cell_ms": 1000 * _timed(fork_touch_shell, 10),
           "closerange_ms": 1000 * _timed(_closerange_in_child, 10)}
    t = time.perf_counter()
    gc.collect()
    out["gc_collect_in_place_ms"] = 1000 * (time.perf_counter() - t)
    gc.freeze()
    try:
        out["fork_gc_collect_frozen_ms"] = 1000 * _timed(fork_collect, 10)
        out["fork_first_run_cell_frozen_ms"] = 1000 * _timed(fork_touch_shell, 10)
        out["fork_exit_frozen_ms"] = 1000 * _timed(fork_exit, 20)
    finally:
        gc.unfreeze()
    return out


def _closerange_in_child() -> None:
    """E's `os.closerange(5, 1 << 16)`, in a fork (minus the fork: see fork_exit_ms)."""
    pid = os.fork()
    if pid == 0:
        os.closerange(5, 1 << 16)
        os._exit(0)
    os.waitpid(pid, 0)


DEFINE = "def answer(x):\n    raise NotImplementedError('replace this line')\n"
CALL = "value = answer(1)\nassert value == 2\n"
DEFINE_WRONG = "def answer(x):\n    return x + 1\n"
CHECK = ("from curriculum.checks import expect_close\n"
         "expect_close(answer(1), 3.0, 'answer(1)')\n")


def _in_fork(fn) -> float:
    """fn() in a forked child; its float result."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            value = fn()
        except BaseException as exc:  # noqa: BLE001
            value = float("nan")
            print(f"probe step failed: {exc!r}", file=sys.__stderr__)
        os.write(w, repr(value).encode())
        os._exit(0)
    os.close(w)
    data = os.read(r, 100)
    os.close(r)
    os.waitpid(pid, 0)
    return float(data)


def _raising_cell_ms(inside, shell, mode: str | None = None, repeat: int = 1,
                     define: str = DEFINE, call: str = CALL) -> float:
    """In a fork: define a function in one cell, then time the cell that calls it and
    raises (a blank answer under test, or a wrong one failing a check); the median of
    `repeat` such cells."""

    def child():
        from IPython.core.interactiveshell import InteractiveShell
        sys.stdout, sys.stderr = inside._Stream("stdout"), inside._Stream("stderr")
        if mode:
            shell.InteractiveTB.set_mode(mode)
        inside.SINK = inside._Sink(100_000)
        InteractiveShell.run_cell(shell, define, store_history=True)
        times = []
        for _ in range(repeat):
            inside.SINK = inside._Sink(100_000)
            t = time.perf_counter()
            InteractiveShell.run_cell(shell, call, store_history=True)
            times.append(time.perf_counter() - t)
        return 1000 * statistics.median(times)

    return _in_fork(child)


def _warm_up_tracebacks(inside, shell) -> float:
    """The warm-up a zygote could do once, before any fork: tracebacks (a raise in exec'd
    code, and a failing check) shown into a sink that is thrown away; no run_cell, so the
    shell's history, counter and namespace stay untouched. Returns its seconds."""
    t = time.perf_counter()
    saved_sink, saved_streams = inside.SINK, (sys.stdout, sys.stderr)
    inside.SINK = inside._Sink(0)
    for source in (DEFINE + CALL, DEFINE_WRONG + CHECK):
        try:
            exec(compile(source, "<warm-up>", "exec"), {})
        except BaseException:  # noqa: BLE001
            shell.showtraceback()
    inside.SINK = saved_sink
    sys.stdout, sys.stderr = saved_streams
    return time.perf_counter() - t


def _probe_tracebacks(inside, shell) -> dict:
    """What a failing cell costs in a fresh child: IPython formats its traceback, and the
    first one in a process imports and warms the formatter (stack_data & co.) and parses
    the source files of the frames (curriculum/checks.py for a failing check)."""
    out = {"tb_first_cold_ms": _raising_cell_ms(inside, shell),
           "tb_next_ms": _raising_cell_ms(inside, shell, repeat=5),
           "tb_check_first_cold_ms": _raising_cell_ms(inside, shell, define=DEFINE_WRONG,
                                                      call=CHECK),
           "tb_check_next_ms": _raising_cell_ms(inside, shell, define=DEFINE_WRONG,
                                                call=CHECK, repeat=5)}
    for mode in ("Plain", "Minimal"):
        out[f"tb_{mode.lower()}_ms"] = _raising_cell_ms(inside, shell, mode, repeat=5)
        out[f"tb_check_{mode.lower()}_ms"] = _raising_cell_ms(
            inside, shell, mode, repeat=5, define=DEFINE_WRONG, call=CHECK)

    def warmed_then(**kwargs):
        def step():
            _warm_up_tracebacks(inside, shell)
            return _raising_cell_ms(inside, shell, **kwargs)
        return step

    def run_cell_warm_up():
        from IPython.core.interactiveshell import InteractiveShell
        sys.stdout, sys.stderr = inside._Stream("stdout"), inside._Stream("stderr")
        inside.SINK = inside._Sink(0)
        for source in (DEFINE, CALL, DEFINE_WRONG, CHECK):
            InteractiveShell.run_cell(shell, source, store_history=True)

    def run_cell_warmed_then(**kwargs):
        def step():
            run_cell_warm_up()
            return _raising_cell_ms(inside, shell, **kwargs)
        return step

    out["tb_first_after_run_cell_warmup_ms"] = _in_fork(run_cell_warmed_then())
    out["tb_check_first_after_run_cell_warmup_ms"] = _in_fork(run_cell_warmed_then(
        define=DEFINE_WRONG, call=CHECK))
    out["tb_warmup_in_zygote_ms"] = _in_fork(lambda: 1000 * _warm_up_tracebacks(inside,
                                                                                 shell))
    out["tb_first_after_warmup_ms"] = _in_fork(warmed_then())
    out["tb_check_first_after_warmup_ms"] = _in_fork(warmed_then(define=DEFINE_WRONG,
                                                                 call=CHECK))
    return out


PLOT = ("import matplotlib.pyplot as plt\nimport numpy as np\n"
        "fig, ax = plt.subplots(figsize=(4, 3))\nax.plot(np.arange(10), np.arange(10) ** 2)\n"
        "ax.set_title('x squared')\nax.set_xlabel('x')\nplt.show()\n")


def _plot_cell_ms(inside, shell, repeat: int = 1) -> float:
    """In a fork: a cell that draws a small plot (the inline backend renders it to PNG after
    the cell), the median of `repeat` such cells."""

    def child():
        from IPython.core.interactiveshell import InteractiveShell
        sys.stdout, sys.stderr = inside._Stream("stdout"), inside._Stream("stderr")
        times = []
        for _ in range(repeat):
            inside.SINK = inside._Sink(100_000)
            t = time.perf_counter()
            InteractiveShell.run_cell(shell, PLOT, store_history=True)
            times.append(time.perf_counter() - t)
        return 1000 * statistics.median(times)

    return _in_fork(child)


def _probe_plot(inside, shell) -> dict:
    """What the first plot of a notebook costs in a fresh child (fonts, the Agg canvas, PNG
    writing are loaded lazily), later plots, and the first after a warm-up draw in the
    zygote (a figure rendered to PNG in memory, then closed; no run_cell)."""
    out = {"plot_first_ms": _plot_cell_ms(inside, shell),
           "plot_next_ms": _plot_cell_ms(inside, shell, repeat=4)}

    def warmed():
        import io as io_module
        import matplotlib.pyplot as plt
        t = time.perf_counter()
        fig, ax = plt.subplots(figsize=(4, 3))
        ax.plot([0, 1], [0, 1])
        ax.set_title("warm-up")
        fig.savefig(io_module.BytesIO(), format="png")
        plt.close(fig)
        warm_ms = 1000 * (time.perf_counter() - t)
        return warm_ms, _plot_cell_ms(inside, shell)

    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            os.write(w, json.dumps(warmed()).encode())
        finally:
            os._exit(0)
    os.close(w)
    data = os.read(r, 200)
    os.close(r)
    os.waitpid(pid, 0)
    out["plot_warmup_in_zygote_ms"], out["plot_first_after_warmup_ms"] = json.loads(data)
    return out


def _probe_cells(inside, shell, snapshot, cells) -> dict:
    """run_cell against exec for the notebook's cells, in E's order (in a forked child)."""
    from IPython.core.interactiveshell import InteractiveShell

    sys.stdout, sys.stderr = inside._Stream("stdout"), inside._Stream("stderr")
    run_cell = InteractiveShell.run_cell
    figures = {"run_cell": [], "exec": [], "restore_before": [], "restore_after": [],
               "kind": []}
    module_names: dict = {}
    for cell in cells:
        if cell["kind"] == "test":
            t = time.perf_counter()
            snapshot.restore(shell.user_ns, module_names)
            figures["restore_before"].append(time.perf_counter() - t)
        inside.SINK = inside._Sink(100_000)
        t = time.perf_counter()
        run_cell(shell, cell["source"], store_history=True)
        figures["run_cell"].append(time.perf_counter() - t)
        if cell["kind"] == "test":
            t = time.perf_counter()
            snapshot.restore(shell.user_ns, module_names)
            figures["restore_after"].append(time.perf_counter() - t)
        figures["kind"].append(cell["kind"])
    for name, value in list(shell.user_ns.items()):
        if hasattr(value, "__spec__") and not name.startswith("_"):
            module_names.setdefault(name, value)
    # the same cells again, by exec (the code's own time, no IPython around it)
    namespace: dict = {"__name__": "__main__"}
    for cell in cells:
        source = shell.transform_cell(cell["source"])
        inside.SINK = inside._Sink(100_000)
        try:
            code = compile(source, "<cell>", "exec")
        except SyntaxError:
            figures["exec"].append(0.0)
            continue
        t = time.perf_counter()
        try:
            exec(code, namespace)
        except BaseException:  # noqa: BLE001 - blank answers raise
            pass
        figures["exec"].append(time.perf_counter() - t)
    empty = []
    for _ in range(50):
        inside.SINK = inside._Sink(100_000)
        t = time.perf_counter()
        run_cell(shell, "pass", store_history=True)
        empty.append(time.perf_counter() - t)
    figures["run_cell_pass_ms"] = 1000 * statistics.median(empty)
    raising = []
    for _ in range(20):
        inside.SINK = inside._Sink(100_000)
        t = time.perf_counter()
        run_cell(shell, "raise NotImplementedError('x')", store_history=True)
        raising.append(time.perf_counter() - t)
    figures["run_cell_raise_ms"] = 1000 * statistics.median(raising)
    return figures


def run_probe(preload: list[str], cells: list[dict]) -> dict | None:
    """The probe in a fresh interpreter, with the sandbox's environment variables."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "OMP_NUM_THREADS": "1",
           "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "LANG": "C.UTF-8",
           "MPLBACKEND": "module://matplotlib_inline.backend_inline",
           "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as folder:
        spec = Path(folder) / "probe.json"
        spec.write_text(json.dumps({"preload": preload, "cells": cells}))
        env["MPLCONFIGDIR"] = folder
        done = subprocess.run([sys.executable, __file__, "--probe", str(spec)], env=env,
                              capture_output=True, text=True, timeout=600, cwd=folder)
    if done.returncode:
        print(f"  probe failed ({done.returncode}): {done.stderr[-2000:]}")
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------ the benchmark's cohort
def cohort_breakdown(learners: int, workers: int | None) -> None:
    """grading_speed.py's default cohort, graded as its "curriculum grade, no feedback" run
    (one worker per core), with each job's start and end in its worker recorded: where the
    time above the floor (cell seconds / cores) goes."""
    import grading_speed

    from curriculum.build import generate_release
    from curriculum.course import Course
    from curriculum.engine import run as run_module, sandbox
    from curriculum.syllabus import load_syllabus

    assignments = load_syllabus(Course.at().syllabus_path).select(
        list(grading_speed.DEFAULT_ASSIGNMENTS))
    cores = os.cpu_count() or 1
    workers = workers or cores
    work = Path(tempfile.mkdtemp(prefix="engine-overhead-cohort-"))
    try:
        cohort_dir, people, _ = grading_speed.make_cohort(work, assignments, learners)
        course = grading_speed.scratch_course(work / "ours")
        submissions = course.root / "cohort"
        shutil.copytree(cohort_dir, submissions)
        for assignment in assignments:
            generate_release(course, assignment)
        jobs: list = []                                  # (thread, start, end, run, cells)
        taken: list = []                                 # (thread, assignment)
        ready: list = []
        original_execute, original_start = run_module.execute, sandbox.Sandbox.start

        def execute(job):
            start = time.perf_counter()
            result = original_execute(job)
            if result is not None:
                jobs.append((threading.current_thread().name, start, time.perf_counter(),
                             result, {c["index"]: c["kind"] for c in job["cells"]}))
                taken.append((threading.current_thread().name, job["assignment"]))
            return result

        starting: list = []
        warmed: list = []
        original_warm = run_module._Local.warm

        def sandbox_start(self):
            starting.append(time.perf_counter())
            original_start(self)
            ready.append(time.perf_counter())

        def warm(self, job):
            warmed.append(time.perf_counter())
            original_warm(self, job)

        undo: list = []
        sandbox_cpu = count_sandbox_cpu(undo)
        run_module.execute, sandbox.Sandbox.start = execute, sandbox_start
        run_module._Local.warm = warm
        main_cpu = time.thread_time()
        busy0 = machine_busy()
        t0 = time.perf_counter()
        try:
            result = run_module.grade(course, assignments, submissions, workers=workers,
                                      force=True, feedback=False)
        finally:
            run_module.execute, sandbox.Sandbox.start = original_execute, original_start
            run_module._Local.warm = original_warm
            restore(undo)
        total = time.perf_counter() - t0
        main_cpu = time.thread_time() - main_cpu
        # the whole machine's: a sandbox's processes are not our waited-for children
        cpu = machine_busy() - busy0
        n = len(result.outcomes)
        cells = sum(o.cell_seconds for o in result.outcomes)
        floor = cells / cores
        first_job = min(start for _, start, _, _, _ in jobs)
        by_worker: dict = defaultdict(list)
        for name, start, end, run, kinds in jobs:
            by_worker[name].append((start, end, run))
        print(f"\n{n} submissions ({len(people)} learners x {len(assignments)} assignments), "
              f"{workers} workers, no feedback ({load_line()})")
        print(f"  grade(): {total:.1f} s; floor {floor:.1f} s (cell seconds {cells:.1f} / "
              f"{cores} cores): {total / floor:.2f}x the floor; above it: {total - floor:.1f} s")
        print(f"  CPU the machine spent (/proc/stat, all processes): {cpu:.1f} s of "
              f"{total * cores:.1f} core-seconds ({100 * cpu / (total * cores):.0f}% busy); "
              f"above the cells: {cpu - cells:.1f} s; of it the sandboxes "
              f"{sum(sandbox_cpu) - cells:.1f} s (their start included), the grader "
              f"{cpu - sum(sandbox_cpu):.1f} s (main thread {main_cpu:.1f} s)")
        print(f"  before the first job started: {first_job - t0:.2f} s: the sandboxes were "
              f"asked to start at {warmed[0] - t0:.2f} s (release check, gradebook, plans "
              f"before that), started at " + ", ".join(f"{r - t0:.2f}" for r in
                                                      sorted(starting)) +
              " s, ready at " + ", ".join(f"{r - t0:.2f}" for r in sorted(ready)) + " s")
        overheads = [r.seconds - sum(c.seconds for c in r.cells.values()) for _, _, _, r, _ in jobs]
        print(f"  per job, the round trip (Sandbox._run) less its cell seconds: mean "
              f"{statistics.mean(overheads) * 1000:.0f} ms, sum {sum(overheads):.1f} s "
              f"({sum(overheads) / cores:.1f} s of wall on {cores} cores)")
        for name, items in sorted(by_worker.items()):
            items.sort()
            busy = sum(r.seconds for _, _, r in items)
            gaps = sum(max(0.0, items[k + 1][0] - items[k][1]) for k in range(len(items) - 1))
            cell_s = sum(sum(c.seconds for c in r.cells.values()) for _, _, r in items)
            spent = sum(end - start for start, end, _ in items)
            mix = Counter(aid for thread, aid in taken if thread == name)
            print(f"  {name}: {len(items)} jobs, first at {items[0][0] - t0:.2f} s, last ended "
                  f"{items[-1][1] - t0:.2f} s (idle {total - (items[-1][1] - t0):.2f} s at the "
                  f"end); in the sandbox {busy:.1f} s of which cells {cell_s:.1f} s; importing "
                  f"libraries before a job {spent - busy:.1f} s; between jobs {gaps:.2f} s")
            print("    " + ", ".join(f"{aid} x{count}" for aid, count in sorted(mix.items())))
        print(f"  grader main thread CPU {main_cpu:.1f} s ({1000 * main_cpu / n:.0f} ms a "
              f"submission, planning and set-up included)")
        figures = child_side([(r, kinds) for _, _, _, r, kinds in jobs])
        for name in ("first cell: sent -> its start (fork, unshare, lock-down)",
                     "per test cell: round trip - cell seconds",
                     "per other cell: round trip - cell seconds",
                     "last result -> exit (E exits, namespace, /tmp)"):
            print(f"  {name:<62}{ms(statistics.mean(figures[name]))}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def machine_busy() -> float:
    """CPU seconds every core of the machine has spent not idle since boot (/proc/stat)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)     # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


# ------------------------------------------------------------------ printing
def ms(seconds: float) -> str:
    return f"{1000 * seconds:8.1f} ms"


def report_probe(p: dict, n_test: int, n_other: int) -> None:
    """Print what the probe measured; a section whose figures are missing is left out."""
    for error in p.get("errors", []):
        print(f"  probe step failed: {error}")
    cells = p.get("cells", {})

    def imports():
        print(f"  zygote imports + shell + snapshot: {p['preload_s']:.2f} s "
              f"({', '.join(p['preloaded'])}); max RSS {p['maxrss_mb']:.0f} MB, "
              f"{p['gc_objects']} objects tracked by the GC")

    def restore():
        scanned = sum(p["snapshot_modules"].values())
        print(f"  snapshot: {len(p['snapshot_modules'])} modules, {scanned} names; "
              f"{p['snapshot_classes']} classes, {p['snapshot_class_methods']} methods; "
              f"{p['shell_attributes']} shell attributes")
        print(f"  _Snapshot.restore: {p['restore_ms']:.2f} ms a call (module namespaces "
              f"{p['restore_modules_only_ms'] - p['restore_rest_ms']:.2f}, class methods "
              f"{p['restore_classes_only_ms'] - p['restore_rest_ms']:.2f}, the rest "
              f"{p['restore_rest_ms']:.2f}); x2 per test cell x {n_test} test cells = "
              f"{2 * n_test * p['restore_ms']:.1f} ms per notebook")
        heavy = sorted(p["restore_per_module_ms"].items(), key=lambda kv: -kv[1])[:6]
        print("    per module (ms a call): " + ", ".join(
            f"{name} {value:.2f} ({p['snapshot_modules'][name]} names)"
            for name, value in heavy))
        if cells.get("restore_before"):
            print(f"    in a forked child, as E runs the cells: before "
                  f"{1000 * statistics.mean(cells['restore_before']):.2f} ms, after "
                  f"{1000 * statistics.mean(cells['restore_after']):.2f} ms a test cell "
                  f"(the first before {1000 * cells['restore_before'][0]:.2f} ms)")

    def fork():
        print(f"  fork + exit: {p['fork_exit_ms']:.1f} ms; fork -> unshare(CLONE_NEWPID) -> "
              f"fork -> exit (J and E): {p['fork_pidns_ms']:.1f} ms; E's closerange(5, 65536) "
              f"adds {p['closerange_ms'] - p['fork_exit_ms']:.1f} ms")
        print(f"  copy-on-write: fork + gc.collect() in the child: "
              f"{p['fork_gc_collect_ms']:.1f} ms (gc.collect in place "
              f"{p['gc_collect_in_place_ms']:.1f} ms); after gc.freeze() in the parent: "
              f"{p['fork_gc_collect_frozen_ms']:.1f} ms")
        print(f"  fork + first run_cell('pass') in the child: "
              f"{p['fork_first_run_cell_ms']:.1f} ms; after gc.freeze(): "
              f"{p['fork_first_run_cell_frozen_ms']:.1f} ms (fork + exit frozen "
              f"{p['fork_exit_frozen_ms']:.1f} ms)")

    def tracebacks():
        print("  a failing cell in a fresh fork (IPython formats the traceback; xmode Context):")
        print(f"    blank answer (NotImplementedError): first {p['tb_first_cold_ms']:.1f} ms, "
              f"later ones {p['tb_next_ms']:.1f} ms; xmode Plain {p['tb_plain_ms']:.1f} ms, "
              f"Minimal {p['tb_minimal_ms']:.1f} ms")
        print(f"    wrong answer (a failing curriculum.checks.expect_close): first "
              f"{p['tb_check_first_cold_ms']:.1f} ms, later ones {p['tb_check_next_ms']:.1f} "
              f"ms; xmode Plain {p['tb_check_plain_ms']:.1f} ms, Minimal "
              f"{p['tb_check_minimal_ms']:.1f} ms")
        print(f"    after a one-off warm-up in the zygote ({p['tb_warmup_in_zygote_ms']:.0f} ms: "
              f"showtraceback of both kinds of exec'd raise into a discarded sink): first "
              f"blank {p['tb_first_after_warmup_ms']:.1f} ms, first check "
              f"{p['tb_check_first_after_warmup_ms']:.1f} ms")
        print(f"    after a warm-up by run_cell in the zygote (a raising cell and a failing "
              f"check; the shell's counter and history then to be reset): first blank "
              f"{p['tb_first_after_run_cell_warmup_ms']:.1f} ms, first check "
              f"{p['tb_check_first_after_run_cell_warmup_ms']:.1f} ms")

    def plot():
        print(f"  a cell drawing a small plot (inline backend, PNG) in a fresh fork: first "
              f"{p['plot_first_ms']:.1f} ms, later ones {p['plot_next_ms']:.1f} ms; first after "
              f"a warm-up draw in the zygote ({p['plot_warmup_in_zygote_ms']:.0f} ms once) "
              f"{p['plot_first_after_warmup_ms']:.1f} ms")

    def run_cell():
        total, bare = sum(cells["run_cell"]), sum(cells["exec"])
        print(f"  the notebook's {len(cells['run_cell'])} code cells through run_cell: "
              f"{1000 * total:.1f} ms; exec of the same code {1000 * bare:.1f} ms: IPython "
              f"adds {1000 * (total - bare):.1f} ms; run_cell('pass') "
              f"{cells['run_cell_pass_ms']:.2f} ms, a raising cell "
              f"{cells['run_cell_raise_ms']:.2f} ms (warm)")
        slow = sorted(zip(cells["run_cell"], cells["exec"], cells["kind"]),
                      key=lambda x: -x[0])[:4]
        print("    slowest cells (run_cell / exec ms): " + ", ".join(
            f"{kind} {1000 * a:.1f}/{1000 * b:.1f}" for a, b, kind in slow))

    for section in (imports, restore, fork, tracebacks, plot, run_cell):
        try:
            section()
        except KeyError:
            pass


def print_profile(profile: cProfile.Profile, title: str, top: int) -> None:
    stream = io.StringIO()
    stats = pstats.Stats(profile, stream=stream)
    stats.sort_stats("cumulative").print_stats(top)
    lines = stream.getvalue().splitlines()
    start = next((k for k, line in enumerate(lines) if line.strip().startswith("ncalls")), 0)
    print(title)
    for line in lines[start:start + top + 1]:
        print("  " + line[:150].replace(str(ROOT) + "/", "").replace(sys.prefix + "/", ""))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assignment", default="s1-01-linear-algebra")
    parser.add_argument("-n", type=int, default=16, help="notebooks (default %(default)s)")
    parser.add_argument("--feedback", action="store_true", help="write feedback HTML too")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--no-probe", action="store_true")
    parser.add_argument("--probe-preload", nargs="*", default=[], metavar="MODULE",
                        help="more modules for the isolated child probe to import (e.g. "
                             "torch pandas sklearn: what a course with Stage 3 preloads)")
    parser.add_argument("--cohort", type=int, metavar="LEARNERS", nargs="?", const=12,
                        help="instead: grading_speed.py's default cohort (12 learners x 4 "
                             "assignments unless given), one worker per core, and where its "
                             "time above the floor goes")
    parser.add_argument("--workers", type=int, default=None, help="with --cohort")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe:
        spec = json.loads(Path(args.probe).read_text())
        result = probe(spec["preload"], spec["cells"])
        sys.stdout = sys.__stdout__
        print(json.dumps(result))
        return
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"

    from curriculum.engine import run as run_module
    from curriculum.engine.intake import jobs_cells, take_in
    from curriculum.notebooks import read_notebook
    import nbgrader.apps  # noqa: F401 - imported before timing, as grading_speed does

    if args.cohort:
        cohort_breakdown(args.cohort, args.workers)
        print(f"\n{load_line()}")
        return

    work = Path(tempfile.mkdtemp(prefix="engine-overhead-"))
    try:
        print(f"{args.n} blank {args.assignment} notebooks, one worker, feedback "
              f"{'on' if args.feedback else 'off'}; {load_line()}", flush=True)
        course, assignment, submissions = make_course(work, args.assignment, args.n)
        # capture the runs (the worker's results) to read their timelines
        runs: list = []
        original_execute = run_module.execute

        def execute(job):
            result = original_execute(job)
            if result is not None:
                runs.append((result, {c["index"]: c["kind"] for c in job["cells"]}))
            return result

        run_module.execute = execute
        phases = Phases()
        try:
            seconds, result, t0, ready, done, _, cpu = grade_once(
                course, assignment, submissions, feedback=args.feedback, phases=phases)
        finally:
            run_module.execute = original_execute
        n = len(result.outcomes)
        bad = [o for o in result.outcomes if o.status != "graded"]
        if bad:
            print(f"  warning: {len(bad)} not graded: {bad[0].status} {bad[0].reason}")
        cell_s = statistics.mean(o.cell_seconds for o in result.outcomes)
        start_s = phases.seconds["worker: Sandbox.start (zygote imports)"]
        steady = (max(done) - ready[-1]) / n if ready and done else float("nan")
        print(f"\n1. totals ({load_line()})")
        print(f"  grade(): {seconds:.2f} s for {n} notebooks; sandbox start {start_s:.2f} s "
              f"(the base libraries), ready {ready[-1] - t0:.2f} s after grade() began (the "
              f"notebook's own libraries imported)")
        print(f"  steady-state wall per notebook: {steady:.3f} s; pure cell seconds per "
              f"notebook {cell_s:.3f} s; per-notebook overhead {steady - cell_s:.3f} s")
        sandboxes = f"{cpu['sandboxes'] / n:.3f} s" if cpu["sandboxes"] else \
            "n/a (/proc had no CPU time for them when they were stopped)"
        print(f"  CPU per notebook (whole run / N): grader {cpu['grader'] / n:.3f} s (all its "
              f"threads), sandboxes {sandboxes} (their start included), other children "
              f"{cpu['children'] / n:.3f} s (feedback workers, their start included)")
        sandbox_walls = statistics.mean(o.seconds for o in result.outcomes)
        print(f"  Outcome.seconds (the grader's round trip) per notebook: {sandbox_walls:.3f} s")

        print(f"\n2. parent side, per notebook (summed over threads / {n}): wall, and the "
              "calling thread's CPU")
        for name, total in phases.seconds.items():
            if name.startswith("worker: Sandbox.start"):
                continue
            print(f"  {name:<45}{ms(total / n)} {ms(phases.cpu[name] / n)} CPU  "
                  f"({phases.calls[name]} calls)")
        main_busy = phases.seconds["prepare (intake + dispatch)"] + \
            phases.seconds["record (score + write + feedback)"] + \
            phases.seconds.get("feedback: wait for results", 0.0)
        print(f"  main thread busy {main_busy:.2f} s of {seconds:.2f} s (the rest: waiting "
              "for the worker, set-up, close)")
        setup = phases.seconds["worker: Sandbox.run"] - phases.seconds[
            "worker:   round trip to the child (_run)"]
        print(f"  worker: job folder set-up/removal (Sandbox.run - _run): {ms(setup / n)}")

        print(f"\n3. child side, per notebook (mean of {len(runs)} runs; from Run.timeline)")
        figures = child_side(runs)
        for name, values in figures.items():
            if name in ("test cells", "other code cells"):
                continue
            print(f"  {name:<62}{ms(statistics.mean(values))}")
        n_test = int(statistics.mean(figures["test cells"])) if figures["test cells"] else 0
        n_other = int(statistics.mean(figures["other code cells"])) if figures["test cells"] else 0
        print(f"  ({n_test} test cells, {n_other} other code cells a notebook)")

        if args.feedback:
            print(f"\n3b. feedback export in this process, the learner copies of the graded "
                  f"notebooks ({load_line()})")
            feedback_in_process(course, assignment, result)

        if not args.no_probe:
            print(f"\n4. child-side costs in isolation ({load_line()})", flush=True)
            intake = take_in(submissions / "learner-00" / assignment.id,
                             course.release_notebook(assignment.id).name,
                             read_notebook(course.source_notebook(assignment.id)),
                             read_notebook(course.release_notebook(assignment.id)))
            cells = jobs_cells(intake.notebook)
            preload = list(dict.fromkeys(run_module.BASE_PRELOAD + run_module.imported_modules(
                read_notebook(course.source_notebook(assignment.id))) + args.probe_preload))
            p = run_probe(preload, cells)
            if p:
                report_probe(p, n_test, n_other)

        if not args.no_profile:
            print(f"\n5. cProfile of a second run ({load_line()})", flush=True)
            seconds2, _, _, _, _, profiles, _ = grade_once(
                course, assignment, submissions, feedback=args.feedback, phases=None,
                profile=True)
            print(f"  (profiled run: {seconds2:.2f} s)")
            print_profile(profiles["main"], "  main thread, top 25 by cumulative time:", 25)
            print_profile(profiles["worker"], "  worker thread, top 10 by cumulative time:", 10)
        print(f"\n{load_line()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
