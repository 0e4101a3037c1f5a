# Alternative: splits row indices with the same train_test_split call, standardises with scikit-learn's StandardScaler (fitted on the training rows) and scores with accuracy_score.
from sklearn.metrics import accuracy_score
from sklearn.preprocessing import StandardScaler


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
    X_raw = np.asarray(X_raw, dtype=float)
    y = np.asarray(y)
    train_idx, test_idx = train_test_split(
        np.arange(len(y)), test_size=test_size, stratify=y, random_state=seed)
    scaler = StandardScaler().fit(X_raw[train_idx])
    w, b, _ = fit_logistic_regression(scaler.transform(X_raw[train_idx]), y[train_idx], lr,
                                      num_epochs)
    y_pred = predict(w, b, scaler.transform(X_raw[test_idx]))
    return float(accuracy_score(y[test_idx], y_pred)), scaler.mean_, scaler.scale_
