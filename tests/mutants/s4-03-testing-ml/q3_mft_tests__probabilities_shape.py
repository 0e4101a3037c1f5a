# Mutant: checks the length and range of predict_proba, not its shape
# Your tests: functions named test_mft_... that take the argument `model` (the
# implementation under test; never use the global inside a test). For example:
#
# def test_mft_something(model):
#     cases = ...  # a DataFrame of obvious applicants
#     assert (model.predict(cases) == 1).all()
### BEGIN SOLUTION
import itertools


def _applicants(ages, employments, incomes, loans):
    """Every combination of the given values, as a DataFrame of applications."""
    rows = [{"applicant_id": 1000 + i, "name": "Test Person", "age": age, "income": income,
             "loan_amount": loan, "employment": job}
            for i, (age, job, income, loan) in enumerate(
                itertools.product(ages, employments, incomes, loans))]
    return pd.DataFrame(rows).astype({"age": "int64", "income": "float64",
                                      "loan_amount": "float64"})


def test_mft_probabilities_are_valid(model):
    p = model.predict_proba(applications)
    assert isinstance(p, np.ndarray)
    assert len(p) == len(applications)
    assert ((p >= 0) & (p <= 1)).all()


def test_mft_rich_applicant_small_loan_is_approved(model):
    cases = _applicants(ages=[18, 35, 60, 100], employments=EMPLOYMENT,
                        incomes=[150_000.0, 400_000.0], loans=[1_000.0, 10_000.0])
    assert (model.predict(cases) == 1).all()


def test_mft_poor_applicant_huge_loan_is_rejected(model):
    cases = _applicants(ages=[18, 35, 60, 100], employments=EMPLOYMENT,
                        incomes=[0.0, 15_000.0], loans=[200_000.0, 1_000_000.0])
    assert (model.predict(cases) == 0).all()
### END SOLUTION
