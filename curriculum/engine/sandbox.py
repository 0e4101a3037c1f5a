"""Start the sandbox (`inside.py` under bubblewrap) and run one notebook's cells in it.

The sandbox sees a read-only system (/usr, /etc), the Python installation and the
virtualenv, the `curriculum` package, and one writable folder per job; no network but
loopback (up), private /tmp, /proc and /dev, a new session and its own PID namespace, and
it dies with the grader. When the grader runs as root, each job runs as an unprivileged uid
of its own worker slot, because root ignores process limits (RLIMIT_NPROC).

One sandbox (a `_Nursery`) serves all of a grader's workers where it can isolate them from
each other (root under bubblewrap): each worker's zygote is forked from a template in it,
with a /tmp, /dev/shm, loopback and IPC of its own, so the base libraries are imported once
and a notebook's own libraries once per run, not once per worker. Elsewhere each worker has
a sandbox of its own, as before.

Where bubblewrap is missing or cannot start, the zygote runs without it and `protections()`
says so; the report prints that line.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import select
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import inside

UID_BASE = 61000          # worker slot n runs jobs as uid UID_BASE + n when the grader is root
UID_SLOTS = 512
READY_TIMEOUT_S = 180     # importing torch & co. under load
GRACE_S = 5.0             # the child's own per-cell alarm fires first; this is the backstop


@dataclass
class Limits:
    """Per-notebook limits. Times in seconds, sizes in bytes (output in characters)."""

    cell_s: float = 60.0
    notebook_s: float = 300.0
    memory_bytes: int = 4 << 30       # address space; the preloaded libraries use ~1 GiB
    processes: int = 64               # RLIMIT_NPROC of the job's uid (threads count)
    file_bytes: int = 64 << 20
    open_files: int = 256
    output_chars: int = 100_000       # per cell; the rest is dropped with a note

    def __post_init__(self):          # 5 and 5.0 are the same limit (and fingerprint)
        self.cell_s, self.notebook_s = float(self.cell_s), float(self.notebook_s)
        for name in ("memory_bytes", "processes", "file_bytes", "open_files", "output_chars"):
            setattr(self, name, int(getattr(self, name)))

    def for_child(self) -> dict:
        values = asdict(self)
        values["cpu_s"] = int(self.notebook_s) + 10
        return values


@dataclass
class CellRun:
    """One cell as the sandbox reported it (untrusted: checked by `scoring`)."""

    index: int
    outputs: list
    execution_count: int | None
    seconds: float
    tampered: list = field(default_factory=list)         # changed before the cell (undone)
    timed_out: bool = False
    tampered_during: list = field(default_factory=list)  # changed while a test cell ran


@dataclass
class Run:
    """One notebook's execution."""

    cells: dict = field(default_factory=dict)     # index -> CellRun
    stopped: str | None = None                    # why cells after the last one did not run
    stopped_at: int | None = None                 # the cell that was running then
    problems: list = field(default_factory=list)  # protocol violations (tampering)
    seconds: float = 0.0
    max_rss_kb: int = 0
    protections: dict = field(default_factory=dict)   # what protected this run
    child_seconds: float = 0.0                    # fork to exit, as the zygote timed it
    child_cpu_s: float = 0.0                      # CPU time of the job's processes (J, E)
    # (what, cell index, seconds since the job started), as the grader saw it: "send" a
    # cell, its "start" and "cell" (result) events, the zygote's "exit" (for benchmarks)
    timeline: list = field(default_factory=list)


def _ancestors(path: Path) -> list[Path]:
    return [p for p in reversed(path.parents) if str(p) != "/"]


_font_lock = threading.Lock()


def font_cache() -> Path | None:
    """matplotlib's font list (`fontlist-v*.json`), built once per user by a plain Python
    outside any sandbox and handed to each zygote: its MPLCONFIGDIR is a fresh folder, where
    matplotlib would scan the system's fonts again at every start (~0.15 s of CPU). None where
    it cannot be built (the zygote then scans, as before)."""
    try:
        folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / \
            "curriculum" / "matplotlib"
    except RuntimeError:                                # no home folder to be found
        return None
    with _font_lock:
        found = sorted(folder.glob("fontlist-*.json"))
        if not found:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"],
                               env={**os.environ, "MPLCONFIGDIR": str(folder)},
                               capture_output=True, timeout=300)
            except (OSError, subprocess.TimeoutExpired):
                return None
            found = sorted(folder.glob("fontlist-*.json"))
    return found[-1] if found else None


def _package_dir() -> Path:
    return Path(__file__).resolve().parent.parent


class _UidSlot:
    """A uid no other worker on this machine uses, held by a lock file for our lifetime."""

    def __init__(self):
        folder = Path(tempfile.gettempdir()) / "curriculum-uid-locks"
        folder.mkdir(mode=0o755, exist_ok=True)
        for n in range(UID_SLOTS):
            handle = open(folder / f"{UID_BASE + n}.lock", "w")
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                continue
            self.uid, self._handle = UID_BASE + n, handle
            return
        raise RuntimeError("no free sandbox uid slot")

    def release(self) -> None:
        self._handle.close()


def _traversable_by_others(paths) -> bool:
    """Whether a uid other than ours can reach Python and the package outside a sandbox
    (inside one, bubblewrap's bind mounts make them reachable whatever /root's mode)."""
    import stat
    for path in paths:
        for folder in [*_ancestors(Path(path)), Path(path)]:
            try:
                if not folder.stat().st_mode & stat.S_IXOTH:
                    return False
            except OSError:
                return False
    return True


def bubblewrap() -> str | None:
    return shutil.which("bwrap")


def bubblewrap_works() -> bool:
    """Whether bubblewrap is installed and may create namespaces here (a container may
    forbid it); the engine falls back, loudly, when it may not."""
    path = bubblewrap()
    if not path:
        return False
    try:
        return subprocess.run([path, "--ro-bind", "/", "/", "--unshare-net", "--unshare-pid",
                               "--dev", "/dev", "--proc", "/proc", "true"],
                              capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _readable(source, timeout: float) -> bool:
    """Whether `source` (an fd, a socket, a pidfd: readable once the process has exited) is
    readable within `timeout` seconds. poll(2), not select(2): an fd above 1023 is fine."""
    poller = select.poll()
    poller.register(source, select.POLLIN)
    return bool(poller.poll(max(0, timeout) * 1000))


def _first_message(channel: socket.socket) -> dict:
    """A new template's first message (it has imported its libraries), or {} where it died
    or took longer than READY_TIMEOUT_S."""
    if not _readable(channel, READY_TIMEOUT_S):
        return {}
    try:
        message, _ = inside._receive(channel)
    except (OSError, ValueError):
        return {}
    return message if isinstance(message, dict) else {}


class _Template:
    """The grader's end of one template process in a nursery: its channel, and the modules
    it has imported (sys.modules) or tried to."""

    def __init__(self, channel: socket.socket, answer: dict):
        self.channel, self.lock, self.closed = channel, threading.Lock(), False
        self.pid = answer.get("pid")
        self.tried = set(_strings_all(answer.get("preloaded"))) | {
            str(f).split(":")[0] for f in _strings_all(answer.get("not_preloaded"))}
        self.covered = set(_strings_all(answer.get("modules"))) | self.tried
        self.used = time.monotonic()

    def ask(self, request: dict, fds=(), timeout: float = READY_TIMEOUT_S):
        """Send one request, wait for its answer: (message, fds). Raises RuntimeError where
        the template is gone or does not answer in time."""
        with self.lock:
            if self.closed:
                raise RuntimeError("a template was let go")
            try:
                inside._send(self.channel, request, fds)
                if not _readable(self.channel, timeout):
                    raise RuntimeError(f"a template did not answer {request.get('op')!r}")
                answer, got = inside._receive(self.channel)
            except (OSError, ValueError) as exc:
                raise RuntimeError(f"a template is gone ({exc})") from None
        if not isinstance(answer, dict):
            raise RuntimeError("a template is gone")
        self.used = time.monotonic()
        return answer, got

    def close(self) -> None:
        with self.lock:                                 # after a request under way
            self.closed = True
            self.channel.close()                        # the template exits on EOF


class _Zygote:
    """The grader's end of one worker's zygote: its pipes and a pidfd to kill it by."""

    def __init__(self, requests_w: int, control: "_LineReader", events: "_LineReader",
                 pidfd: int, ready: dict, covered: set):
        self.requests_w, self.control, self.events = requests_w, control, events
        self.pidfd, self.ready, self.covered = pidfd, ready, covered

    def alive(self) -> bool:
        return not self.control.eof and not _readable(self.pidfd, 0)

    def kill(self) -> None:
        try:
            signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _readable(self.pidfd, 10)                      # its E dies with it (PDEATHSIG)
        for fd in (self.requests_w, self.pidfd):
            try:
                os.close(fd)
            except OSError:
                pass
        self.control.close()
        self.events.close()


class _Nursery:
    """One sandbox (bubblewrap) and the templates in it. Shared by every worker of this
    process where each job's /tmp is its own and each worker has its own uid (root);
    else one per worker, as a sandbox was before."""

    MAX_TEMPLATES = 8                   # the first, and the 7 used last (each holds memory)

    def __init__(self, preload: list[str], log_dir: Path | None, want_bwrap: bool):
        self.preload, self.log_dir, self.want_bwrap = list(preload), log_dir, want_bwrap
        self.scratch = Path(tempfile.mkdtemp(prefix="curriculum-sandbox-"))
        os.chmod(self.scratch, 0o711)                  # jobs can reach their folder, not list
        self.proc: subprocess.Popen | None = None
        self.ready: dict = {}
        self.bwrap_used = False
        self.templates: list[_Template] = []
        self.first: _Template | None = None             # the nursery itself
        self.pending: dict[frozenset, threading.Event] = {}
        self.lock = threading.Lock()
        self.users = 0
        self._keeper: threading.Thread | None = None

    @property
    def shareable(self) -> bool:
        return self.bwrap_used and os.getuid() == 0 and bool(self.ready.get("isolated"))

    def _command(self, channel_fd: int, bwrap: str | None) -> list[str]:
        python = Path(sys.executable)
        font = self._seed_font_cache()
        options = json.dumps({"preload": self.preload, "nursery_fd": channel_fd,
                              "sandboxed": bool(bwrap),
                              "font_cache": None if font is None else
                              f"/sandbox/{font.relative_to(self.scratch)}" if bwrap
                              else str(font)})
        # imported by name (not run as __main__), so the runner's module is protected by name
        inner = [str(python), "-c", "from curriculum.engine.inside import main; main()",
                 options]
        if not bwrap:
            return inner
        ro = {Path("/usr"), Path("/etc"), Path(sys.prefix), Path(sys.base_prefix).resolve(),
              _package_dir(), python.resolve().parent.parent}
        ro = sorted(p for p in ro if p.exists())
        cmd = [bwrap, "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
               "--unshare-cgroup-try", "--die-with-parent", "--new-session"]
        if os.getuid() != 0:
            # unprivileged: a user namespace is what lets bubblewrap build the rest
            cmd += ["--unshare-user"]
        # /tmp first: a checkout under /tmp must not be hidden by the private tmpfs
        cmd += ["--dev", "/dev", "--proc", "/proc", "--perms", "1777", "--tmpfs", "/tmp"]
        for name in ("bin", "lib", "lib64", "sbin"):
            if Path(f"/{name}").is_symlink():
                cmd += ["--symlink", os.readlink(f"/{name}"), f"/{name}"]
            elif Path(f"/{name}").exists():
                cmd += ["--ro-bind", f"/{name}", f"/{name}"]
        made = set()
        for path in ro:
            for parent in _ancestors(path):
                if parent not in made and str(parent) != "/tmp" and not any(
                        parent == p or p in parent.parents for p in ro if p != path):
                    cmd += ["--perms", "0755", "--dir", str(parent)]
                    made.add(parent)
            cmd += ["--ro-bind", str(path), str(path)]
        cmd += ["--bind", str(self.scratch), "/sandbox", "--chdir", "/sandbox",
                "--clearenv", "--setenv", "PYTHONSAFEPATH", "1",
                "--setenv", "PATH", f"{Path(sys.prefix) / 'bin'}:/usr/bin:/bin",
                "--setenv", "MPLCONFIGDIR", "/tmp", "--setenv", "OMP_NUM_THREADS", "1",
                "--setenv", "OPENBLAS_NUM_THREADS", "1", "--setenv", "MKL_NUM_THREADS", "1",
                "--setenv", "MPLBACKEND", "module://matplotlib_inline.backend_inline",
                "--setenv", "LANG", "C.UTF-8", "--"]
        return cmd + inner

    def _seed_font_cache(self) -> Path | None:
        """A copy of the user's font list in the scratch folder, for the first template to
        start from (read before any learner code runs)."""
        font = font_cache()
        if font is None:
            return None
        seed = self.scratch / ".mpl-seed"
        seed.mkdir(mode=0o755, exist_ok=True)
        try:
            shutil.copyfile(font, seed / font.name)
        except OSError:
            return None
        return seed / font.name

    def start(self) -> None:
        bwrap = bubblewrap() if self.want_bwrap else None
        try:
            self._spawn(bwrap)
        except RuntimeError:
            if not bwrap:
                raise
            self._spawn(None)                           # bubblewrap present but refused
        self.bwrap_used = bool(bwrap) and self.ready.get("bwrap", False)

    def _spawn(self, bwrap: str | None) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        log = open(self.log_dir / f"sandbox-{os.getpid()}-{id(self)}.log", "ab") \
            if self.log_dir else subprocess.DEVNULL
        env = {"PYTHONSAFEPATH": "1", "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
               "MPLCONFIGDIR": str(self.scratch / ".mpl"), "OMP_NUM_THREADS": "1",
               "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "LANG": "C.UTF-8",
               "MPLBACKEND": "module://matplotlib_inline.backend_inline"}
        started = threading.Event()
        failure: list = []

        def keep() -> None:
            # bubblewrap's --die-with-parent fires when the THREAD that started it ends:
            # this one lives as long as the sandbox, whichever worker asked for it first
            try:
                self.proc = subprocess.Popen(
                    self._command(theirs.fileno(), bwrap), stdin=subprocess.DEVNULL,
                    stdout=log, stderr=log, pass_fds=(theirs.fileno(),), env=env,
                    cwd=str(self.scratch), start_new_session=True)
            except OSError as exc:
                failure.append(exc)
                return
            finally:
                started.set()
            self.proc.wait()

        self._keeper = threading.Thread(target=keep, name="sandbox-keeper", daemon=True)
        self._keeper.start()
        started.wait()
        theirs.close()
        if log is not subprocess.DEVNULL:
            log.close()
        if failure:
            ours.close()
            raise RuntimeError(f"the sandbox did not start ({failure[0]})")
        ready = _first_message(ours)
        if ready.get("ev") != "ready":
            ours.close()
            self._kill()
            raise RuntimeError("the sandbox did not start" +
                               (f" (bubblewrap: {bwrap})" if bwrap else ""))
        self.ready = {**ready, "bwrap": bool(bwrap)}
        self.first = _Template(ours, ready)
        self.templates = [self.first]

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def zygote(self, imports) -> _Zygote:
        """A new zygote forked from a template that has imported `imports` (made first,
        from the template that has most of them, where none has them all). Raises
        RuntimeError where the sandbox does not answer."""
        wanted = [m for m in dict.fromkeys(imports) if isinstance(m, str)]
        for attempt in range(3):
            template = self._template_for(wanted)
            requests_r, requests_w = os.pipe()
            control_r, control_w = os.pipe()
            events_r, events_w = os.pipe()
            try:
                answer, fds = template.ask({"op": "zygote"}, [requests_r, control_w, events_w])
                break
            except RuntimeError:
                for fd in (requests_w, control_r, events_r):
                    os.close(fd)
                # let go of a template that died (or was let go meanwhile), then look again;
                # without the first template this sandbox is of no use
                if template is self.first or attempt == 2:
                    raise
                self._drop(template)
            finally:
                for fd in (requests_r, control_w, events_w):
                    os.close(fd)
        control, events = _LineReader(control_r), _LineReader(events_r)
        line = control.readline(time.monotonic() + READY_TIMEOUT_S) if fds else None
        zygote = _Zygote(requests_w, control, events, fds[0] if fds else -1,
                         _json(line) if line else {}, set(template.covered))
        if answer.get("ev") != "zygote" or not fds or zygote.ready.get("ev") != "ready":
            if fds:
                zygote.kill()
            raise RuntimeError("the sandbox did not start a zygote")
        return zygote

    def _template_for(self, wanted: list[str]) -> _Template:
        """The template to fork from: one that has every module in `wanted` that is not
        Python's own (those a cell imports cheaply), the most of them; else a new one."""
        needed = frozenset(m for m in wanted if m.split(".")[0] not in sys.stdlib_module_names)
        while True:
            with self.lock:
                if not self.templates:
                    raise RuntimeError("the sandbox was closed")
                fits = [t for t in self.templates if needed <= t.covered]
                if fits:
                    return max(fits, key=lambda t: (len(set(wanted) & t.covered), t.used))
                waiting = self.pending.get(needed)
                if waiting is None:                     # this thread makes it
                    base = max(self.templates,
                               key=lambda t: (len(needed & t.covered), t.used))
                    self.pending[needed] = done = threading.Event()
                    break
            waiting.wait()                              # another worker is making it
        try:
            return self._new_template(base, [m for m in wanted if m not in base.covered])
        finally:
            with self.lock:
                del self.pending[needed]
            done.set()

    def _new_template(self, base: _Template, modules: list[str]) -> _Template:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            base.ask({"op": "template", "modules": modules}, [theirs.fileno()])
        except RuntimeError:
            ours.close()
            raise
        finally:
            theirs.close()
        answer = _first_message(ours)
        if answer.get("ev") != "imported":
            ours.close()
            raise RuntimeError(f"the sandbox did not import {', '.join(modules)}")
        template = _Template(ours, answer)
        with self.lock:
            self.templates.append(template)
            old = min(self.templates[1:], key=lambda t: t.used) \
                if len(self.templates) > self.MAX_TEMPLATES else None   # the first stays
        if old is not None:
            self._drop(old)
        return template

    def _drop(self, template: _Template) -> None:
        with self.lock:
            if template in self.templates:
                self.templates.remove(template)
        template.close()

    def _kill(self) -> None:
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, 9)
            except (ProcessLookupError, PermissionError):
                pass
            self.proc.wait()
        if self._keeper is not None and self._keeper is not threading.current_thread():
            self._keeper.join(timeout=10)

    def close(self) -> None:
        for template in self.templates:
            template.close()
        self.templates = []
        self._kill()
        shutil.rmtree(self.scratch, ignore_errors=True)


_nurseries: dict[tuple, _Nursery] = {}
_nurseries_lock = threading.Lock()


def _nursery_for(preload: list[str], log_dir: Path | None, want_bwrap: bool) -> _Nursery:
    """The sandbox this process's workers share (started on first use), or, where it
    cannot be shared safely (not root, no bubblewrap, no private /tmp), one of its own."""
    def started() -> _Nursery:
        nursery = _Nursery(preload, log_dir, want_bwrap)
        nursery.start()
        nursery.users = 1
        return nursery

    key = (tuple(preload), str(log_dir), want_bwrap)
    if os.getuid() != 0 or not (want_bwrap and bubblewrap()):
        return started()
    with _nurseries_lock:                   # a second worker waits for the first's start
        nursery = _nurseries.get(key)
        if nursery is not None and nursery.alive():
            nursery.users += 1
            return nursery
        nursery = started()
        if nursery.shareable:
            _nurseries[key] = nursery
        return nursery


def shared_modules() -> set[str]:
    """The modules some template of a shared sandbox has imported (or tried to): a worker's
    zygote can be forked with them in milliseconds."""
    if not _nurseries_lock.acquire(blocking=False):   # a sandbox is starting: a hint only
        return set()
    try:
        nurseries = list(_nurseries.values())
    finally:
        _nurseries_lock.release()
    found: set[str] = set()
    for nursery in nurseries:
        with nursery.lock:
            for template in nursery.templates:
                found |= template.covered
    return found


def _release(nursery: _Nursery) -> None:
    with _nurseries_lock:
        nursery.users -= 1
        if nursery.users > 0:
            return
        for key, shared in list(_nurseries.items()):
            if shared is nursery:
                del _nurseries[key]
    nursery.close()


class Sandbox:
    """One worker: a zygote of its own, forked in a sandbox it may share with the others,
    running one notebook at a time."""

    def __init__(self, preload: list[str], *, log_dir: Path | None = None,
                 use_bubblewrap: bool = True):
        self.preload = list(preload)
        self.log_dir = Path(log_dir) if log_dir else None
        self.want_bwrap = use_bubblewrap
        self.root = os.getuid() == 0
        self.slot = _UidSlot() if self.root else None
        self.nursery: _Nursery | None = None
        self.zygote: _Zygote | None = None
        self.ready: dict = {}
        self.known: set[str] = set()                    # modules the zygote has (or tried)
        self.bwrap_used = False
        self.pid_namespace: bool | None = None
        self.uid: int | None = None
        self.jobs = 0
        self.restarts = 0
        self.name = secrets.token_hex(4)                # its job folders' prefix
        self._lock = threading.Lock()

    @property
    def proc(self) -> subprocess.Popen | None:
        """The sandbox's process (bubblewrap, or Python without it), None before start."""
        return self.nursery.proc if self.nursery is not None else None

    # ------------------------------------------------------------------ start / stop
    def start(self) -> None:
        if self.nursery is not None and not self.nursery.alive():
            _release(self.nursery)
            self.nursery = None
        if self.nursery is None:
            self.nursery = _nursery_for(self.preload, self.log_dir, self.want_bwrap)
        self._adopt(self.nursery.zygote(self.preload))
        self.bwrap_used = self.nursery.bwrap_used
        # switch uid only where the unprivileged uid can still import Python's modules
        self.uid = self.slot.uid if self.slot and (self.bwrap_used or _traversable_by_others(
            [sys.prefix, Path(sys.base_prefix).resolve(), _package_dir()])) else None

    def _adopt(self, zygote: _Zygote) -> None:
        if self.zygote is not None:
            self.zygote.kill()
        self.zygote = zygote
        self.control, self.events = zygote.control, zygote.events
        self.ready = {**self.nursery.ready, **zygote.ready, "bwrap": self.nursery.bwrap_used}
        self.known = set(zygote.covered)

    def load(self, modules) -> None:
        """Have this worker's zygote be one that has imported `modules` (Python's own
        aside) before a notebook that imports them, not on the notebook's clock: forked
        from a template that has them, made once for the whole run by the first worker
        that needs them. A grading run of light notebooks starts at once, and a library
        heavy to import is imported once, whichever workers grade the notebooks using
        it. Raises RuntimeError, the zygote stopped, where the sandbox does not answer."""
        missing = [m for m in dict.fromkeys(modules) if m not in self.known and
                   m.split(".")[0] not in sys.stdlib_module_names]
        if not missing:
            return
        try:
            zygote = self.nursery.zygote(list(modules))
        except RuntimeError:
            self._stop()
            raise RuntimeError(f"the sandbox did not import {', '.join(missing)}") from None
        self._adopt(zygote)

    def alive(self) -> bool:
        return self.zygote is not None and self.nursery is not None and \
            self.nursery.alive() and self.zygote.alive()

    def _stop(self) -> None:
        """Kill this worker's zygote (and its job); the sandbox stays for the others."""
        if self.zygote is not None:
            self.zygote.kill()
            self.zygote = None

    def close(self) -> None:
        self._stop()
        if self.nursery is not None:
            _release(self.nursery)
            self.nursery = None
        if self.slot:
            self.slot.release()

    def protections(self) -> dict:
        """What actually protected the last jobs (for the report)."""
        return {
            "sandbox": "bubblewrap" if self.bwrap_used else
                       "NONE: bubblewrap missing or refused; learner code ran unconfined",
            "uid": f"an unprivileged uid per worker ({UID_BASE}+)" if self.uid else
                   f"the grader's own uid {os.getuid()}" + (
                       " (not root: no uid switch)" if not self.root else
                       " (ROOT: without the sandbox Python is not readable by another uid)"),
            "pid_namespace": self.pid_namespace,
            "channel": "each cell written only to the runner's own waiting read"
                       if self.ready.get("channel_watch") else
                       "the cell channel NOT watched (needs root): a learner thread may race "
                       "the runner for a cell",
            "preloaded": self.ready.get("preloaded", []),
        }

    # ------------------------------------------------------------------ one notebook
    def run(self, cells: list[dict], limits: Limits, *, files_from: Path | None = None,
            protect: list[str] = (), imports: list[str] = ()) -> Run:
        """Run `cells` ([{"index", "kind", "source"}]) in a fresh fork of a zygote that has
        imported `imports` (the modules the notebook imports); never raises for anything the
        learner's code does."""
        with self._lock:
            if not self.alive():
                if self.zygote is not None:
                    self.restarts += 1
                    self._stop()
                self.start()
            self.load(imports)
            self.jobs += 1
            job_dir = self.nursery.scratch / f"job-{self.name}-{self.jobs}"
            job_dir.mkdir(mode=0o700)
            if files_from is not None:
                _copy_data_files(files_from, job_dir)
            if self.uid is not None:
                for path in [job_dir, *job_dir.rglob("*")]:
                    os.lchown(path, self.uid, self.uid)
            try:
                return self._run(cells, limits, job_dir, list(protect))
            finally:
                shutil.rmtree(job_dir, ignore_errors=True)

    def _send(self, request: dict) -> bool:
        if self.zygote is None:
            return False
        data = (json.dumps(request) + "\n").encode()
        try:
            while data:
                data = data[os.write(self.zygote.requests_w, data):]
            return True
        except OSError:
            return False

    def _run(self, cells, limits: Limits, job_dir: Path, protect: list[str]) -> Run:
        inside_dir = f"/sandbox/{job_dir.name}" if self.ready.get("bwrap") else str(job_dir)
        env = {"PATH": f"{Path(sys.prefix) / 'bin'}:/usr/bin:/bin", "PYTHONSAFEPATH": "1",
               "LANG": "C.UTF-8", "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
               "MKL_NUM_THREADS": "1", "NBGRADER_EXECUTION": "autograde",
               "MPLBACKEND": "module://matplotlib_inline.backend_inline"}
        run = Run()
        expected = [c["index"] for c in cells]
        start = time.monotonic()
        self._timeline, self._t0 = run.timeline, start
        notebook_deadline = start + limits.notebook_s + GRACE_S
        self._queue, self._nonces = list(cells), {}
        self.events.fill(budget=1 << 30)            # bytes left by an earlier job's learner
        self.events.buffer.clear()
        self.events.flooded = False
        if not (self._send({"op": "run", "dir": inside_dir, "limits": limits.for_child(),
                            "uid": self.uid, "env": env, "protect": protect})
                and self._send_next()):
            run.stopped = "the sandbox was not running"
            self._stop()
            return run
        current, cell_deadline, killed = None, None, None
        selector = selectors.DefaultSelector()
        selector.register(self.control.fd, selectors.EVENT_READ, "control")
        selector.register(self.events.fd, selectors.EVENT_READ, "events")
        exit_event = None
        try:
            while exit_event is None:
                now = time.monotonic()
                deadline = min(notebook_deadline, cell_deadline or notebook_deadline)
                if killed is None and now >= deadline:
                    killed = ("notebook" if now >= notebook_deadline else "cell")
                    self._send({"op": "kill"})
                    notebook_deadline = cell_deadline = now + 15      # to hear "exit"
                elif killed is not None and now >= deadline:
                    run.problems.append("the sandbox did not answer a kill; restarted")
                    self._stop()
                    break
                for line in self.events.lines():
                    current, cell_deadline = self._event(line, run, expected, current,
                                                         cell_deadline, limits)
                if self.events.flooded and killed is None:
                    run.problems.append("the results channel was flooded")
                    killed = "flood"
                    self._send({"op": "kill"})
                    notebook_deadline = cell_deadline = time.monotonic() + 15
                line = self.control.next_line()
                if line is not None:
                    exit_event = _json(line) or {}
                    continue
                if self.control.eof:
                    run.problems.append("the sandbox died")
                    self._stop()
                    break
                selector.select(timeout=max(0.0, min(deadline - time.monotonic(), 1.0)))
                self.control.fill()
                self.events.fill()
            for line in self.events.lines(limit=100_000):   # what E wrote before it exited
                current, cell_deadline = self._event(line, run, expected, current,
                                                     cell_deadline, limits)
        finally:
            selector.close()
        run.seconds = time.monotonic() - start
        if exit_event:
            self.pid_namespace = exit_event.get("pid_namespace")
            run.max_rss_kb = exit_event.get("max_rss_kb", 0)
            run.child_seconds = _number(exit_event.get("seconds"))
            run.child_cpu_s = _number(exit_event.get("cpu_s"))
            if exit_event.get("thief"):                 # seen by the zygote, not by E
                run.problems.append(str(exit_event["thief"])[:200])
                run.stopped = "the notebook was stopped: " + str(exit_event["thief"])[:200]
            run.timeline.append(("exit", None, run.seconds))
        unfinished = current is not None and current not in run.cells
        if killed == "cell":
            run.stopped = (f"a cell ignored the {limits.cell_s:g} s time limit and the "
                           "notebook was stopped")
        elif killed == "flood":
            run.stopped = "the notebook flooded the results channel and was stopped"
        elif killed == "notebook":
            run.stopped = f"the notebook ran past its {limits.notebook_s:g} s limit"
        elif run.stopped is None and len(run.cells) < len(expected):
            code = (exit_event or {}).get("code")
            run.stopped = _describe_exit(code, exit_event is None)
        if unfinished:
            run.stopped_at = current
        return run

    def _send_next(self) -> bool:
        """The next cell, with a fresh nonce its result must echo, or "end"."""
        if not self._queue:
            return self._send({"op": "end"})
        cell = self._queue.pop(0)
        nonce = secrets.token_hex(16)
        self._nonces[cell["index"]] = nonce
        self._timeline.append(("send", cell["index"], time.monotonic() - self._t0))
        return self._send({"op": "cell", **cell, "nonce": nonce})

    def _event(self, line, run: Run, expected, current, cell_deadline, limits: Limits):
        if len(run.problems) >= 20:                    # enough evidence; stop collecting
            run.problems = run.problems[:20]
        event = _json(line)
        if not isinstance(event, dict):
            run.problems.append("unreadable message on the results channel")
            return current, cell_deadline
        kind = event.get("ev")
        done = set(run.cells)
        following = next((i for i in expected if i not in done), None)
        if kind == "start":
            if event.get("cell") != following or current not in (None, *done):
                run.problems.append(f"out-of-order start for cell {event.get('cell')}")
                return current, cell_deadline
            now = time.monotonic()
            self._timeline.append(("start", following, now - self._t0))
            return following, now + limits.cell_s + GRACE_S
        if kind == "cell":
            index = event.get("cell")
            if index != current or index in done:
                run.problems.append(f"unexpected result for cell {index}")
                return current, cell_deadline
            if event.get("nonce") != self._nonces.get(index):
                run.problems.append(f"a forged result for cell {index}")
                return current, cell_deadline
            outputs = event.get("outputs")
            if not isinstance(outputs, list):
                run.problems.append(f"malformed result for cell {index}")
                outputs = []
            run.cells[index] = CellRun(index, outputs, event.get("execution_count"),
                                       _number(event.get("seconds")),
                                       _strings(event.get("tampered")),
                                       bool(event.get("timed_out")),
                                       _strings(event.get("tampered_during")))
            self._timeline.append(("cell", index, time.monotonic() - self._t0))
            self._send_next()
            return current, None
        if kind == "notebook_timeout":
            run.stopped = f"the notebook ran past its {limits.notebook_s:g} s limit"
            return current, cell_deadline
        if kind == "fatal":
            run.stopped = f"the grader's runner failed: {event.get('error', '')[:200]}"
            return current, cell_deadline
        run.problems.append(f"unknown message {kind!r} on the results channel")
        return current, cell_deadline


def _describe_exit(code, no_exit_event: bool) -> str:
    if no_exit_event:
        return "the sandbox died"
    if code is None:
        return "the notebook stopped"
    if code < 0:
        name = signal.Signals(-code).name if -code in signal.valid_signals() else -code
        if name == "SIGKILL":
            return "the kernel was killed (SIGKILL: memory or CPU limit, or os.kill)"
        if name == "SIGXCPU":
            return "the kernel ran out of its CPU-time limit"
        return f"the kernel died ({name})"
    return f"the kernel exited early (exit code {code}: os._exit or sys.exit at top level)"


def _number(value) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0


def _strings_all(value) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _strings(value) -> list:
    return [str(v)[:300] for v in value[:20]] if isinstance(value, list) else []


def _json(line: str):
    try:
        return json.loads(line)
    except (ValueError, RecursionError):
        return None


def data_files(src: Path) -> list[Path]:
    """The files an assignment ships beside its notebooks, relative to `src`: regular files
    only, never notebooks, links, hidden files or Python caches (nbgrader's ignore list)."""
    found = []
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src)
        if path.is_symlink() or path.suffix in (".ipynb", ".pyc") or not path.is_file() or \
                any(part.startswith(".") or part == "__pycache__" for part in rel.parts):
            continue
        found.append(rel)
    return found


def _copy_data_files(src: Path, dest: Path) -> None:
    """Copy `data_files(src)` into `dest` (a job's scratch folder)."""
    for rel in data_files(src):
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src / rel, dest / rel)


class _LineReader:
    """Non-blocking line reader over a pipe. A line longer than MAX_LINE (results are capped
    far below it) marks the channel as flooded: the job is killed."""

    MAX_LINE = 64 << 20
    CHUNK = 1 << 20

    def __init__(self, fd: int):
        self.fd, self.buffer, self.eof, self.flooded = fd, bytearray(), False, False
        os.set_blocking(fd, False)

    def fill(self, budget: int = 8 << 20) -> None:
        """Read what is there, at most `budget` bytes a call (the caller checks deadlines)."""
        while not self.eof and budget > 0:
            try:
                chunk = os.read(self.fd, self.CHUNK)
            except BlockingIOError:
                return
            if not chunk:
                self.eof = True
                return
            budget -= len(chunk)
            self.buffer += chunk
            if len(self.buffer) > self.MAX_LINE and b"\n" not in chunk:
                self.flooded = True
                self.buffer.clear()

    def next_line(self) -> str | None:
        self.fill()
        at = self.buffer.find(b"\n")
        if at < 0:
            return None
        line = bytes(self.buffer[:at])
        del self.buffer[:at + 1]
        return line.decode("utf-8", "replace")

    def lines(self, limit: int = 1000):
        while limit > 0 and (line := self.next_line()) is not None:
            limit -= 1
            yield line

    def readline(self, deadline: float) -> str | None:
        selector = selectors.DefaultSelector()
        selector.register(self.fd, selectors.EVENT_READ)
        try:
            while (line := self.next_line()) is None:
                if self.eof or time.monotonic() > deadline:
                    return None
                selector.select(timeout=min(1.0, max(0.0, deadline - time.monotonic())))
            return line
        finally:
            selector.close()

    def close(self) -> None:
        try:
            os.close(self.fd)
        except OSError:
            pass
