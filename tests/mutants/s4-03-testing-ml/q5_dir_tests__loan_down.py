# Mutant: the suite never raises the loan amount
### BEGIN SOLUTION
def test_dir_more_income_never_lowers_approval(model):
    before = model.predict_proba(applications)
    for factor in (1.1, 2.0, 5.0, 20.0):
        richer = applications.copy()
        richer["income"] = richer["income"] * factor
        assert (model.predict_proba(richer) >= before).all()
### END SOLUTION
