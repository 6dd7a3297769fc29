from dagster import asset


@asset
def features():
    return {"rows": 100}


@asset
def model(features):
    return "model"
