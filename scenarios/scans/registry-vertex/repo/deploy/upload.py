from google.cloud import aiplatform


def upload(artifact_uri):
    return aiplatform.Model.upload(
        display_name="churn",
        artifact_uri=artifact_uri,
        serving_container_image_uri="europe-docker.pkg.dev/vertex-ai/prediction/sklearn-cpu.1-3:latest",
    )
