# Mutant: health without the model version
from contextlib import asynccontextmanager


def create_app(artifact_folder):
    """A FastAPI app serving the verified model in `artifact_folder` (see the statement)."""
    class Customer(BaseModel):
        model_config = ConfigDict(extra="forbid")
        customer_id: str = Field(pattern=r"^C\d{6}$")
        tenure_months: int = Field(ge=1, le=72)
        monthly_charges: float = Field(gt=0, le=500)
        support_calls: int = Field(ge=0)
        plan: Literal["basic", "plus", "pro"]
        region: Literal["north", "south", "east", "west"]

    class PredictRequest(BaseModel):
        model_config = ConfigDict(extra="forbid")
        customers: list[Customer] = Field(min_length=1, max_length=100)

    state = {}

    @asynccontextmanager
    async def lifespan(app):
        state["model"] = load_verified(artifact_folder)
        manifest = json.loads((Path(artifact_folder) / "manifest.json").read_text())
        state["version"] = manifest["sha256"][:12]
        state["threshold"] = float(manifest["metrics"]["threshold"])
        yield
        state.clear()

    app = FastAPI(title="churn service", lifespan=lifespan)

    @app.get("/health")
    def health():
        return {"status": "ok"}

    @app.post("/predict")
    def predict(request: PredictRequest):
        frame = pd.DataFrame([c.model_dump() for c in request.customers])
        proba = state["model"].predict_proba(frame[FEATURES])[:, 1]
        return {"model_version": state["version"],
                "predictions": [{"customer_id": c.customer_id, "churn_probability": float(p),
                                 "offer": bool(p >= state["threshold"])}
                                for c, p in zip(request.customers, proba)]}

    return app


def measure_latency(base_url, payload, n=200):
    """Time n sequential POST /predict requests; return {"n", "p50_ms", "p95_ms"}.

    Raises
    ------
    RuntimeError
        If any response is not 200.
    """
    times = []
    with httpx.Client(base_url=base_url, timeout=30.0) as client:
        for _ in range(n):
            start = time.perf_counter()
            response = client.post("/predict", json=payload)
            times.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"POST /predict answered {response.status_code}")
    return {"n": n, "p50_ms": float(np.percentile(times, 50)),
            "p95_ms": float(np.percentile(times, 95))}
