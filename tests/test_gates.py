"""The seven authoring gates over every ready assignment of the real curriculum."""

import pytest

from curriculum.course import Course
from curriculum.notebooks import exercises, is_manual_answer, read_notebook
from curriculum.syllabus import load_syllabus
from curriculum.validate import GATES, validate

course = Course.at()
ready = load_syllabus().ready


@pytest.fixture(scope="module")
def reports():
    return {r.assignment.id: r for r in validate(course, ready)}


@pytest.mark.parametrize("gate", GATES)
@pytest.mark.parametrize("assignment_id", [a.id for a in ready])
def test_gate(reports, assignment_id, gate):
    [result] = [g for g in reports[assignment_id].gates if g.name == gate]
    assert result.ok, f"{assignment_id} {gate}: {result.detail}"


@pytest.mark.parametrize("assignment_id", [a.id for a in ready])
def test_every_exercise_has_two_mutants_that_lose_points(reports, assignment_id):
    report = reports[assignment_id]
    source = read_notebook(course.source_notebook(assignment_id))
    assert 4 <= len(exercises(source)) <= 8
    for exercise in exercises(source):
        caught = [o for o in report.mutants if o.mutant.target == exercise.solution_id
                  and o.caught]
        assert len(caught) >= 2, exercise.solution_id


@pytest.mark.parametrize("stage, minimum", [("s1", 30), ("s2", 30), ("s3", 25), ("s4", 30),
                                             ("s5", 8)])
def test_stage_size_plots_and_free_text(stage, minimum):
    assignments = [a for a in ready if a.stage == stage]
    notebooks = [read_notebook(course.source_notebook(a.id)) for a in assignments]
    assert sum(len(exercises(nb)) for nb in notebooks) >= minimum
    assert any(is_manual_answer(c) for nb in notebooks for c in nb.cells), \
        "at least one manually graded free-text question per stage"
    for a, nb in zip(assignments, notebooks):
        assert any("plt." in c.source for c in nb.cells if c.cell_type == "code"), \
            f"{a.id} has no plot"


def test_capstone_is_graded_by_hand_for_at_least_a_quarter():
    """Issue: the capstone's judgment parts (model choice, risks, memo) carry >= 25% of it."""
    from curriculum.notebooks import max_autograded_points, max_manual_points
    nb = read_notebook(course.source_notebook("s5-01-capstone"))
    manual, auto = max_manual_points(nb), max_autograded_points(nb)
    assert manual / (manual + auto) >= 0.25
