# Mutant: returns the fold accuracies sorted, not in the splitter's order
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
    scores = cross_val_score(model, X, y, cv=splitter, scoring="accuracy")
    return np.sort(np.asarray(scores, dtype=float))
