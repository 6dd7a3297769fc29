import tensorflow_data_validation as tfdv


def validate(train_csv, serving_csv):
    schema = tfdv.infer_schema(tfdv.generate_statistics_from_csv(train_csv))
    anomalies = tfdv.validate_statistics(tfdv.generate_statistics_from_csv(serving_csv), schema)
    return anomalies
