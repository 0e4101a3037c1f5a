# Mutant: writes the loop but fits the model object it was given instead of a fresh clone
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
    X_arr = X if isinstance(X, pd.DataFrame) else np.asarray(X)
    y_arr = np.asarray(y)
    scores = []
    for train_idx, test_idx in splitter.split(X_arr, y_arr):
        if isinstance(X_arr, pd.DataFrame):
            X_tr, X_te = X_arr.iloc[train_idx], X_arr.iloc[test_idx]
        else:
            X_tr, X_te = X_arr[train_idx], X_arr[test_idx]
        model.fit(X_tr, y_arr[train_idx])
        scores.append(np.mean(model.predict(X_te) == y_arr[test_idx]))
    return np.array(scores, dtype=float)
