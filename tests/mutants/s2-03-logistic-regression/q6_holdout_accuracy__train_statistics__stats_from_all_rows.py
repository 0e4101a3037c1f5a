# Mutant: leakage: standardises with the mean and std of all rows, test rows included.
def holdout_accuracy(X_raw, y, seed, lr=1.0, num_epochs=300, test_size=0.25):
    """Test accuracy of logistic regression on a stratified hold-out split."""
    X_train, X_test, y_train, y_test = train_test_split(
        X_raw, y, test_size=test_size, stratify=y, random_state=seed)
    mean = X_raw.mean(axis=0)
    scale = X_raw.std(axis=0)
    w, b, _ = fit_logistic_regression((X_train - mean) / scale, y_train, lr, num_epochs)
    y_pred = predict(w, b, (X_test - mean) / scale)
    return float(np.mean(y_pred == y_test)), mean, scale
