import whylogs as why


def profile(batch):
    return why.log(batch).view()
