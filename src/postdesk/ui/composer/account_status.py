"""Validation of every account a network's tab posts as (issue 13.10: one post to several accounts).

The accounts of one network share a tab (`TargetsPart`), so the tab's evaluation covers each of
their targets: the first account's measures drive the counter, and the problems of the others (an
account that must sign in again, a Mastodon server with a smaller limit) are added, each naming
its own account, so Schedule is held back for any of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from postdesk.core.entities import Post, Target
from postdesk.core.media_info import MediaInfo
from postdesk.core.validation import PublishContext
from postdesk.ui.composer.service_types import AccountChoice
from postdesk.ui.composer.target_status import TargetStatus, evaluate_target

if TYPE_CHECKING:
    from postdesk.ui.composer.target_panel import TargetPanel


def _accounts_of(panel: TargetPanel) -> dict[int, AccountChoice]:
    model = panel.account_model
    found = (model.account_at(row) for row in range(model.rowCount()))
    return {a.id: a for a in found if a is not None}


def evaluate_accounts(
    post: Post,
    target: Target,
    media: Mapping[int, MediaInfo],
    panel: TargetPanel,
    context: PublishContext,
    relay_setup: bool,
) -> TargetStatus:
    """Evaluate `target` (the tab's own account) and every other target of its network in `post`.

    Returns:
        `target`'s measures, with the problems of every account of the network (none twice).
    """
    accounts = _accounts_of(panel)
    own = accounts.get(target.account_id) if target.account_id is not None else None
    limits = dict(own.instance_limits) if own else None
    status = evaluate_target(post, target, media, own.max_characters if own else None, context, limits, relay_setup)
    others = [t for t in post.targets if t.network is target.network and t.account_id != target.account_id]
    if not others:
        return status
    problems = list(status.problems)
    seen = {(p.code, p.part_index, tuple(sorted(p.params.items()))) for p in problems}
    for other in others:
        account = accounts.get(other.account_id) if other.account_id is not None else None
        max_chars = account.max_characters if account else None
        limits = dict(account.instance_limits) if account else None
        for problem in evaluate_target(post, other, media, max_chars, context, limits, relay_setup).problems:
            key = (problem.code, problem.part_index, tuple(sorted(problem.params.items())))
            if key in seen:
                continue  # the same for every account (too many images ...): said once
            seen.add(key)
            handle = (account.handle or account.label) if account else ""
            problems.append(replace(problem, params={**problem.params, "handle": handle}) if handle else problem)
    return TargetStatus(status.measures, tuple(problems))
