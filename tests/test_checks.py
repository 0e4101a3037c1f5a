"""curriculum.checks: failures teach without leaking the expected value, and cannot be fooled."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from curriculum.checks import (ForbiddenCallError, expect_close, expect_equal,
                               expect_no_mutation, expect_not_referenced, expect_raises,
                               expect_shape, forbidden, referenced_names)

finite = st.floats(-1e6, 1e6, allow_nan=False)


@given(arrays(float, st.integers(1, 20), elements=finite))
def test_expect_close_accepts_equal_arrays(values):
    expect_close(values.copy(), values)


@given(arrays(float, st.integers(1, 20), elements=finite), st.integers(0, 19))
def test_expect_close_rejects_a_perturbed_entry_without_showing_the_answer(values, index):
    index %= values.size
    wrong = values.copy()
    wrong[index] += 1 + abs(wrong[index])
    with pytest.raises(AssertionError) as info:
        expect_close(wrong, values, "answer")
    message = str(info.value)
    assert "1 of" in message and "does not match" in message
    assert repr(float(values[index])) not in message


def test_expect_close_reports_shape_and_nan():
    with pytest.raises(AssertionError, match=r"expected shape \(3,\), found shape \(2,\)"):
        expect_close([1.0, 2.0], [1.0, 2.0, 3.0])
    with pytest.raises(AssertionError, match="NaN"):
        expect_close([np.nan], [1.0])


class AlwaysEqual:
    def __eq__(self, other):
        return True

    def __float__(self):
        return 0.0


def test_objects_claiming_equality_do_not_pass():
    with pytest.raises(AssertionError):
        expect_equal(AlwaysEqual(), 42)
    with pytest.raises(AssertionError):
        expect_close(AlwaysEqual(), [1.0, 2.0])
    with pytest.raises(AssertionError):
        expect_equal(AlwaysEqual(), "text")


def test_expect_equal_types():
    expect_equal(np.int64(3), 3)
    expect_equal([1, 2], np.array([1, 2]))
    with pytest.raises(AssertionError, match="expected a number, found bool"):
        expect_equal(True, 1)
    with pytest.raises(AssertionError, match="expected a bool"):
        expect_equal(1, True)
    with pytest.raises(AssertionError, match="1 of 2 entries"):
        expect_equal([1, 3], [1, 2])


def test_expect_shape_and_raises():
    expect_shape(np.zeros((2, 3)), (2, 3))
    with pytest.raises(AssertionError, match=r"found shape \(3, 2\)"):
        expect_shape(np.zeros((3, 2)), (2, 3))
    expect_raises(ValueError, int, "x")
    with pytest.raises(AssertionError, match="nothing was raised"):
        expect_raises(ValueError, int, "3")
    with pytest.raises(AssertionError, match="raised TypeError"):
        expect_raises(ValueError, len, 3)


def test_expect_no_mutation():
    def sorts_in_place(values):
        values.sort()
        return values

    with pytest.raises(AssertionError, match="modified its input argument #1"):
        expect_no_mutation(sorts_in_place, np.array([3, 1, 2]))
    assert expect_no_mutation(sorted, [3, 1, 2]) == [1, 2, 3]


def test_forbidden_blocks_calls_and_restores():
    original = np.linalg.svd
    with forbidden("numpy.linalg.svd"):
        with pytest.raises(ForbiddenCallError, match="numpy.linalg.svd"):
            np.linalg.svd(np.eye(2))
    assert np.linalg.svd is original


def test_forbidden_cannot_be_swallowed_by_except_exception():
    def sneaky():
        try:
            return np.linalg.svd(np.eye(2))
        except Exception:
            return "swallowed"

    with forbidden("numpy.linalg.svd"), pytest.raises(ForbiddenCallError):
        sneaky()


from numpy.linalg import svd as imported_svd  # noqa: E402 - imported before any test runs


def _helper(a):
    return imported_svd(a)


def test_referenced_names_follows_helpers_and_operators():
    def uses_helper(a):
        return _helper(a)

    def uses_matmul(a, b):
        return a @ b

    assert "imported_svd" in referenced_names(uses_helper)
    assert "@" in referenced_names(uses_matmul)
    with pytest.raises(AssertionError, match="uses @"):
        expect_not_referenced(uses_matmul, {"@", "dot"})
    expect_not_referenced(lambda a: a + 1, {"@", "dot"})


def test_forbidden_resolves_class_attributes_and_torch_tensors_convert():
    import torch

    original = torch.Tensor.backward
    x = torch.ones(2, requires_grad=True)
    with forbidden("torch.Tensor.backward"):
        with pytest.raises(ForbiddenCallError):
            (x * 2).sum().backward()
    assert torch.Tensor.backward is original
    expect_close(x * 2, [2.0, 2.0])
    expect_shape(torch.zeros(2, 3), (2, 3))


def _learner(source: str) -> dict:
    """Run `source` as a notebook cell would (its own file name, the `__main__` namespace)."""
    import __main__
    exec(compile(source, "<ipython-input-1-learner>", "exec"), vars(__main__))
    return vars(__main__)


@pytest.mark.parametrize("source", [
    "from statistics import fmean as _kept\ndef _avg(xs):\n    return _kept(xs)\n",
    "import statistics\ndef _avg(xs, _f=statistics.fmean):\n    return _f(xs)\n",
    "import statistics\ndef _make():\n    f = statistics.fmean\n    def _avg(xs):\n"
    "        return f(xs)\n    return _avg\n_avg = _make()\n",
    "import statistics\n_tools = {'m': statistics.fmean}\ndef _avg(xs):\n"
    "    return _tools['m'](xs)\n",
    "import statistics\nclass _Tools:\n    m = staticmethod(statistics.fmean)\n"
    "def _avg(xs):\n    return _Tools.m(xs)\n",
], ids=["name-kept", "default-argument", "closure", "container", "class-attribute"])
def test_forbidden_catches_a_reference_kept_before_the_test(source):
    import statistics

    from curriculum.checks import ForbiddenCallError, forbidden
    original = statistics.fmean
    namespace = _learner(source)
    with pytest.raises(ForbiddenCallError, match="statistics.fmean was called"):
        with forbidden("statistics.fmean"):
            namespace["_avg"]([1.0, 2.0])
    assert statistics.fmean is original
    assert namespace["_avg"]([1.0, 3.0]) == 2.0      # every reference is put back


def test_forbidden_lets_the_test_use_the_library_itself():
    import statistics

    from curriculum.checks import forbidden
    reference = statistics.fmean
    namespace = _learner("def _avg2(xs):\n    return sum(xs) / len(xs)\n")
    with forbidden("statistics.fmean"):
        assert namespace["_avg2"]([1.0, 3.0]) == reference([1.0, 3.0]) == 2.0


class _AlwaysEqualDict(dict):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None


class _AlwaysEqualSet(set):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False


class _AlwaysEqual:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return 0


@pytest.mark.parametrize("cheat, expected", [
    (_AlwaysEqualDict({"a": 0}), {"a": 1}),
    (_AlwaysEqualSet({0}), {1, 2}),
    ({"a": _AlwaysEqual()}, {"a": 1}),
    ([_AlwaysEqualDict()], [{"a": 1}]),
])
def test_expect_equal_rejects_containers_that_claim_equality(cheat, expected):
    """A dict or set subclass (or a value inside one) whose comparisons always say equal is
    compared as the plain container it holds (nbgrader #1379 for containers)."""
    with pytest.raises(AssertionError):
        expect_equal(cheat, expected, "result")


def test_expect_equal_accepts_equal_containers_of_other_plain_types():
    expect_equal({"a": np.int64(1), "b": [np.float64(2.0), (3, "x")]},
                 {"a": 1, "b": [2.0, (3, "x")]}, "result")
    expect_equal(frozenset({np.int32(1), 2}), frozenset({1, 2}), "result")
    expect_equal(dict(a={1, 2}), {"a": {1, 2}}, "result")


# ---------------------------------------------------------------- what the checks run on
def test_a_patch_that_undoes_itself_is_caught_and_put_back():
    """The answer patches `_fail` (or a builtin, or NumPy) while the test calls it, and the
    patch undoes itself once used: the next check sees it first, puts it back and raises."""
    import builtins

    import curriculum.checks as cc

    original = cc._fail

    def quiet(*_a, **_k):
        cc._fail = original

    cc._fail = quiet
    try:
        with pytest.raises(cc.TamperingError, match=r"curriculum\.checks\._fail"):
            cc.expect_equal(2, 3, "add(1, 2)")
        assert cc._fail is original
        float_ = builtins.float
        builtins.float = lambda _x: 3.0
        with pytest.raises(cc.TamperingError, match=r"builtins\.float"):
            cc.expect_equal(2, 3)
        assert builtins.float is float_
        isclose = np.isclose
        np.isclose = lambda a, b, **_k: np.ones(np.shape(a), dtype=bool)
        with pytest.raises(cc.TamperingError, match=r"numpy\.isclose"):
            cc.expect_close(0.0, 2.0)
        assert np.isclose is isclose
        with pytest.raises(AssertionError):            # and the checks judge again
            cc.expect_equal(2, 3)
    finally:
        cc._fail = original


def test_a_stopped_watch_fails_the_check():
    import curriculum.checks as cc

    watch = cc._namespace_watch()
    check = cc._guarded(cc.expect_equal.__wrapped__, watch.__next__)
    next(watch)
    check(3, 3)
    watch.close()                                      # learner code reaches `__self__`
    with pytest.raises(cc.TamperingError, match="stopped"):
        check(3, 3)


def test_forbidden_tripwires_are_not_tampering():
    """Inside `forbidden("numpy.dot")`, numpy.dot is the tripwire: the checks still judge."""
    import curriculum.checks as cc

    with cc.forbidden("numpy.dot", "numpy.median"):
        cc.expect_close(np.float64(1.0), 1.0)
        cc.expect_equal(3, 3)
    cc.expect_equal(3, 3)


def test_looser_keyword_defaults_changed_in_place_are_caught():
    """`expect_close.__wrapped__.__kwdefaults__["rtol"] = 1e9` needs no assignment to a
    function attribute (which the grader refuses): the dict is changed in place."""
    import inspect

    import curriculum.checks as cc

    defaults = inspect.unwrap(cc.expect_close).__kwdefaults__
    rtol = defaults["rtol"]
    defaults["rtol"] = 1e9
    try:
        with pytest.raises(cc.TamperingError, match="keyword defaults"):
            cc.expect_close(0.0, 2.0)
        assert defaults["rtol"] is rtol                 # put back: the very same object
        with pytest.raises(AssertionError):
            cc.expect_close(0.0, 2.0)
    finally:
        defaults["rtol"] = rtol
