# nbgrader settings for this course. The repo root is the course root: run `nbgrader ...`
# (or `curriculum ...`, which reads this file) from here. The gradebook defaults to
# sqlite:///<root>/gradebook.db (nbgrader's default); set CourseDirectory.db_url for PostgreSQL.
c = get_config()  # noqa: F821 - provided by traitlets when nbgrader loads this file

c.CourseDirectory.course_id = "ml-curriculum"

# A learner's cell that runs longer than this is interrupted and shown as an error, and the
# next cells still run (nbgrader's default interrupt_on_timeout). No solved cell needs 60 s.
# `curriculum grade` uses the same per-cell limit (--cell-timeout overrides it).
c.Execute.timeout = 60
c.Execute.interrupt_on_timeout = True
# Immediate shutdown gives identical grades and saves ~1.5 s per notebook (DESIGN.md, measured).
c.Execute.shutdown_kernel = "immediate"
# nbgrader's default argument, plus a quiet kernel log (no "running over TCP" notice per notebook).
c.Execute.extra_arguments = ["--HistoryManager.hist_file=:memory:", "--IPKernelApp.log_level=ERROR"]

# Keep huge outputs out of the autograded copies and feedback.
c.LimitOutput.max_lines = 200
c.LimitOutput.max_traceback = 60

# Files beside a notebook in source/<id>/ are released with it; never these.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", ".*"]

# Stock `nbgrader generate_feedback` shows learners their graded notebook without the hidden
# test source (nbgrader #917), but a traceback from a failing hidden test can still quote its
# failing line (#1363). `curriculum grade` writes feedback itself from learner-safe messages
# (curriculum/engine/feedback.py) with the same template; this setting is for stock use.
from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor  # noqa: E402
from nbgrader.preprocessors import ClearHiddenTests, GetGrades  # noqa: E402

c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTests, CSSHTMLHeaderPreprocessor]
