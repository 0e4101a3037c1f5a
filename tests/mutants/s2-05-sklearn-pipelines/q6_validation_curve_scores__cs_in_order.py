# Mutant: sorts Cs first, so the values come back in increasing C, not in the given order
def validation_curve_scores(model, X, y, Cs, n_splits=5, seed=0):
    """Mean training and validation accuracy for each C (stratified, shuffled, seeded CV).

    Parameters
    ----------
    model : sklearn Pipeline with a step named "classifier" (not modified)
    X : pandas.DataFrame or ndarray, shape (n, d)
    y : array_like, shape (n,)
    Cs : sequence of float, length m
    n_splits : int >= 2
    seed : int

    Returns
    -------
    train_mean : ndarray, shape (m,), float
    val_mean : ndarray, shape (m,), float
    """
    splitter = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    train_scores, val_scores = validation_curve(
        model, X, y, param_name="classifier__C", param_range=sorted(Cs), cv=splitter,
        scoring="accuracy")
    return train_scores.mean(axis=1), val_scores.mean(axis=1)
