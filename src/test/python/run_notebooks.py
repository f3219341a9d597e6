"""Executes the analysts' notebooks headlessly, as CI does, and fails on the first cell that fails.

Usage: run_notebooks.py NOTEBOOKS_DIR EXECUTED_DIR [OUTPUT_DIR] [--timeout SECONDS]

Every NOTEBOOKS_DIR/*.ipynb runs, in name order, in a fresh kernel of this Python (the venv built
from notebooks/requirements.txt), with NOTEBOOKS_DIR as its working directory, so a notebook sees
what an analyst who opens it in Jupyter sees. With OUTPUT_DIR, STORYLINES_OUTPUT is set to it;
without, the notebooks read their default, ../out. Each cell may run for --timeout seconds
(default 300). The executed notebooks, with their outputs and figures, are written to EXECUTED_DIR,
the one that failed too. Matplotlib draws with the inline backend, which renders with Agg into the
notebook and needs no display.

Prints one line per notebook; on a failing cell, prints the notebook, the cell's number and source
and the error, and exits 1.
"""
import argparse
import json
import os
import re
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError

KERNEL_NAME = "storylines-notebooks"
# IPython colours its tracebacks; the report is read as plain text.
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


def install_kernel(jupyter_dir):
    """A kernel spec that starts this very interpreter, so that no other Python kernel installed on
    the machine under the usual name (python3) can be picked instead of the venv's."""
    spec_dir = jupyter_dir / "kernels" / KERNEL_NAME
    spec_dir.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Storylines notebooks",
        "language": "python",
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")


def failing_cell(notebook):
    """The index of the first code cell with an error output, or None."""
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "code" and any(o.output_type == "error" for o in cell.get("outputs", [])):
            return index
    return None


def run(path, executed_dir, timeout):
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        kernel_name=KERNEL_NAME,
        timeout=timeout,
        resources={"metadata": {"path": str(path.parent)}},
    )
    try:
        client.execute()
        return None
    except (CellExecutionError, CellTimeoutError) as error:
        index = failing_cell(notebook)
        where = f"cell {index + 1} of {len(notebook.cells)}" if index is not None else "a cell"
        return f"{path.name}: {where} failed:\n" + ANSI_ESCAPE.sub("", str(error))
    finally:
        nbformat.write(notebook, executed_dir / path.name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", type=Path)
    parser.add_argument("executed", type=Path)
    parser.add_argument("output", type=Path, nargs="?")
    parser.add_argument("--timeout", type=int, default=300)
    args = parser.parse_args()

    notebooks = sorted(args.notebooks.resolve().glob("*.ipynb"))
    if not notebooks:
        print(f"FAILED: no notebooks in {args.notebooks}", file=sys.stderr)
        return 1
    args.executed.mkdir(parents=True, exist_ok=True)
    if args.output is not None:
        os.environ["STORYLINES_OUTPUT"] = str(args.output.resolve())
    # The inline backend is what Jupyter uses; set here so that a backend chosen in the caller's
    # environment (a GUI one, say) cannot make the kernel look for a display.
    os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"

    with tempfile.TemporaryDirectory(prefix="storylines-jupyter-") as jupyter_dir:
        install_kernel(Path(jupyter_dir))
        # JUPYTER_PATH comes before the user's and the system's Jupyter folders.
        os.environ["JUPYTER_PATH"] = jupyter_dir
        os.environ["JUPYTER_RUNTIME_DIR"] = str(Path(jupyter_dir) / "runtime")
        for path in notebooks:
            failure = run(path, args.executed, args.timeout)
            if failure:
                print("FAILED: " + failure, file=sys.stderr)
                return 1
            print(json.dumps({"notebook": path.name, "executed": str(args.executed / path.name)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
