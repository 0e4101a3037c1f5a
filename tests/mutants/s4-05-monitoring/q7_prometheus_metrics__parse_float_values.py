# Mutant: converts the parsed counts to int (2 instead of 2.0); the statement asks for floats.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0)   # seconds


def expose_metrics(events, buckets=LATENCY_BUCKETS):
    """Count predictions per model version and their latency in a private registry.

    Parameters
    ----------
    events : iterable of (str, float)
        (model_version, latency_ms) per prediction.
    buckets : sequence of float
        Histogram upper bounds in seconds.

    Returns
    -------
    str
        The Prometheus text exposition of the registry.

    Raises
    ------
    ValueError
        If a latency is negative.
    """
    registry = CollectorRegistry()
    predictions = Counter("predictions", "Predictions served, by model version",
                          ["model_version"], registry=registry)
    latency = Histogram("prediction_latency_seconds", "Prediction latency in seconds",
                        buckets=buckets, registry=registry)
    for version, latency_ms in events:
        if latency_ms < 0:
            raise ValueError(f"latency must be >= 0, got {latency_ms!r}")
        predictions.labels(model_version=version).inc()
        latency.observe(latency_ms / 1000.0)
    return generate_latest(registry).decode("utf-8")


def parse_metrics(text):
    """Read predictions_total and prediction_latency_seconds back from an exposition text.

    Returns
    -------
    dict
        "predictions": {model_version: float}, "latency_buckets": {float upper bound:
        float cumulative count}, "latency_count": float, "latency_sum": float.
    """
    out = {"predictions": {}, "latency_buckets": {}, "latency_count": 0.0, "latency_sum": 0.0}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "predictions_total":
                out["predictions"][sample.labels["model_version"]] = int(sample.value)
            elif sample.name == "prediction_latency_seconds_bucket":
                out["latency_buckets"][float(sample.labels["le"])] = int(sample.value)
            elif sample.name == "prediction_latency_seconds_count":
                out["latency_count"] = int(sample.value)
            elif sample.name == "prediction_latency_seconds_sum":
                out["latency_sum"] = float(sample.value)
    return out
