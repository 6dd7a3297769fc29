import hopsworks


def ingest(df):
    project = hopsworks.login()
    fs = project.get_feature_store()
    group = fs.get_or_create_feature_group(name="customers", version=1, primary_key=["customer_id"])
    group.insert(df)
