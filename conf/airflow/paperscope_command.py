"""The one place that decides what Airflow runs for a day of Paperscope.

Pure functions, no Airflow import: ``paperscope_daily.py`` builds its tasks from them, and tests
render and execute the same command without Airflow installed.

Settings come from environment variables of the Airflow workers (defaults in brackets):

    PAPERSCOPE_JAR            shaded jar, a path or URI the driver can read   [/opt/paperscope/paperscope-jobs.jar]
    PAPERSCOPE_INPUT          issue files root (any Hadoop URI)               [/data/paperscope/issues]
    PAPERSCOPE_WAREHOUSE      warehouse root (--output)                       [/data/paperscope/warehouse]
    PAPERSCOPE_CONFIG         properties file (--config), optional            []
    PAPERSCOPE_PUBLICATION    --publication, optional                         []
    PAPERSCOPE_SPARK_SUBMIT   spark-submit command (BashOperator only)        [spark-submit]
    PAPERSCOPE_SPARK_MASTER   --master (BashOperator only; SparkSubmitOperator takes
                              it from the Airflow connection)                 [yarn]
    PAPERSCOPE_DEPLOY_MODE    client | cluster                                [client]
    PAPERSCOPE_SPARK_CONN_ID  Airflow connection of SparkSubmitOperator       [spark_default]
    PAPERSCOPE_DRIVER_MEMORY  [2g]    PAPERSCOPE_EXECUTOR_MEMORY  [4g]
    PAPERSCOPE_SPARK_CONF     extra Spark properties, "k=v" separated by ";"  []
    PAPERSCOPE_NO_INPUT       what exit code 3 (no issue file for the day) means in Airflow:
                              skip (task skipped, no retries) | fail (retried, then failed) [skip]

Preview what Airflow will run for a day (the same text the DAG hands to Airflow, rendered):

    python3 conf/airflow/paperscope_command.py --ds 2024-01-05            # bash command
    python3 conf/airflow/paperscope_command.py --ds 2024-01-05 --format argv
    python3 conf/airflow/paperscope_command.py --format operator          # SparkSubmitOperator kwargs
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import shlex
import sys
from typing import Mapping

MAIN_CLASS = "org.paperscope.jobs.Main"

# Airflow templates the DAG passes; Airflow renders them per task instance.
DS = "{{ ds }}"
# One id per attempt: a retry gets its own manifest (_runs/<run_id>.json) and staging folder.
# ts_nodash keeps a manual run apart from the scheduled run of the same day; no ':' or '+' (not
# allowed in HDFS paths), unlike Airflow's own run_id.
RUN_ID = "airflow-{{ ts_nodash }}-{{ ti.try_number }}"

# Exit codes of the paperscope CLI (docs/operations.md).
EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_NO_INPUT = 3

NO_INPUT_POLICIES = ("skip", "fail")


@dataclasses.dataclass(frozen=True)
class SubmitSettings:
    """Where the jar, input and warehouse are, and how to submit. See the module docstring."""

    jar: str = "/opt/paperscope/paperscope-jobs.jar"
    input: str = "/data/paperscope/issues"
    warehouse: str = "/data/paperscope/warehouse"
    config: str | None = None
    publication: str | None = None
    spark_submit: str = "spark-submit"
    master: str = "yarn"
    deploy_mode: str = "client"
    spark_conn_id: str = "spark_default"
    driver_memory: str = "2g"
    executor_memory: str = "4g"
    spark_conf: tuple[tuple[str, str], ...] = ()
    no_input: str = "skip"

    def __post_init__(self):
        if self.no_input not in NO_INPUT_POLICIES:
            raise ValueError(f"PAPERSCOPE_NO_INPUT must be one of {NO_INPUT_POLICIES}, got {self.no_input!r}")
        if self.deploy_mode not in ("client", "cluster"):
            raise ValueError(f"PAPERSCOPE_DEPLOY_MODE must be client or cluster, got {self.deploy_mode!r}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> "SubmitSettings":
        defaults = cls()

        def get(name: str, default):
            value = environ.get("PAPERSCOPE_" + name)
            return default if value is None or value.strip() == "" else value.strip()

        return cls(
            jar=get("JAR", defaults.jar),
            input=get("INPUT", defaults.input),
            warehouse=get("WAREHOUSE", defaults.warehouse),
            config=get("CONFIG", None),
            publication=get("PUBLICATION", None),
            spark_submit=get("SPARK_SUBMIT", defaults.spark_submit),
            master=get("SPARK_MASTER", defaults.master),
            deploy_mode=get("DEPLOY_MODE", defaults.deploy_mode),
            spark_conn_id=get("SPARK_CONN_ID", defaults.spark_conn_id),
            driver_memory=get("DRIVER_MEMORY", defaults.driver_memory),
            executor_memory=get("EXECUTOR_MEMORY", defaults.executor_memory),
            spark_conf=parse_spark_conf(get("SPARK_CONF", "")),
            no_input=get("NO_INPUT", defaults.no_input),
        )


def parse_spark_conf(text: str) -> tuple[tuple[str, str], ...]:
    """ "spark.a=1;spark.b=x y" -> (("spark.a", "1"), ("spark.b", "x y"))."""
    pairs = []
    for item in (part.strip() for part in text.split(";")):
        if not item:
            continue
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"PAPERSCOPE_SPARK_CONF: expected key=value, got {item!r}")
        pairs.append((key.strip(), value.strip()))
    return tuple(pairs)


def application_args(ds: str, settings: SubmitSettings, run_id: str = RUN_ID) -> list[str]:
    """The paperscope CLI arguments for one day: ``run --from ds --to ds`` and the locations."""
    args = ["run", "--input", settings.input, "--output", settings.warehouse,
            "--from", ds, "--to", ds, "--run-id", run_id]
    if settings.config:
        args += ["--config", settings.config]
    if settings.publication:
        args += ["--publication", settings.publication]
    return args


def job_name(ds: str) -> str:
    return f"paperscope-run-{ds}"


def spark_submit_argv(ds: str, settings: SubmitSettings, run_id: str = RUN_ID) -> list[str]:
    """The full spark-submit command line for one day (what the BashOperator runs)."""
    argv = shlex.split(settings.spark_submit)
    argv += ["--master", settings.master, "--deploy-mode", settings.deploy_mode,
             "--name", job_name(ds), "--class", MAIN_CLASS,
             "--driver-memory", settings.driver_memory, "--executor-memory", settings.executor_memory]
    for key, value in settings.spark_conf:
        argv += ["--conf", f"{key}={value}"]
    argv.append(settings.jar)
    return argv + application_args(ds, settings, run_id)


def bash_command(ds: str, settings: SubmitSettings, run_id: str = RUN_ID) -> str:
    """:func:`spark_submit_argv` as one shell-quoted line, for BashOperator(bash_command=...)."""
    return shlex.join(spark_submit_argv(ds, settings, run_id))


def bash_operator_kwargs(settings: SubmitSettings, ds: str = DS, run_id: str = RUN_ID) -> dict:
    """Keyword arguments of the BashOperator alternative (no Spark provider needed)."""
    kwargs = {"bash_command": bash_command(ds, settings, run_id)}
    if settings.no_input == "skip":
        # Exit 3 = no issue file for the day: the task shows as skipped and is not retried.
        kwargs["skip_on_exit_code"] = EXIT_NO_INPUT
    return kwargs


def spark_submit_operator_kwargs(settings: SubmitSettings, ds: str = DS, run_id: str = RUN_ID) -> dict:
    """Keyword arguments of SparkSubmitOperator; the master comes from the Airflow connection."""
    return {
        "conn_id": settings.spark_conn_id,
        "application": settings.jar,
        "java_class": MAIN_CLASS,
        "name": job_name(ds),
        "deploy_mode": settings.deploy_mode,
        "driver_memory": settings.driver_memory,
        "executor_memory": settings.executor_memory,
        "conf": dict(settings.spark_conf),
        "application_args": application_args(ds, settings, run_id),
    }


_TEMPLATE = re.compile(r"\{\{\s*([\w.]+)\s*\}\}")


def render(value, variables: Mapping[str, str]):
    """Fills ``{{ name }}`` placeholders the way Airflow's Jinja does for these plain names; used by
    the preview and the tests, never by the DAG (Airflow renders there)."""
    if isinstance(value, str):
        def fill(match):
            name = match.group(1)
            if name not in variables:
                raise KeyError(f"No value for template variable {name!r} in {value!r}")
            return str(variables[name])
        return _TEMPLATE.sub(fill, value)
    if isinstance(value, list):
        return [render(item, variables) for item in value]
    if isinstance(value, dict):
        return {key: render(item, variables) for key, item in value.items()}
    return value


def template_variables(ds: str, try_number: int = 1) -> dict:
    """The Airflow template values this module uses, for a scheduled run of day ``ds``."""
    ds_nodash = ds.replace("-", "")
    return {"ds": ds, "ds_nodash": ds_nodash, "ts_nodash": f"{ds_nodash}T000000", "ti.try_number": str(try_number)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Print what the paperscope_daily DAG runs for a day.")
    parser.add_argument("--ds", default=None, help="render for this logical date (YYYY-MM-DD); default: keep templates")
    parser.add_argument("--try-number", type=int, default=1)
    parser.add_argument("--format", choices=("bash", "argv", "operator", "bash-operator"), default="bash")
    options = parser.parse_args(argv)
    settings = SubmitSettings.from_env()
    if options.format == "bash":
        result = bash_command(DS, settings)
    elif options.format == "argv":
        result = spark_submit_argv(DS, settings)
    elif options.format == "operator":
        result = spark_submit_operator_kwargs(settings)
    else:
        result = bash_operator_kwargs(settings)
    if options.ds is not None:
        result = render(result, template_variables(options.ds, options.try_number))
    print(result if isinstance(result, str) else json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
