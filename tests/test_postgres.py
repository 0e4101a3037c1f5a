"""A PostgreSQL gradebook on a real server: a private cluster on loopback (initdb into a
temporary folder, a free port, stopped at the end). `curriculum grade` grades into it while a
second grader writes manual scores through nbgrader's API at the same time, and nothing is
lost; the advisory lock refuses a second run; stock `nbgrader export` reads the result.
PostgreSQL comes from apt (`make postgres`, a prerequisite of `make test`)."""

from __future__ import annotations

import csv
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from curriculum.course import Course, _ensure_venv_on_path, sqlalchemy_url
from curriculum.errors import CurriculumError

psycopg2 = pytest.importorskip("psycopg2")
FILES = Path(pytest.importorskip("nbgrader").__file__).parent / "tests" / "apps" / "files"
CURRICULUM = str(Path(sys.executable).with_name("curriculum"))
MANUAL = {"baz": 2.0, "quux": 3.0}          # the fixture's manually graded cells, max points
STUDENTS = [f"learner{n}" for n in range(6)]


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def postgres_url():
    """postgresql://postgres@127.0.0.1:<port>/gradebook on a private, throw-away cluster."""
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (run `make postgres` as root)")
    home = Path(tempfile.mkdtemp(prefix="curriculum-pg-"))
    as_user: list[str] = []
    if os.getuid() == 0:                       # initdb refuses root: the distro's user
        shutil.chown(home, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    data = home / "data"
    run = lambda *cmd: subprocess.run([*as_user, *map(str, cmd)], check=True,  # noqa: E731
                                      capture_output=True, timeout=120)
    run(bindir / "initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8")
    run(bindir / "pg_ctl", "-D", data, "-l", home / "log", "-w", "-t", "60", "-o",
        f"-k {home} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
    try:
        run(bindir / "createdb", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "gradebook")
        yield f"postgresql://postgres@127.0.0.1:{port}/gradebook"
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "stop"], capture_output=True, timeout=60)
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def pg_course(tmp_path, postgres_url):
    """nbgrader's fixture assignment (2 autograded tests, 2 manually graded answers: one
    markdown, one code) with its gradebook on the server, six submissions."""
    root = tmp_path / "course"
    (root / "source" / "ps1").mkdir(parents=True)
    shutil.copy(FILES / "submitted-unchanged.ipynb", root / "source" / "ps1" / "p1.ipynb")
    (root / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.CourseDirectory.db_url = {postgres_url!r}\n"
        "c.CourseDirectory.course_id = 'course101'\n")
    for student in STUDENTS:
        folder = tmp_path / "in" / student / "ps1"
        folder.mkdir(parents=True)
        shutil.copy(FILES / "submitted-changed.ipynb", folder / "p1.ipynb")
    return root


def _grade(root: Path, submissions: Path, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    return subprocess.Popen([CURRICULUM, "grade", "ps1", "--submissions", str(submissions),
                             "--workers", "2", "--no-feedback", *extra], cwd=root, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_grading_while_a_second_grader_writes_manual_scores_loses_nothing(pg_course,
                                                                         postgres_url):
    from nbgrader.api import Gradebook

    _ensure_venv_on_path()
    postgres_url = sqlalchemy_url(postgres_url)     # nbgrader's API: the same driver as ours
    first = _grade(pg_course, pg_course.parent / "in")
    out, _ = first.communicate(timeout=600)
    assert first.returncode == 0, out
    with Gradebook(postgres_url) as gb:
        autoscores = {(s, g.name): g.auto_score for s in STUDENTS
                      for g in gb.find_submission_notebook("p1", "ps1", s).grades}
        assert {k: v for k, v in autoscores.items() if k[1] in ("foo", "bar")} == \
            {(s, c): 1.0 for s in STUDENTS for c in ("foo", "bar")}

    # the regrade runs while a second grader writes manual scores, each in its own commit
    regrade = _grade(pg_course, pg_course.parent / "in", "--force")
    written: dict = {}
    during = 0
    rounds = 0
    with Gradebook(postgres_url) as gb:
        while regrade.poll() is None or rounds < 2:
            rounds += 1
            for n, student in enumerate(STUDENTS):
                for cell, top in MANUAL.items():
                    score = round((rounds + n) % (top * 2 + 1) / 2, 1)
                    grade = gb.find_grade(cell, "p1", "ps1", student)
                    grade.manual_score = score
                    gb.db.commit()
                    written[(student, cell)] = score
                    during += regrade.poll() is None
            time.sleep(0.05)
    out, _ = regrade.communicate(timeout=600)
    assert regrade.returncode == 0, out
    assert during > 0, "no manual score was written while the regrade ran"
    with Gradebook(postgres_url) as gb:
        for student in STUDENTS:
            notebook = gb.find_submission_notebook("p1", "ps1", student)
            grades = {g.name: g for g in notebook.grades}
            for cell, score in MANUAL.items():
                assert grades[cell].manual_score == written[(student, cell)], (student, cell)
            for cell in ("foo", "bar"):
                assert grades[cell].auto_score == autoscores[(student, cell)], (student, cell)
            expected = 2.0 + sum(written[(student, c)] for c in MANUAL)
            assert notebook.score == pytest.approx(expected)
    # stock nbgrader reads the same server
    subprocess.run([str(Path(sys.executable).with_name("nbgrader")), "export", "--db",
                    postgres_url, "--to", str(pg_course / "export.csv")], cwd=pg_course,
                   check=True, capture_output=True, timeout=300)
    with (pg_course / "export.csv").open() as handle:
        exported = {r["student_id"]: float(r["score"]) for r in csv.DictReader(handle)}
    assert exported == {s: pytest.approx(2.0 + sum(written[(s, c)] for c in MANUAL))
                        for s in STUDENTS}


def test_the_advisory_lock_refuses_a_second_run_on_the_same_server(pg_course, postgres_url):
    from curriculum.engine.gradebook import ADVISORY_KEY, Writer

    holder = psycopg2.connect(postgres_url)
    try:
        with holder.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", (ADVISORY_KEY,))
        with pytest.raises(CurriculumError, match="advisory lock"):
            with Writer(Course.at(pg_course)):
                pass
    finally:
        holder.close()                       # releases the lock
    with Writer(Course.at(pg_course)) as writer:
        assert writer.backup is None         # PostgreSQL: backed up with pg_dump, not here
