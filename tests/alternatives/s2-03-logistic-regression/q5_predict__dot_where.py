# Alternative: logits with np.dot, classes with np.where(p >= threshold, 1, 0) as int8.
def predict_proba(w, b, X):
    """Probability of class 1 for each row of X under logistic regression (w, b).

    Returns
    -------
    ndarray of float, shape (n,)
    """
    return sigmoid(np.dot(np.asarray(X, dtype=np.float64), np.asarray(w, dtype=np.float64)) + b)


def predict(w, b, X, threshold=0.5):
    """Class labels (0 or 1) for each row of X: 1 where predict_proba >= threshold.

    Returns
    -------
    ndarray of int, shape (n,)
    """
    return np.where(predict_proba(w, b, X) >= threshold, 1, 0).astype(np.int8)
