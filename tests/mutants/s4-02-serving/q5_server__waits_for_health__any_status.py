# Mutant: returns as soon as /health answers at all, even with 503.
def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(app, timeout_s=10.0):
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            httpx.get(base_url + "/health", timeout=1.0)
            return server, thread, base_url
        except httpx.TransportError:
            pass
        time.sleep(0.02)
    stop_server(server, thread)
    raise RuntimeError(f"server not healthy after {timeout_s} s")


def stop_server(server, thread, timeout_s=10.0):
    server.should_exit = True
    thread.join(timeout_s)
    if thread.is_alive():
        raise RuntimeError("server thread did not stop")
