"""Mutants: plausible wrong solutions kept under tests/mutants/<assignment>/ (never released).

A file `tests/mutants/<assignment>/<solution_grade_id>__<slug>.py` holds the complete source a
learner might have written in that solution cell; its first line is `# Mutant: <what is wrong>`.
The gates require every one to lose points.
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
    folder = course.mutants_dir(assignment_id)
    mutants = []
    for path in sorted(folder.glob("*.py")) if folder.is_dir() else []:
        target, sep, slug = path.stem.partition(SEPARATOR)
        if not sep or not slug:
            raise CurriculumError(f"{path}: a mutant file is named "
                                  "<solution_grade_id>__<slug>.py.")
        source = path.read_text()
        first = source.splitlines()[0] if source else ""
        description = first.removeprefix("# Mutant:").strip() if first.startswith(
            "# Mutant:") else slug.replace("_", " ")
        mutants.append(Mutant(target, slug, description, source, path))
    return mutants
