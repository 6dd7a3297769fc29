from kfp import dsl


@dsl.component
def train(epochs: int) -> str:
    return "gs://models/churn"


@dsl.pipeline(name="churn-training")
def churn_pipeline(epochs: int = 10):
    train(epochs=epochs)
