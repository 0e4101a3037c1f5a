%%writefile test_service_impl.py
# Mutant: a test that fails on the correct implementation
import copy

import pytest

from service_impl import prepare_request_frame


def row(customer_id="C000001", **changes):
    base = {"customer_id": customer_id, "tenure_months": 12, "monthly_charges": 59.99,
            "support_calls": 2, "plan": "basic", "region": "north"}
    base.update(changes)
    return base


def test_columns_in_order():
    frame = prepare_request_frame([row()])
    assert list(frame.columns) == ["customer_id", "tenure_months", "monthly_charges",
                                   "support_calls", "plan", "region"]


def test_rows_keep_input_order_and_get_a_range_index():
    frame = prepare_request_frame([row("C000003"), row("C000001"), row("C000002")])
    assert list(frame.customer_id) == ["C000003", "C000001", "C000002"]
    assert list(frame.index) == [0, 1, 2]


def test_categories_are_stripped_and_lower_cased():
    frame = prepare_request_frame([row(plan=" Pro ", region="\tSOUTH ")])
    assert frame.plan.tolist() == ["pro"] and frame.region.tolist() == ["south"]


def test_dtypes_and_no_rounding():
    frame = prepare_request_frame([row(tenure_months=7.0, support_calls=1.0)])
    assert str(frame.tenure_months.dtype) == "int64"
    assert str(frame.support_calls.dtype) == "int64"
    assert str(frame.monthly_charges.dtype) == "float64"
    assert frame.monthly_charges.iloc[0] == 60


def test_input_is_not_modified():
    rows = [row(plan=" Plus "), row("C000002", region="EAST")]
    before = copy.deepcopy(rows)
    prepare_request_frame(rows)
    assert rows == before


def test_errors():
    with pytest.raises(ValueError):
        prepare_request_frame([])
    incomplete = row()
    del incomplete["region"]
    with pytest.raises(KeyError):
        prepare_request_frame([incomplete])
