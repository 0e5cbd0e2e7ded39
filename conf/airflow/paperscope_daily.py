"""paperscope_daily: one Paperscope `run` per day of issues, with backfills.

Copy this file and paperscope_command.py into the DAGs folder (side by side) and set the
PAPERSCOPE_* environment variables on the Airflow workers (listed in paperscope_command.py and
docs/operations.md). Preview what a day runs without Airflow:

    python3 paperscope_command.py --ds 2024-01-05

Two ways to submit, chosen with PAPERSCOPE_AIRFLOW_OPERATOR:

* ``spark`` (default): SparkSubmitOperator from apache-airflow-providers-apache-spark. The master,
  queue and spark-submit location come from the Airflow connection PAPERSCOPE_SPARK_CONN_ID
  (default ``spark_default``; host e.g. ``spark://master:7077``, ``yarn`` or ``k8s://https://...``).
* ``bash``: a BashOperator that runs the same spark-submit line, for clusters without the Spark
  provider; the master is PAPERSCOPE_SPARK_MASTER and the binary PAPERSCOPE_SPARK_SUBMIT.

Exit codes of the job: 0 ok; 1 failure (retried); 2 usage or configuration error (also retried by
Airflow, fails again the same way: fix the config and clear the task); 3 no issue file for the day.
Exit 3 with PAPERSCOPE_NO_INPUT=skip (default) marks the day *skipped* on the BashOperator path;
SparkSubmitOperator turns every non-zero exit into a failure, so on that path put
``input.on-no-input=succeed-empty`` into the PAPERSCOPE_CONFIG file for publications that skip days
(the run then exits 0 and the day is written empty). For a source that must have an issue every
day, keep ``input.on-no-input=fail`` and PAPERSCOPE_NO_INPUT=fail: a late delivery gets the retries,
a missing one fails the day.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from paperscope_command import (  # noqa: E402  (after the sys.path line on purpose)
    SubmitSettings,
    bash_operator_kwargs,
    spark_submit_operator_kwargs,
)

try:  # Airflow 3
    from airflow.sdk import DAG
except ImportError:  # Airflow 2.4+
    from airflow import DAG

SETTINGS = SubmitSettings.from_env()
OPERATOR = os.environ.get("PAPERSCOPE_AIRFLOW_OPERATOR", "spark").strip()
# First day to (back)fill; catchup creates one run per day from here to yesterday.
START_DATE = datetime.fromisoformat(os.environ.get("PAPERSCOPE_START_DATE", "2024-01-01"))

default_args = {
    "owner": "paperscope",
    # Failures worth retrying: a lost executor, a busy cluster, an input file delivered late.
    "retries": 3,
    "retry_delay": timedelta(minutes=20),
    # A day's run replaces exactly that day's partitions, so retries and backfills never duplicate
    # rows; each attempt gets its own --run-id (manifest in <warehouse>/_runs/).
    "depends_on_past": False,
    "execution_timeout": timedelta(hours=3),
}

with DAG(
    dag_id="paperscope_daily",
    description="Paperscope: issue files of one day -> articles, trends and ministries tables",
    schedule="@daily",
    start_date=START_DATE,
    catchup=True,
    # One run at a time. Per-day tables keep one folder per publication and month, so runs on days
    # of the same month take turns on that month's lock anyway, and every run also rebuilds the
    # aggregate tables (term_trends, ministry_cooccurrence, ...) from the per-day count tables:
    # parallel backfill days would mostly wait. Serializing keeps the load predictable. (The locks
    # under _locks/ still keep concurrent runs correct, should someone start one by hand.)
    max_active_runs=1,
    default_args=default_args,
    tags=["paperscope"],
) as dag:
    if OPERATOR == "spark":
        try:
            from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator
        except ImportError as missing:
            raise ImportError(
                "paperscope_daily: PAPERSCOPE_AIRFLOW_OPERATOR=spark needs apache-airflow-providers-apache-spark; "
                "install it or set PAPERSCOPE_AIRFLOW_OPERATOR=bash") from missing
        SparkSubmitOperator(task_id="paperscope_run", **spark_submit_operator_kwargs(SETTINGS))
    elif OPERATOR == "bash":
        try:  # Airflow 3 (standard provider)
            from airflow.providers.standard.operators.bash import BashOperator
        except ImportError:  # Airflow 2
            from airflow.operators.bash import BashOperator
        BashOperator(task_id="paperscope_run", **bash_operator_kwargs(SETTINGS))
    else:
        raise ValueError(f"PAPERSCOPE_AIRFLOW_OPERATOR must be spark or bash, got {OPERATOR!r}")
