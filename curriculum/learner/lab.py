"""`curriculum lab`: start JupyterLab for a learner (or, with --instructor, the instructor).

Each profile is a course-local Jupyter configuration folder (``JUPYTER_CONFIG_DIR``) in the
learner's data folder, so nothing global changes:

- learner: nbgrader's Validate button only. Formgrader, Create Assignment, the Assignment and
  Course lists and the nbgrader menu are off, both their lab plugins (``page_config.json``'s
  ``disabledExtensions``, what ``jupyter labextension disable`` writes) and their server
  extensions (so nothing touches a gradebook or nbgrader's system-wide exchange). The file
  browser opens ``release/``.
- instructor: formgrader and Create Assignment on, a course-local exchange (``.exchange/``),
  the gradebook made whole before the server starts.

In both, the virtualenv's ``bin/`` is on PATH: nbgrader runs ``alembic`` by name, and without
it formgrader answered 500 and left a half-made ``gradebook.db``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from ..errors import CurriculumError
from . import state

PROFILES = ("learner", "instructor")
NBGRADER_PLUGINS = ("formgrader", "create-assignment", "assignment-list", "course-list", "menu",
                    "validate-assignment")
NBGRADER_SERVER = ("formgrader", "validate_assignment", "assignment_list", "course_list")
ENABLED = {"learner": {"validate-assignment", "validate_assignment"},
           "instructor": {"formgrader", "create-assignment", "menu", "validate-assignment",
                          "formgrader", "validate_assignment"}}


def config_dir(profile: str) -> Path:
    return state.data_dir() / "jupyter" / profile


def write_profile(profile: str, course_root: Path) -> Path:
    """Write the profile's Jupyter configuration folder; returns it. Idempotent."""
    if profile not in PROFILES:
        raise CurriculumError(f"unknown profile {profile!r}; use one of {', '.join(PROFILES)}.")
    folder = config_dir(profile)
    (folder / "labconfig").mkdir(parents=True, exist_ok=True)
    enabled = ENABLED[profile]
    page = {"disabledExtensions": {f"@jupyter/nbgrader:{p}": p not in enabled
                                   for p in NBGRADER_PLUGINS}}
    # no "get notified about Jupyter news?" popup: the course works offline
    page["disabledExtensions"]["@jupyterlab/apputils-extension:announcements"] = True
    (folder / "labconfig" / "page_config.json").write_text(json.dumps(page, indent=1))
    server = {"ServerApp": {"jpserver_extensions": {
        f"nbgrader.server_extensions.{e}": e in enabled for e in NBGRADER_SERVER}}}
    (folder / "jupyter_server_config.json").write_text(json.dumps(server, indent=1))
    exchange = course_root / ".exchange"
    (folder / "nbgrader_config.py").write_text(
        "# written by `curriculum lab`: a course-local exchange, never /srv/nbgrader/exchange\n"
        f"c = get_config()  # noqa: F821\nc.Exchange.root = {str(exchange)!r}\n")
    return folder


def half_made_gradebook(db: Path) -> bool:
    """True for an SQLite gradebook with nbgrader's tables but no ``alembic_version`` (what a
    formgrader request without ``alembic`` on PATH used to leave)."""
    if not db.is_file():
        return False
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return bool(names) and "alembic_version" not in names


def ensure_gradebook(course) -> None:
    """Create or upgrade the course's gradebook with nbgrader before formgrader can half-make
    it. An empty half-made SQLite file is set aside; one holding grades is never touched."""
    if course.db_url.startswith("sqlite:///"):
        db = Path(course.db_url.removeprefix("sqlite:///"))
        if half_made_gradebook(db):
            with sqlite3.connect(db) as con:
                rows = sum(con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                           for t in ("assignment", "student") if con.execute(
                               "SELECT 1 FROM sqlite_master WHERE name=?", (t,)).fetchone())
            if rows:
                raise CurriculumError(
                    f"{db} has grades but no alembic_version (made without `alembic` on "
                    "PATH): BACK IT UP, then run `.venv/bin/nbgrader db upgrade`.")
            db.rename(db.with_name(f"{db.name}.half-made-{int(time.time())}"))
    course.nbgrader_api()  # puts the venv on PATH
    from nbgrader.api import Gradebook

    with Gradebook(course.db_url, course.nbgrader_config().CourseDirectory.course_id):
        pass


def lab_command_line(profile: str, course, *, port: int | None = None,
                     open_browser: bool = True, extra: tuple[str, ...] = ()) -> tuple[list, dict]:
    """(argv, environment) that start JupyterLab in `profile` for `course`."""
    folder = write_profile(profile, course.root)
    bindir = str(Path(sys.executable).parent)
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(folder),
               PATH=bindir + os.pathsep + os.environ.get("PATH", ""))
    root = course.root / "release" if profile == "learner" else course.root
    argv = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={root}"]
    if port:
        argv.append(f"--ServerApp.port={port}")
    if not open_browser:
        argv.append("--no-browser")
    if os.geteuid() == 0:     # containers and CI run as root; JupyterLab refuses without this
        argv.append("--allow-root")
    return argv + list(extra), env


def run_lab(profile: str, course, **kwargs) -> int:
    """Start JupyterLab in the foreground (Ctrl-C stops it); returns its exit code."""
    if profile == "instructor":
        ensure_gradebook(course)
        (course.root / ".exchange").mkdir(exist_ok=True)   # formgrader's release/collect
    argv, env = lab_command_line(profile, course, **kwargs)
    return subprocess.call(argv, cwd=course.root, env=env)
