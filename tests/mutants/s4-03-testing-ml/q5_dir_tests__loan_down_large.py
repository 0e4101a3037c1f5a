# Mutant: raises the loan by small amounts only
# Your tests: functions named test_dir_... that take the argument `model` (the
# implementation under test; never use the global inside a test). For example:
#
# def test_dir_something(model):
#     before = model.predict_proba(applications)
#     ...
#     assert (after >= before).all()
### BEGIN SOLUTION
def test_dir_more_income_never_lowers_approval(model):
    before = model.predict_proba(applications)
    for factor in (1.1, 2.0, 5.0, 20.0):
        richer = applications.copy()
        richer["income"] = richer["income"] * factor
        assert (model.predict_proba(richer) >= before).all()


def test_dir_larger_loan_never_raises_approval(model):
    before = model.predict_proba(applications)
    for factor in (1.1, 2.0, 5.0, 20.0):
        bigger = applications.copy()
        bigger["loan_amount"] = bigger["loan_amount"] + 100 * factor
        assert (model.predict_proba(bigger) <= before).all()
### END SOLUTION
