# Mutant: splits row indices, then standardises the caller's X_raw in place with the training statistics.
def holdout_accuracy(X_raw, y, seed, lr=1.0, num_epochs=300, test_size=0.25):
    """Test accuracy of logistic regression on a stratified hold-out split.

    Parameters
    ----------
    X_raw : ndarray of float, shape (n, d)
        Features in original units; not modified.
    y : ndarray of int, shape (n,)
    seed : int
        random_state of train_test_split.
    lr, num_epochs : float, int
        Passed to fit_logistic_regression.
    test_size : float
        Fraction of rows held out.

    Returns
    -------
    test_accuracy : float
    mean : ndarray of float, shape (d,)
        Training-set mean of each feature.
    scale : ndarray of float, shape (d,)
        Training-set standard deviation (ddof=0) of each feature.
    """
    train_idx, test_idx = train_test_split(
        np.arange(len(y)), test_size=test_size, stratify=y, random_state=seed)
    X = np.asarray(X_raw, dtype=float)
    mean = X[train_idx].mean(axis=0)
    scale = X[train_idx].std(axis=0)
    X -= mean
    X /= scale
    w, b, _ = fit_logistic_regression(X[train_idx], y[train_idx], lr, num_epochs)
    y_pred = predict(w, b, X[test_idx])
    return float(np.mean(y_pred == y[test_idx])), mean, scale
