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


CONFIG_NAME = "nbgrader_config.py"
DEFAULT_BUDGET_S = 100.0   # no syllabus: 3 x this = Limits' default notebook limit (300 s)


def _configured_root(config_dir: Path) -> Path | None:
    """`c.CourseDirectory.root` from config_dir/nbgrader_config.py, if it sets one."""
    from traitlets.config.loader import PyFileConfigLoader

    import re

    text = (config_dir / CONFIG_NAME).read_text(errors="replace")
    if not re.search(r"^[^#\n]*\broot\b", text, re.MULTILINE):
        return None         # most configs don't set it; loading ours imports nbgrader (~3 s)
    try:
        config = PyFileConfigLoader(CONFIG_NAME, str(config_dir)).load_config()
    except Exception as exc:  # noqa: BLE001 - a config file can raise anything
        raise CurriculumError(f"{config_dir / CONFIG_NAME}: cannot be loaded "
                              f"({type(exc).__name__}: {exc}).") from exc
    root = config.CourseDirectory.get("root")
    return (config_dir / root).resolve() if root else None


def sqlalchemy_url(url: str) -> str:
    """`url` with an explicit PostgreSQL driver: SQLAlchemy >= 2.1 reads `postgresql://` as
    psycopg 3, and the driver we install is psycopg2 (psycopg2-binary)."""
    for scheme in ("postgresql://", "postgres://"):
        if url.startswith(scheme):
            try:
                import psycopg  # noqa: F401 - psycopg 3 present: keep SQLAlchemy's default
                return url
            except ImportError:
                return "postgresql+psycopg2://" + url[len(scheme):]
    return url


@dataclass(frozen=True)
class Course:
    """A course root: `source/`, `release/`, `submitted/`, `autograded/`, `feedback/`,
    `gradebook.db`, `nbgrader_config.py` — nbgrader's own layout — plus `reports/`.

    `config_dir` is where nbgrader_config.py was found (nbgrader reads it from the current
    directory, whose `c.CourseDirectory.root` may point elsewhere); None means `root`."""

    root: Path
    config_dir: Path | None = None
    db_override: str | None = None      # `--db`, as nbgrader's own flag
    overrides: tuple[str, ...] = ()     # nbgrader's `--Section.name=value` arguments

    @classmethod
    def at(cls, root: str | Path | None = None, *, db_url: str | None = None,
           overrides: tuple[str, ...] = ()) -> "Course":
        """The course at `root`; without it, nbgrader's convention: the current directory
        when it holds nbgrader_config.py (following its `c.CourseDirectory.root`) or a
        source/ folder, else this repository."""
        extra = {"db_override": db_url, "overrides": tuple(overrides)}
        if root is not None:
            return cls(Path(root).resolve(), **extra)
        cwd = Path.cwd()
        if (cwd / "source").is_dir() and not (cwd / CONFIG_NAME).exists():
            return cls(cwd.resolve(), **extra)          # nbgrader needs no config file
        if (cwd / CONFIG_NAME).is_file():
            configured = _configured_root(cwd)
            if configured is not None and configured != cwd.resolve():
                return cls(configured, config_dir=cwd.resolve(), **extra)
            return cls(cwd.resolve(), **extra)
        return cls(REPO_ROOT.resolve(), **extra)

    def source_notebook(self, assignment_id: str) -> Path:
        return self.root / "source" / assignment_id / f"{assignment_id}.ipynb"

    def release_notebook(self, assignment_id: str) -> Path:
        return self.root / "release" / assignment_id / f"{assignment_id}.ipynb"

    def notebook_names(self, assignment_id: str) -> list[str]:
        """The assignment's notebooks, as nbgrader finds them: every `*.ipynb` directly in
        source/<id>/ (release/<id>/ when there is no source), sorted."""
        for kind in ("source", "release"):
            folder = self.root / kind / assignment_id
            names = sorted(p.name for p in folder.glob("*.ipynb") if p.is_file()) \
                if folder.is_dir() else []
            if names:
                return names
        return []

    def has_syllabus(self) -> bool:
        """A syllabus applies to this repo and to a course carrying its own syllabus.toml."""
        return (self.root / "syllabus.toml").exists() or self.root == REPO_ROOT.resolve()

    def assignments(self, ids=(), *, allow_planned: bool = False) -> list:
        """The named assignments (syllabus entries when the course has a syllabus, otherwise
        any folder of source/ or release/ holding notebooks, as nbgrader accepts), or every
        ready one (every folder of source/ without a syllabus) when `ids` is empty.

        Returns list[syllabus.Assignment]; raises CurriculumError naming the unknown id."""
        import difflib

        from .syllabus import Assignment, load_syllabus

        syllabus = load_syllabus(self.syllabus_path) if self.has_syllabus() else None
        if not ids:
            if syllabus is not None:
                return syllabus.ready
            folder = self.root / "source"
            ids = sorted(p.name for p in folder.iterdir() if p.is_dir()
                         and not p.name.startswith(".")) if folder.is_dir() else []
            if not ids:
                raise CurriculumError(f"{folder}: no assignment folders (source/<id>/*.ipynb).")
        chosen = []
        for aid in ids:
            listed = {a.id: a for a in syllabus.assignments} if syllabus else {}
            if aid in listed:
                chosen += syllabus.select([aid], allow_planned=allow_planned)
                continue
            if self.notebook_names(aid):
                chosen.append(Assignment(id=aid, title=aid, stage="", status="ready",
                                         points=0.0, budget_s=DEFAULT_BUDGET_S))
                continue
            known = sorted(set(listed) | {p.name for kind in ("source", "release")
                                          for p in (self.root / kind).glob("*/")})
            close = difflib.get_close_matches(aid, known, n=1)
            hint = f" Did you mean '{close[0]}'?" if close else ""
            raise CurriculumError(f"no assignment '{aid}' in {self.root}: no notebooks in "
                                  f"source/{aid}/ or release/{aid}/"
                                  + (" and not in the syllabus" if syllabus else "")
                                  + f".{hint}")
        return chosen

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
        return (self.config_dir or self.root) / CONFIG_NAME

    @property
    def db_path(self) -> Path:
        return self.root / "gradebook.db"

    @property
    def db_url(self) -> str:
        """The gradebook: `c.CourseDirectory.db_url` if set, else nbgrader's default
        sqlite:///<root>/gradebook.db."""
        url = self.db_override or self.nbgrader_config().CourseDirectory.get("db_url")
        return sqlalchemy_url(str(url)) if url else f"sqlite:///{self.db_path}"

    @property
    def reports_dir(self) -> Path:
        return self.root / "reports"

    def nbgrader_config(self, **overrides: dict):
        """nbgrader's traitlets Config: this course's nbgrader_config.py (none: nbgrader's
        defaults, as nbgrader runs without one), rooted here. A config that cannot be
        loaded is a CurriculumError naming the file."""
        from traitlets.config import Config
        from traitlets.config.loader import PyFileConfigLoader

        if not self.config_file.exists():
            config = Config()
        else:
            try:
                config = PyFileConfigLoader(self.config_file.name,
                                            str(self.config_file.parent)).load_config()
            except Exception as exc:  # noqa: BLE001 - a config file can raise anything
                raise CurriculumError(f"{self.config_file}: cannot be loaded "
                                      f"({type(exc).__name__}: {exc}).") from exc
        if self.overrides:
            from traitlets.config.loader import KVArgParseConfigLoader

            config.merge(KVArgParseConfigLoader(list(self.overrides)).load_config())
        config.CourseDirectory.root = str(self.root)
        if self.db_override:
            config.CourseDirectory.db_url = self.db_override
        if config.CourseDirectory.get("db_url"):        # nbgrader's own commands use it too
            config.CourseDirectory.db_url = sqlalchemy_url(str(config.CourseDirectory.db_url))
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
