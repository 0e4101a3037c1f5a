"""The manual-grading flow after `curriculum grade`, driven through nbgrader's own API (what
formgrader calls): the written answer waits for a grader, the grader's score and comment are
saved, and the feedback the learner receives shows them."""

from __future__ import annotations

import html
import json
from pathlib import Path

from curriculum.build import generate_release
from curriculum.course import Course
from curriculum.engine.run import grade
from curriculum.engine.sandbox import Limits
from curriculum.syllabus import load_syllabus
from tests.fixtures.tiny_course import TINY_ID

ANSWERS = {
    "q1_add": "def add(a, b):\n    return a + b\n",
    "q2_mean": "def mean(xs):\n    if not xs:\n        raise ValueError('empty')\n"
               "    return sum(xs) / len(xs)\n",
    "q3_explain_outliers": "One huge value moves the sum, and so the mean, a long way.",
}
COMMENT = "Right idea; say why the median resists it for the full point next time."


def _submit(course: Course, submissions: Path, student: str, answers: dict) -> None:
    nb = json.loads(course.release_notebook(TINY_ID).read_text())
    for cell in nb["cells"]:
        gid = cell["metadata"].get("nbgrader", {}).get("grade_id")
        if gid in answers:
            cell["source"] = answers[gid]
    folder = submissions / student / TINY_ID
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{TINY_ID}.ipynb").write_text(json.dumps(nb))


def test_written_answer_is_graded_by_hand_and_reaches_the_learner(tiny_course, tmp_path):
    course = Course.at(tiny_course)
    assignments = load_syllabus(course.syllabus_path).select([TINY_ID])
    generate_release(course, assignments[0])
    submissions = tmp_path / "submissions"
    _submit(course, submissions, "writer", ANSWERS)
    _submit(course, submissions, "silent", {k: v for k, v in ANSWERS.items() if k != "q3_explain_outliers"})

    result = grade(course, assignments, submissions, workers=1,
                   limits=Limits(cell_s=10, notebook_s=60), feedback=False)
    outcomes = {o.student: o for o in result.outcomes}
    assert outcomes["writer"].score == 4 and outcomes["writer"].manual_pending == 1
    assert outcomes["silent"].manual_pending == 0          # nbgrader: a blank answer scores 0

    # What formgrader lists: the submission needs manual grading, and one answer is pending.
    api = course.nbgrader_api()
    listed = {s["student"]: s for s in api.get_submissions(TINY_ID)}
    assert listed["writer"]["needs_manual_grade"] is True
    assert listed["silent"]["needs_manual_grade"] is False

    # A grader scores the answer and comments on it, as formgrader's save does
    # (nbgrader/server_extensions/formgrader/apihandlers.py, GradeHandler.put).
    with api.gradebook as gb:
        graded = gb.find_grade("q3_explain_outliers", TINY_ID, TINY_ID, "writer")
        assert graded.needs_manual_grade and graded.auto_score is None
        graded.manual_score = 1
        graded.needs_manual_grade = False
        comment = gb.find_comment("q3_explain_outliers", TINY_ID, TINY_ID, "writer")
        comment.manual_comment = COMMENT
        gb.db.commit()

    with api.gradebook as gb:
        saved = gb.find_grade("q3_explain_outliers", TINY_ID, TINY_ID, "writer")
        assert saved.score == 1 and not saved.needs_manual_grade
        assert gb.find_submission(TINY_ID, "writer").score == 5
    listed = {s["student"]: s for s in api.get_submissions(TINY_ID)}
    assert listed["writer"]["needs_manual_grade"] is False

    # The learner's feedback, regenerated after manual grading, shows the score and comment.
    feedback = api.generate_feedback(TINY_ID, "writer")
    assert feedback["success"], feedback.get("log")
    page = html.unescape((course.root / "feedback" / "writer" / TINY_ID /
                          f"{TINY_ID}.html").read_text())
    assert COMMENT in page
    assert "5.0 / 5.0" in page or "Score: 5" in page
