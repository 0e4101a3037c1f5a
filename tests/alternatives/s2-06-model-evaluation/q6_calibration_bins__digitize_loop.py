# Alternative: bin ids with np.digitize(..., right=True), then a loop over the bins with boolean masks; counts as int64
def calibration_bins(y_true, probs, n_bins=10):
    """Reliability table with uniform bins on [0, 1] (right-closed, bin 0 includes 0)."""
    labels = np.asarray(y_true)
    p = np.asarray(probs, dtype=float)
    if labels.ndim != 1 or p.ndim != 1 or labels.shape != p.shape:
        raise ValueError("y_true and probs must be 1-D of the same shape")
    if np.any((labels != 0) & (labels != 1)):
        raise ValueError("labels must be 0 or 1")
    if np.isnan(p).any() or p.min(initial=0.0) < 0 or p.max(initial=0.0) > 1:
        raise ValueError("probabilities must lie in [0, 1]")
    if not isinstance(n_bins, (int, np.integer)) or isinstance(n_bins, bool) or n_bins <= 0:
        raise ValueError("n_bins must be a positive integer")
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    ids = np.digitize(p, edges[1:-1], right=True)
    mean_pred, frac_pos, counts = [], [], []
    for b in range(n_bins):
        members = ids == b
        if members.any():
            mean_pred.append(p[members].mean())
            frac_pos.append(labels[members].mean())
            counts.append(members.sum())
    return np.array(mean_pred, dtype=float), np.array(frac_pos, dtype=float), np.array(counts, dtype=np.int64)
