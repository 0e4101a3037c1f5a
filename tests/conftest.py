from pathlib import Path

import pytest

from tests.fixtures.tiny_course import make_tiny_course


@pytest.fixture
def tiny_course(tmp_path: Path) -> Path:
    """A course root holding the two-exercise tiny assignment and its mutants."""
    return make_tiny_course(tmp_path / "course")
