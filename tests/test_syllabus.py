import pytest

from curriculum.course import Course
from curriculum.errors import CurriculumError
from curriculum.syllabus import load_syllabus

syllabus = load_syllabus()


def test_five_stages_with_every_planned_assignment():
    assert [s.id for s in syllabus.stages] == ["s1", "s2", "s3", "s4", "s5"]
    counts = {s.id: len(s.assignments) for s in syllabus.stages}
    assert counts == {"s1": 6, "s2": 6, "s3": 5, "s4": 6, "s5": 1}
    ids = [a.id for a in syllabus.assignments]
    assert ids == sorted(ids), "ids sort in syllabus order"


def test_every_assignment_has_objectives_budget_and_title():
    for a in syllabus.assignments:
        assert a.title and a.objectives and 0 < a.budget_s <= 120, a.id


def test_ready_assignments_have_notebooks_and_points():
    course = Course.at()
    assert syllabus.ready, "at least one assignment is ready"
    for a in syllabus.ready:
        assert course.source_notebook(a.id).is_file(), a.id
        assert a.points > 0, a.id


def test_unknown_id_suggests_the_closest():
    with pytest.raises(CurriculumError, match="Did you mean 's1-05-svd-pca'"):
        syllabus.get("s1-05-svd")


def test_planned_assignment_cannot_be_selected(tmp_path):
    path = tmp_path / "syllabus.toml"
    path.write_text('[[stage]]\nid = "s6"\ntitle = "Next"\n[[stage.assignment]]\n'
                    'id = "s6-01-next"\ntitle = "t"\nstatus = "planned"\npoints = 0\n'
                    'budget_s = 60\nobjectives = ["o"]\n')
    planned_syllabus = load_syllabus(path)
    [planned] = planned_syllabus.assignments
    with pytest.raises(CurriculumError, match="not 'ready'"):
        planned_syllabus.select([planned.id])
    assert planned_syllabus.select([planned.id], allow_planned=True) == [planned]


def test_malformed_syllabus_is_a_clear_error(tmp_path):
    bad = tmp_path / "syllabus.toml"
    bad.write_text('[[stage]]\nid="s1"\ntitle="x"\n[[stage.assignment]]\nid="Bad Id"\n'
                   'title="t"\nstatus="ready"\n')
    with pytest.raises(CurriculumError, match="id must look like"):
        load_syllabus(bad)
