"""Run every benchmark (`benchmarks/bench_*.py`), print the results, optionally record them.

Usage: `python -m benchmarks [--write] [--only NAME ...]`. Each benchmark measures its own
baseline in the same run and reports a ratio against it, so numbers compare across machines.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _discover() -> list[str]:
    return sorted(p.stem for p in HERE.glob("bench_*.py"))


def _format(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    return str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--write", action="store_true", help="record results in benchmarks/RESULTS.md")
    parser.add_argument("--only", nargs="*", help="run only these (e.g. bench_measure)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(HERE.parent))
    names = args.only or _discover()
    results: dict[str, dict[str, object]] = {}
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name}: {(module.__doc__ or '').strip().splitlines()[0]}", flush=True)
        result = module.run()
        results[name] = result
        for key, value in result.items():
            print(f"   {key}: {_format(value)}")
    if args.write:
        _write(results)
    return 0


def _write(new: dict[str, dict[str, object]]) -> None:
    # Merge with earlier runs so `--only` updates one section without dropping the others.
    store = HERE / "results.json"
    recorded = json.loads(store.read_text(encoding="utf-8")) if store.exists() else {}
    stamp = f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC"
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    for name, result in new.items():
        recorded[name] = {"recorded": f"{stamp} (load average {load} when written)", "result": result}
    # Not sort_keys: each benchmark's rows keep the order it reports them in.
    store.write_text(json.dumps(recorded, indent=1, default=str), encoding="utf-8")
    path = HERE / "RESULTS.md"
    lines = [
        "# Benchmark results",
        "",
        "Recorded with `python -m benchmarks --write` on "
        f"{platform.machine()} ({os.cpu_count()} cores), Python {platform.python_version()}, "
        f"{platform.system()}, `QT_QPA_PLATFORM=offscreen`.",
        "Each ratio is against a baseline measured in the same run (see each module's docstring).",
        "",
    ]
    for name in sorted(recorded):
        module = importlib.import_module(f"benchmarks.{name}")
        entry = recorded[name]
        lines += [f"## {name}", "", (module.__doc__ or "").strip(), "", f"Recorded {entry['recorded']}.", ""]
        lines += ["| measure | value |", "|---|---|"]
        lines += [f"| {key} | {_format(value)} |" for key, value in entry["result"].items()]
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    sys.exit(main())
