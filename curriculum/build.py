"""`curriculum build`: generate learners' notebooks (release/) from source/ with nbgrader."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

from .course import Course
from .errors import CurriculumError
from .notebooks import read_notebook
from .syllabus import Assignment


def _last_line(result: dict) -> str:
    text = (result.get("error") or result.get("log") or "").strip().splitlines()
    return text[-1] if text else "no details"


STAMPS = ".curriculum-released.json"   # course root: what each release was generated from


def _stamp(course: Course, assignment: Assignment) -> list[str]:
    source = course.source_notebook(assignment.id)
    return [hashlib.sha256(source.read_bytes()).hexdigest(), course.db_url]


def _stamps(course: Course) -> dict:
    try:
        return json.loads((course.root / STAMPS).read_text())
    except (OSError, ValueError):
        return {}


def generate_release(course: Course, assignment: Assignment) -> Path:
    """Run `nbgrader generate_assignment` for one assignment (release/<id>/ and the gradebook's
    copy of its cells); returns release/<id>/."""
    source = course.source_notebook(assignment.id)
    read_notebook(source)  # a clear error for a missing or malformed notebook
    result = course.nbgrader_api().generate_assignment(assignment.id, force=True, create=True)
    if not result.get("success"):
        raise CurriculumError(f"{source}: nbgrader could not generate the release: "
                              f"{_last_line(result)}")
    stamps = _stamps(course)
    stamps[assignment.id] = _stamp(course, assignment)
    (course.root / STAMPS).write_text(json.dumps(stamps, indent=1, sort_keys=True))
    return course.release_notebook(assignment.id).parent


def ensure_released(course: Course, assignment: Assignment, gradebook) -> None:
    """`generate_release` unless it already ran on this exact source notebook for this
    gradebook (it costs ~1 s per assignment, most of it SQLite commits)."""
    from nbgrader.api import MissingEntry

    source = course.source_notebook(assignment.id)
    if source.exists() and course.release_notebook(assignment.id).exists() and \
            _stamps(course).get(assignment.id) == _stamp(course, assignment):
        try:
            gradebook.find_assignment(assignment.id)
            return
        except MissingEntry:
            pass
    generate_release(course, assignment)


def build(course: Course, assignments: list[Assignment]) -> list[Path]:
    return [generate_release(course, a) for a in assignments]


def release_in_scratch(course: Course, assignment: Assignment) -> tuple[object, Path]:
    """Generate the release in a throw-away course; returns (release notebook, scratch root).

    The caller removes the scratch root. Used by the gates, which must not touch release/.
    """
    scratch = Path(tempfile.mkdtemp(prefix="curriculum-release-"))
    shutil.copy2(course.config_file, scratch / "nbgrader_config.py")
    shutil.copytree(course.source_notebook(assignment.id).parent,
                    scratch / "source" / assignment.id)
    scratch_course = Course.at(scratch)
    generate_release(scratch_course, assignment)
    return read_notebook(scratch_course.release_notebook(assignment.id)), scratch
