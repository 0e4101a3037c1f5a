# Mutant: an 'invariance' test on employment, a real feature: fails on the correct model
# Your tests: functions named test_inv_... that take the argument `model` (the
# implementation under test; never use the global inside a test). For example:
#
# def test_inv_something(model):
#     changed = applications.copy()
#     ...
#     np.testing.assert_array_equal(model.predict_proba(changed), ...)
### BEGIN SOLUTION
def test_inv_name_does_not_matter(model):
    changed = applications.copy()
    changed["name"] = changed["name"].str[::-1] + " Jr."
    np.testing.assert_array_equal(model.predict_proba(changed),
                                  model.predict_proba(applications))


def test_inv_applicant_id_does_not_matter(model):
    changed = applications.copy()
    changed["applicant_id"] = changed["applicant_id"] + 1_000_003
    np.testing.assert_array_equal(model.predict_proba(changed),
                                  model.predict_proba(applications))


def test_inv_employment_does_not_matter(model):
    changed = applications.copy()
    changed["employment"] = "permanent"
    np.testing.assert_array_equal(model.predict_proba(changed),
                                  model.predict_proba(applications))
### END SOLUTION
