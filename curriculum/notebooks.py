"""Reading notebooks and telling nbgrader's cell kinds apart (schema version 3 metadata)."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path

import nbformat
import nbformat.reader

from .errors import CurriculumError

BEGIN_SOLUTION, END_SOLUTION = "### BEGIN SOLUTION", "### END SOLUTION"
BEGIN_HIDDEN, END_HIDDEN = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"
TESTS_SUFFIX = "_tests"


def read_notebook(path: str | Path) -> nbformat.NotebookNode:
    """Read and validate a notebook; a CurriculumError names the file and what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise CurriculumError(f"{path}: notebook not found.")
    try:
        nb = nbformat.read(path, as_version=4)
    except (json.JSONDecodeError, UnicodeDecodeError, nbformat.reader.NotJSONError) as exc:
        raise CurriculumError(f"{path}: not a valid notebook file (not JSON: truncated, or "
                              "saved by something other than Jupyter); re-download it "
                              "and save it from JupyterLab.") from exc
    except Exception as exc:  # noqa: BLE001 - nbformat raises several types for bad files
        raise CurriculumError(f"{path}: cannot read notebook ({type(exc).__name__}: {exc}).") \
            from exc
    try:
        nbformat.validate(nb)
    except nbformat.ValidationError as exc:
        raise CurriculumError(f"{path}: invalid notebook ({exc.message}).") from exc
    return nb


def nbgrader_meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {}) or {}


def grade_id(cell) -> str | None:
    return nbgrader_meta(cell).get("grade_id")


def is_solution(cell) -> bool:
    return bool(nbgrader_meta(cell).get("solution"))


def is_grade(cell) -> bool:
    return bool(nbgrader_meta(cell).get("grade"))


def is_autograded_test(cell) -> bool:
    """A code cell nbgrader scores from its outputs."""
    return cell.cell_type == "code" and is_grade(cell) and not is_solution(cell)


def is_manual_answer(cell) -> bool:
    return is_grade(cell) and is_solution(cell)


def is_exercise_cell(cell) -> bool:
    """Cells that belong to an exercise: the learner's answer or its tests."""
    return is_solution(cell) or is_grade(cell)


def failing_output(cell, *, include_stderr: bool = True):
    """The first output that makes nbgrader score a cell 0: an error, or (nbgrader's rule)
    text on stderr. None when the cell shows neither."""
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            return output
        if include_stderr and output.get("output_type") == "stream" and \
                output.get("name") == "stderr":
            return output
    return None


def hidden_test_lines(source_nb) -> set[str]:
    """Lines (stripped) that only the hidden tests contain: in no cell a learner receives."""
    visible, hidden = set(), set()
    for cell in source_nb.cells:
        inside = False
        for line in cell.source.splitlines():
            text = line.strip()
            if text == BEGIN_HIDDEN:
                inside = True
            elif text == END_HIDDEN:
                inside = False
            elif inside and is_autograded_test(cell):
                hidden.add(text)
            else:
                visible.add(text)
    return {h for h in hidden - visible if h}


def points(cell) -> float:
    return float(nbgrader_meta(cell).get("points", 0) or 0)


@dataclass(frozen=True)
class Exercise:
    """One graded exercise: an answer cell and the test cell(s) that grade it."""

    solution_id: str
    test_ids: tuple[str, ...]
    points: float


def exercises(nb) -> list[Exercise]:
    """Autograded exercises in notebook order: code solution cell `X` + test cell `X_tests`."""
    cells = {grade_id(c): c for c in nb.cells if grade_id(c)}
    found = []
    for cell in nb.cells:
        if cell.cell_type == "code" and is_solution(cell) and not is_grade(cell):
            sid = grade_id(cell)
            tid = sid + TESTS_SUFFIX
            test = cells.get(tid)
            found.append(Exercise(sid, (tid,) if test is not None else (),
                                  points(test) if test is not None else 0.0))
    return found


def max_autograded_points(nb) -> float:
    return sum(points(c) for c in nb.cells if is_autograded_test(c))


def max_manual_points(nb) -> float:
    return sum(points(c) for c in nb.cells if is_manual_answer(c))


def with_source_cells(nb, source_nb, *, kinds=("grade", "locked")):
    """A copy of `nb` whose grade cells and locked cells have the instructor's source and
    metadata — what nbgrader's OverwriteCells does when autograding."""
    master = {grade_id(c): c for c in source_nb.cells if grade_id(c)}
    result = copy.deepcopy(nb)
    for cell in result.cells:
        gid = grade_id(cell)
        original = master.get(gid)
        if original is None:
            continue
        meta = nbgrader_meta(original)
        if ("grade" in kinds and meta.get("grade") and not meta.get("solution")) or (
                "locked" in kinds and meta.get("locked") and not meta.get("solution")):
            cell.source = original.source
            cell.cell_type = original.cell_type
            cell.metadata["nbgrader"] = copy.deepcopy(original.metadata["nbgrader"])
    return result


def replace_cell_source(nb, target_grade_id: str, new_source: str):
    """A copy of `nb` with the source of the cell `target_grade_id` replaced."""
    result = copy.deepcopy(nb)
    for cell in result.cells:
        if grade_id(cell) == target_grade_id:
            cell.source = new_source
            return result
    raise CurriculumError(f"no cell with grade_id '{target_grade_id}' in the notebook.")


def clear_outputs(nb):
    result = copy.deepcopy(nb)
    for cell in result.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return result
