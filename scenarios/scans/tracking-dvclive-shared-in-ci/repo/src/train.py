from dvclive import Live

with Live() as live:
    live.log_param("epochs", 5)
