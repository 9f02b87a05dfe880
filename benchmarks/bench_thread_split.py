"""Benchmark `split_thread` on 1 MB of text against measuring the parts it returns.

Run: ``python -m benchmarks --only bench_thread_split``. Two 1 MB texts, made the same way in
every run: mixed prose (English sentences with URLs, emoji, mentions and some Japanese) and
Japanese alone (no spaces, so parts end at 。！？ or between clusters). For each network it times
one split (best of 3) and, as the baseline measured in the same run, one uncached `measure` of
every part the split returned: the ratio says how many times the cost of checking the result the
split costs. Before this benchmark existed the splitter measured the whole rest of the text for
each part and walked every cluster in Python: 1 MB took minutes (100 KB took 17 s for X).
Each timed run starts with the measure and URL caches empty; "cpu/..." is the process's CPU
time, which a loaded machine disturbs far less than the wall clock.

The counters were then sped up without changing a count (2026-12-04; emoji starts found without
`re` walking astral ranges, X's heavy code points counted by `re`, URL extraction remembered per
token, Threads' overflow skipping plain clusters in the regex engine). CPU seconds per 1 MB
split, best of 3, old and new code run one after the other on this 2-core machine under a load
average of 7-9, same parts (checked by hash for Bluesky, X, Mastodon, Threads, LinkedIn):
mixed: Bluesky 0.32 -> 0.32, X 0.74 -> 0.35, Mastodon 0.39 -> 0.38, Threads 0.53 -> 0.40;
Japanese: Bluesky 0.35 -> 0.37, X 0.95 -> 0.32, Mastodon 0.32 -> 0.33, Threads 0.73 -> 0.35.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from postdesk.core.networks import Network
from postdesk.core.text.measure import _measure
from postdesk.core.text.urls import _extract
from postdesk.core.threads import split_thread

SIZE = 1_000_000
_WORDS = [
    "post",
    "schedule",
    "thread",
    "morning",
    "light",
    "harbour",
    "creator",
    "network",
    "draft",
    "publish",
    "media",
    "video",
    "picture",
    "friends",
    "weekend",
    "coffee",
    "market",
    "city",
    "river",
    "garden",
    "music",
    "ticket",
    "story",
    "update",
    "launch",
    "release",
    "community",
]
_JAPANESE = "日本語のテキスト写真朝光港町川庭音楽"


def _text(size: int, japanese_share: float, seed: int = 12) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < size:
        if rng.random() < japanese_share:
            sentence = "".join(rng.choice(_JAPANESE) for _ in range(rng.randint(8, 40))) + rng.choice("。！？")
        else:
            words = [rng.choice(_WORDS) for _ in range(rng.randint(4, 30))]
            if rng.random() < 0.1:
                words.insert(rng.randrange(len(words)), f"https://example.com/{rng.randint(1, 99999)}")
            if rng.random() < 0.1:
                words.insert(rng.randrange(len(words)), rng.choice(["🎉", "👩‍👩‍👧", "🇫🇷", "café", "naïve"]))
            if rng.random() < 0.05:
                words.insert(rng.randrange(len(words)), "@alice@mastodon.social")
            sentence = " ".join(words).capitalize() + rng.choice([".", ".", "!", "?", "…"])
        separator = "\n\n" if rng.random() < 0.1 else " "
        out.append(sentence + separator)
        total += len(sentence) + len(separator)
    return "".join(out)[:size]


def _best(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    # The best wall-clock and the best CPU time of `repeat` cold runs: the caches of measures
    # and of URL extraction are emptied first, so a run never reuses the previous one's work.
    wall = cpu = float("inf")
    for _ in range(repeat):
        _measure.cache_clear()
        _extract.cache_clear()
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu


def _measure_all(parts: list[str], network: Network) -> None:
    for part in parts:
        _measure.__wrapped__(part, network, None)


def run() -> dict[str, float]:
    """Split 1 MB of mixed prose and 1 MB of Japanese for Bluesky, X, Mastodon and Threads.

    Returns:
        Seconds per split by "<text>/<network>" (wall clock) and "cpu/<text>/<network>" (CPU
        time of this process: steadier on a loaded machine), the baseline "measure parts/<text>/<network>"
        (seconds to measure every returned part once, uncached), their ratio, and the parts.
    """
    split_thread(_text(5000, 0.15), Network.X)  # load twitter-text outside the timings
    results: dict[str, float] = {}
    for label, share in (("mixed", 0.15), ("japanese", 1.0)):
        text = _text(SIZE, share)
        for network in (Network.BLUESKY, Network.X, Network.MASTODON, Network.THREADS):
            parts = split_thread(text, network)
            seconds, cpu = _best(lambda text=text, network=network: split_thread(text, network), 3)
            base, _cpu = _best(lambda parts=parts, network=network: _measure_all(parts, network), 3)
            results[f"{label}/{network}"] = seconds
            results[f"cpu/{label}/{network}"] = cpu
            results[f"measure parts/{label}/{network}"] = base
            results[f"ratio/{label}/{network}"] = seconds / base
            results[f"parts/{label}/{network}"] = len(parts)
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:36s} {value:10.3f}")
