"""What the course remembers about one learner: hints revealed, self-graded scores.

One small JSON file in the learner's data folder: ``$CURRICULUM_HOME`` if set, else
``$XDG_DATA_HOME/ml-curriculum`` (``~/.local/share/ml-curriculum``). Never inside the course,
so a learner's state survives a ``git pull`` and never lands in a commit or a submission.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

STATE_FILE = "state.json"


def data_dir() -> Path:
    """The learner's data folder (created on demand by writers, not here)."""
    if os.environ.get("CURRICULUM_HOME"):
        return Path(os.environ["CURRICULUM_HOME"]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "ml-curriculum"


def load() -> dict:
    """The whole state: ``{"hints": {assignment: {grade_id: tiers revealed}},
    "self_grades": {assignment: {"score", "max_score", "when", "feedback"}}}``.
    A missing or unreadable file is an empty state (never an error for a learner)."""
    try:
        state = json.loads((data_dir() / STATE_FILE).read_text())
    except (OSError, ValueError):
        state = {}
    if not isinstance(state, dict):
        state = {}
    state.setdefault("hints", {})
    state.setdefault("self_grades", {})
    return state


def save(state: dict) -> Path:
    """Write the state atomically (a crash never leaves half a file); returns its path.

    Raises OSError when the data folder cannot be written."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".state-", suffix=".json")
    with os.fdopen(fd, "w") as f:
        json.dump(state, f, indent=1, sort_keys=True)
    os.replace(tmp, folder / STATE_FILE)
    return folder / STATE_FILE
