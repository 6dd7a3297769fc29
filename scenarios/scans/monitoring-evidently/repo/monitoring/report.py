from evidently.metric_preset import ClassificationPreset, DataDriftPreset
from evidently.report import Report


def build(reference, current):
    report = Report(metrics=[DataDriftPreset(), ClassificationPreset()])
    report.run(reference_data=reference, current_data=current)
    report.save_html("drift.html")
