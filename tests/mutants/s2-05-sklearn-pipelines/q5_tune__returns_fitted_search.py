# Mutant: returns the refitted best pipeline (search.best_estimator_) instead of the search
def tune(model, X, y, Cs=(0.01, 0.1, 1.0, 10.0, 100.0), n_splits=5, seed=0):
    """Grid search over classifier__C with stratified, shuffled, seeded inner CV.

    Parameters
    ----------
    model : sklearn Pipeline with a step named "classifier" (unfitted; not modified)
    X : pandas.DataFrame or ndarray, shape (n, d)
        Training data only.
    y : array_like, shape (n,)
    Cs : sequence of float
        Candidate values of C.
    n_splits : int >= 2
    seed : int

    Returns
    -------
    search : sklearn.model_selection.GridSearchCV
        Fitted on (X, y), refit=True, scoring "accuracy".
    """
    splitter = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    search = GridSearchCV(model, param_grid={"classifier__C": list(Cs)}, scoring="accuracy",
                          cv=splitter, refit=True)
    return search.fit(X, y).best_estimator_
