# Mutant: computes the logits as (X * w).sum(axis=1), which broadcasts one feature against several weights instead of raising.
def predict_proba(w, b, X):
    """Probability of class 1 for each row of X under logistic regression (w, b).

    Returns
    -------
    ndarray of float, shape (n,)
    """
    X = np.asarray(X, dtype=float)
    return sigmoid((X * np.asarray(w, dtype=float)).sum(axis=1) + b)


def predict(w, b, X, threshold=0.5):
    """Class labels (0 or 1) for each row of X: 1 where predict_proba >= threshold.

    Returns
    -------
    ndarray of int, shape (n,)
    """
    return (predict_proba(w, b, X) >= threshold).astype(int)
