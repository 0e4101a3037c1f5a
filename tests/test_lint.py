"""Gate 1 flags each authoring mistake with the cell and the fix."""

import copy

import pytest

from curriculum.course import Course
from curriculum.lint import lint_notebook
from curriculum.mutants import load_mutants
from curriculum.notebooks import grade_id, read_notebook
from curriculum.syllabus import load_syllabus
from tests.fixtures.tiny_course import TINY_ID


@pytest.fixture
def parts(tiny_course):
    course = Course.at(tiny_course)
    assignment = load_syllabus(course.syllabus_path).get(TINY_ID)
    nb = read_notebook(course.source_notebook(TINY_ID))
    return nb, assignment, load_mutants(course, TINY_ID)


def cell(nb, gid):
    return next(c for c in nb.cells if grade_id(c) == gid)


def test_tiny_notebook_is_clean(parts):
    assert lint_notebook(*parts) == []


@pytest.mark.parametrize("break_it, message", [
    (lambda nb: cell(nb, "q2_mean").metadata["nbgrader"].update(grade_id="q1_add"),
     "grade_id 'q1_add' is used by 2 cells"),
    (lambda nb: setattr(cell(nb, "q1_add_tests"), "source", "assert add(1, 2) == 3"),
     "add hidden tests"),
    (lambda nb: cell(nb, "q1_add_tests").outputs.append(
        {"output_type": "stream", "name": "stdout", "text": "hi"}), "has outputs"),
    (lambda nb: cell(nb, "q1_add_tests").metadata["nbgrader"].update(points=3),
     "grade cells carry 6 points but the syllabus says 5"),
    (lambda nb: setattr(cell(nb, "q2_mean_tests"), "source",
                        cell(nb, "q2_mean_tests").source + "\n0.5"), "bare expression"),
    (lambda nb: setattr(cell(nb, "q1_add"), "source", "def add(a, b):\n    return a + b"),
     "needs ### BEGIN SOLUTION"),
    (lambda nb: cell(nb, "q1_add").metadata.update(collapsed=True), "remove cell metadata"),
    (lambda nb: cell(nb, "q2_mean_tests").metadata["nbgrader"].update(grade_id="q2_check"),
     "solution 'q2_mean' has no test cell"),
])
def test_each_mistake_is_reported(parts, break_it, message):
    nb, assignment, mutants = parts
    nb = copy.deepcopy(nb)
    break_it(nb)
    problems = lint_notebook(nb, assignment, mutants)
    assert any(message in p for p in problems), problems


def test_too_few_mutants(parts):
    nb, assignment, mutants = parts
    problems = lint_notebook(nb, assignment, [m for m in mutants if m.target != "q2_mean"])
    assert any("solution 'q2_mean' has 0 mutant(s)" in p for p in problems)
