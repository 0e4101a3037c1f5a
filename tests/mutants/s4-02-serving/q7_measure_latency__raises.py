# Mutant: times error responses as if they were answers.
def measure_latency(client, path, payload, n_requests, n_warmup=5):
    """Send n_warmup untimed then n_requests timed POST requests; return the durations (s)."""
    if n_requests < 1:
        raise ValueError(f"n_requests must be >= 1, got {n_requests}")
    durations = []
    for i in range(n_warmup + n_requests):
        t0 = time.perf_counter()
        response = client.post(path, json=payload)
        elapsed = time.perf_counter() - t0
        if response.status_code >= 600:
            raise RuntimeError(f"POST {path} answered {response.status_code}: {response.text[:200]}")
        if i >= n_warmup:
            durations.append(elapsed)
    return np.array(durations, dtype=float)
