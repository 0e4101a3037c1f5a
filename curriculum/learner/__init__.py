"""What notebooks and learners use: the checks, hints, the self-check, progress, the lab.

Notebooks import from here (``from curriculum.learner import expect_close, hint``); the old
path ``curriculum.checks`` stays the home of the checks, so released notebooks keep working
and the grading engine guards one module. Imports stay fast: NumPy and the standard library
only (no nbgrader, no torch).
"""

from ..checks import *  # noqa: F401,F403 - the checks, re-exported for notebooks
from ..checks import __all__ as _checks_all
from .hints import hint

__all__ = [*_checks_all, "hint"]
