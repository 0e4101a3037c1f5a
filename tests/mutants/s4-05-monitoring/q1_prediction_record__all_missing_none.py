# Mutant: uses nan instead of None when every entry is missing (nan is not valid JSON).
def prediction_record(request_id, model_version, latency_ms, x, prediction):
    """Fields logged for one prediction (plain Python types only, JSON-serialisable).

    Parameters
    ----------
    request_id, model_version : str
    latency_ms : int or float
        Non-negative, finite latency in milliseconds.
    x : 1-D array-like of float
        The request's features; missing values are nan (or None in a list).
    prediction : scalar
        The model's output; NumPy scalars are converted with .item().

    Returns
    -------
    dict
        Keys "request_id", "model_version", "latency_ms", "inputs", "prediction".

    Raises
    ------
    ValueError
        If latency_ms is negative or not finite, or x is not 1-D.
    """
    latency = float(latency_ms)
    if not math.isfinite(latency) or latency < 0:
        raise ValueError(f"latency_ms must be finite and >= 0, got {latency_ms!r}")
    values = np.asarray(x, dtype=float)
    if values.ndim != 1:
        raise ValueError(f"x must be 1-D, got shape {values.shape}")
    missing = np.isnan(values)
    if missing.all():
        lo = hi = float("nan")
    else:
        lo, hi = float(values[~missing].min()), float(values[~missing].max())
    if isinstance(prediction, np.generic):
        prediction = prediction.item()
    return {
        "request_id": request_id,
        "model_version": model_version,
        "latency_ms": latency,
        "inputs": {"n_features": int(values.size), "n_missing": int(missing.sum()),
                   "min": lo, "max": hi},
        "prediction": prediction,
    }
