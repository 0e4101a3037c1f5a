"""Which worker grades which notebook, and what its zygote has imported for it.

Each worker's zygote starts with the base libraries only; before the first notebook that
needs more, it is replaced by one forked from a template that has imported them
(`Sandbox.load`); a free worker first takes a job whose libraries no one has or is importing
(the one missing the fewest), else the oldest job whose libraries it (or a template) has, and
the last jobs longest first (`_Local._take`): a library slow to import is imported once,
early, while the other workers grade, and the workers finish together.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future

import pytest

from curriculum.engine import run as run_module
from curriculum.engine.run import BASE_PRELOAD, _Local
from curriculum.engine.sandbox import Limits, Sandbox

STATS = ["numpy", "scipy.stats", "math"]
SKLEARN = ["numpy", "sklearn.datasets", "warnings"]
PLAIN = ["numpy", "sys"]


def _job(imports: list[str], name: str) -> dict:
    return {"imports": imports, "preload": BASE_PRELOAD, "name": name}


def _take_as(pool: _Local, worker: str) -> str:
    """The name of the job `worker` takes next (in a thread of that name, as the pool's)."""
    taken = []

    def take():
        with pool.ready:
            taken.append(pool._take())
    thread = threading.Thread(target=take, name=worker)
    thread.start()
    thread.join()
    return taken[0][0]["name"]


def test_a_free_worker_imports_early_what_no_one_is_importing_then_grades_what_it_has():
    pool = _Local(2)                                   # no thread started: _take by hand
    for n in range(3):
        for imports, group in ((STATS, "stats"), (SKLEARN, "sklearn"), (PLAIN, "plain")):
            pool.queue.append((_job(imports, f"{group}{n}"), Future()))
    # first a job whose library no one has or is importing (the oldest of those missing
    # one library), while the other worker has jobs to grade: numpy is a base library;
    # sys, math and warnings are Python's own, imported by the base libraries already
    assert _take_as(pool, "grader_0") == "stats0"
    assert _take_as(pool, "grader_1") == "sklearn0"    # scipy is grader_0's to import
    # nothing left that no one has: the oldest job each has the libraries of
    assert _take_as(pool, "grader_0") == "plain0"
    assert _take_as(pool, "grader_1") == "sklearn1"
    assert _take_as(pool, "grader_0") == "stats1"
    # a library of a package another worker is importing is left to it ...
    pool.queue.append((_job(["numpy", "scipy.linalg"], "linalg0"), Future()))
    assert _take_as(pool, "grader_1") == "plain1"
    # ... and taken first by the worker that has the package
    assert _take_as(pool, "grader_0") == "linalg0"
    # for grader_1 only jobs of libraries grader_0 has: the oldest, imported a second time
    for name in ("sklearn2", "plain2"):
        pool.queue.remove(next(item for item in pool.queue if item[0]["name"] == name))
    assert _take_as(pool, "grader_1") == "stats2"
    assert not pool.queue


def test_the_fewest_missing_libraries_first_and_a_templates_count_as_imported(monkeypatch):
    """Of the jobs whose libraries no worker has, the one missing the fewest goes first (the
    template made for it is then the base of the larger set's); a library some template of
    the shared sandbox has is a fork away, as good as imported."""
    heavy = ["numpy", "sklearn.datasets", "sklearn.linear_model", "sklearn.metrics"]
    light = ["numpy", "sklearn.datasets"]
    monkeypatch.setattr(run_module, "shared_modules", lambda: set())
    pool = _Local(2)
    for n in range(2):
        pool.queue.append((_job(heavy, f"heavy{n}"), Future()))
        pool.queue.append((_job(light, f"light{n}"), Future()))
    assert _take_as(pool, "grader_0") == "light0"      # older heavy0 misses three, not one
    assert _take_as(pool, "grader_0") == "heavy0"      # the two more, before light1
    assert _take_as(pool, "grader_0") == "heavy1"      # then what it has, oldest first
    pool.queue.append((_job(STATS, "stats0"), Future()))
    assert _take_as(pool, "grader_1") == "stats0"      # light1's sklearn is grader_0's
    for n in range(2):
        pool.queue.append((_job(["numpy", "pandas"], f"pandas{n}"), Future()))
    assert _take_as(pool, "grader_0") == "pandas0"     # one library missing, imported early
    # for grader_1 every job left needs a package grader_0 took: the oldest, unless a
    # template of the shared sandbox has its libraries
    monkeypatch.setattr(run_module, "shared_modules", lambda: {"pandas"})
    assert _take_as(pool, "grader_1") == "pandas1"
    monkeypatch.setattr(run_module, "shared_modules", lambda: set())
    assert _take_as(pool, "grader_1") == "light1"
    assert not pool.queue


def test_the_last_jobs_go_longest_first():
    """With no more than two jobs a worker left, the one whose notebook took longest so far
    goes first (a notebook not timed yet counts as longest), so that the workers finish
    together instead of one waiting for the other's last long notebook."""
    pool = _Local(2)
    pool.timings = {("a1", "a1.ipynb"): [2, 0.4], ("a2", "a2.ipynb"): [1, 0.9],
                    ("a3", "a3.ipynb"): [3, 0.9]}
    for n, aid in enumerate(("a1", "a2", "a3", "a1", "a2", "a4")):
        job = {**_job(PLAIN, f"{aid}-{n}"), "assignment": aid, "notebook": f"{aid}.ipynb"}
        pool.queue.append((job, Future()))
    assert _take_as(pool, "grader_0") == "a1-0"        # six left: the oldest
    assert _take_as(pool, "grader_0") == "a2-1"
    # four left (a3 0.3 s, a1 0.2 s, a2 0.9 s, a4 never timed)
    assert [_take_as(pool, "grader_1") for _ in range(4)] == ["a4-5", "a2-4", "a3-2", "a1-3"]


def test_every_job_is_run_once_and_results_come_back_on_their_futures(monkeypatch):
    ran, lock = [], threading.Lock()

    def execute(job):
        if job.get("warm"):
            return None
        with lock:
            ran.append((threading.current_thread().name, job["name"]))
        if job["name"] == "broken":
            raise RuntimeError("the sandbox did not start")
        return job["name"].upper()

    monkeypatch.setattr(run_module, "execute", execute)
    pool = _Local(2)
    pool.warm({"preload": BASE_PRELOAD})
    futures = {name: pool.submit(_job(imports, name)) for name, imports in
               [(f"n{k}", (STATS, SKLEARN, PLAIN)[k % 3]) for k in range(30)] +
               [("broken", PLAIN)]}
    pool.close()
    assert sorted(name for _, name in ran) == sorted(futures)
    assert {name: f.result() for name, f in futures.items() if name != "broken"} == \
        {name: name.upper() for name in futures if name != "broken"}
    with pytest.raises(RuntimeError, match="did not start"):
        futures["broken"].result()
    assert {worker for worker, _ in ran} <= {"grader_0", "grader_1"}


def test_a_sandbox_imports_a_notebooks_libraries_before_it_and_protects_them(tmp_path):
    """`load` imports in the zygote (not on the notebook's clock), reports what failed, and
    the fresh snapshot protects the new library's functions like those imported at start."""
    sandbox = Sandbox(BASE_PRELOAD, log_dir=tmp_path)
    try:
        sandbox.start()
        assert "wave" not in sandbox.known
        sandbox.load(["wave", "pandas", "no_such_library_here"])
        assert {"wave", "pandas", "no_such_library_here"} <= sandbox.known
        preloaded = sandbox.protections()["preloaded"]
        assert "wave" in preloaded and "pandas" in preloaded
        assert any(m.startswith("no_such_library_here") for m in
                   sandbox.ready["not_preloaded"])
        cells = [{"index": 0, "kind": "code", "source":
                  "import sys\nassert 'wave' in sys.modules, 'not imported by the zygote'\n"
                  "import pandas as pd\npd.testing.assert_frame_equal = lambda *a, **k: None"},
                 {"index": 1, "kind": "test", "source": "pass", "python": "pass"}]
        run = sandbox.run(cells, Limits(cell_s=20, notebook_s=60), imports=["wave"])
        assert not [o for o in run.cells[0].outputs if o.get("output_type") == "error"], \
            run.cells[0].outputs
        assert any("pandas.testing.assert_frame_equal" in t for t in run.cells[1].tampered), \
            run.cells[1]
    finally:
        sandbox.close()


def test_each_zygote_starts_from_the_users_font_list(tmp_path, monkeypatch):
    """matplotlib's font list is built once per user, outside any sandbox, and each zygote
    reads it instead of scanning the fonts again in its fresh MPLCONFIGDIR."""
    import json

    from curriculum.engine import sandbox as sandbox_module

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    font = sandbox_module.font_cache()
    assert font is not None and font.parent == tmp_path / "cache" / "curriculum" / "matplotlib"
    listed = json.loads(font.read_text())
    assert listed["__class__"] == "FontManager" and listed["ttflist"]
    listed["default_size"] = 11.5                      # a mark only this copy carries
    font.write_text(json.dumps(listed))
    for bwrap in (True, False):
        box = Sandbox(BASE_PRELOAD, log_dir=tmp_path, use_bubblewrap=bwrap)
        try:
            box.start()
            run = box.run([{"index": 0, "kind": "code", "source":
                            "import matplotlib.font_manager as fm\n"
                            "print(fm.fontManager.default_size)"}],
                          Limits(cell_s=20, notebook_s=60))
            printed = "".join(o.get("text", "") for o in run.cells[0].outputs)
            assert printed.strip() == "11.5", (bwrap, run.cells[0].outputs)
        finally:
            box.close()
