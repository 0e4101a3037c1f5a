# Mutant: expects missing values filled with the train MEAN: fails on the correct implementation
# Your tests: functions named test_clean_... that take the argument `clean_and_scale` (the
# implementation under test; never use the global inside a test). For example:
#
# def test_clean_something(clean_and_scale):
#     train, test = ...  # small hand-made DataFrames
#     train_out, test_out = clean_and_scale(train, test, ["income"])
#     assert ...
### BEGIN SOLUTION
def _frames():
    # Small frames with an unusual index, a missing value, a skewed column and an id column.
    train = pd.DataFrame({"id": [1, 2, 3, 4, 5],
                          "income": [10.0, 20.0, np.nan, 40.0, 1000.0],
                          "age": [20.0, 30.0, 40.0, 50.0, 60.0]}, index=[5, 3, 9, 1, 7])
    test = pd.DataFrame({"id": [6, 7, 8],
                         "income": [np.nan, 30.0, 5000.0],
                         "age": [25.0, np.nan, 90.0]}, index=[2, 8, 4])
    return train, test


def test_clean_does_not_modify_inputs(clean_and_scale):
    train, test = _frames()
    train_before, test_before = train.copy(), test.copy()
    clean_and_scale(train, test, ["income", "age"])
    pd.testing.assert_frame_equal(train, train_before)
    pd.testing.assert_frame_equal(test, test_before)


def test_clean_keeps_every_row_and_the_index(clean_and_scale):
    train, test = _frames()
    train_out, test_out = clean_and_scale(train, test, ["income", "age"])
    assert list(train_out.index) == list(train.index)
    assert list(test_out.index) == list(test.index)


def test_clean_leaves_other_columns_alone(clean_and_scale):
    train, test = _frames()
    train_out, test_out = clean_and_scale(train, test, ["income"])
    for before, after in ((train, train_out), (test, test_out)):
        for col in ("id", "age"):
            assert after[col].dtype == before[col].dtype
            np.testing.assert_array_equal(after[col].to_numpy(), before[col].to_numpy())


def test_clean_fills_with_the_train_mean(clean_and_scale):
    train, test = _frames()
    train_out, test_out = clean_and_scale(train, test, ["income"])
    # wrong: the statement says the median of the column in train
    assert train_out.loc[9, "income"] == pytest.approx(train["income"].mean())
### END SOLUTION
