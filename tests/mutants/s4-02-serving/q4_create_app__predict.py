# Mutant: predicts with the notebook's global `pipeline` instead of the loaded model.
def create_app(model_path):
    """A FastAPI app serving the skops model at `model_path`, loaded once at start-up."""
    @contextlib.asynccontextmanager
    async def lifespan(app):
        app.state.model, app.state.model_version = load_model(model_path)
        try:
            yield
        finally:
            app.state.model = app.state.model_version = None

    app = FastAPI(title="iris classifier", lifespan=lifespan)
    app.state.model = app.state.model_version = None

    def loaded_model():
        model, version = app.state.model, app.state.model_version
        if model is None:
            raise HTTPException(status_code=503, detail="the model is not loaded yet")
        return model, version

    @app.get("/health")
    def health():
        return {"status": "ok"}

    @app.get("/ready")
    def ready():
        _, version = loaded_model()
        return {"status": "ready", "model_version": version}

    @app.post("/predict", response_model=PredictResponse)
    def predict(features: IrisFeatures):
        model, version = loaded_model()
        return PredictResponse(**predict_instances(pipeline, [features])[0], model_version=version)

    @app.post("/predict/batch", response_model=BatchResponse)
    def predict_batch(batch: BatchRequest):
        model, version = loaded_model()
        return BatchResponse(model_version=version,
                             predictions=predict_instances(pipeline, batch.instances))

    return app
