from prefect import flow, task


@task
def load():
    return [1, 2, 3]


@flow(name="train-churn")
def train():
    data = load()
    return len(data)
