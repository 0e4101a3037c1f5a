# Alternative: the loop written out: splitter.split, X.iloc for DataFrames, clone, accuracy_score; a list of scores turned into an array at the end
from sklearn.metrics import accuracy_score


def cross_validate_model(model, X, y, n_splits=5, seed=0):
    """Per-fold accuracy of `model` under stratified, shuffled, seeded K-fold CV."""
    splitter = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    y = np.asarray(y)
    rows = (lambda idx: X.iloc[idx]) if hasattr(X, "iloc") else (lambda idx: np.asarray(X)[idx])
    scores = []
    for train, test in splitter.split(rows(np.arange(len(y))), y):
        fitted = clone(model).fit(rows(train), y[train])
        scores.append(accuracy_score(y[test], fitted.predict(rows(test))))
    return np.array(scores, dtype=np.float64)
