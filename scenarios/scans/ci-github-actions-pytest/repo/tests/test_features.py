import pytest

from churn.features import add_tenure_bucket


def test_tenure_bucket_for_new_customer():
    row = {"tenure_months": 2}
    assert add_tenure_bucket(row)["tenure_bucket"] == "new"
