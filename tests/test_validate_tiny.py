"""The gates on a tiny course: they pass on a sound assignment and catch each kind of defect."""

from curriculum.course import Course
from curriculum.syllabus import load_syllabus
from curriculum.validate import validate
from tests.fixtures.tiny_course import TINY_ID


def run(course_root):
    course = Course.at(course_root)
    [report] = validate(course, [load_syllabus(course.syllabus_path).get(TINY_ID)], workers=2)
    return {g.name: g for g in report.gates}, report


def test_sound_assignment_passes_every_gate(tiny_course):
    gates, report = run(tiny_course)
    assert all(g.ok for g in gates.values()), {n: g.detail for n, g in gates.items()}
    assert report.source_points == 4 and report.exercises == 2
    assert all(o.caught for o in report.mutants) and len(report.mutants) == 5


def test_a_surviving_mutant_fails_the_gate(tiny_course):
    mutants = tiny_course / "tests" / "mutants" / TINY_ID
    (mutants / "q1_add__commutes.py").write_text(
        "# Mutant: adds in the other order (not actually wrong)\ndef add(a, b):\n"
        "    return b + a\n")
    gates, _ = run(tiny_course)
    assert not gates["mutants"].ok
    assert "survived: q1_add__commutes" in gates["mutants"].detail


def test_release_crashing_outside_exercises_fails(tiny_course):
    import nbformat
    path = tiny_course / "source" / TINY_ID / f"{TINY_ID}.ipynb"
    nb = nbformat.read(path, as_version=4)
    plot = next(c for c in nb.cells if "Complete Exercise 2" in c.source)
    plot.source = "print(mean([1.0, 2.0]))"  # unguarded use of the learner's function
    nbformat.write(nb, path)
    gates, _ = run(tiny_course)
    assert gates["source"].ok
    assert not gates["release"].ok and "NotImplementedError" in gates["release"].detail


def _edit_cell(course_root, grade_id, edit):
    import nbformat
    path = course_root / "source" / TINY_ID / f"{TINY_ID}.ipynb"
    nb = nbformat.read(path, as_version=4)
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)
    cell.source = edit(cell.source)
    nbformat.write(nb, path)


def test_released_data_files_reach_the_grading_sandbox(tiny_course):
    # A test that reads a file released beside the notebook passes in a kernel and in the
    # sandbox alike, and the mutants are still judged on their merits.
    (tiny_course / "source" / TINY_ID / "numbers.txt").write_text("4 6\n")
    _edit_cell(tiny_course, "q2_mean_tests", lambda s: s.replace(
        "### BEGIN HIDDEN TESTS", "### BEGIN HIDDEN TESTS\n"
        "expect_close(mean([float(v) for v in open('numbers.txt').read().split()]), 5.0, "
        "'mean of numbers.txt')"))
    gates, report = run(tiny_course)
    assert gates["sandbox"].ok and gates["mutants"].ok, {n: g.detail for n, g in gates.items()}
    assert gates["sandbox"].detail.startswith("4/4 points")


def test_a_source_that_only_works_outside_the_grader_fails_the_sandbox_gate(
        tiny_course, monkeypatch):
    # A Jupyter kernel inherits the author's environment; `curriculum grade` does not. A test
    # that depends on it would give every learner a zero, and would make every mutant look
    # caught, so the mutant gate refuses to judge.
    monkeypatch.setenv("TINY_AUTHOR_ONLY", "1")
    _edit_cell(tiny_course, "q1_add_tests", lambda s: "import os\n"
               "assert os.environ['TINY_AUTHOR_ONLY'] == '1'\n" + s)
    gates, _ = run(tiny_course)
    assert gates["source"].ok
    assert not gates["sandbox"].ok and "2/4 points" in gates["sandbox"].detail
    assert "q1_add_tests" in gates["sandbox"].detail
    assert not gates["mutants"].ok and "not judged" in gates["mutants"].detail


def test_a_mutant_caught_only_by_a_later_exercise_still_counts(tiny_course):
    # Mutants first run only up to their own exercise's tests; one that survives that prefix
    # runs whole, so a catch by a later exercise's test is not lost.
    _edit_cell(tiny_course, "q2_mean_tests", lambda s: s.replace(
        "### BEGIN HIDDEN TESTS", "### BEGIN HIDDEN TESTS\nexpect_equal(add(1000, 1), 1001, 'add')"))
    (tiny_course / "tests" / "mutants" / TINY_ID / "q1_add__big_numbers.py").write_text(
        "# Mutant: wrong from 1000 on\ndef add(a, b):\n    return a + b if a < 1000 else 0\n")
    gates, report = run(tiny_course)
    late = next(o for o in report.mutants if o.mutant.slug == "big_numbers")
    assert late.caught and gates["mutants"].ok, gates["mutants"].detail


def test_a_correct_alternative_that_loses_points_fails_the_mutant_gate(tiny_course):
    # An alternative is a right answer written differently; a hidden test that rejects it is
    # over-strict, and the gate says which alternative and which test.
    (tiny_course / "tests" / "alternatives" / TINY_ID / "q1_add__operator.py").write_text(
        "# Alternative: operator.add\nimport operator\n\ndef add(a, b):\n"
        "    return operator.add(a, b)\n")
    _edit_cell(tiny_course, "q1_add_tests", lambda s: s.replace(
        "### END HIDDEN TESTS", "assert 'operator' not in globals(), 'no operator module'\n"
        "### END HIDDEN TESTS"))
    gates, report = run(tiny_course)
    assert gates["source"].ok
    assert not gates["mutants"].ok
    assert "correct alternatives lose points: q1_add__operator (q1_add_tests" in \
        gates["mutants"].detail
    assert [o.mutant.name for o in report.alternatives if not o.caught] == ["q2_mean__fsum"]
