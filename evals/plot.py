"""The report's picture: quality metrics as bars per system, and the latency distribution."""

from __future__ import annotations

from pathlib import Path
from typing import Any

BARS = [
    ("answerable_containment", "containment"),
    ("answerable_f1", "F1"),
    ("unanswerable_abstention", "abstention\n(unanswerable)"),
    ("false_abstention_rate", "false\nabstention"),
    ("citation_precision", "citation\nprecision"),
    ("recall_at_3", "recall@3"),
    ("mrr", "MRR"),
]


def plot_report(report: dict[str, Any], path: Path) -> None:
    """Write a two-panel PNG: metric bars (one colour per system) and a latency histogram."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    systems = list(report["summary"])
    fig, (bars, latency) = plt.subplots(1, 2, figsize=(13, 4.8), gridspec_kw={"width_ratios": [2.2, 1]})
    width = 0.8 / len(systems)
    for i, name in enumerate(systems):
        values = [report["summary"][name].get(key) or 0.0 for key, _ in BARS]
        xs = [x + i * width for x in range(len(BARS))]
        drawn = bars.bar(xs, values, width, label=name)
        bars.bar_label(drawn, labels=[f"{v:.2f}" for v in values], fontsize=7, padding=2)
    bars.set_xticks([x + width * (len(systems) - 1) / 2 for x in range(len(BARS))])
    bars.set_xticklabels([label for _, label in BARS], fontsize=8)
    bars.set_ylim(0, 1.12)
    bars.set_title(f"Quality on {Path(report['gold']).name} (split: {report['split']})")
    bars.legend(loc="upper right", fontsize=8)
    for name in systems:
        seconds = [q["latency_s"] for q in report["questions"][name]]
        latency.hist(seconds, bins=20, alpha=0.6, label=f"{name} (p50 {report['summary'][name]['latency_p50']:.2f}s)")
    latency.set_xlabel("seconds per question")
    latency.set_ylabel("questions")
    latency.set_title("ask() latency")
    latency.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
