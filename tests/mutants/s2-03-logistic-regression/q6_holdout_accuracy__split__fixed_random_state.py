# Mutant: splits with random_state=0 instead of the seed argument.
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
    X_train, X_test, y_train, y_test = train_test_split(
        X_raw, y, test_size=test_size, stratify=y, random_state=0)
    mean = X_train.mean(axis=0)
    scale = X_train.std(axis=0)
    w, b, _ = fit_logistic_regression((X_train - mean) / scale, y_train, lr, num_epochs)
    y_pred = predict(w, b, (X_test - mean) / scale)
    return float(np.mean(y_pred == y_test)), mean, scale
