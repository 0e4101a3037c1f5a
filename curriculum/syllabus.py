"""Read `syllabus.toml`: stages -> assignments -> objectives, points and CPU budget."""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import CurriculumError

SYLLABUS_PATH = Path(__file__).with_name("syllabus.toml")
ID_PATTERN = re.compile(r"^s[1-9]-[0-9]{2}-[a-z0-9-]+$")
STATUSES = ("ready", "planned")


@dataclass(frozen=True)
class Assignment:
    id: str
    title: str
    stage: str
    status: str
    points: float
    budget_s: float
    objectives: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ready(self) -> bool:
        return self.status == "ready"


@dataclass(frozen=True)
class Stage:
    id: str
    title: str
    assignments: tuple[Assignment, ...]


@dataclass(frozen=True)
class Syllabus:
    stages: tuple[Stage, ...]

    @property
    def assignments(self) -> list[Assignment]:
        return [a for s in self.stages for a in s.assignments]

    @property
    def ready(self) -> list[Assignment]:
        return [a for a in self.assignments if a.ready]

    def get(self, assignment_id: str) -> Assignment:
        """The assignment with this id; a CurriculumError with "did you mean" otherwise."""
        for assignment in self.assignments:
            if assignment.id == assignment_id:
                return assignment
        ids = [a.id for a in self.assignments]
        close = difflib.get_close_matches(assignment_id, ids, n=1)
        hint = f" Did you mean '{close[0]}'?" if close else " Run `curriculum list` to see them."
        raise CurriculumError(f"no assignment '{assignment_id}' in the syllabus.{hint}")

    def select(self, ids: list[str] | tuple[str, ...] = (), *,
               allow_planned: bool = False) -> list[Assignment]:
        """The named assignments, or every ready one when `ids` is empty. Named planned
        assignments are refused unless `allow_planned` (authors validate before "ready")."""
        if not ids:
            return self.ready
        chosen = [self.get(i) for i in ids]
        for assignment in chosen:
            if not assignment.ready and not allow_planned:
                raise CurriculumError(
                    f"assignment '{assignment.id}' is '{assignment.status}', not 'ready'; set "
                    f"status = \"ready\" in {SYLLABUS_PATH} once its notebook passes the gates.")
        return chosen


def load_syllabus(path: Path = SYLLABUS_PATH) -> Syllabus:
    """Parse and check the syllabus file; errors name the offending entry."""
    try:
        data = tomllib.loads(Path(path).read_text())
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CurriculumError(f"{path}: cannot read the syllabus ({exc}).") from exc
    stages = []
    seen: set[str] = set()
    for stage in data.get("stage", []):
        assignments = []
        for raw in stage.get("assignment", []):
            aid = raw.get("id", "")
            where = f"{path}: assignment '{aid}'"
            if not ID_PATTERN.match(aid):
                raise CurriculumError(f"{where}: id must look like 's1-02-gradient-descent'.")
            if aid in seen:
                raise CurriculumError(f"{where}: id is listed twice.")
            seen.add(aid)
            if raw.get("status") not in STATUSES:
                raise CurriculumError(f"{where}: status must be one of {STATUSES}.")
            assignments.append(Assignment(
                id=aid, title=raw["title"], stage=stage["id"], status=raw["status"],
                points=float(raw.get("points", 0)), budget_s=float(raw.get("budget_s", 60)),
                objectives=tuple(raw.get("objectives", ()))))
        stages.append(Stage(id=stage["id"], title=stage["title"], assignments=tuple(assignments)))
    return Syllabus(stages=tuple(stages))
