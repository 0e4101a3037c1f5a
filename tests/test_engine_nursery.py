"""One sandbox for all of a grader's workers: the nursery and its templates.

The nursery imports the base libraries once; a worker's zygote is forked from a template
(the nursery, or a fork of it that imported a notebook's own libraries), so each library is
imported once per run. Where the grader is root under bubblewrap, every worker shares the
nursery and each zygote gets its own /tmp, /dev/shm, loopback and IPC (`inside._isolate`),
as a sandbox of its own gave it before; elsewhere each worker has a nursery of its own.
"""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from curriculum.engine.run import BASE_PRELOAD
from curriculum.engine.sandbox import Limits, Sandbox, bubblewrap_works

LIMITS = Limits(cell_s=30, notebook_s=60)
shared_only = pytest.mark.skipif(
    os.getuid() != 0 or not bubblewrap_works(),
    reason="workers share a sandbox only as root under bubblewrap")


def _cell(source: str, index: int = 0) -> dict:
    return {"index": index, "kind": "code", "source": source}


def _printed(run, index: int = 0) -> str:
    cell = run.cells[index]
    errors = [o for o in cell.outputs if o.get("output_type") == "error"]
    assert not errors, errors
    return "".join(o.get("text", "") for o in cell.outputs).strip()


@pytest.fixture
def pair(tmp_path):
    boxes = [Sandbox(BASE_PRELOAD, log_dir=tmp_path) for _ in range(2)]
    try:
        for box in boxes:
            box.start()
        yield boxes
    finally:
        for box in boxes:
            box.close()


@shared_only
def test_workers_share_one_sandbox_and_a_library_is_imported_once(pair):
    first, second = pair
    assert first.nursery is second.nursery
    assert first.zygote.ready["pid"] != second.zygote.ready["pid"]
    templates = len(first.nursery.templates)
    first.load(["pandas"])
    assert len(first.nursery.templates) == templates + 1
    second.load(["numpy", "pandas"])                 # the template made for the first
    assert len(first.nursery.templates) == templates + 1
    for box in pair:
        run = box.run([_cell("import sys\nprint('pandas' in sys.modules)")], LIMITS)
        assert _printed(run) == "True"


@shared_only
def test_workers_sharing_a_sandbox_see_nothing_of_each_other(pair):
    """A notebook's files in /tmp and /dev/shm and its server on 127.0.0.1 are its worker's
    alone while it runs, as when each worker had a sandbox of its own."""
    first, second = pair
    holder = [_cell("import socket\n"
                    "open('/tmp/mark', 'w').write('first')\n"
                    "open('/dev/shm/mark', 'w').write('first')\n"
                    "server = socket.socket()\n"
                    "server.bind(('127.0.0.1', 8765))\n"
                    "server.listen()\n"
                    "print('held')"),
              _cell("import time\ntime.sleep(4)\nprint(open('/tmp/mark').read())", 1)]
    results = {}
    worker = threading.Thread(target=lambda: results.update(first=first.run(holder, LIMITS)))
    worker.start()
    time.sleep(2)                                    # the first holds its file and port
    visitor = second.run([_cell(
        "import os, socket\n"
        "print(os.path.exists('/tmp/mark'), os.path.exists('/dev/shm/mark'))\n"
        "server = socket.socket()\n"
        "server.bind(('127.0.0.1', 8765))\n"
        "server.listen()\n"
        "print('bound')")], LIMITS)
    worker.join()
    assert _printed(results["first"], 0) == "held"
    assert _printed(results["first"], 1) == "first"   # still there: it ran meanwhile
    assert _printed(visitor) == "False False\nbound"


@shared_only
def test_a_killed_zygote_is_replaced_and_the_other_worker_keeps_its_own(pair):
    first, second = pair
    nursery, other = first.nursery.proc.pid, second.zygote.ready["pid"]
    signal.pidfd_send_signal(first.zygote.pidfd, signal.SIGKILL)
    time.sleep(0.2)
    run = first.run([_cell("print(6 * 7)")], LIMITS)
    assert _printed(run) == "42" and first.restarts == 1
    assert first.nursery.proc.pid == nursery and second.zygote.ready["pid"] == other
    assert _printed(second.run([_cell("print(1 + 1)")], LIMITS)) == "2"
    assert second.restarts == 0


def test_a_dead_sandbox_is_started_again_for_every_worker(pair):
    first, second = pair
    os.killpg(first.proc.pid, signal.SIGKILL)
    first.proc.wait()
    for box in pair:
        assert _printed(box.run([_cell("print('again')")], LIMITS)) == "again"
        assert box.restarts == 1
    if os.getuid() == 0 and bubblewrap_works():
        assert first.nursery is second.nursery and first.nursery.alive()


def _outer_pid(sandbox_pid: int, inner: int) -> int:
    """The pid, as the grader sees it, of the process `inner` in the sandbox of `sandbox_pid`
    (proc(5), NSpid): a descendant of that sandbox (other sandboxes reuse the same inner
    pids)."""
    def status(pid: int) -> dict:
        try:
            lines = open(f"/proc/{pid}/status").read().splitlines()
        except OSError:
            return {}
        return {k: v.split() for k, _, v in (line.partition(":") for line in lines)}

    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == sandbox_pid:
            continue
        ids = status(int(entry)).get("NSpid", [])
        if len(ids) < 2 or int(ids[-1]) != inner:
            continue
        pid = int(entry)
        while pid > 1:
            pid = int(status(pid).get("PPid", ["0"])[0])
            if pid == sandbox_pid:
                return int(entry)
    raise LookupError(inner)


def test_a_template_that_died_is_made_again(tmp_path):
    """A template lost (killed, or let go as the eighth) is replaced on the next notebook
    that needs its libraries; the sandbox and its first template carry on."""
    box = Sandbox(BASE_PRELOAD, log_dir=tmp_path)
    try:
        box.start()
        box.load(["pandas"])
        made = box.nursery.templates[-1]
        os.kill(_outer_pid(box.proc.pid, made.pid), signal.SIGKILL)
        box._stop()                                  # a notebook of another library came
        box.start()
        box.load(["pandas"])
        assert made not in box.nursery.templates and "pandas" in box.known
        run = box.run([_cell("import sys\nprint('pandas' in sys.modules)")], LIMITS,
                      imports=["pandas"])
        assert _printed(run) == "True" and box.restarts == 0
    finally:
        box.close()


@shared_only
def test_a_zygotes_own_tmp_keeps_what_the_sandbox_mounted_below_it(tmp_path):
    """A checkout (or virtualenv) under /tmp is bound into the sandbox below /tmp: a
    zygote's fresh /tmp must keep it, read-only as it was, and hold nothing else."""
    import subprocess
    import sys
    from pathlib import Path

    from curriculum.engine.sandbox import _package_dir, bubblewrap

    data = tmp_path / "data"
    data.mkdir()
    (data / "mark").write_text("kept")
    keep = [Path(sys.prefix), Path(sys.base_prefix).resolve(), _package_dir()]
    command = [bubblewrap(), "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
               "--unshare-pid", "--tmpfs", "/tmp"]
    for path in keep:
        command += ["--ro-bind", str(path), str(path)]
    command += ["--ro-bind", str(data), "/tmp/kept/data", "--", sys.executable, "-c",
                "import os\n"
                "from curriculum.engine.inside import _isolate\n"
                "_isolate()\n"
                "print(open('/tmp/kept/data/mark').read())\n"
                "try:\n"
                "    open('/tmp/kept/data/new', 'w')\n"
                "    print('writable')\n"
                "except OSError:\n"
                "    print('read-only')\n"
                "open('/tmp/free', 'w').write('x')\n"
                "print(set(os.listdir('/tmp')) - {'free'} <= {'kept', *(p.split('/')[2] "
                "for p in " + repr([str(p) for p in keep]) + " if p.startswith('/tmp/'))})\n"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(_package_dir().parent)})
    assert done.stdout.split() == ["kept", "read-only", "True"], done.stderr[-2000:]


def test_a_zygote_empties_its_tmp_around_what_the_sandbox_mounted_there(tmp_path):
    """Between jobs the zygote empties /tmp, but not a checkout bound below it (read-only:
    walking it to delete nothing cost seconds a job), and what a job left beside it goes."""
    from curriculum.engine.inside import _clean_dir

    kept = tmp_path / "checkout" / ".venv"
    (kept / "lib").mkdir(parents=True)
    (kept / "lib" / "module.py").write_text("")
    (tmp_path / "checkout" / "left-by-a-job").write_text("")
    (tmp_path / "job-folder").mkdir()
    (tmp_path / "job-folder" / "data.csv").write_text("")
    (tmp_path / "left.txt").write_text("")
    _clean_dir(str(tmp_path), [str(kept)])
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == \
        ["checkout", "checkout/.venv", "checkout/.venv/lib", "checkout/.venv/lib/module.py"]
