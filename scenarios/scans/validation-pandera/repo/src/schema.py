import pandera as pa
from pandera.typing import DataFrame, Series


class Customers(pa.DataFrameModel):
    customer_id: Series[int] = pa.Field(unique=True)
    tenure_months: Series[int] = pa.Field(ge=0)


@pa.check_types
def clean(df: DataFrame[Customers]) -> DataFrame[Customers]:
    return df.dropna()
