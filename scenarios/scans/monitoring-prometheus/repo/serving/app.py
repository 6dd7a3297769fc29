from fastapi import FastAPI
from prometheus_client import Counter, Histogram, make_asgi_app

app = FastAPI()
app.mount("/metrics", make_asgi_app())
LATENCY = Histogram("churn_request_seconds", "time to score one request")
PREDICTIONS = Counter("churn_predictions_total", "predictions by class", ["label"])


@app.post("/predict")
def predict(features: dict):
    with LATENCY.time():
        label = "stay"
        PREDICTIONS.labels(label).inc()
        return {"label": label}
