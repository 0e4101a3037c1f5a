"""Hostile and broken submissions against the grading engine (`curriculum.engine.run.grade`).

One cohort of ~50 learners, each a different attack or breakage on the tiny course, is graded
in ONE `grade()` call (2 workers, 3 s per cell, 20 s per notebook); each case then asserts the
exact outcome. Every cheating answer is *wrong*, so a pass would be a wrong grade. Cases that
the engine gets wrong are strict xfails whose reason describes the bug.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import nbformat
import pytest

from curriculum.course import Course
from curriculum.engine.run import grade
from curriculum.engine.sandbox import Limits, bubblewrap_works
from curriculum.notebooks import grade_id
from curriculum.syllabus import load_syllabus
from tests.fixtures.tiny_course import REPO, TINY_ID, make_tiny_course

SANDBOXED = bubblewrap_works()
NO_SANDBOX = "bubblewrap (bwrap) is not installed: learner code would run unconfined"
NB = f"{TINY_ID}.ipynb"
MARKER = "987654"                 # the setsid child's command line: sleep 987654
LEFTOVER_MARKERS = (f"sleep\0{MARKER}".encode(), f"server-{MARKER}".encode())
# the duplicated-test learner's notebook repeats a cell id; nbformat warns while reading it
pytestmark = pytest.mark.filterwarnings("ignore::nbformat.warnings.DuplicateCellId")

ADD = "def add(a, b):\n    return a + b\n"
MEAN = ("def mean(xs):\n    if not xs:\n        raise ValueError('empty')\n"
        "    return sum(xs) / len(xs)\n")
BAD_ADD = "def add(a, b):\n    return a - b\n"
BAD_MEAN = "def mean(xs):\n    return 0.0\n"
Q1_WRONG = "q1_add_tests: AssertionError: add(1, 2): is not the expected value"
Q2_WRONG = "q2_mean_tests: AssertionError: mean([1, 3]): does not match the reference"


@dataclass
class Ctx:
    course: Course
    subs: Path
    release: nbformat.NotebookNode
    host_ip: str
    port: int
    secrets: list[str]            # files no learner may read or change


@dataclass
class Case:
    build: Callable[[Ctx], object]      # -> NotebookNode | bytes | None (wrote it itself)
    status: str = "graded"
    score: float = 0.0
    reasons: tuple | None = ()          # substrings of "; ".join(reasons); () = none; None: any
    review: tuple | None = ()           # substrings of the review lines; () = no review
    warnings: tuple = ()
    sandbox: bool = False               # only with bubblewrap (the attack is real without)
    bug: str | None = None              # a strict xfail: what the engine does wrong


CASES: dict[str, Case] = {}


def case(**expect):
    def register(build):
        CASES[build.__name__.replace("_", "-")] = Case(build, **expect)
        return build
    return register


# ------------------------------------------------------------------ notebook helpers
def release(ctx: Ctx) -> nbformat.NotebookNode:
    return copy.deepcopy(ctx.release)


def cell(nb, gid: str):
    return next(c for c in nb.cells if grade_id(c) == gid)


def answered(ctx: Ctx, q1: str = ADD, q2: str = MEAN, **sources) -> nbformat.NotebookNode:
    """The release notebook with these sources in the cells of these grade ids."""
    nb = release(ctx)
    for gid, source in {"q1_add": q1, "q2_mean": q2, **sources}.items():
        cell(nb, gid).source = source
    return nb


def insert(nb, after: str, source: str, metadata: dict | None = None):
    new = nbformat.v4.new_code_cell(source, metadata=metadata or {})
    nb.cells.insert(nb.cells.index(cell(nb, after)) + 1, new)
    return nb


# ------------------------------------------------------------------ honest and broken work
@case(score=4)
def full(ctx):
    """A correct solution: full marks, nothing to review."""
    return answered(ctx)


@case(score=0, reasons=("q1_add_tests: NotImplementedError", "q2_mean_tests: NotImplementedError"))
def blank(ctx):
    """The release copy, untouched."""
    return release(ctx)


@case(score=2, reasons=("q1_add: RuntimeError: boom", "q1_add_tests: NameError"))
def raises_at_top(ctx):
    """An answer that raises at top level; the next exercise is still graded."""
    return answered(ctx, q1="raise RuntimeError('boom')\n" + ADD)


@case(score=2, reasons=("q1_add: timed out (the per-cell limit is 3 s)", "q1_add_tests: NameError"))
def infinite_loop(ctx):
    """`while True: pass` before the answer: the cell times out, the notebook goes on."""
    return answered(ctx, q1="while True:\n    pass\n" + ADD)


@case(score=0, reasons=("ignored the 3 s time limit and the notebook was stopped",
                        "q2_mean_tests: did not run"))
def ignores_alarm(ctx):
    """A loop that ignores SIGALRM: the grader kills the notebook; later tests do not run."""
    return answered(ctx, q1=ADD + "import signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\n"
                    "while True:\n    pass\n")


@case(score=2, reasons=("q1_add: MemoryError", "q1_add_tests: NameError"))
def memory_bytearray(ctx):
    """`bytearray(50 << 30)`: MemoryError under the address-space limit."""
    return answered(ctx, q1="x = bytearray(50 << 30)\n" + ADD)


@case(score=2, reasons=("q1_add: MemoryError: Unable to allocate", "q1_add_tests: NameError"))
def memory_growing(ctx):
    """A list of 256 MiB arrays that grows until the address-space limit: MemoryError."""
    return answered(ctx, q1="import numpy as np\ndef grow():\n    xs = []\n    while True:\n"
                    "        xs.append(np.empty(1 << 28, np.uint8))\ngrow()\n" + ADD)


@case(score=2, reasons=(Q1_WRONG,), sandbox=True)
def fork_bomb(ctx):
    """Forks until RLIMIT_NPROC stops it (children sleep); a correct q2 still passes."""
    return answered(ctx, q1="import os, time\nfor _ in range(1000):\n    try:\n"
                    "        pid = os.fork()\n    except OSError:\n        break\n"
                    "    if pid == 0:\n        time.sleep(30)\n        os._exit(0)\n" + BAD_ADD)


@case(score=0, reasons=("the kernel exited early (exit code 0",))
def os_exit(ctx):
    """`os._exit(0)` after correct answers: the tests after it never ran."""
    return answered(ctx, q1=ADD + "import os\nos._exit(0)\n")


@case(score=4, sandbox=True)
def sigkill_self(ctx):
    """`os.kill(os.getpid(), SIGKILL)`: the kernel is PID 1 of its namespace, so it survives."""
    return answered(ctx, q1=ADD + "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n")


@case(score=4, warnings=("output truncated (47900001 characters of printed output dropped",))
def huge_output(ctx):
    """48 MB printed by a correct answer (stock nbgrader: >500 s, 7.9 GB for feedback)."""
    return answered(ctx, q1=ADD + "print('x' * 48_000_000)\n")


@case(status="malformed", reasons=("cannot be read (not JSON: truncated",))
def truncated_json(ctx):
    """The notebook file cut in half."""
    raw = nbformat.writes(answered(ctx)).encode()
    return raw[: len(raw) // 2]


@case(status="malformed", reasons=(f"{NB} is empty",))
def empty_file(ctx):
    """A zero-byte notebook."""
    return b""


@case(status="malformed", reasons=("Unsupported nbformat version 99",))
def nbformat_99(ctx):
    """A notebook claiming nbformat 99."""
    data = json.loads(nbformat.writes(answered(ctx)))
    data["nbformat"] = 99
    return json.dumps(data).encode()


@case(status="missing", reasons=(f"no {NB} submitted",))
def missing(ctx):
    """A student folder with no notebook in it."""
    (ctx.subs / "missing" / TINY_ID).mkdir(parents=True)


@case(status="missing", reasons=("is a symbolic link, not a file (not followed)",))
def symlink_source(ctx):
    """The notebook is a symlink to the instructor's source notebook (with solutions)."""
    folder = ctx.subs / "symlink-source" / TINY_ID
    folder.mkdir(parents=True)
    (folder / NB).symlink_to(ctx.course.source_notebook(TINY_ID))


@case(status="missing", reasons=("is not a regular file",))
def fifo(ctx):
    """The notebook is a named pipe (reading it would block a naive grader forever)."""
    folder = ctx.subs / "fifo" / TINY_ID
    folder.mkdir(parents=True)
    os.mkfifo(folder / NB)


@case(score=4, warnings=("ignored file 'ipykernel_launcher.py'", "ignored file 'numpy.py'",
                         "ignored file 'curriculum'"))
def extra_files(ctx):
    """Shadowing modules beside a correct notebook (nbgrader runs the kernel in that folder)."""
    folder = ctx.subs / "extra-files" / TINY_ID
    (folder / "curriculum").mkdir(parents=True)
    evil = "import os\nos._exit(0)\n"
    for name in ("ipykernel_launcher.py", "numpy.py", "curriculum/checks.py"):
        (folder / name).write_text(evil)
    return answered(ctx)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=None)
def skip_execution_tag(ctx):
    """`skip-execution` tags on the test cells, wrong answers (the tag is dropped)."""
    nb = answered(ctx, q1=BAD_ADD, q2=BAD_MEAN)
    for gid in ("q1_add_tests", "q2_mean_tests"):
        cell(nb, gid).metadata["tags"] = ["skip-execution", "raises-exception"]
    return nb


@case(score=4, review=("skip-execution",),
)
def skip_tag_reported(ctx):
    """The same `skip-execution` tags with correct answers: the tampering should be reported."""
    nb = answered(ctx)
    for gid in ("q1_add_tests", "q2_mean_tests"):
        cell(nb, gid).metadata["tags"] = ["skip-execution"]
    return nb


@case(score=0, reasons=(Q1_WRONG,))
def displayhook_pass(ctx):
    """`sys.displayhook("PASS")` before a failing check (nbgrader 0.9.6: full marks)."""
    return answered(ctx, q1="import sys\ndef add(a, b):\n    sys.displayhook('PASS')\n"
                    "    return a - b\n", q2=BAD_MEAN)


@case(score=4)
def displayhook_correct(ctx):
    """`sys.displayhook` from a correct answer: test cells run outside IPython's display
    trap, so the value is printed as text and cannot pose as the cell's result (nbgrader
    would read a number there as partial credit): full marks for a right answer."""
    return answered(ctx, q1="import sys\ndef add(a, b):\n    sys.displayhook('PASS')\n"
                    "    return a + b\n")


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("shell.ast_transformers (undone)",))
def ast_transformer(ctx):
    """An AST transformer that turns every later cell into `pass` (the tests included)."""
    return answered(ctx, q1="import ast\nclass Blank(ast.NodeTransformer):\n"
                    "    def visit_Module(self, node):\n"
                    "        return ast.Module(body=[ast.Pass()], type_ignores=[])\n"
                    "get_ipython().ast_transformers.append(Blank())\n" + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG),
      review=("curriculum.checks.expect_equal", "numpy.isclose"))
def patch_checks(ctx):
    """`curriculum.checks.expect_*` and `np.isclose` replaced, wrong answers."""
    return answered(ctx, q1="import curriculum.checks as cc, numpy as np\n"
                    "noop = lambda *a, **k: None\n"
                    "cc.expect_equal = cc.expect_close = cc.expect_raises = noop\n"
                    "np.isclose = lambda a, b, **k: np.ones(np.shape(a), bool)\n" + BAD_ADD,
                    q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("sys.modules['curriculum.checks']",))
def fake_checks_module(ctx):
    """`sys.modules['curriculum.checks']` replaced by a module of no-ops."""
    return answered(ctx, q1="import sys, types, curriculum\n"
                    "fake = types.ModuleType('curriculum.checks')\n"
                    "fake.expect_equal = fake.expect_close = fake.expect_raises = "
                    "lambda *a, **k: None\n"
                    "sys.modules['curriculum.checks'] = curriculum.checks = fake\n" + BAD_ADD,
                    q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("sys.meta_path",))
def meta_path_finder(ctx):
    """A meta-path finder that serves a fake checks module once it is un-imported."""
    return answered(ctx, q1="import sys, importlib.abc, importlib.util\n"
                    "class Fake(importlib.abc.MetaPathFinder, importlib.abc.Loader):\n"
                    "    def find_spec(self, name, path, target=None):\n"
                    "        if name == 'curriculum.checks':\n"
                    "            return importlib.util.spec_from_loader(name, self)\n"
                    "    def create_module(self, spec):\n        return None\n"
                    "    def exec_module(self, m):\n"
                    "        m.expect_equal = m.expect_close = m.expect_raises = "
                    "lambda *a, **k: None\n"
                    "sys.meta_path.insert(0, Fake())\ndel sys.modules['curriculum.checks']\n"
                    + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("builtins.__import__",))
def import_hook(ctx):
    """`builtins.__import__` replaced so that the tests import no-op checks."""
    return answered(ctx, q1="import builtins, types\nreal = builtins.__import__\n"
                    "noop = lambda *a, **k: None\n"
                    "fake = types.SimpleNamespace(expect_equal=noop, expect_close=noop, "
                    "expect_raises=noop)\n"
                    "def imp(name, *args, **kw):\n"
                    "    return fake if name == 'curriculum.checks' else real(name, *args, **kw)\n"
                    "builtins.__import__ = imp\n" + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=("q1_add_tests: AssertionError: add(a, b)",), review=("random.randint",))
def rigged_random(ctx):
    """`random.randint` rigged so the hidden tests only ask add(1, 2); add hard-codes 3."""
    return answered(ctx, q1="import random, itertools\nvals = itertools.cycle([1, 2])\n"
                    "random.randint = lambda a, b: next(vals)\n"
                    "def add(a, b):\n    return 3\n", q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("shell.run_cell", "shell.showtraceback"))
def shell_methods(ctx):
    """`shell.run_cell` replaced, and `showtraceback` silenced so failing tests show no error."""
    return answered(ctx, q1="ip = get_ipython()\nip.run_cell = lambda *a, **k: None\n"
                    "ip.showtraceback = ip._showtraceback = lambda *a, **k: None\n"
                    + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("input_transformers_cleanup",),
)
def input_transformer(ctx):
    """An input transformer that turns every later cell, tests included, into `pass`."""
    return answered(ctx, q1="get_ipython().input_transformers_cleanup.append("
                    "lambda lines: ['pass\\n'])\n" + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("numpy.testing.assert_allclose",),
)
def patch_np_testing(ctx):
    """`np.testing.assert_allclose` and `assert_array_equal` replaced by no-ops."""
    return answered(ctx, q1="import numpy as np\nnoop = lambda *a, **k: None\n"
                    "np.testing.assert_allclose = np.testing.assert_array_equal = noop\n"
                    + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, "q2_mean_tests: AssertionError"))
def always_equal(ctx):
    """Results whose `__eq__` is always True, even as int/float subclasses (nbgrader #1379)."""
    return answered(ctx, q1="class Eq(int):\n    __eq__ = lambda s, o: True\n"
                    "    __ne__ = lambda s, o: False\n    __hash__ = int.__hash__\n"
                    "def add(a, b):\n    return Eq(0)\n",
                    q2="class EqF(float):\n    __eq__ = lambda s, o: True\n"
                    "    __ne__ = lambda s, o: False\n    __hash__ = float.__hash__\n"
                    "def mean(xs):\n    return EqF(0.0)\n")


@case(score=0, reasons=("q1_add: RefusedCapability: reaching for a trace hook", Q2_WRONG),
      review=("a trace hook (sys.settrace), refused",))
def trace_skips_checks(ctx):
    """`sys.settrace` hook that would jump over every `expect_` line of the tests: refused
    (the answer cell stops there, so `add` is never defined)."""
    return answered(ctx, q1="import sys, linecache\n"
                    "def skip(frame, event, arg):\n    if event == 'line':\n"
                    "        text = linecache.getline(frame.f_code.co_filename, frame.f_lineno)\n"
                    "        if 'expect_' in text and 'import' not in text:\n"
                    "            try:\n                frame.f_lineno += 1\n"
                    "            except ValueError:\n                pass\n    return skip\n"
                    "sys.settrace(skip)\n" + BAD_ADD, q2=BAD_MEAN)


@case(score=2, reasons=("q1_add: SystemExit", "q1_add_tests: NameError"))
def sys_exit(ctx):
    """`sys.exit()` at the top of an answer: an error in that cell only."""
    return answered(ctx, q1="import sys\nsys.exit()\n" + ADD)


@case(score=4, warnings=("cell q1_add wrote to stderr",))
def stderr_warning(ctx):
    """`warnings.warn` and stderr text in a correct answer (nbgrader 0.9.6: scores 0)."""
    return answered(ctx, q1=ADD + "import sys, warnings\nwarnings.warn('old API')\n"
                    "print('note', file=sys.stderr)\n")


# ------------------------------------------------------------------ intake: cells tampered with
@case(score=4, review=("cell 'q1_add_tests' appears more than once; only the first copy was run",))
def duplicated_test(ctx):
    """A test cell pasted again after add() is broken: only the first copy runs."""
    nb = answered(ctx)
    insert(nb, "q2_mean_tests", BAD_ADD)
    nb.cells.insert(nb.cells.index(cell(nb, "q2_mean_tests")) + 2,
                    copy.deepcopy(cell(nb, "q1_add_tests")))
    return nb


@case(score=2, reasons=(Q1_WRONG,), review=("cell 'q1_add_tests' was deleted",))
def deleted_test(ctx):
    """The test cell of a wrong answer deleted: put back, run, 0."""
    nb = answered(ctx, q1=BAD_ADD)
    nb.cells.remove(cell(nb, "q1_add_tests"))
    return nb


@case(score=4, review=("a cell claims grade_id 'bonus'",))
def forged_grade_cell(ctx):
    """A forged graded cell worth 100 points: max_score stays 4."""
    meta = {"nbgrader": {"grade": True, "grade_id": "bonus", "locked": True, "points": 100,
                         "schema_version": 3, "solution": False}}
    return insert(answered(ctx), "q2_mean_tests", "pass", meta)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("locked cell 'q1_add_tests' was edited",
                                                    "locked cell 'q2_mean_tests' was edited"))
def edited_tests(ctx):
    """Test cells (locked) edited to `pass`, wrong answers."""
    nb = answered(ctx, q1=BAD_ADD, q2=BAD_MEAN)
    cell(nb, "q1_add_tests").source = cell(nb, "q2_mean_tests").source = "pass"
    return nb


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("q1_add_tests",),
)
def raw_test_cell(ctx):
    """A test cell turned into a raw cell, a wrong answer."""
    nb = answered(ctx, q1=BAD_ADD, q2=BAD_MEAN)
    index = nb.cells.index(cell(nb, "q1_add_tests"))
    old = nb.cells[index]
    nb.cells[index] = nbformat.v4.new_raw_cell(old.source, metadata=old.metadata)
    return nb


# ------------------------------------------------------------------ escaping the sandbox
@case(score=4, sandbox=True)
def setsid_child(ctx):
    """A `start_new_session=True` child that would outlive the notebook."""
    return answered(ctx, q1=ADD + "import subprocess\n"
                    f"subprocess.Popen(['sleep', '{MARKER}'], start_new_session=True)\n")


@case(score=4, sandbox=True, review=("learner thread(s) still running",),
      warnings=("wrote to stderr",))
def loopback_servers_left_running(ctx):
    """Stage 4 notebooks start servers: a threaded HTTP server and a `setsid` server process,
    both on loopback, reached from the notebook, and both left running. The answers are right
    only if both servers answered, so full marks prove loopback works in the sandbox; the
    leftover check proves neither outlives the notebook. The live server thread while tests
    run goes to review, as any learner thread does."""
    serve = ("import sys, http.server\n"
             "srv = http.server.HTTPServer(('127.0.0.1', 0), http.server.SimpleHTTPRequestHandler)\n"
             "print(srv.server_address[1], flush=True)\n"
             "srv.serve_forever()\n")
    return answered(ctx, q1=(
        "import http.server, subprocess, sys, threading, urllib.request\n"
        "_srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), http.server.SimpleHTTPRequestHandler)\n"
        "threading.Thread(target=_srv.serve_forever, daemon=True).start()\n"
        f"_proc = subprocess.Popen([sys.executable, '-c', {serve!r}, 'server-{MARKER}'],\n"
        "                         stdout=subprocess.PIPE, text=True, start_new_session=True)\n"
        "_port = int(_proc.stdout.readline())\n"
        "_ok = all(urllib.request.urlopen(f'http://127.0.0.1:{p}/', timeout=2).status == 200\n"
        "          for p in (_srv.server_address[1], _port))\n"
        "def add(a, b):\n    return a + b if _ok else a - b\n"), q2=MEAN)


def gated(flag: str) -> dict:
    """Answers that are right only where `flag` (set by a probe) is true."""
    return {"q1": f"def add(a, b):\n    return a + b if {flag} else a - b\n",
            "q2": MEAN.replace("return sum(xs) / len(xs)",
                               f"return sum(xs) / len(xs) if {flag} else 0.0")}


def secrets_probe(ctx) -> str:
    return ("def can_read(paths):\n    for p in paths:\n        try:\n"
            "            with open(p, 'rb') as f:\n                if f.read(1):\n"
            "                    return True\n        except OSError:\n            pass\n"
            f"    return False\nLEAK = can_read({ctx.secrets!r})\n")


def network_probe(ctx) -> str:
    return ("import socket\ndef online(addresses):\n    for address in addresses:\n"
            "        try:\n            socket.create_connection(address, timeout=1).close()\n"
            "            return True\n        except OSError:\n            pass\n"
            f"    return False\nNET = online([({ctx.host_ip!r}, {ctx.port}), "
            f"('127.0.0.1', {ctx.port}), ('1.1.1.1', 53)])\n")


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), sandbox=True)
def reads_secrets(ctx):
    """Right only if it can read the source notebook, gradebook, another submission."""
    answers = gated("LEAK")
    return answered(ctx, q1=secrets_probe(ctx) + answers["q1"], q2=answers["q2"])


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), sandbox=True)
def network(ctx):
    """Right only if it reaches a port open on the host's address or loopback, or 1.1.1.1:53."""
    answers = gated("NET")
    return answered(ctx, q1=network_probe(ctx) + answers["q1"], q2=answers["q2"])


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), sandbox=True)
def vandal(ctx):
    """Deletes and overwrites the gradebook, source/ and another learner's notebook."""
    targets = ctx.secrets + [str(ctx.course.root / "source")]
    return answered(ctx, q1="import os, shutil\n"
                    f"for p in {targets!r}:\n"
                    "    for attack in (os.remove, lambda p: open(p, 'w').write('x'), "
                    "shutil.rmtree):\n"
                    "        try:\n            attack(p)\n        except Exception:\n"
                    "            pass\n" + BAD_ADD, q2=BAD_MEAN)


@case(score=4, sandbox=True)
def kill_everyone(ctx):
    """`os.kill(-1, SIGKILL)` and `os.kill(os.getppid(), 9)`; correct answers after."""
    return answered(ctx, q1="import os, signal\nfor pid in (-1, os.getppid()):\n    try:\n"
                    "        os.kill(pid, signal.SIGKILL)\n    except OSError:\n        pass\n"
                    + ADD)


# ------------------------------------------------------------------ the results channel (fd 3)
@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("the results channel was tampered with",))
def fd3_fake_events(ctx):
    """Fake 'cell passed' events written to fd 3 for the test cells, wrong answers."""
    tests = [i for i, c in enumerate(ctx.release.cells) if grade_id(c) in
             ("q1_add_tests", "q2_mean_tests")]
    events = "".join(json.dumps(e) + "\n" for i in tests for e in (
        {"ev": "start", "cell": i}, {"ev": "cell", "cell": i, "outputs": [],
                                     "execution_count": i}))
    return answered(ctx, q1="import os\n"
                    "os.write(3, b'{\"ev\": \"cell\", \"cell\": 99, \"outputs\": []}\\n')\n"
                    f"os.write(3, {events!r}.encode())\n" + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=(), review=("the results channel was tampered with",))
def fd3_garbage(ctx):
    """Garbage on fd 3 with correct answers: tampering scores 0 and goes to review."""
    return answered(ctx, q1=ADD + "import os\nos.write(3, b'not json\\n')\n")


@case(score=0, reasons=("q1_add: RefusedCapability: reaching for a trace hook",
                       "q2_mean: RefusedCapability: reaching for a trace hook"),
      review=("a trace hook (sys.settrace), refused",))
def trace_repatch(ctx):
    """A trace hook that would re-apply no-op checks from inside the runner's own undo:
    refused."""
    hook = ("import sys, curriculum.checks as cc\nnoop = lambda *a, **k: None\n"
            "def hook(frame, event, arg):\n    if frame.f_code.co_name == 'restore':\n"
            "        cc.expect_equal = cc.expect_close = cc.expect_raises = noop\n"
            "    return hook\n")
    return answered(ctx, q1=hook + "sys.settrace(hook)\n" + BAD_ADD,
                    q2="sys.settrace(hook)\n" + BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=None,
)
def runner_globals(ctx):
    """Reaches the runner's globals and wraps its `_emit` to drop the tests' errors."""
    return answered(ctx, q1="import signal\nf = signal.getsignal(signal.SIGALRM)\n"
                    "real = f.__globals__['_emit']\n"
                    "def emit(fd, event):\n    if event.get('ev') == 'cell':\n"
                    "        event['outputs'] = [o for o in event['outputs'] "
                    "if o.get('output_type') != 'error']\n        event['tampered'] = []\n"
                    "    real(fd, event)\n"
                    "f.__globals__['_emit'] = emit\n" + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=None, review=None,
)
def fd3_forge_all(ctx):
    """Forges a consistent 'all cells passed' stream on fd 3, then `os._exit(0)`."""
    code = [i for i, c in enumerate(ctx.release.cells) if c.cell_type == "code"]
    q1 = code.index(next(i for i in code if grade_id(ctx.release.cells[i]) == "q1_add"))
    events = [{"ev": "cell", "cell": code[q1], "outputs": [], "execution_count": q1 + 1}]
    for n, i in enumerate(code[q1 + 1:], q1 + 2):
        events += [{"ev": "start", "cell": i},
                   {"ev": "cell", "cell": i, "outputs": [], "execution_count": n}]
    stream = "".join(json.dumps(e) + "\n" for e in events)
    return answered(ctx, q1=BAD_ADD + f"import os\nos.write(3, {stream!r}.encode())\n"
                    "os._exit(0)\n", q2=BAD_MEAN)


# ------------------------------------------------------------------ the judge out of reach
# Each answer is wrong (or calls what the exercise forbids) and reaches for the judge: the
# values a hidden test computed, its frame, the checks' code, an interpreter hook, raw memory.
# A refused capability raises in the learner's code and is listed for review.
PEEK_MEAN = ("def mean(xs):\n    if not xs:\n        raise ValueError('empty')\n"
             "    if len(xs) < 5:\n        return sum(xs) / len(xs)\n"
             "    return {peek}\n")
REVIEW_Q2 = "q2_mean_tests: learner code changed or reached for"


@case(score=2, reasons=("q2_mean_tests: AssertionError: mean of seven values",))
def reads_test_values(ctx):
    """Right on short lists, and for the rest returns the `_expected` the hidden test
    computed before calling it, read from the namespace: the test's names are not there."""
    return answered(ctx, q2=PEEK_MEAN.format(peek="globals().get('_expected', 0.0)"))


@case(score=2, reasons=("q2_mean_tests: AssertionError: mean of seven values",))
def rebinds_checks_during_tests(ctx):
    """Rebinds `expect_close` and `expect_raises` to no-ops in its globals from inside the
    first call, then answers wrong: the test cell's own names are not the notebook's."""
    return answered(ctx, q2="calls = [0]\ndef mean(xs):\n    g = globals()\n"
                    "    g['expect_close'] = g['expect_raises'] = lambda *a, **k: None\n"
                    "    calls[0] += 1\n    return sum(xs) / len(xs) if calls[0] <= 2 else 0.0\n")


@case(score=2, reasons=("q2_mean_tests",), review=(REVIEW_Q2, "the call stack"))
def frame_reads_test_values(ctx):
    """`sys._getframe(1).f_globals['_expected']`: the call stack is refused."""
    return answered(ctx, q2="import sys\n" + PEEK_MEAN.format(
        peek="sys._getframe(1).f_globals.get('_expected', 0.0)"))


@case(score=2, reasons=("q2_mean_tests",), review=(REVIEW_Q2, "the call stack"))
def inspect_stack_patches_checks(ctx):
    """`inspect.stack()` to the test's frame, where it replaces `expect_close`."""
    return answered(ctx, q2="import inspect\ndef mean(xs):\n"
                    "    for info in inspect.stack():\n"
                    "        info.frame.f_globals['expect_close'] = lambda *a, **k: None\n"
                    "    return 0.0\n")


@case(score=2, reasons=("q2_mean_tests",), review=(REVIEW_Q2, "the call stack"))
def traceback_walks_stack(ctx):
    """`traceback.walk_stack` up to the test's frame."""
    return answered(ctx, q2="import traceback\n" + PEEK_MEAN.format(
        peek="[f.f_globals.get('_expected') for f, _ in traceback.walk_stack(None)][-1]"))


@case(score=2, reasons=("q2_mean_tests",), review=(REVIEW_Q2, "frame of a traceback"))
def generator_frame(ctx):
    """A running generator's `gi_frame.f_back` chain leads to the test's frame."""
    return answered(ctx, q2="def _up():\n    yield gen.gi_frame\n"
                    "def mean(xs):\n    global gen\n    gen = _up()\n    f = next(gen)\n"
                    "    while f is not None and '_expected' not in f.f_globals:\n"
                    "        f = f.f_back\n    return f.f_globals['_expected'] if f else 0.0\n")


@case(score=2, reasons=("q2_mean_tests",), review=(REVIEW_Q2, "interpreter's objects (gc)"))
def gc_finds_test_namespace(ctx):
    """`gc.get_objects()` to find the dict that holds `_expected`."""
    return answered(ctx, q2="import gc\n" + PEEK_MEAN.format(
        peek="next(o['_expected'] for o in gc.get_objects() "
             "if isinstance(o, dict) and '_expected' in o)"))


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("the code of a function",))
def swaps_check_code(ctx):
    """Replaces the *code* of the checks in place (`expect_equal.__code__ = ...`): the
    function objects stay the same, so an identity check would pass."""
    return answered(ctx, q1="import curriculum.checks as cc\nnoop = lambda *a, **k: None\n"
                    "for f in (cc.expect_equal, cc.expect_close, cc.expect_raises):\n"
                    "    try:\n        f.__code__ = noop.__code__\n"
                    "    except Exception:\n        pass\n" + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("the code of a function",))
def loosens_check_defaults(ctx):
    """Makes `expect_close` accept anything through its default tolerances."""
    return answered(ctx, q2="import curriculum.checks as cc\ntry:\n"
                    "    cc.expect_close.__kwdefaults__ = {'rtol': 1e9, 'atol': 1e9}\n"
                    "except Exception:\n    pass\n" + BAD_MEAN, q1=BAD_ADD)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("an audit hook",))
def audit_hook_at_test_start(ctx):
    """An audit hook that would run as each test cell starts (the `exec` event) and no-op
    the checks, after the runner's restore: it is never added."""
    return answered(ctx, q1="import sys, curriculum.checks as cc\n"
                    "def hook(event, args):\n    if event == 'exec':\n"
                    "        cc.expect_equal = cc.expect_close = lambda *a, **k: None\n"
                    "sys.addaudithook(hook)\n" + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("raw memory (ctypes)",))
def ctypes_rewrites_checks(ctx):
    """ctypes: the checks' function object rewritten through raw memory."""
    return answered(ctx, q1="import ctypes, curriculum.checks as cc\n"
                    "noop = lambda *a, **k: None\n"
                    "for attack in (lambda: ctypes.cast(id(cc.expect_equal), ctypes.py_object),\n"
                    "               lambda: ctypes.c_char.from_address(id(cc.expect_equal)),\n"
                    "               lambda: ctypes.pythonapi.PyFunction_SetCode):\n"
                    "    try:\n        attack()\n    except Exception:\n        pass\n"
                    + BAD_ADD, q2=BAD_MEAN)


NOOP_CHECKS = ("cc.expect_equal = cc.expect_close = cc.expect_raises = "
               "lambda *a, **k: None\n")


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("curriculum.checks.expect_equal",))
def disables_the_runners_restore(ctx):
    """Replaces the method that puts the checks back before each test cell (a class
    attribute of the runner, so no identity check could see it), then no-ops the checks. The
    runner's classes are sealed (TypeError); the no-op checks are put back and reported."""
    return answered(ctx, q1="import curriculum.engine.inside as runner\n"
                    "import curriculum.checks as cc\ntry:\n"
                    "    runner._Snapshot.restore = lambda self, *a, **k: []\n"
                    "except Exception:\n    pass\n" + NOOP_CHECKS + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("curriculum.checks.expect_equal",))
def blinds_the_runners_restore(ctx):
    """Gives the runner's classes properties that hide what the snapshot protects or feed
    the reader (a property on a class wins over the instance's own attribute of that name,
    and no audit event is raised for setting a class attribute), then no-ops the checks.
    Each assignment must be refused (the runner's, the guard's and the checks' classes are
    sealed), or at least read by nothing that judges (the restore is a closure); the no-op
    checks are put back and reported."""
    return answered(ctx, q1="import curriculum.engine.inside as runner\n"
                    "import curriculum.checks as cc\n"
                    "for cls, name, value in [\n"
                    "        (runner._Snapshot, 'modules', property(\n"
                    "            lambda s: {'builtins': vars(s)['modules']['builtins']})),\n"
                    "        (runner._Snapshot, 'classes', property(lambda s: {})),\n"
                    "        (runner._Snapshot, 'versions', property(lambda s: None)),\n"
                    "        (runner._HeldReader, 'read', property(lambda s: None)),\n"
                    "        (runner._Sink, 'write', lambda *a: None),\n"
                    "        (cc.TamperingError, '__init__', lambda *a: None)]:\n"
                    "    try:\n        setattr(cls, name, value)\n"
                    "    except Exception:\n        pass\n" + NOOP_CHECKS + BAD_ADD,
                    q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("curriculum.checks.expect_equal",))
def replacement_named_like_the_library(ctx):
    """No-op checks whose `__module__` says they are the checks' own (the test of "the
    library rebound its own function" must not rest on a name anyone can set)."""
    return answered(ctx, q1="import curriculum.checks as cc\n"
                    "def expect_equal(*a, **k):\n    return None\n"
                    "expect_equal.__module__ = 'curriculum.checks'\n"
                    "cc.expect_equal = cc.expect_close = cc.expect_raises = expect_equal\n"
                    + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("ast.parse",))
def parses_tests_as_nothing(ctx):
    """Makes `ast.parse` (which the runner compiles test cells with) parse every judge cell
    as `pass`: the tests would run nothing and fail nothing."""
    return answered(ctx, q1="import ast\n_parse = ast.parse\n"
                    "def _fake(source, filename='<unknown>', *a, **k):\n"
                    "    return _parse('pass' if str(filename).startswith('<judge') else source,"
                    " filename, *a, **k)\n"
                    "ast.parse = _fake\n" + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("json.loads",))
def rewrites_the_next_test_cell(ctx):
    """Replaces `json.loads`, which reads the grader's messages, so that every test cell
    that arrives reads as `pass`."""
    return answered(ctx, q1="import json\n_loads = json.loads\n"
                    "def _fake(text, *a, **k):\n    value = _loads(text, *a, **k)\n"
                    "    if isinstance(value, dict) and value.get('kind') == 'test':\n"
                    "        value['source'] = 'pass'\n    return value\n"
                    "json.loads = _fake\n" + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=None, review=("learner thread",))
def raw_thread_patches_checks(ctx):
    """A thread started with `_thread` (which `threading.active_count` does not count) that
    no-ops the checks while the test cells run."""
    return answered(ctx, q1="import _thread, time, curriculum.checks as cc\n"
                    "def _loop():\n    while True:\n"
                    "        " + NOOP_CHECKS + "        time.sleep(0.0005)\n"
                    "_thread.start_new_thread(_loop, ())\n" + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("gc.callbacks",))
def gc_callback_patches_checks(ctx):
    """A garbage-collector callback, which runs inside the test cells whenever they
    allocate enough, no-ops the checks."""
    return answered(ctx, q1="import gc, curriculum.checks as cc\n"
                    "def _cb(phase, info):\n"
                    "    " + NOOP_CHECKS +
                    "gc.callbacks.append(_cb)\ngc.set_threshold(1)\n" + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("signal handler",))
def signal_handler_patches_checks(ctx):
    """A profiling timer whose SIGPROF handler no-ops the checks every millisecond of CPU,
    inside the test cells too."""
    return answered(ctx, q1="import signal, curriculum.checks as cc\n"
                    "def _h(signum, frame):\n"
                    "    " + NOOP_CHECKS +
                    "signal.signal(signal.SIGPROF, _h)\n"
                    "signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)\n" + BAD_ADD,
                    q2=BAD_MEAN)


@case(score=0, reasons=(Q1_WRONG, "q2_mean_tests: NameError"))
def ipython_transforms_tests_away(ctx):
    """Makes IPython's input transformer (magics, `!` and `?`) turn every cell into `pass`:
    test cells reach the sandbox as the Python the grader already transformed."""
    return answered(ctx, q1="from IPython.core.inputtransformer2 import TransformerManager\n"
                    "TransformerManager.transform_cell = lambda self, cell: 'pass\\n'\n"
                    + BAD_ADD, q2=BAD_MEAN)


@case(score=2, reasons=(Q2_WRONG,), review=("numpy._core.numeric.less_equal",))
def patches_numpy_internals(ctx):
    """Leaves `np.isclose` itself alone and replaces a function it calls through its own
    module's globals, so that every comparison of `expect_close` holds."""
    return answered(ctx, q2="import numpy as np, numpy._core.numeric as numeric\n"
                    "numeric.less_equal = lambda a, b, *rest, **k: np.ones(np.shape(a), bool)\n"
                    "def mean(xs):\n    if not xs:\n        raise ValueError('empty')\n"
                    "    return 0.0\n")


@case(score=0, reasons=(Q1_WRONG, Q2_WRONG), review=("builtins.vars",))
def builtin_vars_hides_patches(ctx):
    """Replaces `builtins.vars` with one that shows pristine copies of `builtins` and of
    the checks' module, then no-ops the checks: a restore that reads namespaces through the
    builtins would see nothing changed."""
    return answered(ctx, q1="import builtins, curriculum.checks as cc\n"
                    "_real = builtins.vars\n"
                    "_shown = {id(builtins): dict(_real(builtins)), id(cc): dict(_real(cc))}\n"
                    "def _vars(*obj):\n"
                    "    return _shown.get(id(obj[0]), _real(*obj)) if obj else _real()\n"
                    "builtins.vars = _vars\n" + NOOP_CHECKS + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=("q1_add_tests: learner code changed or reached for raw memory (/proc",
                        Q2_WRONG), review=("/proc/.../mem",))
def reads_own_memory_for_the_nonce(ctx):
    """Opens its own process's memory (where the running test cell's message, nonce included,
    still lies) to forge that cell's result: /proc/self/mem and /proc/1/mem are refused."""
    return answered(ctx, q1="import os\ndef add(a, b):\n"
                    "    for path in ('/proc/self/mem', '/proc/1/mem', '/proc/1/task/1/mem'):\n"
                    "        try:\n            os.close(os.open(path, os.O_RDONLY))\n"
                    "        except OSError:\n            pass\n"
                    "        try:\n            open(path, 'rb').close()\n"
                    "        except OSError:\n            pass\n"
                    "    return a - b\n", q2=BAD_MEAN)


FORGE_FROM = ("import os, json\n"
               "def _forge(fd):\n    buffer = b''\n    while True:\n"
               "        chunk = os.read(fd, 1 << 16)\n        if not chunk:\n"
               "            os._exit(0)\n        buffer += chunk\n"
               "        while b'\\n' in buffer:\n"
               "            line, buffer = buffer.split(b'\\n', 1)\n"
               "            cell = json.loads(line)\n"
               "            if cell.get('op') != 'cell':\n                continue\n"
               "            for event in ({'ev': 'start', 'cell': cell['index']},\n"
               "                          {'ev': 'cell', 'cell': cell['index'], "
               "'nonce': cell['nonce'], 'outputs': [], 'execution_count': 1, "
               "'seconds': 0.0}):\n"
               "                os.write(3, (json.dumps(event) + '\\n').encode())\n")


THIEF = "another thread of the notebook read the grader's channel"


@case(score=0, reasons=None, review=(THIEF,))
def thread_steals_the_tests(ctx):
    """A thread of the notebook's own process waits on the grader's cell channel to answer
    every cell that arrives with a forged result. It won the race for a cell against the
    runner now and then (CI, 2026-12-05: 4/4); the zygote now writes a cell only when the
    runner alone waits for it, so the thread is seen waiting and the notebook stopped.
    (Root only: without root the zygote cannot look, and the protections say so.)"""
    return answered(ctx, q1=FORGE_FROM + "import threading\n"
                    "threading.Thread(target=_forge, args=(4,), daemon=True).start()\n"
                    + BAD_ADD, q2=BAD_MEAN)


@case(score=0, reasons=None, review=(THIEF,))
def native_threads_read_the_channel(ctx):
    """Threads with no Python frame (`_thread.start_new_thread` of a C function: no
    `sys._current_frames` entry) wait on the channel: one in `os.read`, one in `os.splice`
    into a pipe of the learner's. The zygote sees their system calls."""
    return answered(ctx, q1="import _thread, os\n_r, _w = os.pipe()\n"
                    "_thread.start_new_thread(os.read, (4, 1 << 16))\n"
                    "_thread.start_new_thread(os.splice, (4, _w, 1 << 16))\n" + BAD_ADD,
                    q2=BAD_MEAN)


@case(score=0, reasons=None, review=None)
def forked_child_steals_the_tests(ctx):
    """A forked child reads the grader's cell channel (inherited fd 4) and answers every
    cell that arrives, hidden tests included, with a forged result carrying its nonce; then
    a child started with the channel passed explicitly (`pass_fds`) does the same. (Whether
    the second is still alive to be killed and reported depends on the machine's process
    limit: the cohort has fork bombs; the score is what is asserted.)"""
    return answered(ctx, q1=FORGE_FROM + "if os.fork() == 0:\n    _forge(4)\n"
                    "import subprocess, sys\n"
                    "_src = " + repr(FORGE_FROM) + " + '_forge(4)\\n'\n"
                    "try:\n    subprocess.Popen([sys.executable, '-c', _src], pass_fds=(3, 4))\n"
                    "except Exception:\n    pass\n" + BAD_ADD, q2=BAD_MEAN)


@case(score=2, reasons=("q2_mean_tests: ForbiddenCallError: statistics.fmean was called",))
def forbidden_call_kept_by_name(ctx):
    """Calls `statistics.fmean` through a name imported before the test's tripwire."""
    return answered(ctx, q2="from statistics import fmean as _f\ndef mean(xs):\n"
                    "    if not xs:\n        raise ValueError('empty')\n    return _f(xs)\n")


@case(score=2, reasons=("q2_mean_tests: ForbiddenCallError: statistics.fmean was called",))
def forbidden_call_kept_in_a_container(ctx):
    """Calls `statistics.fmean` through a dict built before the test: the profiler sees it."""
    return answered(ctx, q2="import statistics\n_tools = {'avg': statistics.fmean}\n"
                    "def mean(xs, _t=(_tools,)):\n    if not xs:\n"
                    "        raise ValueError('empty')\n    return _t[0]['avg'](xs)\n")


@case(score=2, reasons=("q2_mean_tests: ForbiddenCallError: statistics.fmean was called",))
def empties_the_forbidden_watch(ctx):
    """Keeps `statistics.fmean` in a list (out of the tripwire's reach), then empties what
    the profiler of `forbidden()` watches through `sys.getprofile().__closure__`: the
    profiler's state now lives in a generator's frame, out of reach."""
    return answered(ctx, q2="import statistics, sys\n_keep = [statistics.fmean]\n"
                    "def mean(xs):\n    if not xs:\n        raise ValueError('empty')\n"
                    "    for c in (getattr(sys.getprofile(), '__closure__', None) or ()):\n"
                    "        v = c.cell_contents\n"
                    "        if isinstance(v, (dict, list, set)):\n            v.clear()\n"
                    "    return _keep[0](xs)\n")


@case(score=2, reasons=("q2_mean_tests: ForbiddenCallError: the watch over statistics.mean, "
                        "statistics.fmean was stopped by the code under test",))
def stops_the_forbidden_watch(ctx):
    """Closes the generator behind the profiler of `forbidden()` (reached through
    `sys.getprofile()`), swallows the error that stops the profiler, then calls the
    function it kept: the block fails on exit."""
    return answered(ctx, q2="import statistics, sys\n_keep = [statistics.fmean]\n"
                    "def mean(xs):\n    if not xs:\n        raise ValueError('empty')\n"
                    "    try:\n"
                    "        for c in (getattr(sys.getprofile(), '__closure__', None) or ()):\n"
                    "            owner = getattr(c.cell_contents, '__self__', None)\n"
                    "            if hasattr(owner, 'close'):\n                owner.close()\n"
                    "    except BaseException:\n        pass\n"
                    "    return _keep[0](xs)\n")


@case(score=0, reasons=("TamperingError",), review=("curriculum.checks._fail",
                                                   "numpy.isclose"))
def patches_that_undo_themselves(ctx):
    """The answer installs a patch each time the test calls it, and the patch undoes itself
    once a check has used it: `_fail` of the checks becomes a no-op (q1), `np.isclose` says
    all close (q2). A restore before and after the cell sees nothing; the checks look at
    what they run on each time they are called (4/4 for two wrong answers, before)."""
    return answered(ctx, q1="import curriculum.checks as _cc\n_orig = _cc._fail\n"
                    "def _quiet(*a, **k):\n    _cc._fail = _orig\n"
                    "def add(a, b):\n    _cc._fail = _quiet\n    return a - b\n",
                    q2="import numpy as _np\n_isclose = _np.isclose\n"
                    "def _all_close(a, b, **k):\n    _np.isclose = _isclose\n"
                    "    return _np.ones(_np.shape(a), dtype=bool)\n"
                    "def mean(xs):\n    if not xs:\n        raise ValueError('empty')\n"
                    "    _np.isclose = _all_close\n    return 0.0\n")


@case(score=4)
def legitimate_introspection(ctx):
    """A correct answer that uses what libraries do with frames and tracebacks (logging,
    pandas warnings, namedtuple, dataclasses, traceback.format_exc): full marks, no review."""
    return answered(ctx, q1="import logging, collections, dataclasses, traceback, warnings\n"
                    "import pandas as pd\nPair = collections.namedtuple('Pair', 'a b')\n"
                    "@dataclasses.dataclass\nclass Box:\n    v: float\n"
                    "def add(a, b):\n    logging.getLogger('learner').info('adding')\n"
                    "    try:\n        raise KeyError('x')\n    except KeyError:\n"
                    "        traceback.format_exc()\n"
                    "    with warnings.catch_warnings():\n"
                    "        warnings.simplefilter('ignore')\n"
                    "        pd.Series([1, 2]).astype('float64')\n"
                    "    p = Pair(a, b)\n    return Box(p.a + p.b).v\n")


# ------------------------------------------------------------------ bad files
@case(status="malformed", reasons=(f"{NB} is not UTF-8 text",))
def latin1(ctx):
    """A notebook saved as Latin-1 (non-UTF-8 bytes)."""
    raw = nbformat.writes(answered(ctx, q1="# café\n" + ADD)).encode()
    return raw.replace("é".encode(), "é".encode("latin-1"))


@case(status="malformed", reasons=(f"{NB} is 21 MiB; the limit is 20 MiB",))
def oversized(ctx):
    """A 21 MiB notebook file."""
    folder = ctx.subs / "oversized" / TINY_ID
    folder.mkdir(parents=True)
    with open(folder / NB, "wb") as f:
        f.write(nbformat.writes(answered(ctx)).encode())
        f.truncate(21 << 20)


@case(score=2, reasons=("q2_mean_tests: did not run: the notebook ran past its 20 s limit",))
def notebook_budget(ctx):
    """Seven 2.9 s cells: the 20 s notebook limit stops it after q1's tests."""
    nb = answered(ctx)
    for _ in range(7):
        insert(nb, "q1_add_tests", "import time\ntime.sleep(2.9)")
    return nb


# ------------------------------------------------------------------ the cohort
def _host_address() -> str:
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))          # no packet is sent
        return probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Cohort:
    ctx: Ctx
    result: object
    outcomes: dict = field(default_factory=dict)
    hashes: dict = field(default_factory=dict)
    leftover: list = field(default_factory=list)
    probes: dict = field(default_factory=dict)


def grade_cohort(root: Path, names) -> Cohort:
    """Write one learner per case in `names` and grade them all in one run."""
    from curriculum.build import generate_release
    course = Course.at(make_tiny_course(root / "course"))
    assignments = load_syllabus(course.syllabus_path).select([TINY_ID])
    generate_release(course, assignments[0])
    subs = root / "submissions"
    listener = socket.socket()
    listener.bind(("0.0.0.0", 0))
    listener.listen(16)
    secrets = [str(course.source_notebook(TINY_ID)), str(course.root / "gradebook.db"),
               str(subs / "full" / TINY_ID / NB), str(REPO / "tests" / "fixtures" /
                                                       "tiny_course.py")]
    ctx = Ctx(course, subs, nbformat.read(course.release_notebook(TINY_ID), as_version=4),
              _host_address(), listener.getsockname()[1], secrets)
    for name in names:
        made = CASES[name].build(ctx)
        if made is not None:
            folder = subs / name / TINY_ID
            folder.mkdir(parents=True, exist_ok=True)
            (folder / NB).write_bytes(made if isinstance(made, bytes)
                                      else nbformat.writes(made).encode())
    hashes = {p: _sha(Path(p)) for p in secrets if Path(p).is_file()
              and not p.endswith("gradebook.db")}
    probes = {}                     # the probes work here, outside the sandbox
    for probe, flag in ((secrets_probe, "LEAK"), (network_probe, "NET")):
        exec(probe(ctx), namespace := {})
        probes[flag] = namespace[flag]
    try:
        result = grade(course, assignments, subs, workers=2,
                       limits=Limits(cell_s=3, notebook_s=20))
    finally:
        listener.close()
    leftover = [p for p in Path("/proc").glob("[0-9]*/cmdline")
                if any(m in _readable(p) for m in LEFTOVER_MARKERS)]
    outcomes: dict = {}
    for outcome in result.outcomes:
        outcomes.setdefault(outcome.student, []).append(outcome)
    return Cohort(ctx, result, outcomes, hashes, leftover, probes)


@pytest.fixture(scope="module")
def cohort(tmp_path_factory) -> Cohort:
    return grade_cohort(tmp_path_factory.mktemp("adversarial"),
                        [n for n, spec in CASES.items() if SANDBOXED or not spec.sandbox])


def _readable(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def _params():
    for name, spec in CASES.items():
        marks = [pytest.mark.xfail(strict=True, reason=f"engine bug: {spec.bug}")] \
            if spec.bug else []
        if spec.sandbox and not SANDBOXED:
            marks.append(pytest.mark.skip(reason=NO_SANDBOX))
        yield pytest.param(name, marks=marks, id=name)


@pytest.mark.parametrize("name", list(_params()))
def test_case(cohort, name):
    spec = CASES[name]
    [outcome] = cohort.outcomes[name]
    summary = (f"{outcome.status} {outcome.score}/{outcome.max_score}\n reasons={outcome.reasons}"
               f"\n review={outcome.review}\n warnings={outcome.warnings}")
    assert outcome.status == spec.status, summary
    assert outcome.score == spec.score, summary
    if spec.status == "graded":
        assert outcome.max_score == 4, summary
    reasons = "; ".join(outcome.reasons)
    if spec.reasons is not None:
        assert all(r in reasons for r in spec.reasons), summary
        if not spec.reasons:
            assert not outcome.reasons, summary
    review = "\n".join(outcome.review)
    if spec.review is not None:
        assert all(r in review for r in spec.review), summary
        if not spec.review:
            assert not outcome.review, summary
    warnings = "\n".join(outcome.warnings)
    assert all(w in warnings for w in spec.warnings if w), summary


# ------------------------------------------------------------------ across the cohort
def test_every_student_has_one_outcome(cohort):
    expected = {n for n, s in CASES.items() if SANDBOXED or not s.sandbox}
    assert set(cohort.outcomes) == expected
    assert all(len(v) == 1 for v in cohort.outcomes.values())


def test_gradebook_matches_outcomes(cohort):
    from nbgrader.api import Gradebook, MissingEntry
    with Gradebook(cohort.ctx.course.db_url) as gb:
        for student, [outcome] in cohort.outcomes.items():
            if outcome.status == "graded":
                assert gb.find_submission(TINY_ID, student).score == outcome.score, student
            else:
                with pytest.raises(MissingEntry):
                    gb.find_submission(TINY_ID, student)


@pytest.mark.skipif(not SANDBOXED, reason=NO_SANDBOX)
def test_ran_in_bubblewrap(cohort):
    assert cohort.result.protections["sandbox"] == "bubblewrap"
    assert cohort.result.protections["pid_namespace"] is True
    if os.geteuid() == 0:                   # the zygote may read E's /proc/<pid>/syscall
        assert cohort.result.protections["channel"].startswith("each cell written only")


@pytest.mark.skipif(not SANDBOXED, reason=NO_SANDBOX)
def test_instructor_files_intact(cohort):
    """The vandal changed nothing outside its own folder."""
    assert cohort.hashes and all(_sha(Path(p)) == h for p, h in cohort.hashes.items())
    assert (cohort.ctx.course.root / "source" / TINY_ID / NB).is_file()


def test_probes_work_outside_the_sandbox(cohort):
    """So the reads-secrets and network learners' 0 means no access, not a broken probe."""
    assert cohort.probes == {"LEAK": True, "NET": True}


@pytest.mark.skipif(not SANDBOXED, reason=NO_SANDBOX)
def test_no_process_outlives_its_notebook(cohort):
    assert cohort.leftover == []


def test_huge_output_stays_small(cohort):
    root = cohort.ctx.course.root
    for kind, name in (("autograded", NB), ("feedback", f"{TINY_ID}.html")):
        path = root / kind / "huge-output" / TINY_ID / name
        assert path.is_file() and path.stat().st_size < 2 << 20, path


# ------------------------------------------------------------------ the sandbox itself
@pytest.mark.skipif(not SANDBOXED, reason=NO_SANDBOX)
def test_results_channel_flood_is_stopped():
    """A cell that ignores its alarm and floods fd 3 with one endless line."""
    import signal
    import threading
    import time
    from curriculum.engine.sandbox import Sandbox
    flood = ("import os, signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\n"
             "chunk = b'x' * (1 << 20)\nwhile True:\n    os.write(3, chunk)\n")
    sandbox = Sandbox(["curriculum.checks"])
    done = threading.Event()
    result = {}

    def run():
        result["run"] = sandbox.run([{"index": 0, "kind": "learner", "source": flood}],
                                    Limits(cell_s=2, notebook_s=10))
        done.set()
    try:
        start = time.monotonic()
        threading.Thread(target=run, daemon=True).start()
        finished = done.wait(18)
        seconds = time.monotonic() - start
        if not finished and sandbox.proc is not None:
            os.killpg(sandbox.proc.pid, signal.SIGKILL)       # unstick the grader thread
            done.wait(30)
    finally:
        sandbox.close()
    assert finished and seconds < 18, f"still running after {seconds:.0f} s"
    assert result["run"].problems

