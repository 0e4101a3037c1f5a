"""Score a run outside the sandbox, trusting none of it beyond "which output came from which
cell" (checked in `sandbox`).

Rules (stricter than `nbgrader.utils.determine_grade`, which returns at the first
execute_result and so gives full marks to `sys.displayhook("PASS")` before a failing assert,
and which scores 0 for any text on stderr, such as a library's FutureWarning):
- each grade cell appears exactly once with the instructor's source and points (`intake`);
- it earns its points only if it ran and shows no error;
- an execute_result in a test cell (tests print nothing through the display hook) scores 0
  and goes to manual review;
- stderr is recorded as a warning, never failed;
- a run whose results channel was tampered with scores 0 on every test and goes to review.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass, field

from ..notebooks import (failing_output, grade_id, is_autograded_test, is_manual_answer,
                         is_solution, points)
from .sandbox import Run

TIMEOUT = "CellTimeoutError"


@dataclass
class CellScore:
    grade_id: str
    earned: float
    possible: float
    status: str                     # passed | failed | not run | review | manual
    message: str = ""               # learner-safe: never test source or a traceback line
    needs_manual: bool = False


@dataclass
class Scored:
    notebook: object                                    # executed notebook (instructor view)
    cells: list[CellScore] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)    # learner-safe summary lines
    review: list[str] = field(default_factory=list)     # why a human should look
    warnings: list[str] = field(default_factory=list)   # stderr, ignored files, ...
    cell_seconds: float = 0.0                           # pure execution time of all cells

    @property
    def earned(self) -> float:
        return sum(c.earned for c in self.cells if c.status != "manual")

    @property
    def possible(self) -> float:
        return sum(c.possible for c in self.cells if c.status != "manual")

    @property
    def manual_pending(self) -> float:
        return sum(c.possible for c in self.cells if c.needs_manual)


def safe_message(output: dict, cell_s: float | None = None) -> str:
    """One line a learner may see: the exception type and the first line of its message."""
    ename = str(output.get("ename") or "Error")
    if ename == TIMEOUT:
        return "timed out" + (f" (the per-cell limit is {cell_s:g} s)" if cell_s else "")
    lines = [ln for ln in str(output.get("evalue") or "").strip().splitlines() if ln.strip()]
    return f"{ename}: {lines[0].strip()[:300]}" if lines else ename


def clean_output(output):
    """An output rebuilt field by field in nbformat's v4 shape, or None: the sandbox's
    messages are untrusted and must not make the autograded notebook invalid."""
    import nbformat

    if not isinstance(output, dict):
        return None
    kind = output.get("output_type")
    try:
        if kind == "stream":
            name = "stderr" if output.get("name") == "stderr" else "stdout"
            return nbformat.v4.new_output("stream", name=name, text=str(output.get("text", "")))
        if kind == "error":
            traceback = output.get("traceback")
            return nbformat.v4.new_output(
                "error", ename=str(output.get("ename", "Error")),
                evalue=str(output.get("evalue", "")),
                traceback=[str(t) for t in traceback] if isinstance(traceback, list) else [])
        if kind in ("display_data", "execute_result"):
            data = output.get("data")
            if not isinstance(data, dict):
                return None
            data = {str(k): v if isinstance(v, (str, dict, list)) else str(v)
                    for k, v in data.items()}
            metadata = output.get("metadata") if isinstance(output.get("metadata"), dict) \
                else {}
            if kind == "display_data":
                return nbformat.v4.new_output("display_data", data=data, metadata=metadata)
            count = output.get("execution_count")
            return nbformat.v4.new_output("execute_result", data=data, metadata=metadata,
                                          execution_count=count if isinstance(count, int)
                                          else None)
    except Exception:  # noqa: BLE001 - anything odd is dropped
        return None
    return None


def score(nb, run: Run, release_nb, *, cell_s: float | None = None,
          in_place: bool = False) -> Scored:
    """Fill `nb` (canonical cells from `intake`) with the run's outputs and score it; a copy
    of `nb`, unless `in_place` (the caller has no further use for it)."""
    executed = nb if in_place else copy.deepcopy(nb)
    scored = Scored(executed)
    released = {grade_id(c): c.source for c in release_nb.cells if grade_id(c)}
    if run.problems:
        scored.review.append("the results channel was tampered with ("
                             + "; ".join(sorted(set(run.problems))[:3]) + "); tests scored 0")
    for index, cell in enumerate(executed.cells):
        if cell.cell_type != "code":
            if is_manual_answer(cell):
                gid = grade_id(cell)
                blank = cell.source == released.get(gid)
                scored.cells.append(CellScore(gid, 0.0, points(cell), "manual",
                                              "no answer" if blank else "waits for a grader",
                                              needs_manual=not blank))
            continue
        result = run.cells.get(index)
        if result is not None:
            cell.outputs = [o for o in map(clean_output, result.outputs) if o is not None]
            count = result.execution_count
            cell.execution_count = count if isinstance(count, int) and count >= 0 else None
            scored.cell_seconds += result.seconds
            if result.tampered:
                scored.review.append(f"cell {grade_id(cell) or index}: before the tests ran, "
                                     "learner code had changed or reached for " +
                                     ", ".join(result.tampered[:5]) + " (undone)")
        notes = [o.get("text", "") for o in cell.outputs if o.get("output_type") == "stream"
                 and "[grader: " in o.get("text", "")]
        if notes and result is not None:
            note = notes[-1].split("[grader: ", 1)[1].split("]", 1)[0]
            scored.warnings.append(f"cell {grade_id(cell) or index}: output truncated ({note})")
        stderr = [o for o in cell.outputs if o.get("output_type") == "stream"
                  and o.get("name") == "stderr"]
        if stderr:
            text = "".join(o.get("text", "") for o in stderr).strip().splitlines()
            scored.warnings.append(f"cell {grade_id(cell) or index} wrote to stderr: "
                                   f"{text[0][:160] if text else ''}")
        if is_autograded_test(cell):
            scored.cells.append(_score_test(cell, result, run, index, cell_s))
        elif result is not None and is_solution(cell):
            error = failing_output(cell, include_stderr=False)   # stderr is only a warning
            if error is not None:
                scored.reasons.append(f"{grade_id(cell)}: {safe_message(error, cell_s)}")
        if is_manual_answer(cell):
            # nbgrader's rule, for code as for markdown: unchanged scores 0 with no review
            gid = grade_id(cell)
            blank = cell.source == released.get(gid)
            scored.cells.append(CellScore(gid, 0.0, points(cell), "manual",
                                          "no answer" if blank else "waits for a grader",
                                          needs_manual=not blank))
    for cs in scored.cells:
        if cs.status in ("failed", "not run", "review") and cs.message:
            scored.reasons.append(f"{cs.grade_id}: {cs.message}")
        if cs.status == "review":
            scored.review.append(f"{cs.grade_id}: {cs.message}")
    if run.problems:
        for cs in scored.cells:
            if cs.status != "manual":
                cs.earned, cs.needs_manual = 0.0, True
    return scored


@functools.lru_cache(maxsize=4096)
def ends_with_expression(source: str) -> bool:
    """Whether IPython displays the cell's last statement's value (parsed once per distinct
    source: test cells are the instructor's, the same for every learner)."""
    import ast
    try:
        body = ast.parse(source).body
    except SyntaxError:
        return False
    return bool(body) and isinstance(body[-1], ast.Expr) and \
        not source.rstrip().endswith(";")


def _score_test(cell, result, run: Run, index: int, cell_s) -> CellScore:
    gid, possible = grade_id(cell), points(cell)
    if result is None or result.execution_count is None:
        if run.stopped_at == index:
            why = run.stopped or "the notebook stopped in this cell"
        else:
            why = f"did not run: {run.stopped}" if run.stopped else "did not run"
        return CellScore(gid, 0.0, possible, "not run", why)
    error = failing_output(cell, include_stderr=False)
    if result.tampered_during:
        return CellScore(gid, 0.0, possible, "review",
                         "learner code changed or reached for " +
                         ", ".join(result.tampered_during[:4]) +
                         " while the tests ran; scored 0 until a grader reviews it",
                         needs_manual=True)
    if error is not None and error.get("ename") == "TamperingError":   # curriculum.checks
        return CellScore(gid, 0.0, possible, "review", safe_message(error, cell_s) +
                         "; scored 0 until a grader reviews it", needs_manual=True)
    if error is not None:
        return CellScore(gid, 0.0, possible, "failed", safe_message(error, cell_s))
    results = [n for n, o in enumerate(cell.outputs) if o.get("output_type") == "execute_result"]
    # Only the value of the cell's own last expression may be displayed, as its last output;
    # anything else came from a sys.displayhook call in learner code.
    allowed = [len(cell.outputs) - 1] if ends_with_expression(cell.source) else []
    if results and results != allowed:
        return CellScore(gid, 0.0, possible, "review",
                         "a value was displayed during the tests (sys.displayhook); "
                         "scored 0 until a grader reviews it", needs_manual=True)
    return CellScore(gid, possible, possible, "passed")
