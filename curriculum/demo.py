"""`curriculum demo`: synthesise a cohort from the real notebooks and grade it.

Every learner answers every ready assignment according to a persona: full solutions, partial
solutions taken from the mutants, a blank release copy, a solution that raises, an infinite
loop, a malformed file, an edited (locked) test cell, a missing notebook. Learners beyond the
scripted personas mix solutions and mutants at random (seeded), so the cohort is the same on
every run.
"""

from __future__ import annotations

import copy
import random
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import nbformat

from .course import Course
from .mutants import Mutant, load_mutants
from .notebooks import (BEGIN_SOLUTION, END_SOLUTION, exercises, grade_id, is_autograded_test,
                        is_manual_answer, read_notebook)
from .syllabus import Assignment

LOOP_SOURCE = "# stuck: an infinite loop\nwhile True:\n    pass\n"
RAISE_SOURCE = "raise RuntimeError('I broke my notebook')\n"


def strip_solution_markers(source: str) -> str:
    """A solution cell as a learner who solved it would have written it."""
    return "\n".join(line for line in source.splitlines()
                     if line.strip() not in (BEGIN_SOLUTION, END_SOLUTION))


@dataclass(frozen=True)
class Persona:
    name: str
    description: str
    # (release notebook, source notebook, mutants) -> notebook text, or None for no file
    write: Callable[[object, object, list[Mutant]], str | None]


def _answered(release, source, replacements: dict[str, str] | None = None, *,
              blank: set[str] = frozenset()):
    """The release notebook with the learner's answers: the instructor's solution, unless
    `replacements` gives other code for that solution cell or it is in `blank`."""
    replacements = replacements or {}
    master = {grade_id(c): c for c in source.cells if grade_id(c)}
    nb = copy.deepcopy(release)
    for cell in nb.cells:
        gid = grade_id(cell)
        if gid is None or gid in blank or not cell.metadata.get("nbgrader", {}).get("solution"):
            continue
        if gid in replacements:
            cell.source = replacements[gid]
        elif is_manual_answer(cell):
            cell.source = "Every value enters the estimate; I would check it on a plot first."
        elif gid in master:
            cell.source = strip_solution_markers(master[gid].source)
    return nb


def _first_mutants(mutants: list[Mutant]) -> dict[str, str]:
    chosen: dict[str, str] = {}
    for m in mutants:
        chosen.setdefault(m.target, m.source)
    return chosen


def _write(nb) -> str:
    return nbformat.writes(nb)


def _full(release, source, mutants):
    return _write(_answered(release, source))


def _one_mutant(release, source, mutants):
    first = _first_mutants(mutants)
    target = sorted(first)[0] if first else None
    return _write(_answered(release, source, {target: first[target]} if target else {}))


def _two_mutants(release, source, mutants):
    first = _first_mutants(mutants)
    targets = [e.solution_id for e in exercises(source) if e.solution_id in first][-2:]
    return _write(_answered(release, source, {t: first[t] for t in targets}))


def _all_mutants(release, source, mutants):
    return _write(_answered(release, source, _first_mutants(mutants)))


def _half_blank(release, source, mutants):
    ids = [e.solution_id for e in exercises(source)]
    return _write(_answered(release, source, blank=set(ids[len(ids) // 2:])))


def _blank(release, source, mutants):
    return _write(release)


def _raises(release, source, mutants):
    first = exercises(source)[0].solution_id
    return _write(_answered(release, source, {first: RAISE_SOURCE}))


def _loops(release, source, mutants):
    ids = [e.solution_id for e in exercises(source)]
    return _write(_answered(release, source, {ids[min(1, len(ids) - 1)]: LOOP_SOURCE}))


def _malformed(release, source, mutants):
    text = _write(_answered(release, source))
    return text[: len(text) // 2]  # a truncated upload: not valid JSON


def _edits_tests(release, source, mutants):
    """Answers with mutants, and every visible test cell replaced by `pass`: nbgrader
    restores the instructor's tests, so this scores exactly like `_all_mutants`."""
    nb = _answered(release, source, _first_mutants(mutants))
    for cell in nb.cells:
        if is_autograded_test(cell):
            cell.source = "pass  # tests? what tests?"
    return _write(nb)


def _missing(release, source, mutants):
    return None


PERSONAS = (
    Persona("ada", "full solutions", _full),
    Persona("grace", "full solutions", _full),
    Persona("alan", "one wrong answer (a mutant)", _one_mutant),
    Persona("edsger", "two wrong answers (mutants)", _two_mutants),
    Persona("barbara", "second half left blank", _half_blank),
    Persona("donald", "a mutant in every exercise", _all_mutants),
    Persona("margaret", "blank release copy", _blank),
    Persona("ken", "first answer raises at top level", _raises),
    Persona("linus", "infinite loop in an answer", _loops),
    Persona("radia", "malformed notebook file", _malformed),
    Persona("john", "edited locked test cells (and wrong answers)", _edits_tests),
    Persona("frances", "no notebook submitted", _missing),
)


def _random_persona(index: int) -> Persona:
    rng = random.Random(index)

    def write(release, source, mutants):
        replacements = {}
        for target in sorted({m.target for m in mutants}):
            if rng.random() < 0.4:
                replacements[target] = rng.choice([m for m in mutants if m.target == target]).source
        return _write(_answered(release, source, replacements))

    return Persona(f"learner{index:02d}", "random mix of solutions and mutants", write)


def cohort(size: int) -> list[Persona]:
    """The scripted personas, then seeded random learners up to `size`."""
    people = list(PERSONAS[:size])
    people += [_random_persona(i) for i in range(len(people) + 1, size + 1)]
    return people


def synthesise(course: Course, assignments: list[Assignment], dest: Path,
               size: int = 12) -> list[Persona]:
    """Write DIR/<learner>/<assignment>/<assignment>.ipynb for the cohort; returns it.

    The release notebooks must exist (run `curriculum build` first)."""
    shutil.rmtree(dest, ignore_errors=True)
    people = cohort(size)
    for assignment in assignments:
        release = read_notebook(course.release_notebook(assignment.id))
        source = read_notebook(course.source_notebook(assignment.id))
        mutants = load_mutants(course, assignment.id)
        release_dir = course.release_notebook(assignment.id).parent
        for person in people:
            folder = dest / person.name / assignment.id
            folder.mkdir(parents=True, exist_ok=True)
            for extra in release_dir.iterdir():  # data files released beside the notebook
                if extra.is_file() and extra.suffix != ".ipynb":
                    shutil.copyfile(extra, folder / extra.name)
            text = person.write(release, source, mutants)
            if text is not None:
                (folder / f"{assignment.id}.ipynb").write_text(text)
    return people
