# Mutant: the suite never perturbs the name
### BEGIN SOLUTION
def test_inv_applicant_id_does_not_matter(model):
    changed = applications.copy()
    changed["applicant_id"] = changed["applicant_id"] + 1_000_003
    np.testing.assert_array_equal(model.predict_proba(changed),
                                  model.predict_proba(applications))
### END SOLUTION
