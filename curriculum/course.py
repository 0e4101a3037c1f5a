"""Where things live in a course folder (nbgrader's layout) and nbgrader's configuration."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import CurriculumError

REPO_ROOT = Path(__file__).resolve().parent.parent


def _ensure_venv_on_path() -> None:
    """nbgrader's Gradebook runs the `alembic` executable by name (nbgrader/api.py,
    get_alembic_version), so this interpreter's bin/ must be on PATH even when the venv is
    not activated (e.g. `.venv/bin/curriculum`)."""
    bindir = str(Path(sys.executable).parent)
    if bindir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bindir + os.pathsep + os.environ.get("PATH", "")


@dataclass(frozen=True)
class Course:
    """A course root: `source/`, `release/`, `submitted/`, `autograded/`, `feedback/`,
    `gradebook.db`, `nbgrader_config.py` — nbgrader's own layout — plus `reports/`."""

    root: Path

    @classmethod
    def at(cls, root: str | Path | None = None) -> "Course":
        return cls(Path(root or REPO_ROOT).resolve())

    def source_notebook(self, assignment_id: str) -> Path:
        return self.root / "source" / assignment_id / f"{assignment_id}.ipynb"

    def release_notebook(self, assignment_id: str) -> Path:
        return self.root / "release" / assignment_id / f"{assignment_id}.ipynb"

    def mutants_dir(self, assignment_id: str) -> Path:
        return self.root / "tests" / "mutants" / assignment_id

    @property
    def syllabus_path(self) -> Path:
        """A course may carry its own syllabus.toml (tests do); otherwise the package's."""
        from .syllabus import SYLLABUS_PATH

        own = self.root / "syllabus.toml"
        return own if own.exists() else SYLLABUS_PATH

    @property
    def config_file(self) -> Path:
        return self.root / "nbgrader_config.py"

    @property
    def db_path(self) -> Path:
        return self.root / "gradebook.db"

    @property
    def db_url(self) -> str:
        """The gradebook: `c.CourseDirectory.db_url` if set, else nbgrader's default
        sqlite:///<root>/gradebook.db."""
        configured = self.nbgrader_config().CourseDirectory.get("db_url")
        return configured or f"sqlite:///{self.db_path}"

    @property
    def reports_dir(self) -> Path:
        return self.root / "reports"

    def nbgrader_config(self, **overrides: dict):
        """nbgrader's traitlets Config: this course's nbgrader_config.py, rooted here."""
        from traitlets.config.loader import PyFileConfigLoader

        if not self.config_file.exists():
            raise CurriculumError(f"{self.config_file} is missing; a course root needs "
                                  "nbgrader_config.py (copy the one at the repo root).")
        config = PyFileConfigLoader(self.config_file.name, str(self.root)).load_config()
        config.CourseDirectory.root = str(self.root)
        for section, values in overrides.items():
            for key, value in values.items():
                setattr(config[section], key, value)
        return config

    def nbgrader_api(self, **overrides: dict):
        """An `nbgrader.apps.NbGraderAPI` for this course (imports nbgrader: ~3 s)."""
        from nbgrader.apps import NbGraderAPI
        from nbgrader.coursedir import CourseDirectory

        _ensure_venv_on_path()

        config = self.nbgrader_config(**overrides)
        return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)
