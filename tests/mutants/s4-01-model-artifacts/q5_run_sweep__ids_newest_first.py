# Mutant: returns the run ids from search_runs, which lists the newest run first.
def run_sweep(experiment_name, Cs, X_train, y_train, X_val, y_val):
    """One MLflow run per C: param C, val metrics, the fitted pipeline as model.skops.

    Returns
    -------
    list of str
        The run ids, in the order of Cs.
    """
    experiment_id = get_or_create_experiment(experiment_name)
    run_ids = []
    for C in Cs:
        with mlflow.start_run(experiment_id=experiment_id, run_name=f"C={C}") as run:
            model = make_model(C).fit(X_train, y_train)
            mlflow.log_param("C", C)
            mlflow.log_metric("val_accuracy", accuracy_score(y_val, model.predict(X_val)))
            mlflow.log_metric("val_log_loss", log_loss(y_val, model.predict_proba(X_val)))
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "model.skops"
                sio.dump(model, path)
                mlflow.log_artifact(str(path))
            run_ids.append(run.info.run_id)
    return list(mlflow.search_runs(experiment_ids=[experiment_id],
                                   filter_string=f"attributes.run_id IN ({', '.join(repr(r) for r in run_ids)})")["run_id"])
