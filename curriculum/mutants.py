"""Mutants and alternatives: other answers to an exercise, kept under tests/ (never released).

A file `tests/mutants/<assignment>/<solution_grade_id>__<slug>.py` holds the complete source a
learner might have written in that solution cell; its first line is `# Mutant: <what is wrong>`.
The gates require every one to lose points.

A file `tests/alternatives/<assignment>/<solution_grade_id>__<slug>.py` holds a *correct* answer
written differently from the source's (another algorithm, list instead of array, another
library call the statement allows); its first line is `# Alternative: <how it differs>`. The
gates require every one to keep full marks, so a hidden test made stricter to catch a mutant
cannot start failing right answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .course import Course
from .errors import CurriculumError
from .notebooks import replace_cell_source

SEPARATOR = "__"


@dataclass(frozen=True)
class Mutant:
    target: str          # grade_id of the solution cell it replaces
    slug: str
    description: str
    source: str
    path: Path

    @property
    def name(self) -> str:
        return f"{self.target}{SEPARATOR}{self.slug}"

    def apply(self, nb):
        """The notebook with this mutant in place of its solution cell."""
        return replace_cell_source(nb, self.target, self.source)


def load_mutants(course: Course, assignment_id: str) -> list[Mutant]:
    return _load(course.mutants_dir(assignment_id), "# Mutant:")


def load_alternatives(course: Course, assignment_id: str) -> list[Mutant]:
    """Correct answers other than the source's, each applied like a mutant."""
    return _load(course.root / "tests" / "alternatives" / assignment_id, "# Alternative:")


def _load(folder: Path, marker: str) -> list[Mutant]:
    mutants = []
    for path in sorted(folder.glob("*.py")) if folder.is_dir() else []:
        target, sep, slug = path.stem.partition(SEPARATOR)
        if not sep or not slug:
            raise CurriculumError(f"{path}: name the file <solution_grade_id>__<slug>.py.")
        source = path.read_text()
        first = source.splitlines()[0] if source else ""
        description = first.removeprefix(marker).strip() if first.startswith(
            marker) else slug.replace("_", " ")
        mutants.append(Mutant(target, slug, description, source, path))
    return mutants
