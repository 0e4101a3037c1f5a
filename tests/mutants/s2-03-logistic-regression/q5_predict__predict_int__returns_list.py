# Mutant: predict returns a Python list of ints instead of an integer array.
def predict_proba(w, b, X):
    """Probability of class 1 for each row of X under logistic regression (w, b).

    Returns
    -------
    ndarray of float, shape (n,)
    """
    X = np.asarray(X, dtype=float)
    return sigmoid(X @ np.asarray(w, dtype=float) + b)


def predict(w, b, X, threshold=0.5):
    """Class labels (0 or 1) for each row of X: 1 where predict_proba >= threshold.

    Returns
    -------
    ndarray of int, shape (n,)
    """
    return [int(p >= threshold) for p in predict_proba(w, b, X)]
