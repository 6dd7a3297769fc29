import sagemaker
from sagemaker.sklearn import SKLearnModel


def deploy(model_data, role):
    model = SKLearnModel(model_data=model_data, role=role, entry_point="inference.py", framework_version="1.2-1")
    return model.deploy(initial_instance_count=1, instance_type="ml.m5.large", endpoint_name="churn")
