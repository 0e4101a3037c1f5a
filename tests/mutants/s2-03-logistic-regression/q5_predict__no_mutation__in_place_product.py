# Mutant: multiplies X by w in place (to save a temporary array) before summing each row.
def predict_proba(w, b, X):
    """Probability of class 1 for each row of X under logistic regression (w, b).

    Returns
    -------
    ndarray of float, shape (n,)
    """
    X = np.asarray(X, dtype=float)
    w = np.asarray(w, dtype=float)
    if X.ndim != 2 or X.shape[1] != w.shape[0]:
        raise ValueError(f"X has shape {X.shape} but w has shape {w.shape}")
    X *= w
    return sigmoid(X.sum(axis=1) + b)


def predict(w, b, X, threshold=0.5):
    """Class labels (0 or 1) for each row of X: 1 where predict_proba >= threshold.

    Returns
    -------
    ndarray of int, shape (n,)
    """
    return (predict_proba(w, b, X) >= threshold).astype(int)
