"""What the benchmark scripts share: a release build of some products, and the cached seeded
synthetic ledgers under .build-bench/."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def build(scratch, products):
    """Builds `products` in release mode into `scratch`; returns the folder of the binaries."""
    for product in products:
        subprocess.run(["swift", "build", "-c", "release", "--scratch-path", scratch, "--product", product], cwd=ROOT, check=True)
    shown = subprocess.run(["swift", "build", "-c", "release", "--scratch-path", scratch, "--show-bin-path"],
                           cwd=ROOT, check=True, capture_output=True, text=True)
    return shown.stdout.strip()


def generate(bin_dir, line_items, seed, label):
    """The cached synthetic ledger of `line_items`, generated first if missing or incomplete."""
    target = os.path.join(ROOT, ".build-bench", f"synthetic-{line_items}-seed{seed}")
    marker = os.path.join(target, ".generated")
    if not os.path.exists(marker):
        os.makedirs(target, exist_ok=True)
        print(f"{label}: generating {line_items:,} line items into {target}", file=sys.stderr)
        subprocess.run([os.path.join(bin_dir, "govlens-generate"), "synthetic", "--line-items", str(line_items),
                        "--seed", str(seed), "-o", target, "--force"], check=True, stdout=subprocess.DEVNULL)
        open(marker, "w").close()
    return target
