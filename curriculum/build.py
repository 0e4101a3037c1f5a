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


def _source_digest(course: Course, assignment_id: str) -> str:
    """sha256 over every file of source/<id>/ (notebooks and released data files)."""
    folder = course.root / "source" / assignment_id
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
        if path.is_file() and not any(part.startswith(".") for part in
                                      path.relative_to(folder).parts):
            digest.update(str(path.relative_to(folder)).encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _stamp(course: Course, assignment: Assignment) -> list[str]:
    return [_source_digest(course, assignment.id), course.db_url]


def _stamps(course: Course) -> dict:
    try:
        return json.loads((course.root / STAMPS).read_text())
    except (OSError, ValueError):
        return {}


def generate_release(course: Course, assignment: Assignment) -> Path:
    """Run `nbgrader generate_assignment` for one assignment (release/<id>/ and the gradebook's
    copy of its cells); returns release/<id>/."""
    folder = course.root / "source" / assignment.id
    names = sorted(p.name for p in folder.glob("*.ipynb")) if folder.is_dir() else []
    if not names:
        raise CurriculumError(f"{folder}: no source notebooks to release "
                              f"(expected source/{assignment.id}/*.ipynb).")
    for name in names:
        read_notebook(folder / name)  # a clear error for a malformed notebook
    source = folder / names[0]
    result = course.nbgrader_api().generate_assignment(assignment.id, force=True, create=True)
    if not result.get("success"):
        raise CurriculumError(f"{source}: nbgrader could not generate the release: "
                              f"{_last_line(result)}")
    # learners' additions: Run All goes on past blank exercises; hint tiers 2-3 in hints.json
    from .learner.release import finish_release
    finish_release(course.root / "release" / assignment.id, names, assignment.id)
    stamps = _stamps(course)
    stamps[assignment.id] = _stamp(course, assignment)
    (course.root / STAMPS).write_text(json.dumps(stamps, indent=1, sort_keys=True))
    return course.release_notebook(assignment.id).parent


def ensure_released(course: Course, assignment: Assignment, gradebook) -> None:
    """`generate_release` unless the release is current (it costs ~1 s per assignment, most
    of it SQLite commits). Current means: every source notebook has its release notebook,
    the gradebook knows the assignment and each notebook, and our stamp, when there is one,
    matches the source. A release made by stock `nbgrader generate_assignment` has no stamp
    and is kept as it is (as `nbgrader autograde` would)."""
    from nbgrader.api import MissingEntry

    names = course.notebook_names(assignment.id)
    released = course.root / "release" / assignment.id
    stamp = _stamps(course).get(assignment.id)
    if names and all((released / n).is_file() for n in names) and \
            stamp in (None, _stamp(course, assignment)):
        try:
            known = {nb.name for nb in gradebook.find_assignment(assignment.id).notebooks}
            if {Path(n).stem for n in names} <= known:
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
