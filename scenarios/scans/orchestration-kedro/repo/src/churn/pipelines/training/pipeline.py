from kedro.pipeline import Pipeline, node

from .nodes import split, train


def create_pipeline(**kwargs) -> Pipeline:
    return Pipeline(
        [
            node(split, inputs="customers", outputs=["train", "test"]),
            node(train, inputs="train", outputs="model"),
        ]
    )
