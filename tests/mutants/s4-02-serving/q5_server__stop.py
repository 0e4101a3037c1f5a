# Mutant: stop_server sets should_exit but does not wait for the thread.
def start_server(app, timeout_s=10.0):
    """Run `app` under uvicorn on 127.0.0.1 and a free port, in a daemon thread.

    Returns (server, thread, base_url) once GET /health answers 200; raises RuntimeError
    (after stopping the server) if that does not happen within `timeout_s` seconds.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout_s
    with httpx.Client(base_url=base_url, timeout=1.0) as client:
        while time.monotonic() < deadline and thread.is_alive():
            try:
                if client.get("/health").status_code == 200:
                    return server, thread, base_url
            except httpx.TransportError:
                pass                                  # not listening yet
            time.sleep(0.02)
    stop_server(server, thread)
    raise RuntimeError(f"the server at {base_url} was not healthy within {timeout_s} s")


def stop_server(server, thread, timeout_s=10.0):
    """Ask uvicorn to exit and wait for its thread; the port is closed afterwards."""
    server.should_exit = True
