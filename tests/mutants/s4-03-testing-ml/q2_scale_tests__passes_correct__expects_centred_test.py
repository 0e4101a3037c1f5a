# Mutant: expects the test frame to have mean 0: fails on the correct implementation
# Your tests: functions named test_scale_... that take the argument `clean_and_scale` (the
# implementation under test; never use the global inside a test). For example:
#
# def test_scale_something(clean_and_scale):
#     train_out, test_out = clean_and_scale(train, test, ["x"])
#     assert ...
### BEGIN SOLUTION
def _scale_frames():
    train = pd.DataFrame({"x": [1.0, 2.0, 3.0, 10.0], "k": [7.0, 7.0, 7.0, 7.0]}, index=[3, 1, 2, 0])
    test = pd.DataFrame({"x": [2.0, 50.0], "k": [7.0, 7.0]}, index=[9, 8])
    return train, test


def test_scale_train_has_zero_mean_and_unit_std(clean_and_scale):
    train, test = _scale_frames()
    train_out, _ = clean_and_scale(train, test, ["x"])
    assert np.mean(train_out["x"]) == pytest.approx(0.0, abs=1e-9)
    assert np.std(train_out["x"]) == pytest.approx(1.0, abs=1e-9)      # ddof=0


def test_scale_test_uses_the_training_statistics(clean_and_scale):
    train, test = _scale_frames()
    train_out, test_out = clean_and_scale(train, test, ["x"])
    assert test_out["x"].iloc[0] == pytest.approx(train_out["x"].iloc[1])   # both raw 2.0


def test_scale_constant_column_becomes_zero(clean_and_scale):
    train, test = _scale_frames()
    train_out, test_out = clean_and_scale(train, test, ["x", "k"])
    for values in (train_out["k"].to_numpy(), test_out["k"].to_numpy()):
        assert np.isfinite(values).all()
        assert (values == 0.0).all()


def test_scale_test_is_centred(clean_and_scale):
    train, test = _scale_frames()
    _, test_out = clean_and_scale(train, test, ["x"])
    assert np.mean(test_out["x"]) == pytest.approx(0.0, abs=1e-9)
### END SOLUTION
