# Mutant: never raises ValueError for window < 1 or a stream shorter than one window.
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
    n_windows = len(stream) // window
    scores = np.array([psi(reference, stream[k * window:(k + 1) * window], n_bins=n_bins)
                       for k in range(n_windows)], dtype=float)
    above = np.flatnonzero(scores > threshold)
    alarm_at = int((above[0] + 1) * window) if above.size else None
    return scores, alarm_at
