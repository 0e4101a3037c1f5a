"""Execute a notebook the way nbgrader's autograder does (nbclient, errors allowed,
per-cell timeout with interrupt), in a scratch copy of its assignment folder."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat

DEFAULT_CELL_TIMEOUT_S = 60


@dataclass
class Execution:
    notebook: nbformat.NotebookNode   # the executed notebook (outputs filled in)
    seconds: float                    # wall time, kernel start and shutdown included
    error: str | None = None          # set when the run itself failed (kernel died, ...)
    cpu_seconds: float | None = None  # CPU the kernel used (its threads and waited-for
                                      # children included); None where /proc is missing


def _process_cpu_seconds(pid: int) -> float | None:
    """utime + stime + cutime + cstime of a process (Linux /proc/<pid>/stat, proc(5))."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        return sum(int(v) for v in fields[11:15]) / ticks
    except (OSError, ValueError, IndexError):
        return None


def execute_notebook(nb, *, assignment_dir: Path | None = None, name: str = "notebook.ipynb",
                     cell_timeout: int = DEFAULT_CELL_TIMEOUT_S) -> Execution:
    """Run every cell of `nb` with a fresh python3 kernel.

    The kernel's working directory is a temporary copy of `assignment_dir` (the files released
    beside the notebook, never an arbitrary folder: it is copied whole), like nbgrader's
    autograde, which runs each notebook from its own folder. `NBGRADER_EXECUTION=autograde`
    is set so notebooks can shorten heavy training.
    """
    from nbclient import NotebookClient
    from traitlets.config import Config
    from nbclient.exceptions import DeadKernelError

    nb = nbformat.from_dict(nb)
    with tempfile.TemporaryDirectory(prefix="curriculum-run-") as scratch:
        workdir = Path(scratch) / "assignment"
        if assignment_dir is not None and assignment_dir.is_dir():
            shutil.copytree(assignment_dir, workdir,
                            ignore=shutil.ignore_patterns("*.ipynb", ".ipynb_checkpoints"))
        else:
            workdir.mkdir()
        nbformat.write(nb, workdir / name)
        os.environ["NBGRADER_EXECUTION"] = "autograde"
        # Several kernels run at once (one per core): one BLAS/OpenMP thread each. More
        # threads than cores made small NumPy/scikit-learn fits 10-50x slower under load.
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")
        # IPC sockets instead of TCP ports: nothing to race for when kernels start
        # concurrently (jupyter_client #487, papermill #511). Configured, not passed as km=,
        # so that nbclient owns the kernel and shuts it down. The socket path must be
        # absolute: the default ("kernel-ipc") is relative to each process's own cwd.
        ipc = {"transport": "ipc", "ip": str(Path(scratch) / "kernel-ipc")}
        client = NotebookClient(
            nb, config=Config({"KernelManager": ipc}), timeout=cell_timeout,
            kernel_name="python3", allow_errors=True, interrupt_on_timeout=True,
            shutdown_kernel="immediate",
            resources={"metadata": {"path": str(workdir)}},
            extra_arguments=["--HistoryManager.hist_file=:memory:"])
        cpu = [None]

        def _measure_cpu(**_):        # after each cell, while the kernel is still alive
            process = getattr(getattr(client.km, "provisioner", None), "process", None)
            if process is not None:
                cpu[0] = _process_cpu_seconds(process.pid)

        client.on_cell_executed = _measure_cpu
        start = time.perf_counter()
        error = None
        try:
            client.execute()
        except DeadKernelError as exc:
            error = f"the kernel died ({exc})"
        except Exception as exc:  # noqa: BLE001 - reported, never raised: a batch goes on
            error = f"{type(exc).__name__}: {exc}"
        return Execution(nb, time.perf_counter() - start, error, cpu[0])
