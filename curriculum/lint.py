"""Gate 1: is a source notebook well formed? Every problem names the cell and the fix."""

from __future__ import annotations

import ast
import re
from collections import Counter

from .clauses import clause_problems
from .mutants import Mutant
from .notebooks import (BEGIN_HIDDEN, BEGIN_SOLUTION, END_HIDDEN, END_SOLUTION, TESTS_SUFFIX,
                        exercises, grade_id, is_autograded_test, is_grade, is_solution,
                        nbgrader_meta)
from .syllabus import Assignment

GRADE_ID = re.compile(r"^[a-z][a-z0-9_]*$")
ALLOWED_CELL_METADATA = {"nbgrader", "tags"}
MIN_MUTANTS = 2


def _last_statement_is_bare_value(source: str) -> bool:
    """nbgrader reads a number shown by the last line of a test cell as partial credit."""
    lines = [ln for ln in source.splitlines() if not ln.lstrip().startswith(("%", "!"))]
    try:
        tree = ast.parse("\n".join(lines))
    except SyntaxError:
        return False
    return bool(tree.body) and isinstance(tree.body[-1], ast.Expr) and not isinstance(
        tree.body[-1].value, ast.Call)


def lint_notebook(nb, assignment: Assignment, mutants: list[Mutant]) -> list[str]:
    problems: list[str] = []
    ids = Counter(grade_id(c) for c in nb.cells if grade_id(c))
    for gid, count in ids.items():
        if count > 1:
            problems.append(f"grade_id '{gid}' is used by {count} cells; make it unique.")
    total = 0.0
    for index, cell in enumerate(nb.cells):
        where = f"cell {index}" + (f" ({grade_id(cell)})" if grade_id(cell) else "")
        extra = set(cell.get("metadata", {})) - ALLOWED_CELL_METADATA
        if extra:
            problems.append(f"{where}: remove cell metadata {sorted(extra)} (only nbgrader, tags).")
        if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count")):
            problems.append(f"{where}: has outputs; clear them before committing.")
        meta = nbgrader_meta(cell)
        if not meta:
            continue
        gid = meta.get("grade_id")
        if not gid or not GRADE_ID.match(gid):
            problems.append(f"{where}: grade_id must match [a-z][a-z0-9_]*, found {gid!r}.")
        if is_grade(cell):
            pts = meta.get("points")
            if not isinstance(pts, (int, float)) or pts <= 0:
                problems.append(f"{where}: a grade cell needs positive points, found {pts!r}.")
            else:
                total += pts
        if cell.cell_type == "code" and is_solution(cell) and not (
                BEGIN_SOLUTION in cell.source and END_SOLUTION in cell.source):
            problems.append(f"{where}: a solution cell needs {BEGIN_SOLUTION} / {END_SOLUTION}.")
        if is_autograded_test(cell):
            if not (BEGIN_HIDDEN in cell.source and END_HIDDEN in cell.source):
                problems.append(f"{where}: add hidden tests between {BEGIN_HIDDEN} and "
                                f"{END_HIDDEN}.")
            if _last_statement_is_bare_value(cell.source):
                problems.append(f"{where}: the last line is a bare expression; nbgrader would "
                                "read a number there as partial credit. Remove it.")
            if not gid or not gid.endswith(TESTS_SUFFIX):
                problems.append(f"{where}: name test cells '<solution_grade_id>{TESTS_SUFFIX}'.")
    for exercise in exercises(nb):
        if not exercise.test_ids:
            problems.append(f"solution '{exercise.solution_id}' has no test cell; add "
                            f"'{exercise.solution_id}{TESTS_SUFFIX}'.")
        count = sum(m.target == exercise.solution_id for m in mutants)
        if count < MIN_MUTANTS:
            problems.append(f"solution '{exercise.solution_id}' has {count} mutant(s); add at "
                            f"least {MIN_MUTANTS} under tests/mutants/{assignment.id}/.")
    problems += clause_problems(nb, mutants, assignment.id)
    solution_ids = {e.solution_id for e in exercises(nb)}
    for mutant in mutants:
        if mutant.target not in solution_ids:
            problems.append(f"{mutant.path.name}: no solution cell '{mutant.target}' to replace.")
    if abs(total - assignment.points) > 1e-9:
        problems.append(f"grade cells carry {total:g} points but the syllabus says "
                        f"{assignment.points:g}; update one of them.")
    kernel = nb.metadata.get("kernelspec", {}).get("name")
    if kernel != "python3":
        problems.append(f"notebook kernelspec must be 'python3', found {kernel!r}.")
    return problems
