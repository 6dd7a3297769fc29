import mlflow


def register(run_id):
    version = mlflow.register_model(f"runs:/{run_id}/model", "churn-classifier")
    return version.version
