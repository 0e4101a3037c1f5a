# Mutant: times the whole loop once and returns the average for every request.
def measure_latency(client, path, payload, n_requests, n_warmup=5):
    if n_requests < 1:
        raise ValueError("n_requests must be >= 1")
    for _ in range(n_warmup):
        if client.post(path, json=payload).status_code != 200:
            raise RuntimeError("warm-up request failed")
    t0 = time.perf_counter()
    for _ in range(n_requests):
        if client.post(path, json=payload).status_code != 200:
            raise RuntimeError("a timed request failed")
    total = time.perf_counter() - t0
    return np.full(n_requests, total / n_requests, dtype=np.float64)
