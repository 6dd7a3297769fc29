import mlflow
from sklearn.linear_model import LogisticRegression


def train(X, y, c=1.0):
    with mlflow.start_run(run_name="logreg"):
        mlflow.log_param("C", c)
        model = LogisticRegression(C=c).fit(X, y)
        mlflow.log_metric("train_accuracy", model.score(X, y))
        return model
