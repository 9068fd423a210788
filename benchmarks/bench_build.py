"""Benchmark the book build. Prints, for the real book of this repository:

- the clean build time: `jupyter-book build --all -W --keep-going` into a fresh
  output folder (no execution cache), as the README's build does on a fresh clone;
- the bare execution time of each executed page's notebook: the MyST file read with
  jupytext and run by nbclient in its own folder, the same kernel work minus Sphinx;
- the cached rebuild time: the same build again, nothing changed (`make build`);
- a rebuild after touching one lesson (re-rendered from the execution cache).

Goals: clean build <= 1.5 x the bare execution sum; cached rebuild <= 10 s.
Run with `make bench-build`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import jupytext
import yaml
from nbclient import NotebookClient
from nngrade.environment import with_venv_bin

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def book_env() -> dict[str, str]:
    env = with_venv_bin()
    env["MPLBACKEND"] = "Agg"
    env["NNLIB_WIDGETS"] = "static"
    return env


def notebook_pages() -> list[Path]:
    """The pages of _toc.yml that are notebooks (a kernelspec in their front matter)."""
    toc = yaml.safe_load((REPO / "_toc.yml").read_text())
    files = [toc["root"]] + [c["file"] for part in toc.get("parts", []) for c in part["chapters"]]
    pages = []
    for name in files:
        path = REPO / f"{name}.md"
        if path.is_file() and "kernelspec:" in path.read_text(encoding="utf-8")[:600]:
            pages.append(path)
    return pages


def bare_execution_seconds(path: Path) -> float:
    notebook = jupytext.read(path)
    client = NotebookClient(notebook, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    os.environ.update(NNLIB_WIDGETS="static", MPLBACKEND="Agg")
    start = time.perf_counter()
    client.execute(stderr=subprocess.DEVNULL)  # the kernel's start-up chatter
    return time.perf_counter() - start


def timed_build(output: Path, *, clean: bool) -> float:
    command = [str(BIN / "jupyter-book"), "build", str(REPO), "-W", "--keep-going",
               "--path-output", str(output)]
    if clean:
        command.insert(3, "--all")
    start = time.perf_counter()
    result = subprocess.run(command, env=book_env(), capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).splitlines()[-40:])
        sys.exit(f"the build failed (exit {result.returncode}):\n{tail}")
    return seconds


def main() -> None:
    pages = notebook_pages()
    print(f"Book build benchmark ({len(pages)} executed pages, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f} at the start)")

    print("\nBare execution (jupytext -> nbclient, one kernel per notebook):")
    bare = {}
    for path in pages:
        bare[path] = bare_execution_seconds(path)
        print(f"  {path.relative_to(REPO).as_posix():<42} {bare[path]:7.1f} s")
    lessons = sum(s for p, s in bare.items() if p.parent.name == "lessons")
    total = sum(bare.values())
    print(f"  {'sum, lessons':<42} {lessons:7.1f} s")
    print(f"  {'sum, every executed page':<42} {total:7.1f} s")

    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        output = Path(tmp)
        clean = timed_build(output, clean=True)
        cached = timed_build(output, clean=False)
        lesson = next((p for p in pages if p.parent.name == "lessons"), None)
        touched = None
        if lesson is not None:
            os.utime(lesson)  # same content: re-read, but served from the execution cache
            touched = timed_build(output, clean=False)

    ratio = clean / total
    print("\nBuilds (jupyter-book build -W --keep-going):")
    print(f"  clean build (--all, empty cache)          {clean:7.1f} s   "
          f"= {ratio:.2f} x the bare sum of every executed page (goal <= 1.5)"
          f"{'  OK' if ratio <= 1.5 else '  MISSED'}")
    print(f"  {'':<42}          = {clean / lessons:.2f} x the bare sum of the lessons alone")
    print(f"  cached rebuild (nothing changed)          {cached:7.1f} s   "
          f"(goal <= 10 s){'  OK' if cached <= 10 else '  MISSED'}")
    if touched is not None:
        print(f"  rebuild after touching {lesson.name:<19}{touched:7.1f} s   (re-rendered from the cache)")
    print(f"\nLoad average at the end: {os.getloadavg()[0]:.1f} (other work on the machine "
          "slows the builds and the bare runs unevenly; compare figures from a quiet machine)")


if __name__ == "__main__":
    main()
