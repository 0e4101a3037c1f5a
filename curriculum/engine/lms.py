"""A grades CSV that the gradebook imports of Canvas and Moodle accept, besides nbgrader's
own export.

One row per learner, one column per assignment, the score nbgrader exports (raw score minus
the late penalty; 0 for an assignment not submitted, as `nbgrader export` does):

    Student,ID,SIS User ID,SIS Login ID,Section,<assignment title>,...

- Canvas, "How do I import grades in the Gradebook?" (Instructor Guide,
  community.canvaslms.com/t5/Instructor-Guide/How-do-I-import-grades-in-the-Gradebook/
  ta-p/807): the first five columns identify the student (Student name, Canvas ID, SIS User
  ID, SIS Login ID, Section; any one of the ids is enough, so ID and Section stay empty),
  every further column is an assignment; a header Canvas does not know creates that
  assignment. The optional "Points Possible" row is left out (Moodle would read it as a
  user).
- Moodle, "Import grades" from a CSV file (docs.moodle.org/en/Grade_import; the importer is
  grade/import/csv/classes/load_data.php): a header row, comma separated, UTF-8; "Identify
  user by" maps one column to a user field (map "SIS Login ID" to username, which is the
  nbgrader student id) and each grade column is mapped to a grade item; other columns are
  ignored. Grades are plain decimals with a dot.
"""

from __future__ import annotations

import csv
from pathlib import Path

IDENTITY = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")


def _number(value: float) -> str:
    return f"{round(value, 4):g}"


def export_lms_csv(db_url: str, path: Path, titles: dict[str, str] | None = None) -> Path:
    """Write the LMS grades CSV for every student and assignment of the gradebook at
    `db_url`; `titles` maps assignment ids to column headers (default: the id). Returns
    `path`. Raises whatever nbgrader's Gradebook raises for an unreadable gradebook."""
    from nbgrader.api import Gradebook, MissingEntry

    from ..course import _ensure_venv_on_path

    _ensure_venv_on_path()                      # nbgrader's Gradebook runs `alembic` by name
    titles = titles or {}
    path.parent.mkdir(parents=True, exist_ok=True)
    with Gradebook(db_url) as gb:
        assignments = sorted(gb.assignments, key=lambda a: (a.duedate is None, a.duedate,
                                                             a.name))
        headers = [titles.get(a.name, a.name) for a in assignments]
        rows = []
        for student in sorted(gb.students, key=lambda s: s.id):
            name = ", ".join(n for n in (student.last_name, student.first_name) if n)
            row = [name or student.id, "", student.id, student.id, ""]
            for assignment in assignments:
                try:
                    submission = gb.find_submission(assignment.name, student.id)
                except MissingEntry:
                    row.append("0")
                    continue
                row.append(_number(max(0.0, submission.score -
                                       (submission.late_submission_penalty or 0.0))))
            rows.append(row)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([*IDENTITY, *headers])
        writer.writerows(rows)
    return path
