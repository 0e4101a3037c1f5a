"""Clauses: every sentence of an exercise's statement is a contract that a hidden test checks
and that a mutant breaks.

An author lists an exercise's clauses in its test cell, one comment line above the checks of
each clause:

    # clause raises_empty: Raise ValueError if `xs` is empty.

and ships one mutant per clause, `tests/mutants/<id>/<solution_grade_id>__<slug>.py` (more for
the same clause as `<solution_grade_id>__<slug>__<variant>.py`). The mutant gate then proves
each clause is checked: its mutant must lose points. `clause_problems` is the lint half: a
listed clause with no mutant is an untested clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .mutants import SEPARATOR, Mutant
from .notebooks import exercises, grade_id

CLAUSE = re.compile(r"^\s*#\s*clause\s+([a-z][a-z0-9_]*)\s*:\s*(.+?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Clause:
    solution_id: str
    slug: str
    sentence: str


def clauses(nb) -> dict[str, list[Clause]]:
    """Solution grade_id -> the clauses listed in its test cells, in order (may be empty)."""
    cells = {grade_id(c): c for c in nb.cells if grade_id(c)}
    found: dict[str, list[Clause]] = {}
    for exercise in exercises(nb):
        listed: dict[str, Clause] = {}
        for test_id in exercise.test_ids:
            for slug, sentence in CLAUSE.findall(cells[test_id].source):
                listed.setdefault(slug, Clause(exercise.solution_id, slug, sentence))
        found[exercise.solution_id] = list(listed.values())
    return found


def clause_of(mutant: Mutant) -> str:
    """The clause a mutant breaks: its slug up to a second separator."""
    return mutant.slug.split(SEPARATOR)[0]


def clause_problems(nb, mutants: list[Mutant], assignment_id: str) -> list[str]:
    """The clause gate's lint half: an exercise that lists no clause, a listed clause without
    a mutant, and a mutant that names no listed clause (so the list stays the contract)."""
    problems = []
    for solution_id, listed in clauses(nb).items():
        broken = {clause_of(m) for m in mutants if m.target == solution_id}
        if not listed:
            problems.append(
                f"exercise '{solution_id}' lists no clause; name each sentence of its statement "
                f"in its test cell as '# clause <slug>: <sentence>'")
        slugs = {clause.slug for clause in listed}
        for mutant in mutants:
            if mutant.target == solution_id and listed and clause_of(mutant) not in slugs:
                problems.append(
                    f"{mutant.path.name} breaks no listed clause of '{solution_id}'; name it "
                    f"{solution_id}{SEPARATOR}<clause>{SEPARATOR}{clause_of(mutant)}.py after the "
                    f"clause it breaks (listed: {', '.join(sorted(slugs))})")
        for clause in listed:
            if clause.slug not in broken:
                problems.append(
                    f"clause '{clause.slug}' of '{solution_id}' ({clause.sentence[:60]}) has no "
                    f"mutant; add tests/mutants/{assignment_id}/{solution_id}{SEPARATOR}"
                    f"{clause.slug}.py")
    return problems


def clause_table(nb, mutants: list[Mutant]) -> list[tuple[str, str, str, list[str]]]:
    """(solution_id, slug, sentence, mutant names) for every listed clause, for authors."""
    rows = []
    for solution_id, listed in clauses(nb).items():
        for clause in listed:
            names = [m.name for m in mutants
                     if m.target == solution_id and clause_of(m) == clause.slug]
            rows.append((solution_id, clause.slug, clause.sentence, names))
    return rows
