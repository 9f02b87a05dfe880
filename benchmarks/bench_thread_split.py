"""Benchmark `split_thread` on 1 MB of text against measuring the parts it returns.

Run: ``python -m benchmarks --only bench_thread_split``. Two 1 MB texts, made the same way in
every run: mixed prose (English sentences with URLs, emoji, mentions and some Japanese) and
Japanese alone (no spaces, so parts end at 。！？ or between clusters). For each network it times
one split (best of 3) and, as the baseline measured in the same run, one uncached `measure` of
every part the split returned: the ratio says how many times the cost of checking the result the
split costs. Before this benchmark existed the splitter measured the whole rest of the text for
each part and walked every cluster in Python: 1 MB took minutes (100 KB took 17 s for X).
"""

from __future__ import annotations

import random
import time

from postdesk.core.networks import Network
from postdesk.core.text.measure import _measure
from postdesk.core.threads import split_thread

SIZE = 1_000_000
_WORDS = ["post", "schedule", "thread", "morning", "light", "harbour", "creator", "network", "draft",
          "publish", "media", "video", "picture", "friends", "weekend", "coffee", "market", "city",
          "river", "garden", "music", "ticket", "story", "update", "launch", "release", "community"]
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


def _best(fn: object, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def _measure_all(parts: list[str], network: Network) -> None:
    for part in parts:
        _measure.__wrapped__(part, network, None)


def run() -> dict[str, float]:
    """Split 1 MB of mixed prose and 1 MB of Japanese for Bluesky, X and Mastodon.

    Returns:
        Seconds per split by "<text>/<network>", the baseline "measure parts/<text>/<network>"
        (seconds to measure every returned part once, uncached), their ratio, and the parts.
    """
    split_thread(_text(5000, 0.15), Network.X)  # load twitter-text outside the timings
    results: dict[str, float] = {}
    for label, share in (("mixed", 0.15), ("japanese", 1.0)):
        text = _text(SIZE, share)
        for network in (Network.BLUESKY, Network.X, Network.MASTODON):
            parts = split_thread(text, network)
            seconds = _best(lambda text=text, network=network: split_thread(text, network), 3)
            base = _best(lambda parts=parts, network=network: _measure_all(parts, network), 3)
            results[f"{label}/{network}"] = seconds
            results[f"measure parts/{label}/{network}"] = base
            results[f"ratio/{label}/{network}"] = seconds / base
            results[f"parts/{label}/{network}"] = len(parts)
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:36s} {value:10.3f}")
