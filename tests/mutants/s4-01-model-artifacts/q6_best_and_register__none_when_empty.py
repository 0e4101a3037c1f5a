# Mutant: returns None instead of raising LookupError for an experiment without finished runs.
def best_run(experiment_name, metric, mode="max"):
    """(run_id, value) of the best FINISHED run; ties go to the earliest started."""
    if mode not in ("max", "min"):
        raise ValueError(f"mode must be 'max' or 'min', got {mode!r}")
    direction = "DESC" if mode == "max" else "ASC"
    runs = mlflow.search_runs(experiment_names=[experiment_name],
                              filter_string="attributes.status = 'FINISHED'",
                              order_by=[f"metrics.{metric} {direction}", "attributes.start_time ASC"],
                              max_results=1)
    if len(runs) == 0:
        return None
    row = runs.iloc[0]
    return str(row["run_id"]), float(row[f"metrics.{metric}"])


def register_best(run_id, model_name, allowed):
    """Register the run's model.skops (loaded with safe_load) as a new version; return it."""
    with tempfile.TemporaryDirectory() as tmp:
        path = mlflow.artifacts.download_artifacts(run_id=run_id, artifact_path="model.skops",
                                                   dst_path=tmp)
        model = safe_load(path, allowed)
    with mlflow.start_run(run_id=run_id):
        info = mlflow.sklearn.log_model(model, name="model", pip_requirements=[],
                                        registered_model_name=model_name)
    return int(info.registered_model_version)
