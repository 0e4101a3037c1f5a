# Alternative: scoring left at None (a classifier's score IS accuracy), the grid as a list of one dict, refit by default, fit() called separately
def tune(model, X, y, Cs=(0.01, 0.1, 1.0, 10.0, 100.0), n_splits=5, seed=0):
    """Grid search over classifier__C with stratified, shuffled, seeded inner CV."""
    folds = StratifiedKFold(n_splits, shuffle=True, random_state=seed)
    search = GridSearchCV(estimator=model, param_grid=[{"classifier__C": [float(c) for c in Cs]}], cv=folds)
    search.fit(X, y)
    return search
