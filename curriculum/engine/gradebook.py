"""The single writer: the gradebook (through nbgrader's `Gradebook` API), the autograded
notebooks and the submitted copies, in nbgrader's layout, so formgrader and stock nbgrader
commands keep working on the same course.

A run holds an exclusive lock (two runs would interleave their writes): a file lock in the
course folder and, for a PostgreSQL gradebook, which graders on other machines share, a
session-level advisory lock on the server. It backs a SQLite gradebook up first (PostgreSQL:
the server's own backups, `pg_dump`; see the README). A gradebook that has vanished while backups exist is an error, not a new
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
# pg_advisory_lock key of `curriculum grade` runs (advisory locks are per database): the
# first 63 bits of sha256("curriculum grade")
ADVISORY_KEY = int.from_bytes(__import__("hashlib").sha256(b"curriculum grade").digest()[:8],
                              "big") >> 1
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
        self._penalties = None
        self._mode: int | None = None
        self._server_lock = None
        self._students: set[str] = set()               # in the gradebook, this run
        self._begun: set[tuple] = set()                 # (student, assignment, notebook)
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
        try:
            self._lock_server()
        except BaseException:
            self._lock_file.close()
            raise
        self.backup = self._back_up()
        return self

    def _lock_server(self) -> None:
        """The advisory lock on a PostgreSQL gradebook, held by its own connection for the
        whole run; refused at once when another run holds it. nbgrader's own writers
        (formgrader, a second grader's manual scores) take no such lock and are not
        blocked: our writes touch only the columns autograding owns."""
        if not self.db_url.startswith(("postgresql", "postgres:")):
            return
        if not self.course.nbgrader_config().CourseDirectory.get("course_id"):
            raise CurriculumError(f"{self.course.config_file}: set c.CourseDirectory.course_id "
                                  "for a PostgreSQL gradebook (nbgrader records every "
                                  "assignment under its course, and the server enforces it).")
        from sqlalchemy import create_engine, text

        self._server_engine = create_engine(self.db_url, poolclass=__import__(
            "sqlalchemy.pool", fromlist=["NullPool"]).NullPool)
        try:
            self._server_lock = self._server_engine.connect()
            got = self._server_lock.execute(text("SELECT pg_try_advisory_lock(:key)"),
                                            {"key": ADVISORY_KEY}).scalar()
        except Exception as exc:  # noqa: BLE001 - driver errors vary
            raise CurriculumError(f"cannot reach the gradebook {self._safe_url()} "
                                  f"({type(exc).__name__}: {str(exc).strip()[:200]}); check "
                                  "c.CourseDirectory.db_url and that the server runs.") from exc
        if not got:
            self._server_lock.close()
            self._server_lock = None
            raise CurriculumError(f"another `curriculum grade` is running on the gradebook "
                                  f"{self._safe_url()} (PostgreSQL advisory lock "
                                  f"{ADVISORY_KEY} is held); wait for it, or stop it.")

    def _safe_url(self) -> str:
        from sqlalchemy.engine import make_url
        return make_url(self.db_url).render_as_string(hide_password=True)

    def __exit__(self, *exc):
        if self._gb is not None:
            self._gb.close()
            self._gb = None
        if self._server_lock is not None:
            self._server_lock.close()                  # ends the session: lock released
            self._server_lock = None
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
            # the course nbgrader's own commands use (CourseDirectory.course_id, '' by
            # default): PostgreSQL enforces the assignment -> course foreign key
            self._gb = Gradebook(self.db_url, str(self.course.nbgrader_config()
                                                  .CourseDirectory.get("course_id", "")))
            if _sqlite_path(self.db_url) is not None:
                self._gb.db.execute(text("PRAGMA journal_mode=WAL"))
                self._gb.db.execute(text("PRAGMA synchronous=NORMAL"))
        return _Borrowed(self._gb)

    @property
    def file_mode(self) -> int:
        """nbgrader's permissions for autograded files: `c.AutogradeApp.permissions`, else
        444 (664 with `c.CourseDirectory.groupshared`)."""
        if self._mode is None:
            config = self.course.nbgrader_config()
            configured = config.AutogradeApp.get("permissions")
            shared = config.CourseDirectory.get("groupshared")
            self._mode = int(str(configured or ("664" if shared else "444")), 8)
        return self._mode

    def folder(self, kind: str, student: str, assignment: str) -> Path:
        return self.course.root / kind / student / assignment

    def record_path(self, student: str, assignment: str, notebook: str | None = None) -> Path:
        """Where the fingerprint of one graded notebook lives (RECORD for a one-notebook
        assignment named after it, as before several notebooks were supported)."""
        stem = Path(notebook).stem if notebook else assignment
        name = RECORD if stem == assignment else f".curriculum-grade.{stem}.json"
        return self.folder("autograded", student, assignment) / name

    def previous(self, student: str, assignment: str, notebook: str | None = None) -> dict | None:
        path = self.record_path(student, assignment, notebook)
        try:
            return json.loads(path.read_text())
        except (OSError, ValueError):
            return None

    def forget(self, student: str, assignment: str, notebook: str | None = None, *,
               zero: bool = False) -> None:
        """Drop an earlier grade, so a now-missing or broken submission scores 0, not a
        stale grade. Without `zero`, the whole submission goes (no notebook of it can be
        graded); with it, only this notebook's files, and its grades become 0 with no
        review, as nbgrader scores a notebook missing from a submission."""
        from nbgrader.api import MissingEntry
        if zero and notebook:
            stem = Path(notebook).stem
            with self.gradebook() as gb, warnings.catch_warnings():
                warnings.simplefilter("ignore")
                gb.update_or_create_student(student)
                gb.update_or_create_submission(assignment, student)
                for grade in gb.find_submission_notebook(stem, assignment, student).grades:
                    grade.auto_score, grade.manual_score = 0.0, None
                    grade.needs_manual_grade = False
                gb.db.commit()
            for path in (self.folder("autograded", student, assignment) / notebook,
                         self.record_path(student, assignment, notebook),
                         self.folder("feedback", student, assignment) / f"{stem}.html"):
                path.unlink(missing_ok=True)
            return
        with self.gradebook() as gb, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                gb.remove_submission(assignment, student)
            except MissingEntry:
                pass
        for kind in ("autograded", "feedback"):
            shutil.rmtree(self.folder(kind, student, assignment), ignore_errors=True)

    def begin(self, student: str, assignment: str, notebook_name: str, raw: bytes, *,
              timestamp: str | None = None, files_dir: Path | None = None,
              timestamp_file: str | None = None) -> None:
        """What `record` writes whatever the notebook's results: the mark of an earlier run
        goes first (a run killed after this grades the notebook again), then the submitted
        copy and timestamp.txt in submitted/, autograded/ with the released files and
        timestamp.txt, and the submission in the gradebook (as nbgrader's autograde creates it
        before it runs the notebook). Done while the grader waits for results, so that
        recording one costs less; `record` does whatever was not done."""
        key = (student, assignment, notebook_name)
        if key in self._begun:
            return
        submitted = self.folder("submitted", student, assignment)
        submitted.mkdir(parents=True, exist_ok=True)
        self.record_path(student, assignment, notebook_name).unlink(missing_ok=True)
        _atomic_write(submitted / notebook_name, raw)
        autograded = self.folder("autograded", student, assignment)
        autograded.mkdir(parents=True, exist_ok=True)
        mode = self.file_mode
        if mode & 0o020:                    # group-writable (groupshared): setgid folders
            for folder in (autograded.parent, autograded):
                os.chmod(folder, 0o2775)
        if files_dir is not None:
            _copy_released_files(files_dir, autograded, mode)
        for folder in (submitted, autograded):        # timestamp.txt as submitted, even empty
            if timestamp_file is not None:
                _atomic_write(folder / "timestamp.txt", timestamp_file[:1000].encode(),
                              mode if folder == autograded else None)
            elif folder == autograded:
                (folder / "timestamp.txt").unlink(missing_ok=True)
        with self.gradebook() as gb:
            if student not in self._students:           # once a run, not once a notebook
                gb.update_or_create_student(student)
                self._students.add(student)
            kwargs = {"timestamp": timestamp} if timestamp else {}
            gb.update_or_create_submission(assignment, student, **kwargs)
        self._begun.add(key)

    def record(self, student: str, assignment: str, notebook_name: str, raw: bytes,
               scored: Scored, release_nb, summary: dict, *, timestamp: str | None = None,
               files_dir: Path | None = None, timestamp_file: str | None = None) -> float:
        """Write one graded notebook: what `begin` writes (unless done already), the
        executed notebook in autograded/ (as nbgrader lays it out), then the gradebook's
        grades (one transaction, late penalty included). Returns the points waiting for a
        grader, read from the gradebook (markdown, code and task cells that need a manual
        grade). `save_record` marks it done afterwards: that order makes a `kill -9`
        resumable."""
        self.begin(student, assignment, notebook_name, raw, timestamp=timestamp,
                   files_dir=files_dir, timestamp_file=timestamp_file)
        self._begun.discard((student, assignment, notebook_name))
        autograded = self.folder("autograded", student, assignment)
        # nbformat.v4.writes: nbformat.writes less a second validation (intake validated the
        # cells, scoring built every output with nbformat's own constructors)
        _atomic_write(autograded / notebook_name,
                      nbformat.v4.writes(scored.notebook).encode(), self.file_mode)
        released = {c.metadata.get("nbgrader", {}).get("grade_id"): c
                    for c in release_nb.cells if c.metadata.get("nbgrader", {}).get("grade_id")}
        nb_id = Path(notebook_name).stem
        by_id = {c.grade_id: c for c in scored.cells}
        with self.gradebook() as gb:
            notebook = gb.find_submission_notebook(nb_id, assignment, student)
            notebook_id = notebook.id                   # read before a commit expires it
            grades, comments = _grades_and_comments(gb, notebook_id)
            for cell in scored.notebook.cells:
                meta = cell.metadata.get("nbgrader", {})
                gid = meta.get("grade_id")
                if not gid:
                    continue
                if meta.get("grade") and gid in by_id:
                    grade = grades.get(gid) or gb.find_grade(gid, nb_id, assignment, student)
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
                    comment = comments.get(gid) or gb.find_comment(gid, nb_id, assignment,
                                                                   student)
                    original = released.get(gid)
                    unchanged = original is not None and original.source == cell.source
                    comment.auto_comment = "No response." if unchanged else None
            gb.db.commit()
            self._late_penalty(gb, notebook, student, assignment)
            gb.db.commit()
            return _manual_points(gb, notebook_id)

    def save_record(self, student: str, assignment: str, notebook_name: str,
                    summary: dict) -> None:
        """Mark one notebook done (fingerprint + outcome), after its gradebook commit."""
        _atomic_write(self.record_path(student, assignment, notebook_name),
                      json.dumps(summary, indent=1).encode())

    def _late_penalty(self, gb, notebook, student: str, assignment: str) -> None:
        """nbgrader's AssignLatePenalties step, with the course's configured plugin
        (`c.AssignLatePenalties.plugin_class`, default LateSubmissionPlugin)."""
        if self._penalties is None:
            import sys

            from nbgrader.preprocessors import AssignLatePenalties

            home = str(self.course.config_file.parent)   # nbgrader imports plugins from there
            if home not in sys.path:
                sys.path.insert(0, home)
            self._penalties = AssignLatePenalties(config=self.course.nbgrader_config())
            self._penalties.init_plugin()
        submission = gb.find_submission(assignment, student)
        notebook.late_submission_penalty = None
        if submission.total_seconds_late > 0:
            penalty = self._penalties.plugin_inst.late_submission_penalty(
                student, notebook.score, submission.total_seconds_late)
            if penalty is not None:
                notebook.late_submission_penalty = self._penalties._check_late_penalty(
                    notebook, penalty)


def _grades_and_comments(gb, notebook_id: str) -> tuple[dict, dict]:
    """The submitted notebook's Grade and Comment rows by cell name, in two queries (what
    nbgrader's `find_grade` and `find_comment` return, one query each per cell). A name
    that is not there once (never, for a notebook nbgrader released) is left out: the
    caller falls back on nbgrader's own lookup and its errors."""
    from nbgrader.api import BaseCell, Comment, Grade

    found = []
    for model in (Grade, Comment):
        rows = gb.db.query(model, BaseCell.name).join(BaseCell, BaseCell.id == model.cell_id) \
            .filter(model.notebook_id == notebook_id).all()
        names = [name for _, name in rows]
        found.append({name: row for row, name in rows if names.count(name) == 1})
    return found[0], found[1]


def _manual_points(gb, notebook_id: str) -> float:
    """The points of the notebook's grades that wait for a grader, in one query (reading
    `max_score`, a deferred column, grade by grade costs a query each)."""
    from nbgrader.api import Grade

    return float(sum(score or 0.0 for (score,) in gb.db.query(Grade.max_score).filter(
        Grade.notebook_id == notebook_id, Grade.needs_manual_grade.is_(True))))


class _Borrowed:
    """`with writer.gradebook() as gb:` without closing the shared session at the end."""

    def __init__(self, gb):
        self.gb = gb

    def __enter__(self):
        return self.gb

    def __exit__(self, exc_type, *exc):
        if exc_type is not None:
            self.gb.db.rollback()


def _copy_released_files(files_dir: Path, dest: Path, mode: int | None) -> None:
    """The files shipped beside the notebooks, as nbgrader's autograde copies them next to
    the graded notebook; copies of files no longer shipped are removed (as `--force` does
    in nbgrader, which starts the folder afresh)."""
    from .sandbox import data_files

    wanted = set(data_files(files_dir))
    for rel in data_files(dest):
        if rel not in wanted and rel.name != "timestamp.txt":
            (dest / rel).unlink(missing_ok=True)
    for rel in wanted:
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(dest / rel, (files_dir / rel).read_bytes(), mode)


def _atomic_write(path: Path, data: bytes, mode: int | None = None) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    if mode is not None:
        os.chmod(tmp, mode)
    os.replace(tmp, path)       # replaces a read-only file too (the folder is ours)
