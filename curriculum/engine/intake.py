"""Whitelist a submission and rebuild it on the instructor's cells (trusted; no learner code
runs here).

What is taken from a submission: one regular file, `<assignment>.ipynb`, read and validated
by nbformat; from it, the learner's own cells and the source of each solution cell. Everything
else comes from the instructor: the source, type and nbgrader metadata of every test and
locked cell (what nbgrader's OverwriteCells does), and the cells a learner deleted. Tags and
other cell metadata are dropped (a `skip-execution` tag on a test cell would skip it), and a
grade cell a learner duplicated runs once.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ..notebooks import grade_id, is_autograded_test, is_solution, nbgrader_meta

MAX_NOTEBOOK_BYTES = 20 << 20
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_. -]{0,127}$")


@dataclass
class Intake:
    """A submission ready to run, or why it cannot be."""

    status: str                                  # ok | missing | malformed
    notebook: nbformat.NotebookNode | None = None   # canonical cells, outputs cleared
    reasons: list[str] = field(default_factory=list)   # learner-safe
    review: list[str] = field(default_factory=list)    # for the instructor (tampering)
    ignored: list[str] = field(default_factory=list)   # files not taken
    fingerprint: str = ""                        # sha256 of the submitted notebook bytes
    raw: bytes = b""


def _notebook_bytes(folder: Path, name: str, intake: Intake,
                    expected: tuple = ()) -> bytes | None:
    """The submitted notebook's bytes, taken only if it is a regular file of sane size."""
    if not folder.is_dir() or folder.is_symlink():
        intake.status = "missing"
        intake.reasons.append(f"no {name} submitted")
        return None
    for entry in sorted(folder.iterdir()):
        if entry.name != name and entry.name not in expected:
            if not entry.name.startswith(".") and entry.name != "timestamp.txt":
                intake.ignored.append(entry.name)
    path = folder / name
    try:
        info = path.lstat()
    except FileNotFoundError:
        intake.status = "missing"
        intake.reasons.append(f"no {name} submitted")
        return None
    if stat.S_ISLNK(info.st_mode):
        intake.status = "missing"
        intake.reasons.append(f"{name} is a symbolic link, not a file (not followed)")
        return None
    if not stat.S_ISREG(info.st_mode):
        intake.status = "missing"
        intake.reasons.append(f"{name} is not a regular file")
        return None
    if info.st_size > MAX_NOTEBOOK_BYTES:
        intake.status = "malformed"
        intake.reasons.append(f"{name} is {info.st_size >> 20} MiB; the limit is "
                              f"{MAX_NOTEBOOK_BYTES >> 20} MiB (clear large outputs and "
                              "resubmit)")
        return None
    return path.read_bytes()


def _parse(raw: bytes, name: str, intake: Intake):
    if not raw.strip():
        intake.status = "malformed"
        intake.reasons.append(f"{name} is empty")
        return None
    try:
        invalid: dict = {}        # reads validates once and hands the error over here
        nb = nbformat.reads(raw.decode("utf-8"), as_version=4,
                            capture_validation_error=invalid)
        if "ValidationError" in invalid:
            raise invalid["ValidationError"]
    except UnicodeDecodeError:
        intake.status = "malformed"
        intake.reasons.append(f"{name} is not UTF-8 text")
        return None
    except nbformat.ValidationError as exc:
        intake.status = "malformed"
        intake.reasons.append(f"{name} is not a valid notebook ({exc.message[:200]})")
        return None
    except Exception as exc:  # noqa: BLE001 - nbformat raises many types for bad files
        intake.status = "malformed"
        detail = "not JSON: truncated, or not saved by Jupyter" if "JSON" in type(
            exc).__name__ or "JSON" in str(exc)[:200] else f"{type(exc).__name__}: {exc}"
        intake.reasons.append(f"{name} cannot be read ({str(detail)[:200]})")
        return None
    return nb


def _clean_cell(cell, *, nbgrader: dict | None):
    """A fresh cell: source and type only, plus the instructor's nbgrader metadata. Built
    as nbformat.v4's new_*_cell builds it, without validating each cell against the schema
    (a string source from a validated notebook; the whole notebook is validated when it is
    written)."""
    kind = cell.cell_type if cell.cell_type in ("code", "markdown") else "raw"
    fresh = nbformat.NotebookNode(id=None, cell_type=kind, metadata=nbformat.NotebookNode(),
                                  source=cell.source)
    if kind == "code":
        fresh.execution_count, fresh.outputs = None, []
    if nbgrader:
        fresh.metadata["nbgrader"] = copy.deepcopy(nbgrader)
    return fresh


def rebuild(submitted, source_nb, release_nb, intake: Intake):
    """The notebook to run: the learner's order and own cells, the instructor's everything
    else."""
    master = {grade_id(c): c for c in source_nb.cells if grade_id(c)}
    released = {grade_id(c): c for c in release_nb.cells if grade_id(c)}
    seen: set[str] = set()
    cells = []
    for cell in submitted.cells:
        gid = grade_id(cell)
        original = master.get(gid) if gid else None
        if original is None:
            if gid or nbgrader_meta(cell):
                # a cell claiming to be graded that the instructor never wrote
                if nbgrader_meta(cell).get("grade"):
                    intake.review.append(f"a cell claims grade_id {gid!r}, which the "
                                         "assignment does not have; run as an ordinary cell")
            cells.append(_keep_id(_clean_cell(cell, nbgrader=None), cell))
            continue
        if gid in seen:
            intake.review.append(f"cell {gid!r} appears more than once; only the first "
                                 "copy was run")
            continue
        seen.add(gid)
        meta = nbgrader_meta(original)
        if meta.get("solution"):
            if cell.cell_type != original.cell_type:
                intake.review.append(f"answer cell {gid!r} was changed from "
                                     f"{original.cell_type} to {cell.cell_type}; restored")
            fresh = _clean_cell(original, nbgrader=meta)
            fresh.source = cell.source
            cells.append(_keep_id(fresh, cell))
        else:
            if cell.source != original.source and not (
                    gid in released and cell.source == released[gid].source):
                intake.review.append(f"locked cell {gid!r} was edited; the instructor's "
                                     "version was run")
            elif cell.cell_type != original.cell_type:
                intake.review.append(f"locked cell {gid!r} was changed from "
                                     f"{original.cell_type} to {cell.cell_type}; restored")
            cells.append(_keep_id(_clean_cell(original, nbgrader=meta), cell))
        # tags are dropped; only those the release did not carry are worth a look
        # (released notebooks may tag cells `raises-exception` so Run All goes on)
        shipped = released[gid].get("metadata", {}).get("tags", []) if gid in released else []
        tags = [t for t in cell.get("metadata", {}).get("tags", [])
                if isinstance(t, str) and t not in shipped]
        if tags:
            intake.review.append(f"cell {gid!r} had tags {', '.join(sorted(tags)[:4])}; "
                                 "removed")
    # put back what the learner deleted, after the cell that preceded it
    order = [grade_id(c) for c in source_nb.cells if grade_id(c)]
    for position, gid in enumerate(order):
        if gid in seen:
            continue
        intake.review.append(f"cell {gid!r} was deleted; the instructor's version was "
                             "put back")
        original = released.get(gid, master[gid]) if is_solution(master[gid]) else master[gid]
        fresh = _keep_id(_clean_cell(original, nbgrader=nbgrader_meta(master[gid])),
                         master[gid])
        before = next((order[k] for k in range(position - 1, -1, -1) if order[k] in seen),
                      None)
        at = 0 if before is None else 1 + next(
            i for i, c in enumerate(cells) if grade_id(c) == before)
        cells.insert(at, fresh)
        seen.add(gid)
    nb = nbformat.v4.new_notebook(metadata=copy.deepcopy(source_nb.metadata))
    nb.cells = cells
    _dedupe_ids(nb.cells)
    return nb


CELL_ID = re.compile(r"^[a-zA-Z0-9-_]{1,64}$")


def _keep_id(fresh, original):
    """The rebuilt cell keeps the id it had, so grading the same notebook twice writes the
    same file (`_dedupe_ids` numbers the cells that had none or an invalid one)."""
    wanted = original.get("id")
    fresh["id"] = wanted if isinstance(wanted, str) and CELL_ID.match(wanted) else None
    return fresh


def _dedupe_ids(cells) -> None:
    """Unique, valid ids: a missing or repeated one becomes `cell-<n>` (deterministic)."""
    used = {c.get("id") for c in cells}
    seen: set = set()
    for n, cell in enumerate(cells):
        if cell.get("id") is None or cell["id"] in seen:
            candidate, k = f"cell-{n}", 0
            while candidate in used:
                k += 1
                candidate = f"cell-{n}-{k}"
            cell["id"] = candidate
            used.add(candidate)
        seen.add(cell["id"])


def take_in(folder: Path, name: str, source_nb, release_nb, *, expected: tuple = ()) -> Intake:
    """Whitelist `folder/name` and rebuild it; `expected` names the assignment's other
    notebooks (not reported as ignored). Never raises for a bad submission."""
    intake = Intake("ok")
    raw = _notebook_bytes(folder, name, intake, tuple(expected))
    if raw is None:
        return intake
    intake.raw = raw
    intake.fingerprint = hashlib.sha256(raw).hexdigest()
    submitted = _parse(raw, name, intake)
    if submitted is None:
        return intake
    intake.notebook = rebuild(submitted, source_nb, release_nb, intake)
    return intake


def cell_kind(cell) -> str:
    """How the runner treats a cell: the instructor's code, an answer, a test, or the
    learner's own."""
    if not grade_id(cell):
        return "learner"
    if is_autograded_test(cell):
        return "test"
    if is_solution(cell):
        return "solution"
    return "instructor"


def jobs_cells(nb) -> list[dict]:
    """The code cells to send to the sandbox; a test cell also as the Python IPython makes of
    it (magics, `!`, `?`), transformed here: in the sandbox, learner code can change
    IPython's transformer before the test cell arrives."""
    cells = []
    for i, c in enumerate(nb.cells):
        if c.cell_type == "code":
            kind = cell_kind(c)
            cells.append({"index": i, "kind": kind, "source": c.source})
            if kind == "test":
                cells[-1]["python"] = _as_python(c.source)
    return cells


@functools.lru_cache(maxsize=1024)
def _as_python(source: str) -> str:
    """IPython's own transformation of a cell (`InteractiveShell.transform_cell`)."""
    from IPython.core.inputtransformer2 import TransformerManager
    return TransformerManager().transform_cell(source)
