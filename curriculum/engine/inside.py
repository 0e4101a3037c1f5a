"""What runs inside the sandbox: a warm parent (the "zygote") and the cell runner it forks.

The zygote imports the course's heavy libraries once (NumPy, pandas, scikit-learn, PyTorch,
matplotlib, IPython), then serves one job per line on stdin. For each job it forks a fresh
child, so no state passes from one submission to the next, and the ~3 s of imports and kernel
start-up that stock nbgrader pays per notebook is paid once per worker (DESIGN.md, measured
facts: 0.2 s instead of 3.4 s per ML notebook).

Per job:  zygote --fork--> J (unshare a PID namespace) --fork--> E (PID 1 of that namespace)
E drops to the job's uid (when the zygote is root), sets rlimits, clears the environment,
and runs the cells with an IPython shell. When E exits or is killed, the kernel kills every
process left in its namespace: a `setsid` child cannot outlive the submission.

Protocol. stdin: one JSON object per line, {"op": "run", ...} or {"op": "kill"}.
Two pipes back to the grader: the control pipe ({"ev": "ready"|"exit"}), written only by the
zygote and closed in E, and the events pipe ({"ev": "start"|"cell"}, fd 3 in E), which learner
code can write to. The grader checks every event against the instructor's notebook and ends a
job only on the control pipe's "exit".

This module imports only the standard library at the top: it must start fast and must not
import nbgrader (2.8 s) inside the sandbox.
"""

from __future__ import annotations

import ctypes
import importlib
import io
import json
import os
import resource
import select
import signal
import sys
import time
import types

CLONE_NEWPID = 0x20000000
PR_SET_PDEATHSIG, PR_SET_NO_NEW_PRIVS = 1, 38
EVENTS_FD = 3

# Modules whose namespace tests rely on: a learner's code that replaces a function in one of
# them (np.testing.assert_allclose = lambda *a, **k: None) is undone before every test cell
# and reported. The job adds the modules its test cells import.
PROTECTED_MODULES = ("builtins", "math", "operator", "numpy", "numpy.testing", "numpy.linalg",
                     "pandas", "pandas.testing", "torch", "torch.testing", "curriculum.checks")
UNPROTECTABLE = {"sys", "__main__", "IPython"}   # the runner itself changes these
PROTECTED_SHELL_ATTRIBUTES = ("displayhook", "display_pub", "display_trap", "builtin_trap",
                              "compile", "InteractiveTB", "display_formatter", "events")
SHELL_LISTS = ("ast_transformers", "input_transformers_cleanup", "input_transformers_post")


def _libc():
    return ctypes.CDLL(None, use_errno=True)


def _emit(fd: int, event: dict) -> None:
    data = (json.dumps(event, default=str) + "\n").encode()
    while data:
        data = data[os.write(fd, data):]


# --------------------------------------------------------------------------- zygote
class Zygote:
    """The warm parent. Trusted code only: no learner code ever runs in this process."""

    def __init__(self, preload: list[str], control_fd: int, events_fd: int,
                 sandboxed: bool = False):
        self.control, self.events = control_fd, events_fd
        self.sandboxed = sandboxed                      # inside bubblewrap: /tmp is private
        os.dup2(2, 1)                                   # stray prints go to the log
        self.requests = _Lines(0)
        start = time.perf_counter()
        self.loaded, self.failed = self._preload(preload)
        self.shell = _make_shell()
        self.snapshot = _Snapshot.take(self.shell, PROTECTED_MODULES)
        self.preload_s = time.perf_counter() - start

    @staticmethod
    def _preload(names):
        os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
        loaded, failed = [], []
        for name in names:
            try:
                importlib.import_module(name)
                loaded.append(name)
            except Exception as exc:  # noqa: BLE001 - a missing optional library is not fatal
                failed.append(f"{name}: {type(exc).__name__}")
        if "torch" in sys.modules:                      # one thread: one core per worker
            sys.modules["torch"].set_num_threads(1)
            try:
                sys.modules["torch"].set_num_interop_threads(1)
            except RuntimeError:
                pass
        return loaded, failed

    def serve(self) -> None:
        _emit(self.control, {"ev": "ready", "pid": os.getpid(), "uid": os.getuid(),
                            "preloaded": self.loaded, "not_preloaded": self.failed,
                            "seconds": round(self.preload_s, 3)})
        while True:
            line = self.requests.readline()
            if line is None:
                return                                  # the grader closed the channel
            if line.strip() and json.loads(line).get("op") == "run":
                self.run(json.loads(line))
            # a stray "kill" with no job running is ignored

    def run(self, job: dict) -> None:
        report_r, report_w = os.pipe()
        start = time.perf_counter()
        j = os.fork()
        if j == 0:                                      # J: owns the new PID namespace
            try:
                os.close(report_r)
                pidns = _libc().unshare(CLONE_NEWPID) == 0
                e = os.fork()
                if e == 0:
                    os.close(report_w)
                    _executor(job, self, pidns)         # never returns
                os.write(report_w, f"{e} {int(pidns)}\n".encode())
                _, status = os.waitpid(e, 0)
                os._exit(_exit_code(status) & 0xFF if os.WIFEXITED(status) else 128 +
                         (os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0))
            except BaseException:                       # noqa: BLE001
                os._exit(127)
        os.close(report_w)
        with os.fdopen(report_r) as report:
            first = report.readline().split()
        e_pid = int(first[0]) if first else None
        pidns = bool(int(first[1])) if len(first) > 1 else False
        killed = self._wait(j, e_pid, job)
        _, status, usage = os.wait4(j, 0)
        if not pidns and job.get("uid") is not None:
            _kill_uid(job["uid"])                       # no namespace: kill by uid instead
        if self.sandboxed:                              # private /tmp: ours to empty
            _clean_dir("/tmp")
            _clean_dir("/dev/shm")
        _emit(self.control, {"ev": "exit", "code": _exit_code(status), "killed": killed,
                            "pid_namespace": pidns, "seconds": time.perf_counter() - start,
                            "max_rss_kb": usage.ru_maxrss})

    def _wait(self, j: int, e_pid: int | None, job: dict) -> str | None:
        """Wait for J; on a "kill" line (the grader's deadline passed) kill E and its PID
        namespace with it."""
        pidfd = os.pidfd_open(j)
        try:
            while True:
                if not self.requests.pending():
                    ready, _, _ = select.select([self.requests.fd, pidfd], [], [])
                    if pidfd in ready:
                        return None
                line = self.requests.readline()
                if line is None:                        # grader gone: stop everything
                    _kill(e_pid)
                    _kill(j)
                    return "grader closed the channel"
                if json.loads(line).get("op") == "kill":
                    _kill(e_pid)
                    _kill(j)
                    return "killed by the grader"
        finally:
            os.close(pidfd)


class _Lines:
    """Lines from a file descriptor, without Python's buffering (which hides data from
    select())."""

    def __init__(self, fd: int):
        self.fd, self.buffer = fd, b""

    def pending(self) -> bool:
        return b"\n" in self.buffer

    def readline(self) -> str | None:
        while b"\n" not in self.buffer:
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode()


def _exit_code(status: int) -> int:
    return os.waitstatus_to_exitcode(status)


def _kill(pid: int | None) -> None:
    if pid:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _kill_uid(uid: int) -> None:
    """Kill every process of `uid` (fallback when there is no PID namespace)."""
    pid = os.fork()
    if pid == 0:
        try:
            os.setuid(uid)
            os.kill(-1, signal.SIGKILL)
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


def _clean_dir(path: str) -> None:
    """Empty a shared scratch folder between jobs (the zygote is the only writer left)."""
    import shutil
    try:
        entries = list(os.scandir(path))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)
        except OSError:
            pass


# --------------------------------------------------------------------------- the shell
class _Sink:
    """Collects one cell's outputs in nbformat v4 shape, under a byte budget."""

    def __init__(self, cap: int):
        self.outputs: list[dict] = []
        self.cap = cap
        self.used = 0
        self.dropped = 0

    def _fits(self, n: int) -> bool:
        if self.used + n > self.cap:
            self.dropped += n
            return False
        self.used += n
        return True

    def stream(self, name: str, text: str) -> None:
        room = self.cap - self.used
        if len(text) > room:
            self.dropped += len(text) - max(room, 0)
            text = text[:max(room, 0)]
        self.used += len(text)
        if not text:
            return
        last = self.outputs[-1] if self.outputs else None
        if last and last["output_type"] == "stream" and last["name"] == name:
            last["text"] += text
        else:
            self.outputs.append({"output_type": "stream", "name": name, "text": text})

    def rich(self, output: dict) -> None:
        size = len(json.dumps(output.get("data", {}), default=str))
        if self._fits(size):
            self.outputs.append(output)

    def finish(self) -> list[dict]:
        if self.dropped:
            self.outputs.append({"output_type": "stream", "name": "stderr", "text":
                                 f"\n[grader: {self.dropped} characters of output dropped "
                                 f"(limit {self.cap} per cell)]\n"})
        return self.outputs


SINK = _Sink(0)


class _Stream(io.TextIOBase):
    def __init__(self, name: str):
        self.name = name

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        SINK.stream(self.name, text)
        return len(text)

    def writable(self):
        return True

    def isatty(self):
        return False

    @property
    def encoding(self):
        return "utf-8"


def _make_shell():
    """An IPython shell whose display hook, display publisher and tracebacks append to SINK
    (what ipykernel sends over ZMQ, minus the kernel)."""
    from IPython.core.displayhook import DisplayHook
    from IPython.core.displaypub import DisplayPublisher
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    class CaptureHook(DisplayHook):
        def start_displayhook(self):
            self._data, self._md = None, {}

        def write_output_prompt(self):
            pass

        def write_format_data(self, format_dict, md_dict=None):
            self._data, self._md = format_dict, md_dict or {}

        def finish_displayhook(self):
            if self._data is not None:
                SINK.rich({"output_type": "execute_result", "data": self._data,
                           "metadata": self._md,
                           "execution_count": self.shell.execution_count})

    class CapturePublisher(DisplayPublisher):
        def publish(self, data, metadata=None, source=None, *, transient=None, update=False,
                    **kwargs):
            SINK.rich({"output_type": "display_data", "data": data,
                       "metadata": metadata or {}})

        def clear_output(self, wait=False):
            SINK.outputs.clear()

    class CaptureShell(InteractiveShell):
        def _showtraceback(self, etype, evalue, stb):
            SINK.rich({"output_type": "error", "ename": _safe_str(getattr(etype, "__name__",
                                                                          etype)),
                       "evalue": _safe_str(evalue)[:2000], "traceback": list(stb)[-60:]})

        def enable_gui(self, gui=None):
            pass

    config = Config()
    config.HistoryManager.enabled = False
    config.InteractiveShell.colors = "NoColor"
    CaptureShell.displayhook_class = CaptureHook
    CaptureShell.display_pub_class = CapturePublisher
    shell = CaptureShell.instance(config=config)
    if "matplotlib" in sys.modules:
        try:
            shell.enable_matplotlib("inline")
        except Exception:  # noqa: BLE001 - plots are optional for grading
            pass
    return shell


def _safe_str(value) -> str:
    try:
        return str(value)
    except BaseException:  # noqa: BLE001 - a learner's __str__ may raise anything
        return f"<{type(value).__name__}: str() failed>"


class _Snapshot:
    """What the tests rely on, captured in the zygote before any learner code runs."""

    def __init__(self, shell, modules, lists, manager, callbacks, meta_path, sys_modules):
        self.shell, self.modules, self.lists = shell, modules, lists
        self.attributes = dict(vars(shell))
        self.protected = {n: getattr(shell, n) for n in PROTECTED_SHELL_ATTRIBUTES}
        self.manager, self.callbacks = manager, callbacks
        self.meta_path, self.sys_modules = meta_path, sys_modules

    @staticmethod
    def _functions(module) -> dict:
        """The functions, classes and submodules of a module: what tampering replaces (its
        data, such as sys.last_value, changes legitimately)."""
        return {k: v for k, v in vars(module).items()
                if callable(v) or isinstance(v, types.ModuleType)}

    @classmethod
    def take(cls, shell, names):
        modules = {n: cls._functions(sys.modules[n]) for n in names
                   if n in sys.modules and n not in UNPROTECTABLE}
        lists = {n: list(getattr(shell, n)) for n in SHELL_LISTS}
        tm = shell.input_transformer_manager
        manager = {n: list(getattr(tm, n)) for n in ("cleanup_transforms", "line_transforms",
                                                       "token_transformers")}
        callbacks = {k: list(v) for k, v in shell.events.callbacks.items()}
        return cls(shell, modules, lists, manager, callbacks, list(sys.meta_path),
                   dict(sys.modules))

    def add_modules(self, names) -> None:
        for name in names:
            if name in sys.modules and name not in self.modules and name not in UNPROTECTABLE:
                self.modules[name] = self._functions(sys.modules[name])

    def restore(self, user_ns: dict, module_names: dict) -> list[str]:
        """Undo changes to what tests rely on; return what had been changed."""
        changed = []
        for name, saved in self.modules.items():
            if sys.modules.get(name) is not self.sys_modules.get(name, sys.modules.get(name)):
                changed.append(f"sys.modules[{name!r}]")
                sys.modules[name] = self.sys_modules[name]
            namespace = vars(sys.modules[name])
            for key, value in saved.items():
                if namespace.get(key, _MISSING) is not value:
                    changed.append(f"{name}.{key}")
                    try:
                        namespace[key] = value
                    except TypeError:
                        pass
        shell = self.shell
        for name in list(vars(shell)):                 # shell.run_cell = fake, ...
            if callable(getattr(type(shell), name, None)) and name not in self.attributes:
                changed.append(f"shell.{name}")
                del vars(shell)[name]
        for name in PROTECTED_SHELL_ATTRIBUTES:         # shell.displayhook = fake, ...
            if getattr(shell, name, None) is not self.protected[name]:
                changed.append(f"shell.{name}")
                setattr(shell, name, self.protected[name])
        for name, saved in self.lists.items():
            if list(getattr(shell, name)) != saved:
                changed.append(f"shell.{name}")
                setattr(shell, name, list(saved))
        tm = shell.input_transformer_manager
        for name, saved in self.manager.items():
            if list(getattr(tm, name)) != saved:
                changed.append(f"input_transformer_manager.{name}")
                setattr(tm, name, list(saved))
        for event, saved in self.callbacks.items():
            if shell.events.callbacks.get(event) != saved:
                changed.append(f"shell.events[{event!r}]")
                shell.events.callbacks[event] = list(saved)
        if sys.meta_path != self.meta_path:
            changed.append("sys.meta_path")
            sys.meta_path[:] = self.meta_path
        if sys.gettrace() is not None or sys.getprofile() is not None:
            changed.append("sys.settrace/setprofile")
            sys.settrace(None)
            sys.setprofile(None)
        for name, module in module_names.items():      # `np` rebound to a fake
            if user_ns.get(name) is not module:
                changed.append(f"the name {name!r} (was module {module.__name__})")
                user_ns[name] = module
        return changed


_MISSING = object()


class CellTimeoutError(KeyboardInterrupt):
    """Raised in a cell that runs past the per-cell limit (a KeyboardInterrupt, so that a
    learner's `except Exception:` does not swallow it)."""


def _on_alarm(signum, frame):
    raise CellTimeoutError("the cell ran past the per-cell time limit")


# --------------------------------------------------------------------------- E
def _executor(job: dict, zygote: Zygote, pidns: bool) -> None:
    """Run as E: lock down, then run the cells. Never returns."""
    code = 0
    try:
        _lock_down(job, zygote.events)
        _run_cells(job, zygote)
    except BaseException as exc:  # noqa: BLE001 - reported to the grader, then exit
        try:
            _emit(EVENTS_FD, {"ev": "fatal", "error": f"{type(exc).__name__}: {exc}"})
        except OSError:
            pass
        code = 70
    os._exit(code)


def _lock_down(job: dict, events: int) -> None:
    limits = job["limits"]
    os.setsid()
    # the event channel becomes fd 3; everything else is closed; 0/1/2 go to /dev/null
    if events != EVENTS_FD:
        os.dup2(events, EVENTS_FD)
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.closerange(EVENTS_FD + 1, 1 << 16)
    set_limit = resource.setrlimit
    set_limit(resource.RLIMIT_AS, (limits["memory_bytes"],) * 2)
    set_limit(resource.RLIMIT_FSIZE, (limits["file_bytes"],) * 2)
    set_limit(resource.RLIMIT_NOFILE, (limits["open_files"],) * 2)
    set_limit(resource.RLIMIT_CPU, (limits["cpu_s"], limits["cpu_s"] + 5))
    set_limit(resource.RLIMIT_CORE, (0, 0))
    set_limit(resource.RLIMIT_NPROC, (limits["processes"],) * 2)
    os.chdir(job["dir"])
    uid = job.get("uid")
    if uid is not None and os.getuid() == 0:
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)
    libc = _libc()
    libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)   # cleared by setuid: set after
    os.environ.clear()
    os.environ.update(job["env"])
    os.environ["HOME"] = os.environ["TMPDIR"] = job["dir"]
    import tempfile
    tempfile.tempdir = None


def _run_cells(job: dict, zygote: Zygote) -> None:
    global SINK
    shell = zygote.shell
    limits = job["limits"]
    snapshot = zygote.snapshot
    snapshot.add_modules(job.get("protect", []))
    sys.stdout, sys.stderr = _Stream("stdout"), _Stream("stderr")
    signal.signal(signal.SIGALRM, _on_alarm)
    deadline = time.monotonic() + limits["notebook_s"]
    module_names: dict[str, types.ModuleType] = {}
    from IPython.core.interactiveshell import InteractiveShell
    pristine_run_cell = InteractiveShell.run_cell       # a learner may replace shell.run_cell
    for cell in job["cells"]:
        index, kind = cell["index"], cell["kind"]
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            _emit(EVENTS_FD, {"ev": "notebook_timeout", "cell": index})
            return
        tampered = snapshot.restore(shell.user_ns, module_names) if kind == "test" else []
        SINK = _Sink(limits["output_chars"])
        _emit(EVENTS_FD, {"ev": "start", "cell": index})
        started = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, min(limits["cell_s"], remaining))
        timed_out = False
        try:
            pristine_run_cell(shell, cell["source"], store_history=True)
        except CellTimeoutError:                        # fired between run_cell's own handlers
            timed_out = True
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        seconds = time.perf_counter() - started
        outputs = SINK.finish()
        if timed_out or any(o.get("ename") == "CellTimeoutError" for o in outputs):
            timed_out = True
            if not any(o.get("output_type") == "error" for o in outputs):
                outputs.append({"output_type": "error", "ename": "CellTimeoutError",
                                "evalue": "the cell ran past the per-cell time limit",
                                "traceback": []})
        sys.stdout.flush()
        if kind == "instructor":                        # remember the instructor's imports
            for name, value in list(shell.user_ns.items()):
                if isinstance(value, types.ModuleType) and not name.startswith("_"):
                    module_names.setdefault(name, value)
        _emit(EVENTS_FD, {"ev": "cell", "cell": index, "outputs": outputs,
                          "execution_count": shell.execution_count - 1,
                          "seconds": seconds, "tampered": tampered, "timed_out": timed_out})


def main() -> None:
    options = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    Zygote(options.get("preload", []), options["control_fd"], options["events_fd"],
           options.get("sandboxed", False)).serve()


if __name__ == "__main__":
    main()
