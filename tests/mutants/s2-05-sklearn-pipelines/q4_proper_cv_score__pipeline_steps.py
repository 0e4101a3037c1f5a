# Mutant: leaves out the StandardScaler (F-test selection does not need it), so the classifier sees unscaled features
def proper_cv_score(X, y, k=10, n_splits=5, seed=0):
    """Mean CV accuracy of scale -> SelectKBest(k) -> logistic regression, fitted per fold.

    Parameters
    ----------
    X : ndarray, shape (n, d), float
    y : ndarray, shape (n,)
    k : int
        Number of features SelectKBest(f_classif) keeps (inside each training fold).
    n_splits : int >= 2
    seed : int
        random_state of StratifiedKFold(shuffle=True).

    Returns
    -------
    score : float
        Mean accuracy over the held-out folds.
    """
    pipe = Pipeline([
        ("select", SelectKBest(f_classif, k=k)),
        ("classifier", LogisticRegression(max_iter=1000)),
    ])
    splitter = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    return float(np.mean(cross_val_score(pipe, X, y, cv=splitter)))
