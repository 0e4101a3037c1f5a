# Mutant: hard-codes lr=1.0 and 300 epochs instead of using the arguments.
def holdout_accuracy(X_raw, y, seed, lr=1.0, num_epochs=300, test_size=0.25):
    """Test accuracy of logistic regression on a stratified hold-out split."""
    X_train, X_test, y_train, y_test = train_test_split(
        X_raw, y, test_size=test_size, stratify=y, random_state=seed)
    mean = X_train.mean(axis=0)
    scale = X_train.std(axis=0)
    w, b, _ = fit_logistic_regression((X_train - mean) / scale, y_train, 1.0, 300)
    y_pred = predict(w, b, (X_test - mean) / scale)
    return float(np.mean(y_pred == y_test)), mean, scale
