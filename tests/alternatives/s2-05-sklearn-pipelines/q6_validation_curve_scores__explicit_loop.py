# Alternative: the double loop written out (C outer, folds inner) with clone + set_params and .score(); DataFrame rows via .iloc
def validation_curve_scores(model, X, y, Cs, n_splits=5, seed=0):
    """Mean training and validation accuracy for each C (stratified, shuffled, seeded CV)."""
    y = np.asarray(y)
    take = (lambda idx: X.iloc[idx]) if isinstance(X, pd.DataFrame) else (lambda idx: np.asarray(X)[idx])
    splits = list(StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed).split(take(np.arange(len(y))), y))
    train_mean = np.zeros(len(Cs))
    val_mean = np.zeros(len(Cs))
    for i, C in enumerate(Cs):
        for train, test in splits:
            fitted = clone(model).set_params(classifier__C=C).fit(take(train), y[train])
            train_mean[i] += fitted.score(take(train), y[train]) / len(splits)
            val_mean[i] += fitted.score(take(test), y[test]) / len(splits)
    return train_mean, val_mean
