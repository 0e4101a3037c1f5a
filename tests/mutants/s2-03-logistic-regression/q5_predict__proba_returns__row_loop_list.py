# Mutant: predict_proba loops over the rows and returns a Python list of probabilities.
def predict_proba(w, b, X):
    """Probability of class 1 for each row of X under logistic regression (w, b).

    Returns
    -------
    ndarray of float, shape (n,)
    """
    return [sigmoid(float(row @ np.asarray(w, dtype=float)) + b) for row in np.asarray(X, dtype=float)]


def predict(w, b, X, threshold=0.5):
    """Class labels (0 or 1) for each row of X: 1 where predict_proba >= threshold.

    Returns
    -------
    ndarray of int, shape (n,)
    """
    return (np.asarray(predict_proba(w, b, X)) >= threshold).astype(int)
