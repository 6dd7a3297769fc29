import bentoml


@bentoml.service(resources={"cpu": "1"})
class Churn:
    model = bentoml.models.get("churn:latest")

    @bentoml.api
    def predict(self, features: dict) -> dict:
        return {"churn": 0.1}
