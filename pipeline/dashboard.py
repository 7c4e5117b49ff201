"""The dashboard: one PNG an owner reads at a glance.

Six panels from the database: messages per hour by verdict; latency over time, fast
path against model; the spam-probability histogram with the tier thresholds; the
service's CPU and memory; corrections with the precision and recall they imply; the
active rules and their weights. 1600 px wide; an empty panel says "no data yet".
Drawn with matplotlib's Agg canvas (no display needed).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from io import BytesIO
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure

from pipeline.actions import TierSettings
from storage import Database
from storage import feedback as owner_words
from storage import monitor_samples, rules, verdicts as stored_verdicts
from storage.feedback import is_false_negative, is_false_positive
from storage.files import write_atomically
from storage.kinds import Decider

WIDTH_PX, HEIGHT_PX, DPI = 1600, 1200, 100
PANELS = (
    "Messages per hour by verdict",
    "Latency over time: fast path vs model",
    "Spam probability of verdicts",
    "Service CPU and memory",
    "Corrections and estimated precision / recall",
    "Active rules by weight",
)
COLOURS = {"spam": "#c0392b", "ham": "#2e86c1", Decider.fast: "#27ae60", Decider.model: "#8e44ad",
           Decider.cache: "#f39c12"}


_BINS = ((10, "10 s"), (30, "30 s"), (60, "1 min"), (300, "5 min"), (900, "15 min"), (3600, "1 h"), (6 * 3600, "6 h"), (86400, "1 day"))


def _bin_width(times: list[datetime]) -> tuple[int, str]:
    """The narrowest bin giving at most ~60 bars over the span (an hour for a day's mail,
    a minute for a short benchmark run): rates stay per hour whatever the bin."""
    span = (max(times) - min(times)).total_seconds() if times else 0
    for seconds, name in _BINS:
        if span / seconds <= 60:
            return seconds, name
    return _BINS[-1]


def _binned(moment: datetime, seconds: int) -> datetime:
    return datetime.fromtimestamp(moment.timestamp() // seconds * seconds + seconds / 2, tz=timezone.utc)


def _empty(ax, title: str) -> None:
    ax.set_title(title, fontsize=13, loc="left")
    ax.text(0.5, 0.5, "no data yet", ha="center", va="center", fontsize=16, color="#888888",
            transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])


def _time_axis(ax) -> None:
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))


def build_dashboard(db: Database, since: datetime | None = None, tiers: TierSettings | None = None) -> Figure:
    tiers = tiers or TierSettings()
    with db.reader() as s:
        verdicts = stored_verdicts.timeline(s, since)
        feedback = owner_words.since(s, since)
        samples = monitor_samples.since(s, since)
        rule_rows = [(r.id, r.condition, r.weight, r.hits, r.misses) for r in rules.active(s, limit=15)]

    fig = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI, layout="constrained")
    axes = fig.subplots(3, 2)
    first = min((v.created_at for v in verdicts), default=None)
    span = f"since {first:%Y-%m-%d %H:%M} UTC" if first else "no verdicts yet"
    fig.suptitle(f"mailwarden — {len(verdicts)} verdicts {span}; drawn {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
                 fontsize=15)
    _per_hour(axes[0][0], verdicts)
    _latency(axes[0][1], verdicts)
    _histogram(axes[1][0], verdicts, tiers)
    _resources(axes[1][1], samples)
    _corrections(axes[2][0], verdicts, feedback)
    _rules(axes[2][1], rule_rows)
    return fig


def _per_hour(ax, verdicts) -> None:
    title = PANELS[0]
    if not verdicts:
        return _empty(ax, title)
    seconds, name = _bin_width([v.created_at for v in verdicts])
    counts: dict[str, Counter] = {"ham": Counter(), "spam": Counter()}
    for v in verdicts:
        counts[v.label][_binned(v.created_at, seconds)] += 1
    bins = sorted(set(counts["ham"]) | set(counts["spam"]))
    per_hour = 3600 / seconds
    ham = [counts["ham"][b] * per_hour for b in bins]
    spam = [counts["spam"][b] * per_hour for b in bins]
    width = timedelta(seconds=seconds * 0.85)
    ax.bar(bins, ham, width=width, color=COLOURS["ham"], label="ham")
    ax.bar(bins, spam, width=width, bottom=ham, color=COLOURS["spam"], label="spam")
    ax.set_title(title, fontsize=13, loc="left")
    ax.set_ylabel(f"messages / hour (bins of {name})")
    ax.legend(loc="upper left")
    _time_axis(ax)


def _latency(ax, verdicts) -> None:
    title = PANELS[1]
    if not verdicts:
        return _empty(ax, title)
    seconds, name = _bin_width([v.created_at for v in verdicts])
    by: dict[str, dict[datetime, list[float]]] = defaultdict(lambda: defaultdict(list))
    for v in verdicts:
        by[v.decided_by][_binned(v.created_at, seconds)].append(max(v.elapsed_ms, 0.01))
    for who in Decider:
        if who not in by:
            continue
        hours = sorted(by[who])
        medians = [sorted(by[who][h])[len(by[who][h]) // 2] for h in hours]
        ax.plot(hours, medians, marker="o", color=COLOURS[who], label=f"{who} ({sum(len(x) for x in by[who].values())})")
    ax.set_yscale("log")
    ax.set_title(title, fontsize=13, loc="left")
    ax.set_ylabel(f"median ms per message, bins of {name} (log)")
    ax.legend(loc="upper left", title="decided by")
    _time_axis(ax)


def _histogram(ax, verdicts, tiers: TierSettings) -> None:
    title = PANELS[2]
    if not verdicts:
        return _empty(ax, title)
    ax.hist([v.spam_probability for v in verdicts], bins=50, range=(0, 1), color="#566573")
    ax.set_yscale("log")
    for value, name, colour in ((tiers.possible_spam_at, "possible spam", "#f1c40f"),
                                (tiers.suspicious_at, "suspicious", "#e67e22"),
                                (tiers.quarantine_at, "quarantine", COLOURS["spam"])):
        ax.axvline(value, color=colour, linestyle="--", linewidth=2)
        ax.text(value, 0.97, f" {name} ≥ {value:g}", color=colour, rotation=90, va="top", ha="right",
                transform=ax.get_xaxis_transform(), fontsize=10)
    ax.set_title(title, fontsize=13, loc="left")
    ax.set_xlabel("spam probability")
    ax.set_ylabel("verdicts (log scale)")


def _resources(ax, samples) -> None:
    title = PANELS[3]
    if not samples:
        return _empty(ax, title)
    at = [x.at for x in samples]
    memory = ax.twinx()
    for axis, service, model, what, colours, unit in (
            (ax, "cpu_percent", "model_cpu_percent", "CPU %", ("#d35400", "#8e44ad"), "CPU % of one core"),
            (memory, "rss_mb", "model_rss_mb", "memory MB", ("#2471a3", "#5dade2"), "resident memory (MB)")):
        axis.plot(at, [getattr(x, service) for x in samples], color=colours[0], label=f"service {what}")
        if any(getattr(x, model) is not None for x in samples):  # only with a local model server
            axis.plot(at, [getattr(x, model) or 0 for x in samples], color=colours[1], linestyle=":",
                      label=f"model server {what}")
        axis.set_ylabel(unit)
        axis.set_ylim(bottom=0)
    lines = ax.get_legend_handles_labels()
    more = memory.get_legend_handles_labels()
    ax.legend(lines[0] + more[0], lines[1] + more[1], loc="upper left")
    ax.set_title(title, fontsize=13, loc="left")
    _time_axis(ax)


def _corrections(ax, verdicts, feedback) -> None:
    title = PANELS[4]
    if not verdicts:
        return _empty(ax, title)
    seconds, name = _bin_width([v.created_at for v in verdicts] + [f.created_at for f in feedback])
    events: list[tuple[datetime, int, object]] = sorted(
        [(v.created_at, 0, v) for v in verdicts] + [(f.created_at, 1, f) for f in feedback],
        key=lambda e: (e[0], e[1]))
    fp: Counter = Counter()
    fn: Counter = Counter()
    said: dict[int, str] = {}
    truth: dict[int, str] = {}
    points: dict[datetime, tuple[float, float]] = {}
    # Running estimates: a corrected verdict was wrong, one not (yet) corrected is taken as right.
    tp = fp_all = fn_all = 0

    def tally(message_pk: int, sign: int) -> None:
        nonlocal tp, fp_all, fn_all
        label = said.get(message_pk)
        if label is None:
            return
        real = truth.get(message_pk, label)
        if label == "spam" and real == "spam":
            tp += sign
        elif label == "spam":
            fp_all += sign
        elif real == "spam":
            fn_all += sign

    for moment, kind, row in events:
        b = _binned(moment, seconds)
        tally(row.message_pk, -1)
        if kind == 0:
            said[row.message_pk] = row.label
        else:
            truth[row.message_pk] = row.label
            if is_false_positive(row.old_label, row.label):
                fp[b] += 1
            elif is_false_negative(row.old_label, row.label):
                fn[b] += 1
        tally(row.message_pk, +1)
        points[b] = (tp / (tp + fp_all) if tp + fp_all else float("nan"),
                     tp / (tp + fn_all) if tp + fn_all else float("nan"))
    bins = sorted(points)
    half = timedelta(seconds=seconds * 0.2)
    ax.bar([b - half for b in bins], [fp[b] for b in bins], width=timedelta(seconds=seconds * 0.4),
           color=COLOURS["ham"], label="false positives corrected")
    ax.bar([b + half for b in bins], [fn[b] for b in bins], width=timedelta(seconds=seconds * 0.4),
           color=COLOURS["spam"], label="false negatives corrected")
    ax.set_ylabel(f"corrections per {name}")
    share = ax.twinx()
    share.plot(bins, [points[b][0] for b in bins], color="#1e8449", marker="o", label="est. precision")
    share.plot(bins, [points[b][1] for b in bins], color="#b9770e", marker="s", label="est. recall")
    share.set_ylim(0, 1.05)
    share.set_ylabel("estimated from corrections (running)")
    lines = ax.get_legend_handles_labels()
    more = share.get_legend_handles_labels()
    ax.legend(lines[0] + more[0], lines[1] + more[1], loc="lower left", fontsize=9)
    ax.set_title(title, fontsize=13, loc="left")
    _time_axis(ax)


def _rules(ax, rule_rows) -> None:
    title = PANELS[5]
    if not rule_rows:
        return _empty(ax, title)
    names = [f"#{rid} {c.get('field', '?')}={str(c.get('value', ''))[:28]} → {c.get('label', '?')}"
             for rid, c, *_ in rule_rows]
    weights = [w for _, _, w, _, _ in rule_rows]
    colours = [COLOURS["spam"] if c.get("label") == "spam" else COLOURS["ham"] for _, c, *_ in rule_rows]
    ax.barh(names[::-1], weights[::-1], color=colours[::-1])
    for y, (rid, c, w, hits, misses) in enumerate(rule_rows[::-1]):
        ax.text(w, y, f" {hits} hits / {misses} misses", va="center", fontsize=9)
    ax.set_xlabel("weight")
    ax.set_title(title, fontsize=13, loc="left")


def render_png(db: Database, since: datetime | None = None, tiers: TierSettings | None = None) -> bytes:
    """The PNG, reduced to a 128-colour palette: a flat chart loses nothing by it and
    the file shrinks about 3x (~60 kB), which matters for a README and a phone."""
    from PIL import Image

    fig = build_dashboard(db, since, tiers)
    buffer = BytesIO()
    FigureCanvasAgg(fig).print_png(buffer)
    buffer.seek(0)
    with Image.open(buffer) as image:
        palette = image.convert("RGB").quantize(colors=128, method=Image.Quantize.FASTOCTREE)
    out = BytesIO()
    palette.save(out, "PNG", optimize=True)
    return out.getvalue()


def write_dashboard(db: Database, path: Path, since: datetime | None = None, tiers: TierSettings | None = None) -> Path:
    """Write the PNG atomically (a reader never sees half a file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, render_png(db, since, tiers), mode=0o644)
    return path
