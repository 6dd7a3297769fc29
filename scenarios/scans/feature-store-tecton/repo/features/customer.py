from datetime import datetime, timedelta

from tecton import batch_feature_view

from entities import customer
from sources import transactions


@batch_feature_view(sources=[transactions], entities=[customer], mode="spark_sql",
                    batch_schedule=timedelta(days=1), feature_start_time=datetime(2024, 1, 1))
def customer_spend(transactions):
    return "SELECT customer_id, amount, timestamp FROM {transactions}"
