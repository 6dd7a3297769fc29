import nannyml as nml


def estimate(reference, analysis):
    estimator = nml.CBPE(y_pred_proba="proba", y_pred="pred", y_true="churned",
                         problem_type="classification_binary", metrics=["roc_auc"])
    estimator.fit(reference)
    return estimator.estimate(analysis)
