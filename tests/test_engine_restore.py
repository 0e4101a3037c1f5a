"""The runner's restore: which changed library functions count as the library's own.

`curriculum.engine.inside._equivalent` decides whether a function found in place of a
protected one is the library rebinding itself (kept, silently) or a replacement (put back and
reported). The end-to-end attacks are in tests/test_engine_adversarial.py; these are the rule's
cases one by one, in this process.
"""

from __future__ import annotations

import contextlib
import inspect
import types

import pytest

import curriculum.checks as cc
from curriculum.engine.inside import _equivalent
from curriculum.origins import trusted_prefixes

TRUSTED = trusted_prefixes()


def copy_of(function, defaults=None):
    """A new function object with `function`'s code and globals (what a library's own
    re-definition looks like)."""
    new = types.FunctionType(function.__code__, function.__globals__, function.__name__,
                             function.__defaults__ if defaults is None else defaults,
                             function.__closure__)
    new.__kwdefaults__ = dict(function.__kwdefaults__ or {}) or None
    return new


def with_kwdefaults(function, kwdefaults):
    new = copy_of(function)
    new.__kwdefaults__ = kwdefaults
    return new


def test_a_copy_with_the_same_code_globals_and_defaults_is_the_library_own():
    assert _equivalent(copy_of(cc.expect_close), cc.expect_close, TRUSTED)


def test_looser_defaults_are_a_replacement():
    check = inspect.unwrap(cc.expect_close)             # (the public one guards it)
    loose = with_kwdefaults(check, {**check.__kwdefaults__, "rtol": 1e9})
    assert not _equivalent(loose, check, TRUSTED)


def test_a_learner_function_named_like_the_library_is_a_replacement():
    def expect_close(*args, **kwargs):
        return None
    expect_close.__module__ = "curriculum.checks"
    expect_close.__qualname__ = cc.expect_close.__qualname__
    assert not _equivalent(expect_close, cc.expect_close, TRUSTED)


def test_another_librarys_decorator_around_the_check_is_a_replacement():
    """`contextlib.contextmanager(check)` keeps `__wrapped__` and never runs the check."""
    wrapped = contextlib.contextmanager(cc.expect_close)
    assert wrapped.__wrapped__ is cc.expect_close
    assert not _equivalent(wrapped, cc.expect_close, TRUSTED)


def test_a_library_function_given_a_forged_wrapped_attribute_is_a_replacement():
    stand_in = copy_of(cc.expect_shape)
    stand_in.__wrapped__ = cc.expect_close
    assert not _equivalent(stand_in, cc.expect_close, TRUSTED)


def test_builtins_and_other_callables_are_never_the_library_own():
    assert not _equivalent(print, cc.expect_close, TRUSTED)
    assert not _equivalent(copy_of(cc.expect_close), print, TRUSTED)


def test_torch_rebinding_manual_seed_to_its_own_wrapper_is_kept():
    """What an optimizer's first step does to `torch.manual_seed` (torch/_compile.py)."""
    torch = pytest.importorskip("torch")
    disable = getattr(torch, "_disable_dynamo", None)
    if disable is None:
        pytest.skip("this torch has no _disable_dynamo")
    original = torch.random.manual_seed
    assert _equivalent(disable(original), original, TRUSTED)
    assert not _equivalent(contextlib.contextmanager(original), original, TRUSTED)


def test_replaced_methods_of_library_classes_are_put_back_and_reported(tmp_path):
    """`pd.Series.all = lambda *a: True` would make `expect_true((out > 0).all(), ...)` pass;
    the snapshot holds the protected libraries' Python classes (and their bases). Run in a
    child process: the runner's shell changes matplotlib's backend and IPython's singleton."""
    pytest.importorskip("pandas")
    script = (
        "import pandas as pd, curriculum.checks\n"
        "from pandas.core.generic import NDFrame\n"
        "import curriculum.engine.inside as runner\n"
        "shell = runner._make_shell()\n"
        "snapshot = runner._Snapshot.take(shell, runner.PROTECTED_MODULES)\n"
        "assert snapshot.restore(shell.user_ns, {}) == []\n"
        "series_all, frame_equals = pd.Series.all, NDFrame.equals\n"
        "pd.Series.all = NDFrame.equals = lambda *a, **k: True\n"
        "changed = snapshot.restore(shell.user_ns, {})\n"
        "assert set(changed) == {'Series.all', 'NDFrame.equals'}, changed\n"
        "assert pd.Series.all is series_all and NDFrame.equals is frame_equals\n"
        "assert snapshot.restore(shell.user_ns, {}) == []\n"
        "print('ok')\n")
    _passes_in_a_child(script, tmp_path)


def _passes_in_a_child(script: str, folder) -> None:
    """Run `script` in a fresh Python (the runner's shell changes matplotlib's backend and
    IPython's singleton); it prints ok when its assertions hold."""
    import subprocess
    import sys
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=folder, timeout=300)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


def test_version_tags_skip_only_untouched_namespaces(tmp_path):
    """restore() skips a namespace whose PEP 509 version tag has not moved since it was last
    found clean. Every way of changing a namespace must still be caught, with the tags and
    without them (`versions=False`: as on a Python without the tag), and reported alike."""
    script = (
        "import builtins, signal, sys, types, numpy as np, curriculum.checks as cc\n"
        "import curriculum.engine.inside as runner\n"
        "assert runner._versions_work()\n"
        "shell = runner._make_shell()\n"
        "isclose, check, length, fail = np.isclose, cc.expect_close, builtins.len, cc._fail\n"
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "showtraceback = InteractiveShell.showtraceback\n"
        "attacks = [\n"
        "    ('setattr', lambda: setattr(np, 'isclose', lambda *a, **k: True),\n"
        "     {'numpy.isclose'}),\n"
        "    ('vars', lambda: vars(cc).update(expect_close=print),\n"
        "     {'curriculum.checks.expect_close'}),\n"
        "    ('delete', lambda: delattr(cc, '_fail'), {'curriculum.checks._fail'}),\n"
        "    ('builtins', lambda: setattr(builtins, 'len', lambda x: 0), {'builtins.len'}),\n"
        "    ('own', lambda: runner.__dict__.__setitem__('_emit', print),\n"
        "     {'curriculum.engine.inside._emit'}),\n"
        "    ('class', lambda: setattr(InteractiveShell, 'showtraceback', print),\n"
        "     {'InteractiveShell.showtraceback'}),\n"
        "    ('put back', lambda: (setattr(np, 'isclose', print),\n"
        "                          setattr(np, 'isclose', isclose)), set()),\n"
        "    ('new name', lambda: setattr(np, 'brand_new', 1), set()),\n"
        "    ('module swapped', lambda: sys.modules.__setitem__('curriculum.checks',\n"
        "                                                       types.ModuleType('fake')),\n"
        "     {\"sys.modules['curriculum.checks']\"}),\n"
        "    ('module imported', lambda: sys.modules.__setitem__('brand_new_module',\n"
        "                                                        types.ModuleType('new')),\n"
        "     set()),\n"
        "    ('signal', lambda: signal.signal(signal.SIGUSR1, lambda *a: None),\n"
        "     {'a signal handler (SIGUSR1)'}),\n"
        "    ('signal ignored', lambda: signal.signal(signal.SIGUSR2, signal.SIG_IGN), set()),\n"
        "]\n"
        "for versions in (True, False):\n"
        "    snapshot = runner._Snapshot.take(shell, runner.PROTECTED_MODULES, versions)\n"
        "    assert (snapshot.versions is not None) is versions\n"
        "    assert snapshot.restore(shell.user_ns, {}) == []\n"
        "    for name, attack, expected in attacks:\n"
        "        attack()\n"
        "        changed = set(snapshot.restore(shell.user_ns, {}))\n"
        "        assert changed == expected, (versions, name, changed)\n"
        "        assert snapshot.restore(shell.user_ns, {}) == [], (versions, name)\n"
        "    assert np.isclose is isclose and cc.expect_close is check and builtins.len is length\n"
        "    assert cc._fail is fail and InteractiveShell.showtraceback is showtraceback\n"
        "    assert sys.modules['curriculum.checks'] is cc\n"
        "    assert signal.getsignal(signal.SIGUSR1) is signal.SIG_DFL\n"
        "    vars(np).pop('brand_new')\n"
        "    sys.modules.pop('brand_new_module')\n"
        "    signal.signal(signal.SIGUSR2, signal.SIG_DFL)\n"
        "print('ok')\n")
    _passes_in_a_child(script, tmp_path)


def test_the_judges_classes_are_sealed_in_the_sandbox(tmp_path):
    """No attribute of a class the runner, the guard or the checks define can be set or
    deleted by learner code (a property there would win over an instance's own attribute):
    each try raises TypeError, as for a C type."""
    from curriculum.engine.run import BASE_PRELOAD
    from curriculum.engine.sandbox import Limits, Sandbox

    probe = ("import curriculum.engine.inside as runner, curriculum.engine.guard as guard\n"
             "import curriculum.checks as cc\n"
             "classes = [v for m in (runner, guard, cc) for v in vars(m).values()\n"
             "           if isinstance(v, type) and v.__module__ == m.__name__]\n"
             "changed = []\n"
             "for cls in classes:\n"
             "    for attempt in (lambda: setattr(cls, 'x', property(lambda s: 0)),\n"
             "                    lambda: delattr(cls, '__init__'),\n"
             "                    lambda: type.__setattr__(cls, '__repr__', None)):\n"
             "        try:\n"
             "            attempt()\n"
             "            changed.append(cls.__name__)\n"
             "        except (TypeError, AttributeError):\n"
             "            pass\n"
             "print(len(classes), sorted(set(changed)))\n")
    box = Sandbox(BASE_PRELOAD, log_dir=tmp_path)
    try:
        box.start()
        run = box.run([{"index": 0, "kind": "code", "source": probe}],
                      Limits(cell_s=20, notebook_s=60))
    finally:
        box.close()
    printed = "".join(o.get("text", "") for o in run.cells[0].outputs).split()
    assert len(printed) >= 2 and int(printed[0]) >= 10 and printed[1:] == ["[]"], \
        run.cells[0].outputs
