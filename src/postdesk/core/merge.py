"""Three-way merge of a post: the open copy's edits over a newer stored version.

When a pane's save is refused as stale (another pane or the engine wrote the post since the
copy was read), or another pane says the post changed, the open copy is merged over the stored
one field by field instead of either side overwriting the other: a field the open copy did not
change takes the stored value (the calendar's move survives the composer's autosave), a field
only the open copy changed keeps its edit. A field both changed differently keeps the open
copy's edit (it is what the user is looking at) and is reported, so the pane can say so.

Pure: no clock, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TypeVar

from postdesk.core.entities import Post, Target
from postdesk.core.networks import Network

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Merged:
    """The outcome of a merge.

    Attributes:
        post: the merged post, at the stored version.
        clashes: names of the fields both sides changed differently ("text", "media",
            "schedule", or "<network>" for a target), where the open copy's edit was kept.
    """

    post: Post
    clashes: tuple[str, ...] = ()


def _pick(base: T, mine: T, theirs: T, name: str, clashes: list[str]) -> T:
    if mine == base:
        return theirs
    if theirs != base and theirs != mine:
        clashes.append(name)
    return mine


def _merge_target(base: Target | None, mine: Target, theirs: Target, clashes: list[str]) -> Target:
    if base is None:
        base = theirs
    content = [
        (t.account_id, t.override_enabled, t.override_parts, t.media_override, t.options) for t in (base, mine, theirs)
    ]
    chosen = _pick(content[0], content[1], content[2], mine.network.value, clashes)
    account_id, enabled, parts, media, options = chosen
    # The state is the store's (the engine's, or a move in another pane); only the open copy's
    # own draft <-> scheduled move counts as an edit here (the store still checks it).
    state = mine.state if mine.state != base.state else theirs.state
    return replace(
        theirs,
        account_id=account_id,
        override_enabled=enabled,
        override_parts=parts,
        media_override=media,
        options=options,
        state=state,
    )


def merge_post(base: Post, mine: Post, theirs: Post) -> Merged:
    """Merge the open copy `mine` (read at `base`) over the stored `theirs`.

    Args:
        base: the stored post as the open copy last read or saved it.
        mine: the open copy now (with the user's unsaved edits).
        theirs: the stored post now (newer than `base`).

    Returns:
        The merged post, carrying `theirs.version` and id, and the fields that clashed.
    """
    clashes: list[str] = []
    parts = _pick(base.parts, mine.parts, theirs.parts, "text", clashes)
    media = _pick(base.media, mine.media, theirs.media, "media", clashes)
    when = _pick(
        (base.scheduled_at, base.scheduled_zone),
        (mine.scheduled_at, mine.scheduled_zone),
        (theirs.scheduled_at, theirs.scheduled_zone),
        "schedule",
        clashes,
    )

    def by_network(post: Post) -> dict[Network, Target]:
        return {t.network: t for t in post.targets}

    b, m, t = by_network(base), by_network(mine), by_network(theirs)
    order = list(dict.fromkeys([x.network for x in theirs.targets] + [x.network for x in mine.targets]))
    targets: list[Target] = []
    for network in order:
        present = _pick(network in b, network in m, network in t, network.value, clashes)
        if not present:
            continue
        if network in m and network in t:
            targets.append(_merge_target(b.get(network), m[network], t[network], clashes))
        else:
            targets.append(m.get(network) or t[network])
    return Merged(
        post=replace(
            theirs, parts=parts, media=media, scheduled_at=when[0], scheduled_zone=when[1], targets=tuple(targets)
        ),
        clashes=tuple(dict.fromkeys(clashes)),
    )
