# Mutant: returns a boolean array instead of integer class labels.
def predict_proba(w, b, X):
    """Probability of class 1 for each row of X under logistic regression (w, b)."""
    X = np.asarray(X, dtype=float)
    return sigmoid(X @ np.asarray(w, dtype=float) + b)


def predict(w, b, X, threshold=0.5):
    """Class labels (0 or 1) for each row of X: 1 where predict_proba >= threshold."""
    return predict_proba(w, b, X) >= threshold
