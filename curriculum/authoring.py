"""Build nbgrader source notebooks from Python, with the cell metadata nbgrader expects.

Authors may write notebooks in JupyterLab with nbgrader's "Create Assignment" toolbar, or
script them with these constructors; both give the same metadata (nbgrader schema version 3,
https://nbgrader.readthedocs.io/en/stable/contributor_guide/metadata.html).

Example::

    from curriculum.authoring import md, code, solution, tests, manual, write_notebook
    cells = [
        md("# Linear algebra"),
        solution("q1_dot", "def dot(u, v):\\n    ### BEGIN SOLUTION\\n    ...\\n    ### END SOLUTION"),
        tests("q1_dot_tests", 2, "assert dot([1], [2]) == 2\\n### BEGIN HIDDEN TESTS\\n...\\n### END HIDDEN TESTS"),
    ]
    write_notebook("source/s1-01-linear-algebra/s1-01-linear-algebra.ipynb", cells)
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

SCHEMA_VERSION = 3


def _cell_id(grade_id: str | None, source: str, index: int) -> str:
    """Stable cell id, so regenerating a notebook gives an identical file."""
    digest = hashlib.sha1(f"{index}:{grade_id}:{source}".encode()).hexdigest()
    return digest[:12]


def _nbgrader(grade_id: str, *, grade: bool, solution: bool, locked: bool,
              points: float | None = None) -> dict:
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked,
            "schema_version": SCHEMA_VERSION, "solution": solution}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def md(source: str) -> nbformat.NotebookNode:
    """A plain markdown cell (reading, statement of an exercise)."""
    return new_markdown_cell(source.strip("\n"))


def code(source: str) -> nbformat.NotebookNode:
    """A plain code cell (imports, data loading, a plot); the learner may edit it."""
    return new_code_cell(source.strip("\n"))


def locked(grade_id: str, source: str) -> nbformat.NotebookNode:
    """A read-only code cell; nbgrader restores its source when grading."""
    cell = new_code_cell(source.strip("\n"))
    cell.metadata.update(_nbgrader(grade_id, grade=False, solution=False, locked=True))
    return cell


def solution(grade_id: str, source: str) -> nbformat.NotebookNode:
    """An autograded answer cell; `source` holds `### BEGIN SOLUTION` / `### END SOLUTION`."""
    cell = new_code_cell(source.strip("\n"))
    cell.metadata.update(_nbgrader(grade_id, grade=False, solution=True, locked=False))
    return cell


def tests(grade_id: str, points: float, source: str) -> nbformat.NotebookNode:
    """An autograder test cell worth `points`; hidden tests sit between
    `### BEGIN HIDDEN TESTS` and `### END HIDDEN TESTS`."""
    cell = new_code_cell(source.strip("\n"))
    cell.metadata.update(_nbgrader(grade_id, grade=True, solution=False, locked=True,
                                   points=points))
    return cell


def manual(grade_id: str, points: float, model_answer: str) -> nbformat.NotebookNode:
    """A manually graded free-text answer (markdown). The model answer is replaced by
    "YOUR ANSWER HERE" in the release; put the rubric in the markdown cell above it."""
    source = f"### BEGIN SOLUTION\n{model_answer.strip()}\n### END SOLUTION"
    cell = new_markdown_cell(source)
    cell.metadata.update(_nbgrader(grade_id, grade=True, solution=True, locked=False,
                                   points=points))
    return cell


def write_notebook(path: str | Path, cells: list) -> Path:
    """Write `cells` as a clean notebook (no outputs, stable ids, Python 3 kernelspec)."""
    nb = new_notebook(cells=list(cells))
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python",
                                 "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    for index, cell in enumerate(nb.cells):
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        cell["id"] = _cell_id(grade_id, cell.source, index)
    nbformat.validate(nb)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path
