from ray import serve
from starlette.requests import Request


@serve.deployment(num_replicas=2)
class ModelDeployment:
    async def __call__(self, request: Request) -> dict:
        return {"label": "stay"}


entrypoint = ModelDeployment.bind()
