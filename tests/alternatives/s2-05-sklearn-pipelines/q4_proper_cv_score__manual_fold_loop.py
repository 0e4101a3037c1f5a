# Alternative: no Pipeline object: a loop over the StratifiedKFold splits that fits the scaler, the selector and the classifier on each training fold by hand
def proper_cv_score(X, y, k=10, n_splits=5, seed=0):
    """Mean CV accuracy of scale -> SelectKBest(k) -> logistic regression, fitted per fold."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    accuracies = []
    for train, test in StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed).split(X, y):
        scaler = StandardScaler().fit(X[train])
        selector = SelectKBest(f_classif, k=k).fit(scaler.transform(X[train]), y[train])
        Z_train = selector.transform(scaler.transform(X[train]))
        Z_test = selector.transform(scaler.transform(X[test]))
        classifier = LogisticRegression(max_iter=1000).fit(Z_train, y[train])
        accuracies.append(np.mean(classifier.predict(Z_test) == y[test]))
    return float(sum(accuracies) / len(accuracies))
