from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("retrain_churn", start_date=datetime(2024, 1, 1), schedule="@weekly", catchup=False) as dag:
    BashOperator(task_id="train", bash_command="python -m churn.train")
