"""What runs inside the sandbox: templates, a warm parent per worker (its "zygote") and the
cell runner a zygote forks.

The sandbox's first process (`main`, the nursery) imports the base libraries once and is
the first template. A template forks a worker's zygote on the grader's request, or a new
template that imports a notebook's own libraries (scikit-learn, PyTorch) on top of its
own: each library is imported once per grading run. A zygote serves one job per line on
stdin. For each job it forks a fresh child, so no state passes from one submission to the
next, and the ~3 s of imports and kernel start-up that stock nbgrader pays per notebook is
paid once per run (DESIGN.md, measured facts: 0.2 s instead of 3.4 s per ML notebook).

Per job:  zygote --fork--> J (unshare a PID namespace) --fork--> E (PID 1 of that namespace)
E drops to the job's uid (when the zygote is root), sets rlimits, clears the environment,
and runs the cells with an IPython shell. When E exits or is killed, the kernel kills every
process left in its namespace: a `setsid` child cannot outlive the submission.

Protocol. stdin: one JSON object per line: {"op": "run", ...} starts a job; then
{"op": "cell", ...} lines, which the zygote relays to E (fd 4) one at a time, the next only
after the previous result; {"op": "end"} closes E's input; {"op": "kill"} kills E. Two pipes
back to the grader: the control pipe ({"ev": "ready"|"exit"}), written only by the zygote and
closed in E, and the events pipe ({"ev": "start"|"cell"}, fd 3 in E), which learner code can
write to. Each result must echo its cell's nonce; the grader checks every event against the
instructor's notebook and ends a job only on the control pipe's "exit".

This module imports only the standard library at the top: it must start fast and must not
import nbgrader (2.8 s) inside the sandbox.
"""

from __future__ import annotations

import array
import builtins
import ctypes
import importlib
import io
import json
import operator
import os
import re
import resource
import select
import signal
import _signal
import socket
import sys
import time
import types

CLONE_NEWPID = 0x20000000
PR_SET_PDEATHSIG, PR_SET_DUMPABLE, PR_SET_NO_NEW_PRIVS = 1, 4, 38
EVENTS_FD = 3

# Modules whose namespace tests rely on: a learner's code that replaces a function in one of
# them (np.testing.assert_allclose = lambda *a, **k: None) is undone before every test cell
# and reported. The job adds the modules its test cells import.
PROTECTED_MODULES = ("builtins", "math", "operator", "numpy", "numpy.testing", "numpy.linalg",
                     "pandas", "pandas.testing", "torch", "torch.testing", "curriculum.checks")
# Libraries known to rebind their own public functions to wrappers of them while they run
# (torch: `torch.manual_seed` once an optimizer steps); nowhere else is a wrapper accepted.
REBINDING_PACKAGES = ("torch",)
IMMUTABLE_TYPE = 1 << 8                          # Py_TPFLAGS_IMMUTABLETYPE (C types)
UNPROTECTABLE = frozenset({"sys", "__main__", "IPython"})   # the runner itself changes these
# The runner's own module and what it writes results with: any change is tampering.
STRICT_MODULES = ("curriculum.engine.inside", "json", "json.decoder", "json.encoder", "os",
                  "signal", "builtins", "ast", "linecache", "time", "threading", "_thread")
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

    def __init__(self, preload: list[str], sandboxed: bool = False):
        self.control = self.events = -1                 # a zygote's own: `adopt`
        self.requests: _Lines | None = None
        self.sandboxed = sandboxed                      # inside bubblewrap: /tmp is private
        os.dup2(2, 1)                                   # stray prints go to the log
        start = time.perf_counter()
        self.loaded, self.failed = self._preload(preload)
        self.shell = _make_shell()
        # what every notebook imports on its way to its first result (the runner's guard;
        # IPython's first run_cell brings its logger and bdb): once here, not in each fork
        self._preload(WARM_MODULES)
        _warm_tracebacks(self.shell)
        self.snapshot = _Snapshot.take(self.shell, PROTECTED_MODULES)
        # E reads each cell into this buffer (at the same address in every fork): the
        # zygote knows the runner's own read of the channel from anyone else's by it.
        self.cell_space = ctypes.create_string_buffer(CELL_CHUNK)
        self.libc = _libc()
        _seal_classes(JUDGE_MODULES)
        self.pid_namespace = self._own_pid_namespace()
        # whether each zygote can have a /tmp, /dev/shm, loopback and IPC of its own: then
        # the workers' zygotes can share one sandbox and its imports (`_isolate`)
        self.isolated = sandboxed and _works_in_child(_isolate)
        self.watch = _ChannelWatch.available(ctypes.addressof(self.cell_space))
        # Everything imported so far lives as long as the zygote: out of the collector's
        # reach, a full collection in a notebook costs ~5 ms instead of ~80 ms (with torch,
        # pandas and scikit-learn loaded, ~70 ms instead of ~700 ms on a loaded machine).
        import gc
        gc.collect()
        gc.freeze()
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

    def describe(self) -> dict:
        """What the grader is told of this process: as a template, then as each zygote."""
        return {"pid": os.getpid(), "uid": os.getuid(), "channel_watch": self.watch is not None,
                "isolated": self.isolated, "preloaded": self.loaded,
                "not_preloaded": self.failed, "seconds": round(self.preload_s, 3)}

    def adopt(self, requests_fd: int, control_fd: int, events_fd: int) -> None:
        """Become one worker's zygote, forked from a template: its requests on stdin, its
        own control and events pipes, and (`isolated`) namespaces of its own."""
        if self.isolated:
            _isolate()                                  # raises: no zygote, the grader is told
        # what the sandbox mounted below /tmp and /dev/shm, kept when they are emptied: fixed
        # from here on (learner code cannot mount in this namespace)
        self.mounts = {path: [point for point, _ in _mounts_below(path)]
                       for path in ("/tmp", "/dev/shm")}
        if requests_fd != 0:
            os.dup2(requests_fd, 0)
            os.close(requests_fd)
        self.requests, self.control, self.events = _Lines(0), control_fd, events_fd

    def serve(self) -> None:
        _emit(self.control, {"ev": "ready", **self.describe()})
        while True:
            line = self.requests.readline()
            if line is None:
                return                                  # the grader closed the channel
            request = json.loads(line) if line.strip() else {}
            if request.get("op") == "run":
                self.run(request)
            # a stray "kill" with no job running is ignored

    def extend(self, names: list[str]) -> dict:
        """Import more modules between notebooks (no learner code has run in this process:
        its state is still the pristine one), then snapshot it afresh: the new libraries'
        functions are protected (pandas, torch) like those imported at start."""
        start = time.perf_counter()
        loaded, failed = self._preload([n for n in names if isinstance(n, str)])
        self.loaded += loaded
        self.failed += failed
        # again: a traceback's first rendering scans every module (inspect.getmodule's
        # cache), and each fork would scan the new ones (~50 ms with scikit-learn's)
        _warm_tracebacks(self.shell)
        protect = list(self.snapshot.modules)
        self.snapshot = _Snapshot.take(self.shell, PROTECTED_MODULES)
        self.snapshot.add_modules(protect)              # what the jobs asked to protect
        import gc
        gc.freeze()                                     # as at start: out of the collector
        return {"loaded": loaded, "failed": failed,
                "seconds": round(time.perf_counter() - start, 3)}

    @staticmethod
    def _own_pid_namespace() -> int | None:
        """An fd of this process's PID namespace, where it may create a new one for its next
        child (unshare) and come back to its own for the children after (setns; both need
        CAP_SYS_ADMIN: root), as checked in a throwaway child; else None."""
        try:
            fd = os.open("/proc/self/ns/pid", os.O_RDONLY)
        except OSError:
            return None
        def round_trip() -> None:
            libc = _libc()
            if not (libc.unshare(CLONE_NEWPID) == 0 and libc.setns(fd, CLONE_NEWPID) == 0
                    and libc.unshare(CLONE_NEWPID) == 0):
                raise OSError(ctypes.get_errno(), "no PID namespace round trip")

        if _works_in_child(round_trip):
            return fd
        os.close(fd)
        return None

    def run(self, job: dict) -> None:
        self.snapshot.add_modules(job.get("protect", []))   # once per module, not per fork
        cells_r, cells_w = os.pipe()                    # the zygote relays cells to E
        start = time.perf_counter()
        if self.pid_namespace is not None and self.libc.unshare(CLONE_NEWPID) == 0:
            # E straight from here, PID 1 of a namespace of its own; the zygote then goes
            # back to its own namespace for the next one (one fork a notebook, not two)
            e = os.fork()
            if e == 0:
                try:
                    os.close(cells_w)
                    _executor(job, self, cells_r)       # never returns
                finally:
                    os._exit(127)
            if self.libc.setns(self.pid_namespace, CLONE_NEWPID) != 0:
                _kill(e)                                # a later E would join this namespace:
                os._exit(75)                            # the grader starts a new zygote
            os.close(cells_r)
            self._finish(job, start, e, e, cells_w, pidns=True)
            return
        report_r, report_w = os.pipe()
        j = os.fork()
        if j == 0:                                      # J: owns the new PID namespace
            try:
                os.close(report_r)
                os.close(cells_w)
                pidns = _libc().unshare(CLONE_NEWPID) == 0
                e = os.fork()
                if e == 0:
                    os.close(report_w)
                    _executor(job, self, cells_r)       # never returns
                os.close(cells_r)
                os.write(report_w, f"{e} {int(pidns)}\n".encode())
                _, status = os.waitpid(e, 0)
                os._exit(_exit_code(status) & 0xFF if os.WIFEXITED(status) else 128 +
                         (os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0))
            except BaseException:                       # noqa: BLE001
                os._exit(127)
        os.close(report_w)
        os.close(cells_r)
        with os.fdopen(report_r) as report:
            first = report.readline().split()
        e_pid = int(first[0]) if first else None
        pidns = bool(int(first[1])) if len(first) > 1 else False
        self._finish(job, start, j, e_pid, cells_w, pidns=pidns)

    def _finish(self, job: dict, start: float, child: int, e_pid: int | None, cells_w: int,
                *, pidns: bool) -> None:
        """Relay the cells to E until `child` (E, or J above it) exits; clean up; report."""
        watch = self.watch.bind(e_pid, cells_w) if self.watch and e_pid else None
        killed, thief = self._wait(child, e_pid, cells_w, watch), None
        if killed and killed.startswith(_ChannelWatch.THIEF):
            thief, killed = killed, "killed by the zygote"
        _, status, usage = os.wait4(child, 0)
        if not pidns and job.get("uid") is not None:
            _kill_uid(job["uid"])                       # no namespace: kill by uid instead
        if self.sandboxed:                              # private /tmp: ours to empty
            for path, kept in self.mounts.items():
                _clean_dir(path, kept)
        _emit(self.control, {"ev": "exit", "code": _exit_code(status), "killed": killed,
                            "thief": thief,
                            "pid_namespace": pidns, "seconds": time.perf_counter() - start,
                            "max_rss_kb": usage.ru_maxrss,
                            "cpu_s": usage.ru_utime + usage.ru_stime})   # E (and J)

    def _wait(self, j: int, e_pid: int | None, cells_w: int,
              watch: "_ChannelWatch | None") -> str | None:
        """Relay "cell" lines to E one at a time (the grader sends the next only after the
        previous result), until J exits; "end" closes E's input; "kill" (a deadline passed)
        kills E and, with it, its PID namespace. With a `watch`, a cell is written only
        once E's runner waits for it and nothing else of E's reads the channel."""
        pidfd = os.pidfd_open(j)
        os.set_blocking(cells_w, False)
        outbox = b""                                    # E may be slow to read a big cell
        cleared, pause = watch is None, WATCH_PAUSE_S
        try:
            while True:
                if not self.requests.pending():
                    waiting = bool(outbox) and cells_w >= 0 and not cleared
                    writers = [cells_w] if outbox and cells_w >= 0 and cleared else []
                    ready, writable, _ = select.select([self.requests.fd, pidfd], writers, [],
                                                       pause if waiting else None)
                    if pidfd in ready:
                        return None
                    if waiting:
                        verdict = watch.verdict()
                        if isinstance(verdict, str):    # something else reads the channel
                            _kill(e_pid)
                            _kill(j)
                            return verdict
                        if verdict:
                            cleared, writable = True, [cells_w]
                        else:
                            pause = min(pause * 2, 0.002)
                    if writable:
                        try:
                            outbox = outbox[os.write(cells_w, outbox):]
                        except OSError:                 # E is gone; J is about to exit
                            outbox = b""
                        if not outbox:                  # the next cell waits for E again
                            cleared, pause = watch is None, WATCH_PAUSE_S
                    if not ready:
                        continue
                line = self.requests.readline()
                op = (json.loads(line) if line else {}).get("op")
                if line is None or op == "kill":        # deadline passed, or grader gone
                    _kill(e_pid)
                    _kill(j)
                    return "killed by the grader" if line else "grader closed the channel"
                if op == "cell" and cells_w >= 0:
                    outbox += (line + "\n").encode()
                elif op == "end" and cells_w >= 0:
                    if outbox:                          # flush, then close E's input
                        os.set_blocking(cells_w, True)
                        try:
                            os.write(cells_w, outbox)
                        except OSError:
                            pass
                        outbox = b""
                    os.close(cells_w)
                    cells_w = -1
        finally:
            os.close(pidfd)
            if cells_w >= 0:
                os.close(cells_w)


WARM_MODULES = ("curriculum.engine.guard", "IPython.core.logger", "bdb")
# Whose classes no code may change once the zygote is ready: the runner's, the guard's and
# the checks' (`_seal_classes`).
JUDGE_MODULES = (__name__, "curriculum.engine.guard", "curriculum.checks")
WALL = 0x40000000               # <linux/wait.h> __WALL (waitid accepts it since Linux 4.7)
WATCH_PAUSE_S = 0.0001          # first look again after 0.1 ms: E is on its way to its read
CELL_CHUNK = 1 << 16            # bytes E reads from the channel at a time


class _ChannelWatch:
    """Whether the zygote may write the next cell to E: only while E's runner is blocked in
    its own read of the channel (its buffer, its size: learner code holds no reference to
    that buffer) and no other thread of E is in a read-like system call on it.

    That read holds the GIL (`_HeldReader`), so from the moment the cell is written until
    the runner has it no Python code of E's runs; a learner thread that was already waiting
    on the channel (it would take the hidden test and forge its result) is caught here
    instead, and E is killed. Threads that are running (not in a system call) are not
    waited for: without the GIL, a thread can reach no read of the channel but the one it
    was already entering, and even a cell that read took would be of no use to it.

    Reads another process's `/proc/<pid>/task/*/syscall`, which needs ptrace rights over
    E (not dumpable): root only. Source: proc(5), "/proc/pid/syscall"; syscall numbers from
    the kernel's syscall tables (arch/x86/entry/syscalls/syscall_64.tbl,
    include/uapi/asm-generic/unistd.h)."""

    THIEF = "another thread of the notebook read the grader's channel"
    # read-like system calls, by number, and which argument (1-based) is the fd they read
    READ_LIKE = {
        "x86_64": {0: 1, 17: 1, 19: 1, 40: 2, 45: 1, 47: 1, 275: 1, 276: 1, 278: 1, 295: 1,
                   299: 1, 326: 1, 327: 1},
        "aarch64": {63: 1, 65: 1, 67: 1, 69: 1, 71: 2, 75: 1, 76: 1, 77: 1, 207: 1, 212: 1,
                    243: 1, 285: 1, 286: 1},
    }
    READ = {"x86_64": 0, "aarch64": 63}

    def __init__(self, address: int, calls: dict, read: int):
        self.address, self.calls, self.read = address, calls, read
        self.e_pid, self.wanted = 0, ""

    @classmethod
    def available(cls, address: int) -> "_ChannelWatch | None":
        machine = os.uname().machine
        if os.geteuid() != 0 or machine not in cls.READ_LIKE:
            return None
        return cls(address, cls.READ_LIKE[machine], cls.READ[machine])

    def bind(self, e_pid: int, cells_w: int) -> "_ChannelWatch":
        self.e_pid, self.wanted = e_pid, f"pipe:[{os.fstat(cells_w).st_ino}]"
        return self

    def verdict(self) -> bool | str:
        """True: E's runner waits for the cell, alone; False: not yet (look again); a
        string: another thread of E reads the channel (starts with THIEF)."""
        base = f"/proc/{self.e_pid}"
        waiting = False
        try:
            tasks = os.listdir(f"{base}/task")
        except OSError:
            return False                                # gone: J's exit ends the wait
        for tid in tasks:
            try:
                with open(f"{base}/task/{tid}/syscall") as handle:
                    fields = handle.read().split()
            except PermissionError:
                return True                             # no ptrace rights: not watched
            except OSError:
                continue                                # the thread ended
            if not fields or not fields[0].isdigit():
                continue                                # running, or not in a system call
            number, args = int(fields[0]), [int(a, 16) for a in fields[1:7]]
            position = self.calls.get(number)
            if position is None:
                continue
            if (int(tid) == self.e_pid and number == self.read and args[0] == CELLS_FD
                    and args[1] == self.address and args[2] == CELL_CHUNK):
                waiting = True                          # the runner's own read
                continue
            try:
                target = os.readlink(f"{base}/fd/{args[position - 1]}")
            except OSError:
                continue
            if target == self.wanted:
                who = "its main thread, in a hook of the learner's" \
                    if int(tid) == self.e_pid else f"a learner thread (tid {tid})"
                return f"{self.THIEF} ({who} was waiting to read the next cell)"
        return waiting


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


CLONE_NEWNS, CLONE_NEWIPC, CLONE_NEWNET = 0x20000, 0x8000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = \
    0x1, 0x2, 0x4, 0x20, 0x1000, 0x4000, 1 << 18
SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1
# a tmpfs lives in memory, outside any RLIMIT_AS: capped, so no notebook can fill the machine
PRIVATE_MOUNTS = (("/tmp", "size=1g"), ("/dev/shm", "size=512m"))


def _isolate() -> None:
    """Give this process (a worker's zygote, and so every E it forks) what a sandbox of its
    own gave it: a mount namespace with a fresh tmpfs on /tmp and /dev/shm, a network
    namespace with only loopback, up (a server a notebook starts on 127.0.0.1:8000 meets no
    other worker's), and its own System V IPC. Needs CAP_SYS_ADMIN and CAP_NET_ADMIN (root
    in the sandbox); raises OSError otherwise. Sources: mount_namespaces(7) "Shared
    subtrees" (MS_PRIVATE first: nothing mounted here propagates back), network_namespaces(7),
    netdevice(7) SIOCGIFFLAGS/SIOCSIFFLAGS."""
    import fcntl
    import struct

    libc = _libc()
    if libc.unshare(CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC) != 0 or \
            libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None) != 0:
        raise OSError(ctypes.get_errno(), "no namespaces of its own")
    for path, size in PRIVATE_MOUNTS:
        # what the sandbox mounted below it (a checkout, a virtualenv under /tmp) stays:
        # held by an O_PATH fd across the new mount, then bound back on it
        kept = [(below, os.open(below, os.O_PATH), readonly)
                for below, readonly in _mounts_below(path)]
        if libc.mount(b"tmpfs", path.encode(), b"tmpfs", 0, f"mode=1777,{size}".encode()) != 0:
            raise OSError(ctypes.get_errno(), f"no private {path}")
        for below, fd, readonly in kept:
            os.makedirs(below, mode=0o755, exist_ok=True)
            if libc.mount(f"/proc/self/fd/{fd}".encode(), below.encode(), None,
                          MS_BIND | MS_REC, None) != 0 or readonly and libc.mount(
                    None, below.encode(), None,
                    MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, None) != 0:
                raise OSError(ctypes.get_errno(), f"{below} not kept")
            os.close(fd)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as handle:
        request = struct.pack("16sH22x", b"lo", 0)
        flags = struct.unpack("16sH22x", fcntl.ioctl(handle, SIOCGIFFLAGS, request))[1]
        fcntl.ioctl(handle, SIOCSIFFLAGS, struct.pack("16sH22x", b"lo", flags | IFF_UP))


def _mounts_below(top: str) -> list[tuple[str, bool]]:
    """The mount points strictly below `top` (none below another of them), each with
    whether it is read-only, from /proc/self/mountinfo (proc(5); octal escapes decoded)."""
    found: list[tuple[str, bool]] = []
    with open("/proc/self/mountinfo") as info:
        for line in info:
            fields = line.split()
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[4])
            if point.startswith(top.rstrip("/") + "/") and not any(
                    point.startswith(p + "/") or point == p for p, _ in found):
                found.append((point, "ro" in fields[5].split(",")))
    return found


def _works_in_child(attempt) -> bool:
    """Whether `attempt()` returns without raising in a throwaway child (what it changes,
    namespaces included, dies with the child)."""
    probe = os.fork()
    if probe == 0:
        try:
            attempt()
            os._exit(0)
        except BaseException:                           # noqa: BLE001
            os._exit(1)
    _, status = os.waitpid(probe, 0)
    return os.waitstatus_to_exitcode(status) == 0


def _clean_dir(path: str, kept: list[str]) -> None:
    """Empty a scratch folder between jobs (the zygote is the only writer left), around
    `kept`, the mount points below it: a checkout under /tmp is read-only, and walking it to
    delete nothing took seconds a job."""
    import shutil
    try:
        entries = list(os.scandir(path))
    except OSError:
        return
    for entry in entries:
        inner = [k for k in kept if k == entry.path or k.startswith(entry.path + "/")]
        if inner:
            if entry.path not in inner and entry.is_dir(follow_symlinks=False):
                _clean_dir(entry.path, inner)
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)
        except OSError:
            pass


# --------------------------------------------------------------------------- the shell
class _Sink:
    """Collects one cell's outputs in nbformat v4 shape, under two budgets: characters of
    text streams, and bytes of rich outputs (a plot is ~50-200 kB of base64)."""

    def __init__(self, cap: int):
        self.outputs: list[dict] = []
        self.cap, self.rich_cap = cap, 20 * cap
        self.used = self.rich_used = 0
        self.dropped = self.rich_dropped = 0

    def stream(self, name: str, text: str) -> None:
        room = max(self.cap - self.used, 0)
        if len(text) > room:
            self.dropped += len(text) - room
            text = text[:room]
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
        if self.rich_used + size > self.rich_cap:
            self.rich_dropped += 1
            return
        self.rich_used += size
        self.outputs.append(output)

    def finish(self) -> list[dict]:
        notes = []
        if self.dropped:
            notes.append(f"{self.dropped} characters of printed output dropped (limit "
                         f"{self.cap} per cell)")
        if self.rich_dropped:
            notes.append(f"{self.rich_dropped} displayed output(s) dropped (limit "
                         f"{self.rich_cap} bytes per cell)")
        if notes:
            self.outputs.append({"output_type": "stream", "name": "stdout",
                                 "text": "\n[grader: " + "; ".join(notes) + "]\n"})
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


def _warm_tracebacks(shell) -> None:
    """Render two tracebacks in the zygote, into a discarded sink: IPython's first traceback
    in a process costs ~130 ms (stack_data, pygments, the checks' own renderer), and every
    blank or failing notebook would pay it once more in its fork."""
    global SINK
    saved, SINK = SINK, _Sink(1 << 16)
    count = shell.execution_count
    try:
        from curriculum.checks import expect_equal

        def failing():
            raise ValueError("warm-up")

        for attempt in (failing, lambda: expect_equal(1, 2, what="warm-up")):
            try:
                attempt()
            except (ValueError, AssertionError):
                shell.showtraceback()
        # A traceback through a cell (a file no module has) makes inspect.getmodule map
        # every module imported since it last did: the libraries a notebook brings, ~50 ms
        # in each fork unless mapped here. (The frames above are all in modules it knows.)
        import inspect
        inspect.getmodule(compile("None", "<warm-up cell>", "eval"))   # a code object
    except Exception:  # noqa: BLE001 - a warm-up that fails only costs the saving
        pass
    finally:
        SINK, shell.execution_count = saved, count


def _seal_classes(module_names) -> list[type]:
    """Make the classes these modules define immutable, as C types are: setting, replacing or
    deleting an attribute of one raises TypeError. Learner code would otherwise give one a
    property (no audit event is raised for setting a class attribute), which takes precedence
    over an instance's own attribute of that name: the runner's reader, sink or snapshot would
    then call learner code, or read what it returns, while it judges. Sets CPython's
    Py_TPFLAGS_IMMUTABLETYPE (3.10+) in the type's tp_flags, where tp_flags is found (checked
    against `__flags__`, else the class is left as it is). Returns the classes sealed."""
    if sys.implementation.name != "cpython" or sys.version_info < (3, 10):
        return []
    offset = 21 * ctypes.sizeof(ctypes.c_void_p)       # PyVarObject head + 18 slots
    sealed = []
    for name in module_names:
        module = sys.modules.get(name)
        for value in list(vars(module).values()) if module else ():
            if not isinstance(value, type) or value.__module__ != name:
                continue
            flags = ctypes.c_ulong.from_address(id(value) + offset)
            if flags.value != value.__flags__:
                continue                                # not the layout we know: leave it
            flags.value |= IMMUTABLE_TYPE
            sealed.append(value)
    return sealed


def _safe_str(value) -> str:
    try:
        return str(value)
    except BaseException:  # noqa: BLE001 - a learner's __str__ may raise anything
        return f"<{type(value).__name__}: str() failed>"


def _methods(cls) -> dict:
    return {k: v for k, v in vars(cls).items()
            if callable(v) or isinstance(v, (staticmethod, classmethod, property))}


# PEP 509: CPython 3.6-3.13 keep in every dict a version tag (ma_version_tag, after
# ob_refcnt, ob_type and ma_used) that changes whenever the dict does. A namespace whose tag
# has not moved since it was last checked is untouched: restore() skips comparing its names
# one by one (~7,000 identity tests, 1.5 ms a call in a fresh fork, twice per test cell).
# Read through a memoryview (a C type nothing can patch) made in the zygote; learner code
# cannot write one (ctypes' raw memory is refused to it, and taken out of E).
_VERSION_OFFSET = 3 * ctypes.sizeof(ctypes.c_ssize_t)


def _version_view(namespace: dict) -> memoryview:
    """A live read-only view of `namespace`'s PEP 509 version tag ([0] is its value)."""
    cell = ctypes.c_uint64.from_address(id(namespace) + _VERSION_OFFSET)
    return memoryview(cell).cast("B").cast("Q").toreadonly()


def _versions_work() -> bool:
    """Whether this interpreter's dicts carry a tag that every kind of change moves (checked,
    not assumed: 3.14 dropped it; elsewhere restore() compares every name, as before)."""
    if sys.implementation.name != "cpython" or not (3, 6) <= sys.version_info[:2] < (3, 14):
        return False

    class Probe:
        pass

    probe = {"a": 1}
    import gc
    owner_dict = gc.get_referents(vars(Probe))[0]
    changes = ((probe, lambda: probe.__setitem__("a", 2)),
               (probe, lambda: probe.__setitem__("b", 3)),
               (probe, lambda: probe.pop("b")), (probe, lambda: probe.update(c=4)),
               (probe, lambda: probe.setdefault("d", 5)), (probe, probe.clear),
               (owner_dict, lambda: setattr(Probe, "x", 1)),
               (owner_dict, lambda: delattr(Probe, "x")))
    try:
        for namespace, change in changes:
            view = _version_view(namespace)
            before = view[0]
            change()
            if view[0] == before:
                return False
    except (TypeError, ValueError, OSError):
        return False
    return True


def _class_dict(cls) -> dict | None:
    """The dict behind `vars(cls)` (a mappingproxy), for its version tag."""
    import gc
    inner = gc.get_referents(vars(cls))
    return inner[0] if len(inner) == 1 and isinstance(inner[0], dict) else None


class _Snapshot:
    """What the tests and the runner rely on, captured in the zygote before any learner
    code runs, and put back (and reported) before and after every test cell."""

    def __init__(self, shell, modules, classes, versions: bool = True):
        self.shell, self.modules, self.classes = shell, modules, classes
        self.attributes = dict(vars(shell))
        self.protected = {n: getattr(shell, n) for n in PROTECTED_SHELL_ATTRIBUTES}
        self.lists = {n: list(getattr(shell, n)) for n in SHELL_LISTS}
        tm = shell.input_transformer_manager
        self.manager = {n: list(getattr(tm, n)) for n in ("cleanup_transforms",
                                                          "line_transforms",
                                                          "token_transformers")}
        self.callbacks = {k: list(v) for k, v in shell.events.callbacks.items()}
        self.meta_path, self.path_hooks = list(sys.meta_path), list(sys.path_hooks)
        self.sys_modules = dict(sys.modules)
        import gc
        # Ways to run learner code inside a test cell without being called by it: a
        # collector callback, a signal handler (a learner's interval timer or process).
        # A library's own (torch sets a SIGCHLD handler for its data loaders) is left alone.
        from ..origins import trusted_prefixes
        self.trusted = trusted_prefixes()
        self.gc_callbacks = (gc.callbacks, list(gc.callbacks))
        # _signal's getsignal, not signal's: the same handlers without an Enum made of each
        # number (SIG_DFL and SIG_IGN are then the ints 0 and 1), 60 times a restore
        self.signal_api = (_signal.getsignal, signal.signal, signal.setitimer)
        self.trace_api = (sys.gettrace, sys.getprofile, sys.settrace, sys.setprofile)
        self.handlers = {n: _signal.getsignal(n) for n in signal.valid_signals()
                         if n not in (signal.SIGKILL, signal.SIGSTOP, signal.SIGALRM)}
        # What `restore` itself runs on, held here (out of learner code's reach) and checked
        # first, through dict methods and `is` only: a learner's `builtins.vars` or a
        # rebound global of this module must not decide what the rest of the check sees.
        self.modules_dict = sys.modules                 # `sys.modules = fake` changes sys only
        self.own = (globals(), {k: v for k, v in globals().items() if k != "SINK"},
                    __name__)
        self.builtins_dict = builtins.__dict__
        self.missing = object()
        self.is_ = operator.is_
        self.fast: dict = {}            # module name or class -> its saved names and values
        # namespace key -> [the dict, a view of its version tag, the tag when last clean]
        self.versions: dict | None = {} if versions and _versions_work() else None
        # those entries of the protected modules' and classes' namespaces, in one tuple each
        # with their keys (None: a namespace has none): while sys.modules' tag stays where
        # it was, restore reads the tags and touches only the modules and classes whose tag
        # moved (~0.3 -> 0.1 ms a call in a fork, which then copies fewer pages)
        self.quick: list = [None, None]
        self._prime()
        self.restore = self._bound_restore()            # last: it holds the state above

    @staticmethod
    def _functions(module) -> dict:
        """The functions, classes and submodules of a module: what tampering replaces (its
        data, such as sys.last_value, changes legitimately)."""
        return {k: v for k, v in vars(module).items()
                if callable(v) or isinstance(v, types.ModuleType)}

    @classmethod
    def take(cls, shell, names, versions: bool = True):
        for name in (*names, *STRICT_MODULES):          # numpy.testing is imported lazily
            if name.split(".")[0] not in sys.modules:   # a library no notebook imports
                continue
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001
                pass
        # The modules the protected functions run in (their globals): `np.isclose` is left
        # alone when `numpy._core.numeric.less_equal`, which it calls, is replaced.
        homes = [n for name in names if name in sys.modules
                 for n in _homes(sys.modules[name])]
        modules = {n: cls._functions(sys.modules[n]) for n in (*names, *STRICT_MODULES, *homes)
                   if n in sys.modules and n not in UNPROTECTABLE}
        from IPython.core.interactiveshell import ExecutionResult
        checks = sys.modules.get("curriculum.checks")
        own = [v for v in (*globals().values(), *(vars(checks).values() if checks else ()))
               if isinstance(v, type) and v.__module__ in (__name__, "curriculum.checks")]
        owners = [*type(shell).__mro__, *type(shell.displayhook).__mro__,
                  *type(shell.display_pub).__mro__, ExecutionResult, *own,
                  *_library_classes(names)]
        classes = {c: _methods(c) for c in dict.fromkeys(owners)
                   if c.__module__ not in ("builtins", "abc")}
        return cls(shell, modules, classes, versions)

    def add_modules(self, names) -> None:
        added = [name for name in dict.fromkeys(names) if name in sys.modules and
                 name not in self.modules and name not in UNPROTECTABLE]
        for name in added:
            self.modules[name] = self._functions(sys.modules[name])
        if added:                   # (every job asks again: a fork's pages stay untouched)
            self._prime(modules=added, classes=())

    def _prime(self, modules=None, classes=None) -> None:
        """What `restore`'s quick identity pass compares, computed once in the zygote (a
        fork inherits it) instead of in every notebook's first test cell: for `modules`
        and `classes` (all of them by default)."""
        modules = self.modules if modules is None else modules
        classes = self.classes if classes is None else classes
        for name in modules:
            if name not in self.fast:
                saved = self.modules[name]
                self.fast[name] = (tuple(saved), tuple(saved.values()))
        for owner in classes:
            if owner not in self.fast:
                saved = self.classes[owner]
                self.fast[owner] = (tuple(saved), tuple(saved.values()), len(vars(owner)))
        if self.versions is not None:                   # clean now: nothing has run yet
            spaces = {"<own>": self.own[0], "builtins": self.builtins_dict,
                      "<sys.modules>": self.modules_dict,
                      **{name: vars(self.sys_modules.get(name) or sys.modules[name])
                         for name in modules if name != "builtins"},
                      **{owner: _class_dict(owner) for owner in classes}}
            for key, namespace in spaces.items():
                if key not in self.versions and isinstance(namespace, dict):
                    view = _version_view(namespace)
                    self.versions[key] = [namespace, view, view[0]]
            for n, keys in enumerate((self.modules, self.classes)):
                entries = tuple(self.versions.get(key) for key in keys)
                self.quick[n] = None if None in entries else (tuple(keys), entries)

    def _bound_restore(self):
        """`restore(user_ns, module_names)`: undo changes to what tests rely on and return
        what had been changed. A closure over this snapshot's state, made in the zygote: it
        reads no attribute of a class learner code can change (a property given to
        `_Snapshot` would take precedence over the instance's own attributes and blind it);
        its state is read through a `types.SimpleNamespace`, a type nothing can patch."""
        me = types.SimpleNamespace(**vars(self))
        versions = me.versions

        def untouched(key, namespace=None) -> bool:
            """Whether the namespace snapshotted under `key` (and `namespace` is it: a
            module's can be swapped in sys.modules; a class's dict is its own for life) has
            not changed since it was last found clean."""
            entry = versions.get(key) if versions is not None else None
            return entry is not None and entry[1][0] == entry[2] and (
                namespace is None or entry[0] is namespace)

        def tag_moved(quick, saved: dict) -> dict:
            """Of `saved`, the namespaces whose tag moved since they were last clean
            (`quick`: their keys and tag entries, in one tuple each)."""
            keys, entries = quick
            return {keys[n]: saved[keys[n]] for n, entry in enumerate(entries)
                    if entry[1][0] != entry[2]}

        def clean(key) -> None:
            """`key`'s namespace is as the snapshot has it now: remember its version tag."""
            entry = versions.get(key) if versions is not None else None
            if entry is not None:
                entry[2] = entry[1][0]

        def restore(user_ns: dict, module_names: dict) -> list[str]:
            changed = []
            missing = me.missing
            # First this module's own globals and the builtins, with no builtin and no global
            # of ours: everything below may then use them.
            for namespace, saved, label, tag in (
                    (*me.own, "<own>"),
                    (me.builtins_dict, me.modules["builtins"], "builtins", "builtins")):
                if untouched(tag, namespace):
                    continue
                for key, value in saved.items():
                    if namespace.get(key, missing) is not value:
                        changed.append(f"{label}.{key}")
                        namespace[key] = value
                clean(tag)
            is_, trusted = me.is_, me.trusted
            # (identity only below: a learner's object may define __eq__ to equal anything)
            callbacks, saved_callbacks = me.gc_callbacks
            if len(callbacks) != len(saved_callbacks) or not all(map(is_, callbacks,
                                                                     saved_callbacks)):
                kept = [c for c in callbacks if any(c is k for k in saved_callbacks)
                        or _library(c, trusted)]
                if len(kept) != len(callbacks):
                    changed.append("gc.callbacks")
                callbacks[:] = kept
            getsignal, set_handler, setitimer = me.signal_api
            moved = [n for n, handler in me.handlers.items()
                     if (now := getsignal(n)) is not handler and now is not None and
                     type(now) is not int and not _library(now, trusted)]   # not DFL, IGN
            if moved:
                for itimer in (signal.ITIMER_VIRTUAL, signal.ITIMER_PROF):
                    setitimer(itimer, 0)
                for n in moved:
                    set_handler(n, me.handlers[n])
                changed.append("a signal handler (" + ", ".join(
                    signal.Signals(n).name for n in moved[:3]) + ")")
            if sys.modules is not me.modules_dict:
                changed.append("sys.modules")
                sys.modules = me.modules_dict
            gettrace, getprofile, settrace, setprofile = me.trace_api
            if gettrace() is not None or getprofile() is not None:
                settrace(None)                              # first: a trace hook could re-patch
                setprofile(None)
                changed.append("sys.settrace/setprofile")
            modules = me.modules_dict
            quick_modules, quick_classes = me.quick
            # while sys.modules' tag has not moved, each module is its own: only those whose
            # namespace's tag moved are compared
            saved_modules = tag_moved(quick_modules, me.modules) if quick_modules is not None \
                and untouched("<sys.modules>", modules) else me.modules
            for name, saved in saved_modules.items():
                if modules.get(name) is not me.sys_modules.get(name, modules.get(name)):
                    changed.append(f"sys.modules[{name!r}]")
                    modules[name] = me.sys_modules[name]
                namespace = vars(modules[name])
                if untouched(name, namespace):
                    continue                                # not even changed (the usual case)
                fast = me.fast.get(name)
                if fast is None:
                    fast = me.fast[name] = (tuple(saved), tuple(saved.values()))
                if all(map(is_, map(namespace.get, fast[0]), fast[1])):
                    clean(name)
                    continue                                # nothing replaced
                me.fast.pop(name)
                for key, value in saved.items():
                    now = namespace.get(key, missing)
                    if now is value:
                        continue
                    if name not in STRICT_MODULES and _equivalent(now, value, trusted):
                        saved[key] = now                    # the library itself (lazy rebinding)
                        continue
                    changed.append(f"{name}.{key}")
                    try:
                        namespace[key] = value
                    except TypeError:
                        pass
                clean(name)
            clean("<sys.modules>")                      # every protected module is its own
            saved_classes = tag_moved(quick_classes, me.classes) if quick_classes is not None \
                else me.classes
            for owner, saved in saved_classes.items():   # CaptureShell._showtraceback = noop
                if untouched(owner):
                    continue
                attributes = vars(owner)
                fast = me.fast.get(owner)
                if fast is None:
                    fast = me.fast[owner] = (tuple(saved), tuple(saved.values()), len(attributes))
                if len(attributes) == fast[2] and all(map(is_, map(attributes.get, fast[0]),
                                                          fast[1])):
                    clean(owner)
                    continue
                me.fast.pop(owner)
                current = _methods(owner)
                for key in current.keys() - saved.keys():
                    changed.append(f"{owner.__name__}.{key}")
                    delattr(owner, key)
                for key, value in saved.items():
                    if current.get(key, _MISSING) is not value:
                        changed.append(f"{owner.__name__}.{key}")
                        setattr(owner, key, value)
                clean(owner)
            shell = me.shell
            for name in list(vars(shell)):                 # shell.run_cell = fake, ...
                if callable(getattr(type(shell), name, None)) and name not in me.attributes:
                    changed.append(f"shell.{name}")
                    del vars(shell)[name]
            for name in PROTECTED_SHELL_ATTRIBUTES:         # shell.displayhook = fake, ...
                if getattr(shell, name, None) is not me.protected[name]:
                    changed.append(f"shell.{name}")
                    setattr(shell, name, me.protected[name])
            for name, saved in me.lists.items():          # in place: some are read-only
                if list(getattr(shell, name)) != saved:
                    changed.append(f"shell.{name}")
                    getattr(shell, name)[:] = saved
            tm = shell.input_transformer_manager
            for name, saved in me.manager.items():
                if list(getattr(tm, name)) != saved:
                    changed.append(f"input_transformer_manager.{name}")
                    setattr(tm, name, list(saved))
            for event, saved in me.callbacks.items():
                if shell.events.callbacks.get(event) != saved:
                    changed.append(f"shell.events[{event!r}]")
                    shell.events.callbacks[event] = list(saved)
            if sys.meta_path != me.meta_path or sys.path_hooks != me.path_hooks:
                changed.append("sys.meta_path")
                sys.meta_path[:] = me.meta_path
                sys.path_hooks[:] = me.path_hooks
            for name, module in module_names.items():      # `np` rebound to a fake
                if user_ns.get(name) is not module:
                    changed.append(f"the name {name!r} (was module {module.__name__})")
                    user_ns[name] = module
            return changed

        return restore


_MISSING = object()


def _homes(module) -> list[str]:
    """The modules whose globals `module`'s functions run with (through `__wrapped__`, as
    NumPy's dispatchers wrap theirs): for numpy, pandas and the checks, ~70 modules."""
    found = []
    for value in list(vars(module).values()):
        for _ in range(3):
            try:
                home = getattr(value, "__globals__", None)
                if isinstance(home, dict) and isinstance(home.get("__name__"), str):
                    found.append(home["__name__"])
                value = getattr(value, "__wrapped__", None)
            except Exception:  # noqa: BLE001 - a library's lazy attribute
                break
            if value is None:
                break
    return [n for n in dict.fromkeys(found) if isinstance(sys.modules.get(n), types.ModuleType)]


def _library_classes(names) -> list[type]:
    """The classes the protected libraries export, with their bases from the same library,
    whose methods can be replaced (written in Python): `pd.Series.all = lambda *a: True`
    would make `expect_true((out > 0).all(), ...)` pass. NumPy's and torch's C types cannot
    be changed; `torch.Tensor` can."""
    found = []
    for name in names:
        module = sys.modules.get(name)
        if module is None or name in ("builtins",):
            continue
        top = name.split(".")[0]
        for value in list(vars(module).values()):
            if not isinstance(value, type):
                continue
            for cls in value.__mro__:
                if str(getattr(cls, "__module__", "")).split(".")[0] == top and \
                        not cls.__flags__ & IMMUTABLE_TYPE:
                    found.append(cls)
    return list(dict.fromkeys(found))


def _library(handler, trusted: tuple) -> bool:
    """Whether `handler` is a library's own Python function (not the learner's)."""
    return type(handler) is types.FunctionType and \
        handler.__code__.co_filename.startswith(trusted)


def _equivalent(now, saved, trusted: tuple) -> bool:
    """Whether `now` is the library's own rebinding of `saved`: a function with the same
    code, globals, defaults and closure, or, in REBINDING_PACKAGES only, a wrapper closing
    over `saved` written in the same package (torch's optimizers rebind
    `torch.manual_seed` to `torch._compile`'s wrapper of it). A name, `__module__` or library code alone proves
    nothing: a learner can set the first two, build a function from a library's code with
    looser defaults, or wrap a check in another library's decorator that never calls it
    (`contextlib.contextmanager`)."""
    if type(now) is not types.FunctionType or type(saved) is not types.FunctionType:
        return False
    if getattr(now, "__wrapped__", None) is saved:      # (an attribute anyone can set)
        package = str(saved.__globals__.get("__name__", "")).split(".")[0]
        return package in REBINDING_PACKAGES and \
            now.__code__.co_filename.startswith(trusted) and \
            str(now.__globals__.get("__name__", "")).split(".")[0] == package and \
            any(_contents(c) is saved for c in now.__closure__ or ())
    same = operator.is_
    try:
        return (now.__code__ is saved.__code__ and now.__globals__ is saved.__globals__
                and _same_items(now.__defaults__ or (), saved.__defaults__ or (), same)
                and _same_items(tuple((now.__kwdefaults__ or {}).items()),
                                tuple((saved.__kwdefaults__ or {}).items()), _same_pair)
                and _same_items(tuple(c.cell_contents for c in now.__closure__ or ()),
                                tuple(c.cell_contents for c in saved.__closure__ or ()),
                                same))
    except ValueError:                                  # an empty closure cell
        return False


def _contents(cell):
    try:
        return cell.cell_contents
    except ValueError:                                  # an empty cell
        return None


def _same_items(a: tuple, b: tuple, same) -> bool:
    return len(a) == len(b) and all(map(same, a, b))


def _same_pair(a: tuple, b: tuple) -> bool:
    return a[0] == b[0] and a[1] is b[1]


class CellTimeoutError(KeyboardInterrupt):
    """Raised in a cell that runs past the per-cell limit (a KeyboardInterrupt, so that a
    learner's `except Exception:` does not swallow it)."""


def _on_alarm(signum, frame):
    raise CellTimeoutError("the cell ran past the per-cell time limit")


# --------------------------------------------------------------------------- E
CELLS_FD = 4


def _executor(job: dict, zygote: Zygote, cells_fd: int) -> None:
    """Run as E: lock down, then run the cells as they arrive. Never returns."""
    code = 0
    try:
        _lock_down(job, zygote.events, cells_fd)
        _run_cells(job, zygote)
    except BaseException as exc:  # noqa: BLE001 - reported to the grader, then exit
        try:
            _emit(EVENTS_FD, {"ev": "fatal", "error": f"{type(exc).__name__}: {exc}"})
        except OSError:
            pass
        code = 70
    os._exit(code)


def _lock_down(job: dict, events: int, cells: int) -> None:
    limits = job["limits"]
    os.setsid()
    # events -> fd 3, cells <- fd 4; everything else closed; 0/1/2 go to /dev/null
    events, cells = os.dup(events), os.dup(cells)   # above 4, so the dup2s cannot collide
    os.dup2(events, EVENTS_FD)
    os.dup2(cells, CELLS_FD)
    for fd in (EVENTS_FD, CELLS_FD):     # no program a learner runs gets them, nor a child
        os.set_inheritable(fd, False)    # it forks (`_drop_channels`)
    os.register_at_fork(after_in_child=_drop_channels)
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.closerange(CELLS_FD + 1, 1 << 16)
    set_limit = resource.setrlimit
    set_limit(resource.RLIMIT_AS, (limits["memory_bytes"],) * 2)
    set_limit(resource.RLIMIT_FSIZE, (limits["file_bytes"],) * 2)
    set_limit(resource.RLIMIT_NOFILE, (limits["open_files"],) * 2)
    set_limit(resource.RLIMIT_CPU, (limits["cpu_s"], limits["cpu_s"] + 5))
    set_limit(resource.RLIMIT_CORE, (0, 0))
    set_limit(resource.RLIMIT_NPROC, (limits["processes"],) * 2)
    os.chdir(job["dir"])
    # Modules the notebook writes in its folder (app.py, a file under test) import as in a
    # Jupyter kernel; last on the path, so a learner's file cannot shadow a library the
    # tests import (the sandbox runs with PYTHONSAFEPATH, which leaves the folder out).
    sys.path.append(job["dir"])
    uid = job.get("uid")
    if uid is not None and os.getuid() == 0:
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)
    libc = _libc()
    libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
    # Not dumpable: a learner's other processes cannot open /proc/<E>/mem or /proc/<E>/fd/4
    # (the way to the channel that carries the hidden tests), same uid or not.
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)   # cleared by setuid: set after
    os.environ.clear()
    os.environ.update(job["env"])
    os.environ["HOME"] = os.environ["TMPDIR"] = job["dir"]
    import tempfile
    tempfile.tempdir = None


class _HeldReader:
    """Lines from the grader's cell channel, read with the GIL held (`ctypes.PyDLL` calls do
    not release it): no other thread of E runs Python while E waits for the next cell, so a
    learner thread that takes a message off the pipe can never act on it (E, still waiting,
    never lets it run; the grader's cell deadline ends the notebook). Built before learner
    code runs; it keeps its own references."""

    def __init__(self, fd: int, space):
        libc = ctypes.PyDLL(None, use_errno=True)
        self.read = libc.read
        self.read.restype = ctypes.c_ssize_t
        self.read.argtypes = (ctypes.c_int, ctypes.c_void_p, ctypes.c_size_t)
        errno = __import__("errno")
        self.get_errno, self.eintr, self.eagain = ctypes.get_errno, errno.EINTR, errno.EAGAIN
        self.set_blocking = os.set_blocking
        self.fd, self.size = fd, len(space)
        self.space = space                  # the zygote's: `_ChannelWatch` knows its address
        self.view, self.buffer = memoryview(self.space), b""
        os.set_blocking(fd, True)

    def readline(self) -> str | None:
        while b"\n" not in self.buffer:
            n = self.read(self.fd, self.space, self.size)
            if n == 0:
                return None
            if n < 0:
                error = self.get_errno()
                if error == self.eagain:        # a learner's os.set_blocking(4, False)
                    self.set_blocking(self.fd, True)
                if error in (self.eintr, self.eagain):
                    continue
                return None
            self.buffer += self.view[:n].tobytes()
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode()


def _drop_channels() -> None:
    """In a child a learner forks from E: the grader's channels are E's alone (a child that
    kept fd 4 would read the next hidden test and answer it with a forged result)."""
    for fd in (EVENTS_FD, CELLS_FD):
        try:
            os.close(fd)
        except OSError:
            pass


def _channel_watch(channel: tuple):
    """A function listing the other processes that can read the grader's channel to E (the
    pipe `channel` = (st_dev, st_ino) is), as their pids in E's PID namespace: a learner can
    hand its fd to a program it starts (`pass_fds`) or over a socket. It runs after learner
    cells too, so it is built before any, on references of its own (a learner's
    `os.listdir` hiding a process must not blind it)."""
    listdir, readlink, open_, int_, accmode, wronly = \
        os.listdir, os.readlink, io.open, int, os.O_ACCMODE, os.O_WRONLY
    waitid, everyone, options, none_left = os.waitid, os.P_ALL, \
        os.WEXITED | os.WNOHANG | os.WNOWAIT | WALL, ChildProcessError
    wanted = f"pipe:[{channel[1]}]"

    def has_children() -> bool:
        # E is PID 1 of its namespace: every other process in it is a descendant, and an
        # orphan becomes E's child. waitid(2), reaping nothing (WNOWAIT), fails with ECHILD
        # when E has no child at all, of any of its threads (wait(2), "Linux notes") and of
        # any kind (__WALL: a raw clone() with another exit signal too); one system call
        # instead of reading /proc (~0.1 ms a cell in a fork).
        try:
            waitid(everyone, 0, options)
        except none_left:
            return False
        except OSError:
            return True                                 # cannot tell: look
        return True

    def readers() -> list:
        found = []
        if not has_children():
            return found                                # E alone in its namespace
        me = readlink("/proc/self")
        for pid in listdir("/proc"):
            if not pid.isdigit() or pid == me:
                continue
            try:
                fds = listdir(f"/proc/{pid}/fd")
            except OSError:
                continue                                # gone, or not ours to read
            for fd in fds:
                try:
                    if readlink(f"/proc/{pid}/fd/{fd}") != wanted:
                        continue
                    flags = inner = None
                    with open_(f"/proc/{pid}/fdinfo/{fd}") as info:
                        for line in info:
                            if line.startswith("flags:"):
                                flags = int_(line.split()[1], 8)
                    if flags is None or flags & accmode == wronly:
                        continue                        # the zygote's end, which writes
                    with open_(f"/proc/{pid}/status") as status:
                        for line in status:
                            if line.startswith("NSpid:"):
                                inner = int_(line.split()[-1])
                    if inner is not None:
                        found.append(inner)
                    break
                except (OSError, ValueError):
                    continue
        return found

    return readers


def _run_cells(job: dict, zygote: Zygote) -> None:
    """Run cells as the grader sends them, one at a time: a cell's source (and its nonce,
    which its result must echo) arrives only after the previous result, so learner code
    cannot write the results of cells that are yet to come.

    Test cells run in a namespace of their own (`_run_test_cell`), under the audit hook of
    `guard`, installed before the first cell: the values a test computes, its helpers and the
    checks it calls are out of reach of the learner's code it calls."""
    global SINK
    from . import guard
    shell = zygote.shell
    limits = job["limits"]
    snapshot = zygote.snapshot
    snapshot.add_modules(job.get("protect", []))
    # Bound now, before any learner code: a class attribute can be replaced (no audit event
    # is raised for it), and the method that checks for replacements cannot check itself.
    restore = snapshot.restore
    sys.stdout, sys.stderr = _Stream("stdout"), _Stream("stderr")
    deadline = time.monotonic() + limits["notebook_s"]
    module_names: dict[str, types.ModuleType] = {}
    instructor_names: dict[str, object] = {}           # what instructor cells bound
    judge_names: dict[str, object] = {}                # what earlier test cells defined
    refusals: list[str] = []                           # held here only: out of reach
    held = _HeldReader(CELLS_FD, zygote.cell_space)     # (before ctypes is taken away)
    guard.strip_ctypes()
    guard.install(refusals)
    from IPython.core.interactiveshell import InteractiveShell
    pristine_run_cell = InteractiveShell.run_cell       # a learner may replace shell.run_cell
    emit, cells = _emit, held
    # What reads the grader's messages and times the cells runs before the restore of a
    # test cell: bound here, out of reach of a learner's `json.loads = ...`.
    readline, loads, monotonic, set_handler, alarm, on_alarm = cells.readline, json.loads, \
        time.monotonic, signal.signal, signal.SIGALRM, _on_alarm
    threads = sys._current_frames                       # every thread with Python frames,
    carried: list[str] = []                             # `_thread`'s included
    channel = os.fstat(CELLS_FD)
    readers, kill, sigkill = _channel_watch((channel.st_dev, channel.st_ino)), os.kill, \
        signal.SIGKILL
    while (line := readline()) is not None:
        cell = loads(line)
        index, kind, nonce = cell["index"], cell["kind"], cell.get("nonce")
        remaining = deadline - monotonic()
        if remaining <= 0:
            emit(EVENTS_FD, {"ev": "notebook_timeout", "cell": index})
            return
        tampered = carried + restore(shell.user_ns, module_names) \
            if kind == "test" else []
        set_handler(alarm, on_alarm)                    # a learner may have replaced it
        if kind == "test":
            carried = []
        if kind == "test" and len(threads()) > 1:
            tampered.append(f"{len(threads()) - 1} learner thread(s) still running")
        SINK = sink = _Sink(limits["output_chars"])      # `sink`: SINK is a global
        emit(EVENTS_FD, {"ev": "start", "cell": index})
        refused_before = len(refusals)
        before = dict(shell.user_ns) if kind == "instructor" else None
        started = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, min(limits["cell_s"], remaining))
        timed_out, result = False, None
        try:
            if kind == "test":
                result = _run_test_cell(shell, cell["source"], index, instructor_names,
                                        judge_names, python=cell.get("python"))
            else:
                result = pristine_run_cell(shell, cell["source"], store_history=True)
        except CellTimeoutError:                        # fired between run_cell's own handlers
            timed_out = True
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            traced = sys.gettrace() is not None or sys.getprofile() is not None
            sys.settrace(None)                          # before anything else runs
            sys.setprofile(None)
        seconds = time.perf_counter() - started
        refused = [f"{r}, refused" for r in refusals[refused_before:]]
        if traced:
            carried.append("sys.settrace/setprofile")
        if refused and kind != "test":
            carried += refused
        during = restore(shell.user_ns, module_names) if kind == "test" else []
        if kind == "test" and traced:
            during.append("sys.settrace/setprofile")
        if kind == "test":
            during += refused
        outputs = sink.finish()
        failed = result is not None and not _succeeded(result)
        if failed and not any(o.get("output_type") == "error" for o in outputs):
            during.append("the error output of a failing cell")   # _showtraceback silenced
            outputs.append({"output_type": "error", "ename": "Error", "evalue":
                            "the cell raised, and its error output had been suppressed",
                            "traceback": []})
        if timed_out or any(o.get("ename") == "CellTimeoutError" for o in outputs):
            timed_out = True
            if not any(o.get("output_type") == "error" for o in outputs):
                outputs.append({"output_type": "error", "ename": "CellTimeoutError",
                                "evalue": "the cell ran past the per-cell time limit",
                                "traceback": []})
        if kind == "instructor":                        # remember the instructor's names
            for name, value in list(shell.user_ns.items()):
                if isinstance(value, types.ModuleType) and not name.startswith("_"):
                    module_names.setdefault(name, value)
                if before.get(name, _MISSING) is not value and _judge_relies_on(name, value):
                    instructor_names[name] = value
        # Before this result, which makes the grader send the next cell: no other process
        # may be able to read it (a learner's program given fd 4 is killed, and reported).
        others = readers()
        for pid in others:
            try:
                kill(pid, sigkill)
            except OSError:
                pass
        if others:
            note = f"the grader's channel, held by {len(others)} learner process(es) (killed)"
            (during if kind == "test" else carried).append(note)
        emit(EVENTS_FD, {"ev": "cell", "cell": index, "nonce": nonce, "outputs": outputs,
                         "execution_count": shell.execution_count - 1, "seconds": seconds,
                         "tampered": tampered, "tampered_during": during,
                         "timed_out": timed_out})


_IPYTHON_NAMES = re.compile(r"^(_+|_i+|_i?\d+|_[iod]h|__\w*__|In|Out|exit|quit|get_ipython)$")


def _judge_relies_on(name: str, value) -> bool:
    """Names an instructor cell binds that test cells see as the instructor bound them, even
    if a learner's cell rebinds them: modules, functions, classes and `_private` values."""
    if _IPYTHON_NAMES.match(name):
        return False
    return name.startswith("_") or isinstance(value, (types.ModuleType, types.FunctionType,
                                                      types.BuiltinFunctionType, type))


class _TestResult:
    """What `_succeeded` reads from IPython's ExecutionResult."""

    def __init__(self, error):
        self.error_before_exec, self.error_in_exec = None, error


def _run_test_cell(shell, source: str, index: int, instructor_names: dict,
                   judge_names: dict, python: str | None = None) -> _TestResult:
    """Run a test cell as IPython would (magics, the value of a last expression displayed,
    tracebacks as error outputs), but in a namespace of its own: the notebook's names, then
    the names instructor cells bound and the names earlier test cells defined, on top.

    Learner functions keep the notebook's namespace as their globals, so nothing the test
    computes is in reach of their `globals()`; the frames that would lead to it are refused by
    the audit hook (`guard`). The test's code is compiled under a file name of the judge's,
    and its source is never put in `linecache` while learner code can run (the hidden tests'
    text stays out of reach). Names the cell defines stay with the judge for later test cells;
    public ones (no leading underscore) are also copied to the notebook afterwards, as in a
    stock kernel, for the cells that follow. Assigning or deleting a name the notebook already
    had writes through at once (nbgrader's own tests `del squares` to prove that
    `sum_of_squares` calls it; s4-02 puts a spy in place of `load_model`)."""
    import ast
    import builtins
    import linecache
    from ..origins import JUDGE_FILENAME
    filename = f"{JUDGE_FILENAME}{index}>"
    user_ns = shell.user_ns
    names = dict(user_ns)
    names.update(instructor_names)
    names.update(judge_names)
    names["__builtins__"] = builtins
    names["get_ipython"] = _shell_getter(shell)
    namespace = _JudgeNamespace(names, user_ns)
    error = None
    try:
        if not isinstance(python, str):                 # (the grader transforms test cells)
            python = source
            python = shell.transform_cell(source)
        tree = ast.parse(python, filename)
        last = None
        if tree.body and isinstance(tree.body[-1], ast.Expr) and \
                not python.rstrip().endswith(";"):
            last = ast.Expression(tree.body.pop().value)
        exec(compile(tree, filename, "exec"), namespace)
        if last is not None:
            value = eval(compile(last, filename, "eval"), namespace)
            if value is not None:
                shell.displayhook(value)
    except BaseException as exc:  # noqa: BLE001 - every failure is the cell's error output
        error = exc
        linecache.cache[filename] = (len(python), None, python.splitlines(True), filename)
        try:
            shell.showtraceback()
        finally:
            linecache.cache.pop(filename, None)
    shell.execution_count += 1
    for name, value in dict.items(namespace):
        if name in ("__builtins__", "get_ipython") or user_ns.get(name, _MISSING) is value:
            continue
        judge_names[name] = value
        if not name.startswith("_"):
            user_ns[name] = value
    return _TestResult(error)


class _JudgeNamespace(dict):
    """A test cell's globals: its own dict, written through to the notebook for the names
    the notebook already had (an assignment, `del`, or `globals().update(...)`), so a test
    may swap a notebook function for a spy, as in a stock kernel."""

    def __init__(self, names: dict, notebook: dict):
        super().__init__(names)
        self.notebook, self.shared = notebook, set(notebook)

    def __setitem__(self, name, value):
        super().__setitem__(name, value)
        if name in self.shared:
            self.notebook[name] = value

    def __delitem__(self, name):
        super().__delitem__(name)
        if name in self.shared:
            self.notebook.pop(name, None)

    def update(self, *args, **kwargs):
        for name, value in dict(*args, **kwargs).items():
            self[name] = value

    def setdefault(self, name, default=None):
        if name not in self:
            self[name] = default
        return self[name]

    def pop(self, name, *default):
        value = super().pop(name, *default)
        if name in self.shared:
            self.notebook.pop(name, None)
        return value


def _shell_getter(shell):
    def get_ipython():
        return shell
    return get_ipython


def _succeeded(result) -> bool:
    try:
        return result.error_before_exec is None and result.error_in_exec is None
    except BaseException:  # noqa: BLE001 - a learner may have replaced the result type
        return False


def main() -> None:
    """The nursery: import the base libraries once, then serve as the first template."""
    options = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    _seed_font_cache(options.get("font_cache"))
    channel = socket.socket(fileno=options["nursery_fd"])
    zygote = Zygote(options.get("preload", []), options.get("sandboxed", False))
    _send(channel, {"ev": "ready", **zygote.describe(), "modules": sorted(sys.modules)})
    _serve_templates(zygote, channel)


# --------------------------------------------------------------------------- templates
# One sandbox serves every worker: its first process (the nursery) imports the base
# libraries and is the first template. A template never runs learner code; on the grader's
# request it forks a worker's zygote (whose pipes the request carries), or a new template
# that imports more libraries on top of its own (scikit-learn, torch): a library is then
# imported once per grading run, not once per worker that grades a notebook using it.
def _send(channel: socket.socket, message: dict, fds=()) -> None:
    """One message on a template's channel (a stream socket): its length, the JSON, and
    any file descriptors riding with its first bytes (SCM_RIGHTS, unix(7))."""
    data = json.dumps(message, default=str).encode()
    data = len(data).to_bytes(8, "big") + data
    ancillary = [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", fds))] if fds else []
    sent = channel.sendmsg([data], ancillary)
    channel.sendall(data[sent:])


def _receive(channel: socket.socket) -> tuple[dict | None, list[int]]:
    """The next message `_send` sent, with its file descriptors; (None, []) once the other
    end is closed."""
    head, fds, _, _ = socket.recv_fds(channel, 8, 4)
    while head and len(head) < 8:
        more = channel.recv(8 - len(head))
        if not more:
            break
        head += more
    if len(head) < 8:
        for fd in fds:
            os.close(fd)
        return None, []
    size, body = int.from_bytes(head, "big"), bytearray()
    while len(body) < size:
        chunk = channel.recv(min(size - len(body), 1 << 20))
        if not chunk:
            for fd in fds:
                os.close(fd)
            return None, []
        body += chunk
    return json.loads(body), fds


def _serve_templates(zygote: Zygote, channel: socket.socket) -> None:
    """Answer the grader's requests on `channel` until it closes. Never returns."""
    while True:
        _reap()
        try:
            request, fds = _receive(channel)
        except (OSError, ValueError):
            os._exit(0)
        if not isinstance(request, dict):
            os._exit(0)                                 # the grader let this template go
        if request.get("op") == "zygote" and len(fds) == 3:
            _fork_zygote(zygote, channel, fds)
        elif request.get("op") == "template" and len(fds) == 1:
            _fork_template(zygote, channel, fds[0], request.get("modules", []))
        else:
            for fd in fds:
                os.close(fd)
            _send(channel, {"ev": "error", "error": f"unknown request {request.get('op')!r}"})


def _reap() -> None:
    """Collect the exit status of this template's children that have ended (zygotes and
    templates are waited for by no one else)."""
    try:
        while os.waitpid(-1, os.WNOHANG)[0] > 0:
            pass
    except ChildProcessError:
        pass


def _fork_zygote(zygote: Zygote, channel: socket.socket, fds: list[int]) -> None:
    pid = os.fork()
    if pid == 0:
        try:
            channel.close()                             # never in a zygote, nor in its E
            zygote.adopt(*fds)
            zygote.serve()
        finally:
            os._exit(0)
    for fd in fds:
        os.close(fd)
    handle = os.pidfd_open(pid)                          # the grader's way to kill it
    try:
        _send(channel, {"ev": "zygote", "pid": pid}, [handle])
    finally:
        os.close(handle)


def _fork_template(zygote: Zygote, channel: socket.socket, fd: int, modules: list) -> None:
    pid = os.fork()
    if pid == 0:
        try:
            channel.close()
            own = socket.socket(fileno=fd)
            imported = zygote.extend([m for m in modules if isinstance(m, str)])
            _send(own, {"ev": "imported", **imported, **zygote.describe(),
                        "modules": sorted(sys.modules)})
            _serve_templates(zygote, own)
        finally:
            os._exit(0)
    os.close(fd)
    _send(channel, {"ev": "template", "pid": pid})


def _seed_font_cache(path: str | None) -> None:
    """matplotlib's font list, copied where this zygote's matplotlib looks for it (its
    MPLCONFIGDIR, a fresh folder): it then reads it instead of scanning the fonts again."""
    folder = os.environ.get("MPLCONFIGDIR")
    if not path or not folder:
        return
    try:
        os.makedirs(folder, exist_ok=True)
        target = os.path.join(folder, os.path.basename(path))
        if not os.path.exists(target):
            import shutil
            shutil.copyfile(path, target)
    except OSError:
        pass                                            # matplotlib scans, as without it


if __name__ == "__main__":
    main()
