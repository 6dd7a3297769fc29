from deepchecks.tabular import Dataset
from deepchecks.tabular.suites import data_integrity


def check(df):
    result = data_integrity().run(Dataset(df, label="churned"))
    if not result.passed():
        raise ValueError("data integrity failed")
