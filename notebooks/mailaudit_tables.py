"""Loads the tables of a mailaudit run into pandas through the job's own reader.

Debian's Python has no Parquet reader (no pyarrow, fastparquet or duckdb package), so the tables are
read by ``mailaudit show TABLE --output DIR`` -- the same Spark reader with the same declared schemas
the job writes with -- and handed over as CSV, maps and lists (rule evidence) as JSON in their cells.
See README.md in this folder for why, and for ``pd.read_parquet`` where pyarrow is installed.

Environment:
  MAILAUDIT_OUTPUT  the output folder of a run (default: ../out/sample from this folder)
  MAILAUDIT_JAR     the shaded jar to run with ``java -jar`` (default: ../bin/mailaudit, which
                    builds the jar on first use)
"""

import io
import json
import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
FIRST_COMMAND = "bin/mailaudit run --config sample-data/audit.yaml --output out/sample"

# Identifiers that merely look numeric now and then (hex keys, ids) stay strings.
_TEXT_SUFFIXES = ("_key", "_id", "_email", "_pseudonym")
_TIME_SUFFIXES = ("_at", "_deadline")


def output_dir():
    """The run folder to read, with a message naming the README's first command when it is missing."""
    out = Path(os.environ.get("MAILAUDIT_OUTPUT") or REPO / "out" / "sample").expanduser()
    if not out.is_dir():
        raise FileNotFoundError(
            f"No mailaudit output at {out}. Run the README's first command in {REPO}:\n"
            f"    {FIRST_COMMAND}\n"
            "or point MAILAUDIT_OUTPUT at the --output folder of your own run.")
    return out


def _launcher():
    jar = os.environ.get("MAILAUDIT_JAR")
    if jar:
        if not Path(jar).is_file():
            raise FileNotFoundError(f"MAILAUDIT_JAR={jar} is not a file; build it with `mvn -B package` "
                                    "or unset MAILAUDIT_JAR to use bin/mailaudit")
        # The jar's manifest carries Spark's Add-Opens, so plain `java -jar` is enough.
        return ["java", "-jar", jar]
    return [str(REPO / "bin" / "mailaudit")]


@lru_cache(maxsize=None)
def _show(table):
    command = _launcher() + ["show", table, "--output", str(output_dir()), "--format", "csv", "--columns", "all"]
    env = dict(os.environ)
    # Local mode talks to itself only (as bin/mailaudit does): no hostname lookup, no warning.
    env.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    # Java 17 prints in the locale's charset; under a POSIX locale "Hämäläinen" would come out "H?m?l?inen".
    env["LC_ALL"] = "C.UTF-8"
    print(f"reading {table} with mailaudit show ...", file=sys.stderr, flush=True)
    done = subprocess.run(command, env=env, capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-15:])
        raise RuntimeError(f"`{' '.join(command)}` exited {done.returncode}:\n{tail}")
    return done.stdout


def load(table):
    """One table of the run as a DataFrame: booleans as pandas' nullable boolean, numbers as numbers,
    timestamps as UTC datetimes, nulls as NaN/NA, and ``quarter`` as an ordered category."""
    # Every cell as text first: only an empty cell is null ("NA" may be a department's name).
    frame = pd.read_csv(io.StringIO(_show(table)), dtype=str, keep_default_na=False, na_values=[""])
    for column in frame.columns:
        frame[column] = _typed(column, frame[column])
    return frame


def _json_cells(values, present):
    """A column whose every cell is a JSON object or list (rule evidence) as dicts and lists, else None.
    A subject such as "[EXTERNAL] ..." starts like a list but does not parse, and stays text."""
    if not present.map(lambda v: isinstance(v, str) and v[:1] in ("{", "[")).all():
        return None
    try:
        return values.map(lambda v: v if pd.isna(v) else json.loads(v))
    except ValueError:
        return None


def _typed(name, values):
    present = values.dropna()
    if name == "quarter":
        known = sorted(q for q in present.unique() if q != "unknown")
        return values.astype(pd.CategoricalDtype(known + ["unknown"], ordered=True))
    if present.empty:
        return values.astype(float)
    if name.endswith(_TEXT_SUFFIXES):
        return values
    nested = _json_cells(values, present)
    if nested is not None:
        return nested
    # isinstance, not ==: 1 == True in Python, and a 0/1 points column is not a boolean.
    if present.map(lambda v: isinstance(v, bool) or v in ("true", "false")).all():
        return values.map(lambda v: v if pd.isna(v) else v is True or v == "true").astype("boolean")
    if name.endswith(_TIME_SUFFIXES):
        return pd.to_datetime(values, utc=True)
    numbers = pd.to_numeric(values, errors="coerce")
    return numbers if numbers.notna().sum() == len(present) else values
