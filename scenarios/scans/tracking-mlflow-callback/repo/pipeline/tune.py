from ray.air.integrations.mlflow import MLflowLoggerCallback


def callbacks(uri, experiment):
    return [MLflowLoggerCallback(tracking_uri=uri, experiment_name=experiment, save_artifact=True)]
