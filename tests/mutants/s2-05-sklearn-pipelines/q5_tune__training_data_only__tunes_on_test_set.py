# Mutant: picks C by its score on the global test set, then wraps only that C in a GridSearchCV
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
    best_C = max(Cs, key=lambda C: clone(model).set_params(classifier__C=C)
                 .fit(X, y).score(X_test, y_test))
    splitter = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    search = GridSearchCV(model, param_grid={"classifier__C": [best_C]}, scoring="accuracy",
                          cv=splitter, refit=True)
    return search.fit(X, y)
