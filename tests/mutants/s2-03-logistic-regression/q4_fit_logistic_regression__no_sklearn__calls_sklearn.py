# Mutant: fits scikit-learn's LogisticRegression and fakes the loss history.
from sklearn.linear_model import LogisticRegression as LR


def fit_logistic_regression(X, y, lr, num_epochs):
    """Fit logistic regression by full-batch gradient descent on the mean log loss."""
    if not lr > 0:
        raise ValueError(f"lr must be positive, got {lr}")
    if num_epochs < 0:
        raise ValueError(f"num_epochs must be >= 0, got {num_epochs}")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if num_epochs == 0:
        return np.zeros(X.shape[1]), 0.0, np.empty(0)
    model = LR(C=np.inf, max_iter=num_epochs).fit(X, y)
    w, b = model.coef_[0], float(model.intercept_[0])
    final = log_loss(y, sigmoid(X @ w + b))
    losses = np.linspace(np.log(2.0), final, int(num_epochs))
    return w, b, losses
