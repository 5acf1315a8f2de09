#!/usr/bin/env python3
"""The dashboard's targets (issue 4), measured on release builds.

Usage: python3 Benchmarks/dashboard.py [--line-items N] [--presses N] [--key-rounds N]
           [--first-frame-runs N] [--scratch-path PATH] [--no-build] [--only NAME]...

Three measurements (--only keypress, bytes or first-frame runs one; repeatable):

1. keypress: govlens-dashboard-bench on a seeded synthetic ledger of N line items (default
   1,000,000, generated once into .build-bench/ as run.py does): DashboardApp.update plus render
   into a canvas, per key, for --presses keys of each kind (move, panel, fiscal year, drill).
   Target: 16 ms.
2. bytes: govlens on its demo ledger inside `script -q -f LOG`, inside a private tmux server at
   80x24; for each key the bytes the program wrote to the terminal (the log's growth until it
   has been still for 0.2 s), --key-rounds rounds of each kind. Target for moving the selection
   by one row: 300 bytes.
3. first-frame: govlens with no arguments (the demo ledger) on a pseudo-terminal of 80x24, in an
   empty directory: milliseconds from starting the process to the last byte of its first frame
   (output then stays still for 0.5 s), --first-frame-runs runs. Target: 150 ms.
"""
import argparse
import fcntl
import os
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
import uuid

from release_build import ROOT, build, generate
PRODUCTS = ("govlens", "govlens-generate", "govlens-dashboard-bench")


def keypress(bin_dir, folder, presses):
    """The Markdown table of govlens-dashboard-bench."""
    return subprocess.run([os.path.join(bin_dir, "govlens-dashboard-bench"), folder, "--presses", str(presses)],
                          check=True, capture_output=True, text=True).stdout


class Tmux:
    """A private tmux server (its own socket, no user configuration), killed by close()."""

    def __init__(self, folder):
        self.folder = folder
        self.server = f"govlens-bench-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.config = os.path.join(folder, "tmux.conf")
        with open(self.config, "w") as handle:
            handle.write("set-option -g remain-on-exit on\n")

    def run(self, *arguments):
        # Output to a file, never a pipe: the tmux server inherits the client's descriptors,
        # so reading a pipe to its end would wait for the server to exit.
        with tempfile.TemporaryFile(dir=self.folder) as output:
            subprocess.run(["tmux", "-L", self.server, "-f", self.config, *arguments], check=True,
                           stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT)
            output.seek(0)
            return output.read().decode("utf-8", "replace")

    def screen(self):
        return self.run("capture-pane", "-t", "app", "-p")

    def close(self):
        subprocess.run(["tmux", "-L", self.server, "kill-server"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_until(condition, what, timeout=30):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            sys.exit(f"dashboard: timed out waiting for {what}")
        time.sleep(0.01)


def settled_size(log, still=0.2, grown_from=None, timeout=10):
    """The log's size once it has grown past `grown_from` (if given) and then not changed for `still` seconds."""
    deadline = time.monotonic() + timeout
    size, since = os.path.getsize(log), time.monotonic()
    while True:
        time.sleep(0.01)
        current = os.path.getsize(log)
        if current != size:
            size, since = current, time.monotonic()
        elif (grown_from is None or size > grown_from) and time.monotonic() - since >= still:
            return size
        if time.monotonic() > deadline:
            return size


# Each kind: the keys of one round, every one of which changes the screen (at the top of the
# demo Overview's list of six agencies, so moving never scrolls).
KEY_ROUNDS = {
    "move one row": ["Down", "Down", "Down", "Up", "Up", "Up"],
    "panel (Tab)": ["Tab"] * 5,
    "fiscal year": ["[", "]"],
    "drill in and back": ["Enter", "BSpace"],
}


def bytes_per_key(binary, rounds):
    """Bytes written per key, by kind: {kind: [bytes, ...]}."""
    with tempfile.TemporaryDirectory(prefix="govlens-bytes-") as folder:
        log = os.path.join(folder, "terminal.log")
        tmux = Tmux(folder)
        try:
            tmux.run("new-session", "-d", "-s", "app", "-x", "80", "-y", "24", "-c", folder,
                     "env", "-i", "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "TERM=tmux-256color",
                     "script", "-q", "-f", log, "-c", binary)
            wait_until(lambda: "Furthest from plan" in tmux.screen(), "the first frame")
            size = settled_size(log, still=0.5)
            results = {}
            for kind, keys in KEY_ROUNDS.items():
                results[kind] = []
                for _ in range(rounds):
                    for key in keys:
                        tmux.run("send-keys", "-t", "app", key)
                        after = settled_size(log, grown_from=size)
                        results[kind].append(after - size)
                        size = after
            tmux.run("send-keys", "-t", "app", "q")
            return results
        finally:
            tmux.close()


def first_frame_ms(binary, folder):
    """Milliseconds from starting `binary` on an 80x24 pseudo-terminal to the last byte of its first frame,
    and the CPU milliseconds (user + system) of the whole run, which ends with `q` right after that frame."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    environment = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm-256color"}
    started = time.monotonic()
    process = subprocess.Popen([binary], stdin=slave, stdout=slave, stderr=slave, cwd=folder, env=environment,
                               start_new_session=True)
    os.close(slave)
    output, last = b"", None
    while True:
        ready, _, _ = select.select([master], [], [], 0.5 if b"quit" in output else 30)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
        last = time.monotonic()
    os.write(master, b"q")
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    os.close(master)
    if last is None or b"quit" not in output:
        sys.exit("dashboard: the first frame never came")
    return (last - started) * 1000, (usage.ru_utime + usage.ru_stime) * 1000


def summary(values, unit):
    ordered = sorted(values)
    p99 = ordered[min(len(ordered), max(1, -(-len(ordered) * 99 // 100))) - 1]
    return f"{statistics.median(ordered):.1f} | {p99:.1f} | {ordered[0]:.1f} | {ordered[-1]:.1f} {unit}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--line-items", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--presses", type=int, default=200, help="keypresses timed per kind (keypress)")
    parser.add_argument("--key-rounds", type=int, default=20, help="rounds of keys per kind (bytes)")
    parser.add_argument("--first-frame-runs", type=int, default=20)
    parser.add_argument("--scratch-path", default=os.path.join(ROOT, ".build-bench-swift"))
    parser.add_argument("--no-build", action="store_true", help="use the binaries already built")
    parser.add_argument("--only", action="append", choices=["keypress", "bytes", "first-frame"], default=[])
    args = parser.parse_args()
    wanted = set(args.only or ["keypress", "bytes", "first-frame"])

    scratch = os.path.abspath(args.scratch_path)
    bin_dir = os.path.join(scratch, "release") if args.no_build else build(scratch, PRODUCTS)
    binary = os.path.join(bin_dir, "govlens")
    print(f"load average {os.getloadavg()[0]:.2f} at the start\n")
    if "keypress" in wanted:
        folder = generate(bin_dir, args.line_items, args.seed, "dashboard")
        print("## A keypress: update + render into a canvas (target ≤ 16 ms)\n")
        print(keypress(bin_dir, folder, args.presses))
    if "bytes" in wanted:
        print("## Bytes written to the terminal per key, demo ledger at 80x24 (target ≤ 300 for one row)\n")
        print("| keys | presses | median | p99 | min | max |\n| --- | ---: | ---: | ---: | ---: | ---: |")
        for kind, values in bytes_per_key(binary, args.key_rounds).items():
            print(f"| {kind} | {len(values)} | {summary(values, 'bytes')} |")
        print()
    if "first-frame" in wanted:
        with tempfile.TemporaryDirectory(prefix="govlens-first-frame-") as folder:
            runs = [first_frame_ms(binary, folder) for _ in range(args.first_frame_runs)]
        print("## First frame of the demo ledger (target ≤ 150 ms)\n")
        print("| | runs | median | p99 | min | max |\n| --- | ---: | ---: | ---: | ---: | ---: |")
        print(f"| start to first frame | {len(runs)} | {summary([wall for wall, _ in runs], 'ms')} |")
        print(f"| CPU of the run | {len(runs)} | {summary([cpu for _, cpu in runs], 'ms')} |\n")
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
