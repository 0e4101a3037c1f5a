"""The LMS grades CSV (Canvas and Moodle gradebook import) agrees with nbgrader's own export
and has the shape both importers read."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from curriculum.engine.lms import IDENTITY, export_lms_csv

pytest.importorskip("nbgrader")


@pytest.fixture
def gradebook(tmp_path: Path) -> str:
    """Two assignments, three learners: full marks, a late penalty, one missing."""
    from nbgrader.api import Gradebook

    from curriculum.course import _ensure_venv_on_path

    _ensure_venv_on_path()                      # nbgrader's Gradebook runs `alembic` by name
    url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    with Gradebook(url) as gb:
        for name, due in (("ps1", "2015-02-02 14:58:23 UTC"), ("ps2", "2015-03-02 14:58 UTC")):
            gb.add_assignment(name, duedate=due)
            gb.add_notebook("p1", name)
            gb.add_grade_cell("q1", "p1", name, max_score=2.5, cell_type="code")
            gb.add_grade_cell("q2", "p1", name, max_score=1.5, cell_type="markdown")
        gb.add_student("ada", first_name="Ada", last_name="Lovelace")
        gb.add_student("bob")
        gb.add_student("cy")
        for student, assignment, q1, q2, when in (
                ("ada", "ps1", 2.5, 1.5, "2015-02-01 10:00 UTC"),
                ("bob", "ps1", 1.0, 0.5, "2015-02-03 10:00 UTC"),
                ("ada", "ps2", 0.0, 1.5, "2015-03-01 10:00 UTC")):
            gb.add_submission(assignment, student, timestamp=when)
            gb.find_grade("q1", "p1", assignment, student).manual_score = q1
            gb.find_grade("q2", "p1", assignment, student).manual_score = q2
        gb.db.commit()
        gb.find_submission_notebook("p1", "ps1", "bob").late_submission_penalty = 0.5
        gb.db.commit()
    return url


def test_lms_csv_matches_nbgrader_export_and_has_the_importers_columns(gradebook, tmp_path):
    from nbgrader.api import Gradebook
    from nbgrader.plugins.export import CsvExportPlugin

    lms = export_lms_csv(gradebook, tmp_path / "lms.csv", titles={"ps1": "Problem set 1"})
    with lms.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [*IDENTITY, "Problem set 1", "ps2"]
    assert all(len(row) == len(rows[0]) for row in rows)
    by_login = {row[3]: row for row in rows[1:]}           # SIS Login ID = nbgrader id
    assert set(by_login) == {"ada", "bob", "cy"}
    assert by_login["ada"][0] == "Lovelace, Ada" and by_login["bob"][0] == "bob"
    with Gradebook(gradebook) as gb:
        CsvExportPlugin(to=str(tmp_path / "nbgrader.csv")).export(gb)
    with (tmp_path / "nbgrader.csv").open() as handle:
        stock = {(r["student_id"], r["assignment"]): float(r["score"])
                 for r in csv.DictReader(handle)}
    for (student, assignment), score in stock.items():
        column = rows[0].index("Problem set 1" if assignment == "ps1" else assignment)
        assert float(by_login[student][column]) == pytest.approx(score), (student, assignment)
    assert float(by_login["bob"][5]) == 1.0                # 1.5 raw - 0.5 late penalty
    # grades are plain decimals (both importers reject "1,5" or blanks read as text)
    assert all(cell.replace(".", "", 1).isdigit() for row in rows[1:] for cell in row[5:])
