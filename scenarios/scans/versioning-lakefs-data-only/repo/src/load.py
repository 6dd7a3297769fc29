import pandas as pd

RAW = "lakefs://datalake/main/events/2024-05.parquet"


def load():
    return pd.read_parquet(RAW)
