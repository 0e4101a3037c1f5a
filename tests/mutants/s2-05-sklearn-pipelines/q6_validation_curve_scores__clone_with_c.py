# Mutant: writes the loop but never sets classifier__C on the clone, so every C gives the same scores
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
    rows = (lambda idx: X.iloc[idx]) if hasattr(X, "iloc") else (lambda idx: X[idx])
    y = np.asarray(y)
    train_mean, val_mean = [], []
    for C in Cs:
        tr, va = [], []
        for train, test in splitter.split(rows(np.arange(len(y))), y):
            fitted = clone(model).fit(rows(train), y[train])
            tr.append(np.mean(fitted.predict(rows(train)) == y[train]))
            va.append(np.mean(fitted.predict(rows(test)) == y[test]))
        train_mean.append(np.mean(tr))
        val_mean.append(np.mean(va))
    return np.array(train_mean), np.array(val_mean)
