import lakefs


def publish(local_path):
    branch = lakefs.repository("ml-models").branch("main")
    branch.object("churn/model.pkl").upload(data=open(local_path, "rb").read())
    branch.commit(message="churn model")
    return "lakefs://ml-models/main/churn/model.pkl"
