# Mutant: ignores the status of the warm-up requests.
def measure_latency(client, path, payload, n_requests, n_warmup=5):
    if n_requests < 1:
        raise ValueError("n_requests must be >= 1")
    for _ in range(n_warmup):
        r = client.post(path, json=payload)
    out = np.empty(n_requests, dtype=np.float64)
    for i in range(n_requests):
        t0 = time.perf_counter()
        r = client.post(path, json=payload)
        out[i] = time.perf_counter() - t0
        if r.status_code != 200:
            raise RuntimeError(f"request {i} failed: {r.status_code}")
    return out
