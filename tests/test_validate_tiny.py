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
    assert all(o.caught for o in report.mutants) and len(report.mutants) == 4


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
