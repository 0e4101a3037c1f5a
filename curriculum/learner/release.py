"""What `curriculum build` adds to nbgrader's release for learners (called from build.py).

- ``raises-exception`` on every answer cell and test cell, so JupyterLab's *Run All* (and
  nbclient) go on past a blank exercise and the demos and plots below still run. Graders
  ignore the tag: nbgrader's autograde allows errors anyway, and `curriculum grade`'s intake
  drops tags.
- Tiered hints: tier 1 stays in the statement, tiers 2-3 move to ``hints.json`` beside the
  notebook (see `hints`).
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat

from ..notebooks import grade_id, is_autograded_test, is_solution
from .hints import HINTS_FILE, exercise_hints, strip_later_tiers

RUN_ALL_TAG = "raises-exception"


def tag_for_run_all(nb) -> None:
    """Tag answer and test code cells in place so that Run All continues past their errors."""
    for cell in nb.cells:
        if cell.cell_type == "code" and (is_solution(cell) or is_autograded_test(cell)):
            tags = cell.metadata.setdefault("tags", [])
            if RUN_ALL_TAG not in tags:
                tags.append(RUN_ALL_TAG)


def move_later_hints(nb, assignment_id: str) -> dict:
    """Strip tiers 2-3 from the statements in place; returns the hints file's content."""
    hints = exercise_hints(nb)
    pending: list = []
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            pending.append(cell)
        elif cell.cell_type == "code" and is_solution(cell) and grade_id(cell) in hints:
            for md in pending:
                md.source = strip_later_tiers(md.source, assignment_id, grade_id(cell))
            pending = []
    return {"assignment": assignment_id,
            "exercises": {sid: [tiers[k] for k in sorted(tiers)] for sid, tiers in hints.items()}}


def finish_release(release_dir: Path, notebook_names: list[str], assignment_id: str) -> None:
    """Rewrite nbgrader's release notebooks in `release_dir` for learners and write
    ``hints.json`` beside them (removed when the assignment has no tiered hints)."""
    merged: dict = {"assignment": assignment_id, "exercises": {}}
    for name in notebook_names:
        path = Path(release_dir) / name
        if not path.exists():
            continue
        nb = nbformat.read(path, as_version=4)
        tag_for_run_all(nb)
        merged["exercises"].update(move_later_hints(nb, assignment_id)["exercises"])
        nbformat.write(nb, path)
    target = Path(release_dir) / HINTS_FILE
    if any(len(t) > 1 for t in merged["exercises"].values()):
        target.write_text(json.dumps(merged, indent=1, ensure_ascii=False) + "\n")
    elif target.exists():
        target.unlink()
