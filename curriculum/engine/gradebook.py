"""The single writer: the gradebook (through nbgrader's `Gradebook` API), the autograded
notebooks and the submitted copies, in nbgrader's layout, so formgrader and stock nbgrader
commands keep working on the same course.

A run holds an exclusive lock (two runs would interleave their writes) and backs the SQLite
gradebook up first. A gradebook that has vanished while backups exist is an error, not a new
empty gradebook (stock nbgrader silently starts over).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import sqlite3
import time
import warnings
from pathlib import Path

import nbformat

from ..course import Course
from ..errors import CurriculumError
from .scoring import Scored

warnings.filterwarnings("ignore", message=r".*not in session.*")

KEEP_BACKUPS = 5
RECORD = ".curriculum-grade.json"     # beside the autograded notebook: fingerprint + outcome


def _sqlite_path(db_url: str) -> Path | None:
    prefix = "sqlite:///"
    return Path(db_url[len(prefix):]) if db_url.startswith(prefix) else None


class Writer:
    """Everything a grading run writes to the course, from one process."""

    def __init__(self, course: Course):
        self.course = course
        self.db_url = course.db_url
        self._lock_file = None
        self._gb = None
        self.backup: Path | None = None

    # ------------------------------------------------------------------ lock and backup
    def __enter__(self):
        lock_path = self.course.root / ".grading.lock"
        self._lock_file = open(lock_path, "a+")
        try:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock_file.seek(0)
            holder = self._lock_file.read().strip() or "another process"
            self._lock_file.close()
            raise CurriculumError(f"another `curriculum grade` is running on this course "
                                  f"({holder}); wait for it, or stop it.") from None
        self._lock_file.seek(0)
        self._lock_file.truncate()
        self._lock_file.write(f"pid {os.getpid()}, since {time.strftime('%H:%M:%S')}")
        self._lock_file.flush()
        self.backup = self._back_up()
        return self

    def __exit__(self, *exc):
        if self._gb is not None:
            self._gb.close()
            self._gb = None
        if self._lock_file:
            self._lock_file.close()

    @property
    def backups_dir(self) -> Path:
        return self.course.root / ".gradebook-backups"

    def _back_up(self) -> Path | None:
        db = _sqlite_path(self.db_url)
        if db is None:
            return None                                 # PostgreSQL: the server's backups
        old = sorted(self.backups_dir.glob("gradebook-*.db")) if self.backups_dir.is_dir() \
            else []
        if not db.exists():
            if old:
                raise CurriculumError(
                    f"{db} is missing but {len(old)} backup(s) exist; restore the newest "
                    f"(cp {old[-1]} {db}) or move {self.backups_dir} away to start a new "
                    "gradebook.")
            return None
        self.backups_dir.mkdir(exist_ok=True)
        target = self.backups_dir / f"gradebook-{time.strftime('%Y%m%d-%H%M%S')}.db"
        with sqlite3.connect(db) as src, sqlite3.connect(target) as dst:
            src.backup(dst)                             # consistent even mid-transaction
        for stale in sorted(self.backups_dir.glob("gradebook-*.db"))[:-KEEP_BACKUPS]:
            stale.unlink()
        return target

    # ------------------------------------------------------------------ writes
    def gradebook(self):
        """The run's one gradebook session (nbgrader's `Gradebook`), opened on first use.
        SQLite runs in WAL mode with synchronous=NORMAL: a commit no longer waits for an
        fsync (nbgrader commits several times per submission), a crash or `kill -9` loses
        nothing committed, and formgrader can read while a run writes."""
        if self._gb is None:
            from nbgrader.api import Gradebook
            from sqlalchemy import text
            from ..course import _ensure_venv_on_path
            _ensure_venv_on_path()                      # nbgrader runs `alembic` by name
            self._gb = Gradebook(self.db_url)
            if _sqlite_path(self.db_url) is not None:
                self._gb.db.execute(text("PRAGMA journal_mode=WAL"))
                self._gb.db.execute(text("PRAGMA synchronous=NORMAL"))
        return _Borrowed(self._gb)

    def folder(self, kind: str, student: str, assignment: str) -> Path:
        return self.course.root / kind / student / assignment

    def previous(self, student: str, assignment: str) -> dict | None:
        path = self.folder("autograded", student, assignment) / RECORD
        try:
            return json.loads(path.read_text())
        except (OSError, ValueError):
            return None

    def forget(self, student: str, assignment: str) -> None:
        """Drop an earlier grade, so a now-missing or broken submission scores 0, not a
        stale grade."""
        from nbgrader.api import MissingEntry
        with self.gradebook() as gb, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                gb.remove_submission(assignment, student)
            except MissingEntry:
                pass
        for kind in ("autograded", "feedback"):
            shutil.rmtree(self.folder(kind, student, assignment), ignore_errors=True)

    def record(self, student: str, assignment: str, notebook_name: str, raw: bytes,
               scored: Scored, release_nb, summary: dict) -> None:
        """Write one graded submission. Order matters for resume after `kill -9`: files,
        then the gradebook (one transaction), then the record that marks it done."""
        submitted = self.folder("submitted", student, assignment)
        submitted.mkdir(parents=True, exist_ok=True)
        _atomic_write(submitted / notebook_name, raw)
        autograded = self.folder("autograded", student, assignment)
        autograded.mkdir(parents=True, exist_ok=True)
        (autograded / RECORD).unlink(missing_ok=True)
        _atomic_write(autograded / notebook_name,
                      nbformat.writes(scored.notebook).encode())
        timestamp = _timestamp(submitted)
        released = {c.metadata.get("nbgrader", {}).get("grade_id"): c
                    for c in release_nb.cells if c.metadata.get("nbgrader", {}).get("grade_id")}
        nb_id = Path(notebook_name).stem
        by_id = {c.grade_id: c for c in scored.cells}
        with self.gradebook() as gb:
            gb.update_or_create_student(student)
            kwargs = {"timestamp": timestamp} if timestamp else {}
            gb.update_or_create_submission(assignment, student, **kwargs)
            for cell in scored.notebook.cells:
                meta = cell.metadata.get("nbgrader", {})
                gid = meta.get("grade_id")
                if not gid:
                    continue
                if meta.get("grade") and gid in by_id:
                    grade = gb.find_grade(gid, nb_id, assignment, student)
                    result = by_id[gid]
                    if result.status == "manual":
                        # nbgrader's rule: an unchanged answer scores 0 with no review
                        grade.auto_score = 0.0 if not result.needs_manual else None
                        grade.needs_manual_grade = result.needs_manual
                    else:
                        grade.auto_score = result.earned
                        grade.needs_manual_grade = (result.needs_manual or
                                                    grade.manual_score is not None)
                if meta.get("solution"):
                    comment = gb.find_comment(gid, nb_id, assignment, student)
                    original = released.get(gid)
                    unchanged = original is not None and original.source == cell.source
                    comment.auto_comment = "No response." if unchanged else None
            gb.db.commit()
        _atomic_write(autograded / RECORD, json.dumps(summary, indent=1).encode())


class _Borrowed:
    """`with writer.gradebook() as gb:` without closing the shared session at the end."""

    def __init__(self, gb):
        self.gb = gb

    def __enter__(self):
        return self.gb

    def __exit__(self, exc_type, *exc):
        if exc_type is not None:
            self.gb.db.rollback()


def _timestamp(submitted: Path) -> str | None:
    path = submitted / "timestamp.txt"
    try:
        text = path.read_text().strip()
    except OSError:
        return None
    return text or None


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
