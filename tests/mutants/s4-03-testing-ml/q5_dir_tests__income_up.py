# Mutant: the suite never raises the income
### BEGIN SOLUTION
def test_dir_larger_loan_never_raises_approval(model):
    before = model.predict_proba(applications)
    for factor in (1.1, 2.0, 5.0, 20.0):
        bigger = applications.copy()
        bigger["loan_amount"] = bigger["loan_amount"] * factor
        assert (model.predict_proba(bigger) <= before).all()
### END SOLUTION
