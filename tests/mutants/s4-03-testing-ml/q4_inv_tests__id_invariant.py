# Mutant: the suite never perturbs the applicant id
### BEGIN SOLUTION
def test_inv_name_does_not_matter(model):
    changed = applications.copy()
    changed["name"] = changed["name"].str[::-1] + " Jr."
    np.testing.assert_array_equal(model.predict_proba(changed),
                                  model.predict_proba(applications))
### END SOLUTION
