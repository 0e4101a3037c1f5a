"""Where code comes from: the grader's and the libraries' files, or the learner's.

Both the sandbox's audit hook (`curriculum.engine.guard`) and the forbidden-call profiler
(`curriculum.checks.forbidden`) judge a frame by the file its code was compiled from. Library
files are installed read-only for learner code; everything else — a notebook cell, a module the
notebook wrote, ``exec`` of a string — is the learner's. Standard library only: imported inside
learners' kernels.
"""

from __future__ import annotations

import os
import sys

# The grading engine compiles test cells under this file-name prefix.
JUDGE_FILENAME = "<judge-cell-"


def trusted_prefixes() -> tuple[str, ...]:
    """File-name prefixes of code that is not the learner's: the interpreter's and the
    virtualenv's lib folders, this package, the grader's test cells and frozen modules."""
    roots = {os.path.join(p, "lib") + os.sep for p in (sys.prefix, sys.base_prefix,
                                                       sys.exec_prefix)}
    roots.add(os.path.dirname(os.path.abspath(__file__)) + os.sep)     # curriculum/
    return (*sorted(roots), JUDGE_FILENAME, "<frozen ")
