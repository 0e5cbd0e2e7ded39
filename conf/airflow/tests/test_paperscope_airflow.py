"""Tests of the Airflow files without Airflow: paperscope_command is pure, and the DAG is imported
against small stand-ins for the Airflow classes it uses, which record what they were given.

    python3 -m unittest discover -s conf/airflow/tests -v

(jobs' AirflowCommandIT runs this and also executes a rendered command with Spark.)
"""

from __future__ import annotations

import importlib
import os
import shlex
import sys
import types
import unittest
from datetime import timedelta
from unittest import mock

AIRFLOW_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, AIRFLOW_DIR)

import paperscope_command as command  # noqa: E402

SETTINGS = command.SubmitSettings(jar="/opt/ps/paperscope-jobs.jar", input="hdfs:///issues/xwlb",
                                  warehouse="hdfs:///warehouse", config="/etc/paperscope.properties",
                                  master="spark://m:7077")


class CommandTest(unittest.TestCase):
    def test_renders_one_day_run_with_a_run_id_per_attempt(self):
        rendered = command.render(command.bash_command(command.DS, SETTINGS),
                                  command.template_variables("2024-01-05", try_number=2))
        argv = shlex.split(rendered)

        self.assertEqual(argv[:4], ["spark-submit", "--master", "spark://m:7077", "--deploy-mode"])
        tail = argv[argv.index("/opt/ps/paperscope-jobs.jar") + 1:]
        self.assertEqual(tail, ["run", "--input", "hdfs:///issues/xwlb", "--output", "hdfs:///warehouse",
                                "--from", "2024-01-05", "--to", "2024-01-05",
                                "--run-id", "airflow-20240105T000000-2",
                                "--config", "/etc/paperscope.properties"])
        self.assertEqual(argv[argv.index("--class") + 1], "org.paperscope.jobs.Main")

    def test_operator_and_bash_run_the_same_application_args(self):
        operator = command.spark_submit_operator_kwargs(SETTINGS)
        argv = command.spark_submit_argv(command.DS, SETTINGS)

        self.assertEqual(argv[argv.index(SETTINGS.jar) + 1:], operator["application_args"])
        self.assertEqual(operator["java_class"], argv[argv.index("--class") + 1])
        self.assertEqual(operator["application"], SETTINGS.jar)

    def test_bash_operator_skips_a_day_without_input_unless_told_to_fail(self):
        self.assertEqual(command.bash_operator_kwargs(SETTINGS)["skip_on_exit_code"], 3)
        failing = command.SubmitSettings(no_input="fail")
        self.assertNotIn("skip_on_exit_code", command.bash_operator_kwargs(failing))

    def test_settings_come_from_the_environment(self):
        settings = command.SubmitSettings.from_env({
            "PAPERSCOPE_JAR": "/j.jar", "PAPERSCOPE_SPARK_SUBMIT": "/opt/spark/bin/spark-submit --verbose",
            "PAPERSCOPE_SPARK_CONF": "spark.sql.shuffle.partitions=64; spark.executor.instances=4",
            "PAPERSCOPE_PUBLICATION": " ", "PAPERSCOPE_NO_INPUT": "fail"})

        argv = command.spark_submit_argv("2024-01-05", settings, run_id="r1")
        self.assertEqual(argv[:2], ["/opt/spark/bin/spark-submit", "--verbose"])
        self.assertIn("spark.sql.shuffle.partitions=64", argv)
        self.assertIn("spark.executor.instances=4", argv)
        self.assertNotIn("--publication", argv)
        self.assertEqual(settings.no_input, "fail")

    def test_rejects_bad_settings_naming_the_value(self):
        with self.assertRaisesRegex(ValueError, "'sometimes'"):
            command.SubmitSettings(no_input="sometimes")
        with self.assertRaisesRegex(ValueError, "'spark.a'"):
            command.parse_spark_conf("spark.a")

    def test_render_refuses_an_unknown_template_variable(self):
        with self.assertRaisesRegex(KeyError, "next_ds"):
            command.render("--to {{ next_ds }}", command.template_variables("2024-01-05"))


class _Recorder:
    """Stands in for an Airflow class: keeps the keyword arguments of every instance."""

    def __init__(self):
        self.instances = []

    def __call__(self, *args, **kwargs):
        self.instances.append(kwargs)
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _stub_airflow(with_spark_provider: bool):
    """sys.modules entries for the Airflow 2 import paths the DAG uses, and the recorders."""
    dag, spark, bash = _Recorder(), _Recorder(), _Recorder()
    modules = {
        "airflow": types.ModuleType("airflow"),
        "airflow.operators": types.ModuleType("airflow.operators"),
        "airflow.operators.bash": types.ModuleType("airflow.operators.bash"),
        # Present in sys.modules as None: `import airflow.sdk` raises ImportError, as on Airflow 2.
        "airflow.sdk": None,
        "airflow.providers.standard.operators.bash": None,
    }
    modules["airflow"].DAG = dag
    modules["airflow.operators.bash"].BashOperator = bash
    if with_spark_provider:
        for name in ("airflow.providers", "airflow.providers.apache", "airflow.providers.apache.spark",
                     "airflow.providers.apache.spark.operators"):
            modules[name] = types.ModuleType(name)
        operator_module = types.ModuleType("airflow.providers.apache.spark.operators.spark_submit")
        operator_module.SparkSubmitOperator = spark
        modules["airflow.providers.apache.spark.operators.spark_submit"] = operator_module
    else:
        modules["airflow.providers.apache.spark.operators.spark_submit"] = None
    return modules, dag, spark, bash


def _import_dag(modules, environ):
    with mock.patch.dict(sys.modules, modules), mock.patch.dict(os.environ, environ):
        sys.modules.pop("paperscope_daily", None)
        try:
            return importlib.import_module("paperscope_daily")
        finally:
            sys.modules.pop("paperscope_daily", None)


class DagTest(unittest.TestCase):
    ENV = {"PAPERSCOPE_JAR": "/opt/ps/paperscope-jobs.jar", "PAPERSCOPE_WAREHOUSE": "/wh"}

    def test_daily_dag_backfills_one_run_at_a_time_with_retries(self):
        modules, dag, _, _ = _stub_airflow(with_spark_provider=True)
        _import_dag(modules, {**self.ENV, "PAPERSCOPE_AIRFLOW_OPERATOR": "spark"})

        (arguments,) = dag.instances
        self.assertEqual(arguments["dag_id"], "paperscope_daily")
        self.assertEqual(arguments["schedule"], "@daily")
        self.assertIs(arguments["catchup"], True)
        self.assertEqual(arguments["max_active_runs"], 1)
        self.assertGreaterEqual(arguments["default_args"]["retries"], 1)
        self.assertGreaterEqual(arguments["default_args"]["retry_delay"], timedelta(minutes=1))

    def test_spark_operator_submits_run_for_the_logical_date(self):
        modules, _, spark, bash = _stub_airflow(with_spark_provider=True)
        _import_dag(modules, {**self.ENV, "PAPERSCOPE_AIRFLOW_OPERATOR": "spark"})

        (task,) = spark.instances
        self.assertEqual(bash.instances, [])
        self.assertEqual(task["task_id"], "paperscope_run")
        self.assertEqual(task["application"], "/opt/ps/paperscope-jobs.jar")
        self.assertEqual(task["java_class"], "org.paperscope.jobs.Main")
        args = task["application_args"]
        self.assertEqual(args[0], "run")
        self.assertEqual(args[args.index("--from") + 1], "{{ ds }}")
        self.assertEqual(args[args.index("--to") + 1], "{{ ds }}")
        self.assertEqual(args[args.index("--output") + 1], "/wh")

    def test_bash_operator_alternative_runs_the_rendered_spark_submit_line(self):
        modules, _, spark, bash = _stub_airflow(with_spark_provider=False)
        _import_dag(modules, {**self.ENV, "PAPERSCOPE_AIRFLOW_OPERATOR": "bash"})

        (task,) = bash.instances
        self.assertEqual(spark.instances, [])
        self.assertEqual(task["skip_on_exit_code"], 3)
        self.assertIn("--from '{{ ds }}' --to '{{ ds }}'", task["bash_command"])
        self.assertEqual(task["bash_command"],
                         command.bash_command(command.DS, command.SubmitSettings.from_env(
                             {**self.ENV, "PAPERSCOPE_AIRFLOW_OPERATOR": "bash"})))

    def test_missing_spark_provider_names_the_package_and_the_alternative(self):
        modules, _, _, _ = _stub_airflow(with_spark_provider=False)
        with self.assertRaisesRegex(ImportError, "apache-airflow-providers-apache-spark.*PAPERSCOPE_AIRFLOW_OPERATOR=bash"):
            _import_dag(modules, {**self.ENV, "PAPERSCOPE_AIRFLOW_OPERATOR": "spark"})


if __name__ == "__main__":
    unittest.main()
