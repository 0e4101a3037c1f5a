"""Scoring an executed notebook: nbgrader's rule, plus "a test cell must have run"."""

import nbformat

from curriculum import authoring
from curriculum.scoring import score_notebook


def executed(*cells):
    return nbformat.v4.new_notebook(cells=list(cells))


def graded_cell(outputs, execution_count=1, gid="q1_x_tests"):
    cell = authoring.tests(gid, 2, "assert True\n### BEGIN HIDDEN TESTS\n### END HIDDEN TESTS")
    cell.outputs, cell.execution_count = outputs, execution_count
    return cell


def test_clean_cell_earns_its_points():
    assert score_notebook(executed(graded_cell([]))).total == 2


def test_error_and_stderr_earn_nothing():
    error = nbformat.v4.new_output("error", ename="AssertionError", evalue="x: wrong",
                                   traceback=[])
    stderr = nbformat.v4.new_output("stream", name="stderr", text="warning\n")
    score = score_notebook(executed(graded_cell([error]), graded_cell([stderr], gid="q2_y_tests")))
    assert score.total == 0 and score.max_total == 4
    assert score.failures == {"q1_x_tests": "AssertionError: x: wrong",
                              "q2_y_tests": "wrote to stderr: warning"}


def test_a_cell_that_never_ran_earns_nothing():
    score = score_notebook(executed(graded_cell([], execution_count=None)))
    assert score.total == 0 and score.failures == {"q1_x_tests": "did not run"}
