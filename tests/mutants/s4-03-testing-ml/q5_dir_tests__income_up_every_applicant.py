# Mutant: raises the income of the permanently employed only
# Your tests: functions named test_dir_... that take the argument `model` (the
# implementation under test; never use the global inside a test). For example:
#
# def test_dir_something(model):
#     before = model.predict_proba(applications)
#     ...
#     assert (after >= before).all()
### BEGIN SOLUTION
def test_dir_more_income_never_lowers_approval(model):
    employed = applications[applications["employment"] == "permanent"]
    before = model.predict_proba(employed)
    for factor in (1.1, 2.0, 5.0, 20.0):
        richer = employed.copy()
        richer["income"] = richer["income"] * factor
        assert (model.predict_proba(richer) >= before).all()


def test_dir_larger_loan_never_raises_approval(model):
    before = model.predict_proba(applications)
    for factor in (1.1, 2.0, 5.0, 20.0):
        bigger = applications.copy()
        bigger["loan_amount"] = bigger["loan_amount"] * factor
        assert (model.predict_proba(bigger) <= before).all()
### END SOLUTION
