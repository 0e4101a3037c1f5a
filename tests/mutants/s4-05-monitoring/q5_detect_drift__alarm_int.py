# Mutant: returns alarm_at as a NumPy integer (from np.flatnonzero), not a plain Python int.
def detect_drift(reference, stream, window, threshold=0.25, n_bins=10):
    """PSI of each non-overlapping window of `stream` against `reference`, and the first alarm.

    Returns
    -------
    scores : np.ndarray of float, shape (len(stream) // window,)
    alarm_at : int or None
        End position (k + 1) * window of the first window with score > threshold.

    Raises
    ------
    ValueError
        If window < 1 or the stream is shorter than one window.
    """
    stream = np.asarray(stream, dtype=float)
    if window < 1:
        raise ValueError(f"window must be >= 1, got {window!r}")
    n_windows = len(stream) // window
    if n_windows == 0:
        raise ValueError(f"the stream ({len(stream)} values) is shorter than one window ({window})")
    scores = np.array([psi(reference, stream[k * window:(k + 1) * window], n_bins=n_bins)
                       for k in range(n_windows)], dtype=float)
    above = np.flatnonzero(scores > threshold)
    alarm_at = (above[0] + 1) * window if above.size else None
    return scores, alarm_at
