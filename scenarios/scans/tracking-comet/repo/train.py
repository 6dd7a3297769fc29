from comet_ml import Experiment


def main(params):
    experiment = Experiment(project_name="churn")
    experiment.log_parameters(params)
    experiment.log_metric("auc", 0.81)
