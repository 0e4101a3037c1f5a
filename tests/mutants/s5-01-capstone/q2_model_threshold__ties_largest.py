# Mutant: ties go to the smallest threshold
def build_pipeline(C=1.0):
    """Unfitted Pipeline: "prep" (scale NUMERIC, one-hot CATEGORICAL) then "model"
    (LogisticRegression(C=C, max_iter=1000))."""
    prep = ColumnTransformer([
        ("num", StandardScaler(), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    ])
    return Pipeline([("prep", prep), ("model", LogisticRegression(C=C, max_iter=1000))])


def cv_auc(df, C_values, n_splits=5, seed=0):
    """Mean cross-validated ROC AUC of build_pipeline(C) for each C.

    Returns
    -------
    dict
        {C: float}, in the order of C_values.

    Raises
    ------
    ValueError
        If df has fewer than n_splits churners.
    """
    if int(df["churned"].sum()) < n_splits:
        raise ValueError(f"need at least {n_splits} churners for {n_splits} folds")
    folds = StratifiedKFold(n_splits, shuffle=True, random_state=seed)
    return {C: float(np.mean(cross_val_score(build_pipeline(C), df[FEATURES], df["churned"],
                                             cv=folds, scoring="roc_auc")))
            for C in C_values}


def choose_threshold(y_true, proba, cost_fn=200.0, cost_fp=20.0):
    """The threshold t (offer when proba >= t) with the lowest cost_fn*FN + cost_fp*FP.

    Candidates: the distinct values of proba and np.inf; ties -> the largest t.

    Raises
    ------
    ValueError
        If lengths differ or a cost is negative.
    """
    y = np.asarray(y_true)
    p = np.asarray(proba, dtype=float)
    if y.shape != p.shape:
        raise ValueError("y_true and proba must have the same length")
    if cost_fn < 0 or cost_fp < 0:
        raise ValueError("costs must be non-negative")
    best_t, best_cost = None, None
    for t in np.concatenate([np.unique(p), [np.inf]]):
        offer = p >= t
        cost = cost_fn * np.sum(~offer & (y == 1)) + cost_fp * np.sum(offer & (y == 0))
        if best_cost is None or cost < best_cost:
            best_t, best_cost = t, cost
    return float(best_t)
