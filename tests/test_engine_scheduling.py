"""Which worker grades which notebook, and what its zygote has imported for it.

Each worker's zygote starts with the base libraries only; before the first notebook that
needs more, it is replaced by one forked from a template that has imported them
(`Sandbox.load`); a free worker takes the oldest job whose libraries it (or a template) has,
else, of those whose libraries no other worker has taken, the one missing the fewest
(`_Local._take`), so a library slow to import is imported as few times as possible.
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


def test_a_free_worker_takes_what_it_has_imported_then_what_no_one_else_has():
    pool = _Local(2)                                   # no thread started: _take by hand
    for n in range(3):
        for imports, group in ((STATS, "stats"), (SKLEARN, "sklearn"), (PLAIN, "plain")):
            pool.queue.append((_job(imports, f"{group}{n}"), Future()))
    # a job with nothing to import first (numpy is a base library; sys, math and warnings
    # are Python's own, imported by the base libraries already), in order
    assert _take_as(pool, "grader_0") == "plain0"
    assert _take_as(pool, "grader_1") == "plain1"
    assert _take_as(pool, "grader_0") == "plain2"
    # then the oldest whose library no other worker has taken
    assert _take_as(pool, "grader_1") == "stats0"
    assert _take_as(pool, "grader_0") == "sklearn0"    # scipy.stats is grader_1's now
    # then each keeps to what it has
    assert [_take_as(pool, "grader_1") for _ in range(2)] == ["stats1", "stats2"]
    assert [_take_as(pool, "grader_0") for _ in range(2)] == ["sklearn1", "sklearn2"]
    # nothing left that grader_0 has or that no one has: the oldest, imported a second time
    pool.queue.append((_job(STATS, "stats3"), Future()))
    pool.queue.append((_job(SKLEARN, "sklearn3"), Future()))
    assert _take_as(pool, "grader_1") == "stats3"
    pool.queue.appendleft((_job(STATS, "stats4"), Future()))
    assert _take_as(pool, "grader_0") == "sklearn3"
    assert _take_as(pool, "grader_0") == "stats4"
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
    assert _take_as(pool, "grader_0") == "light1"      # then what it has
    pool.queue.append((_job(STATS, "stats0"), Future()))
    assert _take_as(pool, "grader_1") == "stats0"      # heavy0 needs grader_0's library
    for n in range(2):
        pool.queue.append((_job(["numpy", "pandas"], f"pandas{n}"), Future()))
    assert _take_as(pool, "grader_0") == "pandas0"     # one library missing, not two
    # for grader_1 every job left needs a library grader_0 took: the oldest, unless a
    # template of the shared sandbox has it
    monkeypatch.setattr(run_module, "shared_modules", lambda: {"pandas"})
    assert _take_as(pool, "grader_1") == "pandas1"
    monkeypatch.setattr(run_module, "shared_modules", lambda: set())
    assert _take_as(pool, "grader_1") == "heavy0"


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
