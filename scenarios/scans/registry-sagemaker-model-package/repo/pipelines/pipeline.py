from sagemaker.workflow.step_collections import RegisterModel


def register_step(estimator, train_step):
    return RegisterModel(
        name="RegisterChurnModel",
        estimator=estimator,
        model_data=train_step.properties.ModelArtifacts.S3ModelArtifacts,
        model_package_group_name="churn",
        approval_status="PendingManualApproval",
    )
