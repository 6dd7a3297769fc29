import great_expectations as ge
import pandas as pd


def test_dataset(path):
    df = ge.dataset.PandasDataset(pd.read_csv(path))
    df.expect_column_values_to_not_be_null(column="customer_id")
    df.expect_column_values_to_be_unique(column="customer_id")
    assert df.validate()["success"]
