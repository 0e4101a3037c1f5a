"""The clause list: each `# clause <slug>: <sentence>` in a test cell needs a mutant."""

from curriculum.clauses import clause_table, clauses
from curriculum.course import Course
from curriculum.lint import lint_notebook
from curriculum.mutants import load_mutants
from curriculum.notebooks import grade_id, read_notebook
from curriculum.syllabus import load_syllabus
from tests.fixtures.tiny_course import TINY_ID


def _parts(root):
    course = Course.at(root)
    nb = read_notebook(course.source_notebook(TINY_ID))
    return nb, load_syllabus(course.syllabus_path).get(TINY_ID), course


def _list_clauses(nb, gid, lines):
    cell = next(c for c in nb.cells if grade_id(c) == gid)
    cell.source = cell.source.replace("### BEGIN HIDDEN TESTS",
                                      "### BEGIN HIDDEN TESTS\n" + "\n".join(lines))


def test_listed_clauses_are_read_per_exercise(tiny_course):
    nb, _, _ = _parts(tiny_course)
    _list_clauses(nb, "q2_mean_tests", ["#clause   rounds : Return a float, not rounded."])
    found = clauses(nb)
    assert [(c.slug, c.sentence) for c in found["q1_add"]] == [("sum", "Return a + b.")]
    assert [(c.slug, c.sentence) for c in found["q2_mean"]] == [
        ("rounds", "Return a float, not rounded."),
        ("divides_by_n", "Return the sum divided by the number of values."),
        ("own_sum", "Do not use the statistics module."),
        ("raises_empty", "Raise ValueError if xs is empty.")]


def test_an_exercise_without_clauses_fails_lint(tiny_course):
    nb, assignment, course = _parts(tiny_course)
    cell = next(c for c in nb.cells if grade_id(c) == "q1_add_tests")
    cell.source = cell.source.replace("# clause sum: Return a + b.\n", "")
    problems = lint_notebook(nb, assignment, load_mutants(course, TINY_ID))
    assert problems[0].startswith("exercise 'q1_add' lists no clause")


def test_a_mutant_that_names_no_listed_clause_fails_lint(tiny_course):
    nb, assignment, course = _parts(tiny_course)
    (tiny_course / "tests" / "mutants" / TINY_ID / "q1_add__negates.py").write_text(
        "# Mutant: negates\ndef add(a, b):\n    return -(a + b)\n")
    problems = lint_notebook(nb, assignment, load_mutants(course, TINY_ID))
    assert problems == [
        "q1_add__negates.py breaks no listed clause of 'q1_add'; name it "
        "q1_add__<clause>__negates.py after the clause it breaks (listed: sum)"]


def test_a_clause_without_a_mutant_fails_lint_and_names_the_file(tiny_course):
    nb, assignment, course = _parts(tiny_course)
    _list_clauses(nb, "q2_mean_tests", ["# clause rounds: Return a float, not rounded."])
    problems = lint_notebook(nb, assignment, load_mutants(course, TINY_ID))
    assert problems == [
        "clause 'rounds' of 'q2_mean' (Return a float, not rounded.) has no mutant; add "
        f"tests/mutants/{TINY_ID}/q2_mean__rounds.py"]
    # a variant mutant of the same clause counts
    (tiny_course / "tests" / "mutants" / TINY_ID / "q2_mean__rounds__to_int.py").write_text(
        "# Mutant: rounds the mean\ndef mean(xs):\n    if not xs:\n        raise ValueError()\n"
        "    return round(sum(xs) / len(xs))\n")
    mutants = load_mutants(course, TINY_ID)
    assert lint_notebook(nb, assignment, mutants) == []
    rows = {(r[0], r[1]): r[3] for r in clause_table(nb, mutants)}
    assert rows[("q2_mean", "rounds")] == ["q2_mean__rounds__to_int"]
    assert rows[("q2_mean", "raises_empty")] == ["q2_mean__raises_empty"]
