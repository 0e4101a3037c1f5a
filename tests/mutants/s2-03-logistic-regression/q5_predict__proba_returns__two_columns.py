# Mutant: predict_proba returns both classes as an (n, 2) array like scikit-learn.
def predict_proba(w, b, X):
    """Probability of class 1 for each row of X under logistic regression (w, b)."""
    X = np.asarray(X, dtype=float)
    p1 = sigmoid(X @ np.asarray(w, dtype=float) + b)
    return np.column_stack([1.0 - p1, p1])


def predict(w, b, X, threshold=0.5):
    """Class labels (0 or 1) for each row of X: 1 where predict_proba >= threshold."""
    return (predict_proba(w, b, X)[:, 1] >= threshold).astype(int)
