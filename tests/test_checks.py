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
