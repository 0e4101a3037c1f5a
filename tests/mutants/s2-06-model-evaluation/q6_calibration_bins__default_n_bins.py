# Mutant: defaults to n_bins=5 instead of 10
def calibration_bins(y_true, probs, n_bins=5):
    """Reliability table with uniform bins on [0, 1] (right-closed, bin 0 includes 0).

    Parameters
    ----------
    y_true : array_like, shape (n,)
        Labels 0/1; not modified.
    probs : array_like, shape (n,)
        Predicted probabilities of class 1, in [0, 1]; not modified.
    n_bins : int, default 10
        Number of equal-width bins.

    Returns
    -------
    mean_pred : ndarray of float, shape (m,)
        Mean predicted probability in each non-empty bin.
    frac_pos : ndarray of float, shape (m,)
        Fraction of positives in each non-empty bin.
    counts : ndarray of int, shape (m,)
        Number of examples in each non-empty bin.

    Raises
    ------
    ValueError
        On mismatched shapes / non-1-D inputs, labels other than 0/1, probabilities outside
        [0, 1], or n_bins not a positive integer.
    """
    y_true = np.asarray(y_true)
    probs = np.asarray(probs, dtype=float)
    if y_true.ndim != 1 or y_true.shape != probs.shape:
        raise ValueError(f"y_true and probs must be 1-D of the same shape, "
                         f"got {y_true.shape} and {probs.shape}")
    if not np.isin(y_true, [0, 1]).all():
        raise ValueError("y_true must contain only the labels 0 and 1")
    if not np.all((probs >= 0.0) & (probs <= 1.0)):
        raise ValueError("probs must lie in [0, 1]")
    if isinstance(n_bins, bool) or not isinstance(n_bins, (int, np.integer)) or n_bins < 1:
        raise ValueError(f"n_bins must be a positive integer, got {n_bins!r}")
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    ids = np.searchsorted(edges[1:-1], probs, side="left")
    counts = np.bincount(ids, minlength=n_bins)
    prob_sums = np.bincount(ids, weights=probs, minlength=n_bins)
    pos_sums = np.bincount(ids, weights=(y_true == 1).astype(float), minlength=n_bins)
    keep = counts > 0
    return prob_sums[keep] / counts[keep], pos_sums[keep] / counts[keep], counts[keep]
