# Mutant: writes the loop with X[train] / y[train], which only works for NumPy arrays
def cross_validate_model(model, X, y, n_splits=5, seed=0):
    """Per-fold accuracy of `model` under stratified, shuffled, seeded K-fold CV.

    Parameters
    ----------
    model : scikit-learn classifier or Pipeline (unfitted; not modified)
    X : pandas.DataFrame or ndarray, shape (n, d)
    y : array_like, shape (n,)
    n_splits : int >= 2
    seed : int
        random_state of the StratifiedKFold splitter (shuffle=True).

    Returns
    -------
    scores : ndarray, shape (n_splits,), float
        Accuracy on each held-out fold, in the splitter's order.

    Raises
    ------
    ValueError
        If n_splits < 2.
    """
    splitter = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    scores = []
    for train, test in splitter.split(X, y):
        fitted = clone(model).fit(X[train], y[train])
        scores.append(np.mean(fitted.predict(X[test]) == y[test]))
    return np.asarray(scores, dtype=float)
