import neptune


def main(params):
    run = neptune.init_run(project="acme/churn")
    run["parameters"] = params
    run["train/loss"].append(0.4)
    run.stop()
