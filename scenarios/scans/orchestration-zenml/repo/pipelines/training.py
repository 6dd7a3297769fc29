from zenml import pipeline, step


@step
def trainer() -> str:
    return "model"


@pipeline
def training_pipeline():
    trainer()
