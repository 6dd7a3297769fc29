from datetime import timedelta

from feast import Entity, FeatureView, Field
from feast.types import Int64

customer = Entity(name="customer", join_keys=["customer_id"])

customer_stats = FeatureView(
    name="customer_stats",
    entities=[customer],
    ttl=timedelta(days=1),
    schema=[Field(name="tenure_months", dtype=Int64)],
)
