"""A notebook may write a module and import it (Stage 4 writes app.py, test files, an
implementation under test): that is no missing library, and a cell-magic body is not code."""

import nbformat

from curriculum.course import Course
from curriculum.engine.run import grade, imported_modules, written_modules
from tests.test_dropin import LIMITS, _course_with, _stock, _submit


def _writes_and_imports() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata.kernelspec = {"name": "python3", "language": "python", "display_name": "Python 3"}
    test = nbformat.v4.new_code_cell(
        "from helper_mod import VALUE\nimport made_at_run_time\n"
        "assert VALUE == 2 and made_at_run_time.X == 3")
    test.metadata.nbgrader = {"grade": True, "grade_id": "t1", "locked": True, "points": 1,
                              "schema_version": 3, "solution": False}
    nb.cells = [nbformat.v4.new_code_cell("%%writefile helper_mod.py\ntry:\n"
                                          "    import not_a_library_xyz\nexcept ImportError:\n"
                                          "    pass\nVALUE = 2\n"),
                nbformat.v4.new_code_cell("from pathlib import Path\n"
                                          "Path('made_at_run_time.py').write_text('X = 3')"),
                test]
    return nb


def test_modules_the_notebook_writes_are_not_missing_libraries(tmp_path):
    nb = _writes_and_imports()
    assert written_modules(nb) == {"helper_mod", "made_at_run_time"}
    assert "not_a_library_xyz" not in imported_modules(nb)      # a %%writefile body
    root = _course_with(tmp_path / "course", {"writes.ipynb": nb})
    _stock(["generate_assignment", "ps1"], root)
    _submit(tmp_path / "in", "alice", root, ["writes.ipynb"])
    course = Course.at(root)
    [outcome] = grade(course, course.assignments(["ps1"]), tmp_path / "in", workers=1,
                      limits=LIMITS, feedback=False).outcomes
    assert (outcome.status, outcome.score) == ("graded", 1.0), outcome.reasons
