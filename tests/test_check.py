"""`curriculum check`: the learner's self-check on visible tests."""

import nbformat

from curriculum.build import generate_release
from curriculum.check import check_notebook
from curriculum.course import Course
from curriculum.notebooks import grade_id
from curriculum.syllabus import load_syllabus
from tests.fixtures.tiny_course import TINY_ID


def test_blank_then_wrong_then_right(tiny_course):
    course = Course.at(tiny_course)
    generate_release(course, load_syllabus(course.syllabus_path).get(TINY_ID))
    path = course.release_notebook(TINY_ID)
    release_dir = path.parent
    assert [s.status for s in check_notebook(path, release_dir)] == ["not attempted",
                                                                    "not attempted"]

    nb = nbformat.read(path, as_version=4)
    answers = {"q1_add": "def add(a, b):\n    return a + b",
               "q2_mean": "def mean(xs):\n    return sum(xs) / (len(xs) + 1)"}
    for cell in nb.cells:
        if grade_id(cell) in answers:
            cell.source = answers[grade_id(cell)]
    mine = tiny_course / "mine.ipynb"  # beside source/, tests/...: none of it is copied
    nbformat.write(nb, mine)
    first, second = check_notebook(mine, release_dir)
    assert first.status == "passing"
    assert second.status == "failing"
    assert second.message.startswith("AssertionError: mean([1, 3]): does not match")
    assert second.hint == "divide the sum by the number of values."
