from google.cloud import aiplatform


def submit(template_path):
    job = aiplatform.PipelineJob(display_name="churn-training", template_path=template_path)
    job.submit()
