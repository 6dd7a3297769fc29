import mlflow


def best_run(client, experiment_id):
    runs = client.search_runs(experiment_ids=[experiment_id], max_results=1)
    # mlflow.register_model( ... )
    return runs[0]
