import great_expectations as gx

context = gx.get_context()
