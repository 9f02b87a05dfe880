"""Check a post's target against its network's rules; returns problem codes, never prose."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal, Protocol

from postdesk.core import (
    facebook_posts,
    google_business_posts,
    instagram_posts,
    post_extras,
    reddit_posts,
    rules,
    tiktok_options,
    youtube_options,
    youtube_quota,
)
from postdesk.core.entities import AccountStatus, Post, Target, TargetState
from postdesk.core.media_info import MediaInfo, MediaKind
from postdesk.core.media_limits import check_media
from postdesk.core.networks import Network
from postdesk.core.richtext import entities
from postdesk.core.text.measure import count, measure, measure_mastodon
from postdesk.core.youtube_quota import DayPlan

Severity = Literal["error", "warning"]


class ProblemCode(StrEnum):
    """What is wrong; `ui/` words each code."""

    TEXT_TOO_LONG = "text_too_long"
    TEXT_TOO_MANY_BYTES = "text_too_many_bytes"
    TEXT_EMPTY = "text_empty"
    TITLE_MISSING = "title_missing"
    TITLE_TOO_LONG = "title_too_long"
    CAPTION_TOO_LONG = "caption_too_long"
    FORBIDDEN_CHARACTERS = "forbidden_characters"
    TOO_MANY_HASHTAGS = "too_many_hashtags"
    TOO_MANY_MENTIONS = "too_many_mentions"
    TOO_MANY_IMAGES = "too_many_images"
    TOO_MANY_VIDEOS = "too_many_videos"
    MIXED_MEDIA_NOT_ALLOWED = "mixed_media_not_allowed"
    MEDIA_REQUIRED = "media_required"
    MEDIA_UNKNOWN = "media_unknown"
    MISSING_ALT_TEXT = "missing_alt_text"
    ALT_TEXT_REQUIRED = "alt_text_required"  # the user's own rule (Settings: "Always require alt text")
    ALT_TEXT_TOO_LONG = "alt_text_too_long"
    THREAD_NOT_SUPPORTED = "thread_not_supported"
    SUBREDDIT_MISSING = "subreddit_missing"
    BOARD_MISSING = "board_missing"  # a Pinterest Pin goes on a board (`POST /v5/pins` board_id)
    NO_ACCOUNT = "no_account"
    ACCOUNT_MISSING = "account_missing"
    ACCOUNT_DISCONNECTED = "account_disconnected"
    ACCOUNT_NEEDS_SIGN_IN = "account_needs_sign_in"
    NO_ADAPTER = "no_adapter"
    NEEDS_MEDIA_RELAY = "needs_media_relay"
    POLL_WITH_MEDIA = "poll_with_media"
    VIDEO_NOT_SUPPORTED = "video_not_supported"
    GIF_NOT_SUPPORTED = "gif_not_supported"
    GIF_TOO_BIG = "gif_too_big"
    GIF_NOT_ALONE = "gif_not_alone"
    VIDEO_FORMAT = "video_format"
    VIDEO_TOO_BIG = "video_too_big"
    VIDEO_TOO_LONG = "video_too_long"
    VIDEO_TOO_SHORT = "video_too_short"
    VIDEO_TOO_LARGE_FRAME = "video_too_large_frame"
    VIDEO_TOO_SMALL_FRAME = "video_too_small_frame"
    TOO_MANY_ATTACHMENTS = "too_many_attachments"
    # YouTube (core.youtube_options, core.youtube_quota carry the same values)
    YOUTUBE_TAGS_TOO_LONG = "youtube_tags_too_long"
    YOUTUBE_TAG_FORBIDDEN = "youtube_tag_forbidden"
    YOUTUBE_OPTION_INVALID = "youtube_option_invalid"
    YOUTUBE_HANDOFF_NOT_PUBLIC = "youtube_handoff_not_public"
    YOUTUBE_SHORT_TOO_LONG = "youtube_short_too_long"
    YOUTUBE_SHORT_NOT_VERTICAL = "youtube_short_not_vertical"
    YOUTUBE_BECOMES_SHORT = "youtube_becomes_short"
    YOUTUBE_QUOTA_OVER = "youtube_quota_over"
    YOUTUBE_QUOTA_LOW = "youtube_quota_low"
    # TikTok (core.tiktok_options carries the same values)
    TIKTOK_PRIVACY_MISSING = "tiktok_privacy_missing"
    TIKTOK_PRIVACY_NOT_OFFERED = "tiktok_privacy_not_offered"
    TIKTOK_CREATOR_UNKNOWN = "tiktok_creator_unknown"
    TIKTOK_VIDEO_TOO_LONG_FOR_CREATOR = "tiktok_video_too_long_for_creator"
    TIKTOK_COMMERCIAL_NOT_CHOSEN = "tiktok_commercial_not_chosen"
    TIKTOK_BRANDED_PRIVATE = "tiktok_branded_private"
    TIKTOK_PHOTOS_NEED_VERIFIED_RELAY = "tiktok_photos_need_verified_relay"
    TIKTOK_PHOTO_TITLE_TOO_LONG = "tiktok_photo_title_too_long"
    # Reddit: the chosen subreddit's own rules (core.reddit_posts carries the same values)
    REDDIT_KIND_NOT_ALLOWED = "reddit_kind_not_allowed"
    REDDIT_TITLE_TOO_SHORT = "reddit_title_too_short"
    REDDIT_TITLE_TOO_LONG = "reddit_title_too_long"
    REDDIT_TITLE_MISSING_WORD = "reddit_title_missing_word"
    REDDIT_TITLE_FORBIDDEN_WORD = "reddit_title_forbidden_word"
    REDDIT_BODY_REQUIRED = "reddit_body_required"
    REDDIT_BODY_NOT_ALLOWED = "reddit_body_not_allowed"
    REDDIT_BODY_TOO_SHORT = "reddit_body_too_short"
    REDDIT_BODY_TOO_LONG = "reddit_body_too_long"
    REDDIT_FLAIR_REQUIRED = "reddit_flair_required"
    REDDIT_FLAIR_UNKNOWN = "reddit_flair_unknown"
    REDDIT_DOMAIN_NOT_ALLOWED = "reddit_domain_not_allowed"
    REDDIT_GALLERY_SIZE = "reddit_gallery_size"
    REDDIT_SPOILER_NOT_ALLOWED = "reddit_spoiler_not_allowed"
    REDDIT_TEXT_NOT_SENT = "reddit_text_not_sent"  # a warning: media and link posts carry no body
    # Instagram post kinds: feed post or carousel, Reel, Story (core.instagram_posts carries the same values)
    INSTAGRAM_KIND_UNKNOWN = "instagram_kind_unknown"
    INSTAGRAM_REEL_NEEDS_ONE_VIDEO = "instagram_reel_needs_one_video"
    INSTAGRAM_STORY_NEEDS_ONE_ITEM = "instagram_story_needs_one_item"
    INSTAGRAM_IMAGE_RATIO = "instagram_image_ratio"
    INSTAGRAM_VIDEO_RATIO = "instagram_video_ratio"
    INSTAGRAM_NOT_VERTICAL = "instagram_not_vertical"
    INSTAGRAM_STORY_VIDEO_LENGTH = "instagram_story_video_length"
    INSTAGRAM_STORY_CAPTION_NOT_SHOWN = "instagram_story_caption_not_shown"
    INSTAGRAM_THUMB_OFFSET = "instagram_thumb_offset"
    INSTAGRAM_COLLABORATORS_ON_STORY = "instagram_collaborators_on_story"
    INSTAGRAM_TOO_MANY_COLLABORATORS = "instagram_too_many_collaborators"
    INSTAGRAM_LOCATION_INVALID = "instagram_location_invalid"
    # Google Business Profile local posts (core.google_business_posts carries the same values)
    GOOGLE_BUSINESS_LOCATION_MISSING = "google_business_location_missing"
    GOOGLE_BUSINESS_TYPE_UNKNOWN = "google_business_type_unknown"
    GOOGLE_BUSINESS_CTA_UNKNOWN = "google_business_cta_unknown"
    GOOGLE_BUSINESS_CTA_URL_MISSING = "google_business_cta_url_missing"
    GOOGLE_BUSINESS_URL_INVALID = "google_business_url_invalid"
    GOOGLE_BUSINESS_EVENT_TITLE_MISSING = "google_business_event_title_missing"
    GOOGLE_BUSINESS_EVENT_TITLE_TOO_LONG = "google_business_event_title_too_long"
    GOOGLE_BUSINESS_SCHEDULE_MISSING = "google_business_schedule_missing"
    GOOGLE_BUSINESS_SCHEDULE_INVALID = "google_business_schedule_invalid"
    # Facebook Pages (core.facebook_posts carries the same values)
    FACEBOOK_LINK_WITH_MEDIA = "facebook_link_with_media"
    FACEBOOK_LINK_INVALID = "facebook_link_invalid"
    # First comment, poll, quote, reply settings, language (core.post_extras carries the same values)
    FIRST_COMMENT_TOO_LONG = "first_comment_too_long"
    FIRST_COMMENT_NOT_SUPPORTED = "first_comment_not_supported"
    POLL_NOT_SUPPORTED = "poll_not_supported"
    POLL_OPTION_COUNT = "poll_option_count"
    POLL_OPTION_TOO_LONG = "poll_option_too_long"
    POLL_OPTIONS_REPEAT = "poll_options_repeat"
    POLL_DURATION = "poll_duration"
    POLL_MULTIPLE_NOT_SUPPORTED = "poll_multiple_not_supported"
    QUOTE_NOT_SUPPORTED = "quote_not_supported"
    QUOTE_URL_INVALID = "quote_url_invalid"
    QUOTE_SERVER_TOO_OLD = "quote_server_too_old"
    QUOTE_WITH_POLL = "quote_with_poll"
    QUOTE_WITH_MEDIA = "quote_with_media"
    REPLY_SETTING_UNKNOWN = "reply_setting_unknown"
    LANGUAGE_UNKNOWN = "language_unknown"


@dataclass(frozen=True, slots=True)
class PublishContext:
    """What Postdesk can publish with right now, for checks that depend on more than the post.

    Attributes:
        adapters: the networks Postdesk has a publishing adapter for (`platforms.registry`).
        relay: whether a media relay is set up (Threads and Instagram fetch media from it).
        accounts: the known accounts' statuses by id (an `AccountStatus` value), or None when
            the accounts are not known (then only a missing account is reported).
        youtube_quota: for the post being checked, each YouTube account's `core.youtube_quota.DayPlan`
            of the post's Pacific day, by account id (the composer computes it from the stored
            usage and the account's other scheduled uploads); absent: not checked.
        require_alt_text: the user asks for alt text on every image (`Preferences.require_alt_text`).
    """

    adapters: frozenset[Network]
    relay: bool = False
    accounts: Mapping[int, str] | None = None
    youtube_quota: Mapping[int, DayPlan] = field(default_factory=dict)
    require_alt_text: bool = False


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing that stops (error) or should worry (warning) before scheduling.

    Attributes:
        code: what is wrong.
        network: the target's network.
        part_index: the thread part concerned, or None for the whole post.
        span: (start, end) str indices in that part to highlight, or None.
        params: numbers and names for the message (length, limit, count, max, asset_id ...).
        severity: "error" blocks scheduling, "warning" does not.
    """

    code: ProblemCode
    network: Network
    part_index: int | None = None
    span: tuple[int, int] | None = None
    params: Mapping[str, int | float | str] = field(default_factory=dict)
    severity: Severity = "error"


def can_schedule(problems: Iterable[Problem]) -> bool:
    """Whether nothing blocks scheduling.

    Args:
        problems: what `validate` returned.

    Returns:
        True if no problem is an error.
    """
    return all(p.severity != "error" for p in problems)


def validate(
    post: Post,
    target: Target,
    media: Mapping[int, MediaInfo],
    *,
    max_chars: int | None = None,
    context: PublishContext | None = None,
    instance_limits: Mapping[str, int] | None = None,
) -> list[Problem]:
    """Check one target of a post.

    Args:
        post: the post.
        target: the target to check (its overrides and options apply).
        media: probed media by asset id.
        max_chars: the account's own text limit (a Mastodon instance), if known.
        context: the adapters, relay and accounts Postdesk has; None checks the post alone
            (no adapter or account status check) and takes no media relay to be set.
        instance_limits: the limits the account's server advertised at sign-in (a Mastodon
            instance's `instance_limits`: max_media_attachments, image/video size), which
            replace the network's defaults in the media check.

    Returns:
        The problems, errors and warnings, in a stable order.
    """
    net = target.network
    net_rules = rules.get(net)
    parts = target.effective_parts(post.parts)
    asset_ids = target.effective_media(post.media)
    infos = [media[a] for a in asset_ids if a in media]
    problems: list[Problem] = []

    def add(
        code: ProblemCode,
        severity: Severity = "error",
        part: int | None = None,
        span: tuple[int, int] | None = None,
        **params: int | float | str,
    ) -> None:
        problems.append(Problem(code, net, part, span, params, severity))

    for code in readiness(target.network, target.account_id, False, context):
        if code is ProblemCode.ACCOUNT_NEEDS_SIGN_IN:
            add(code, "warning", account_id=target.account_id or 0)  # the user can sign in before the time
        elif code is not ProblemCode.NEEDS_MEDIA_RELAY:  # the media check below reports it
            add(code)
    if len(parts) > 1 and not net_rules.threads_supported:
        add(ProblemCode.THREAD_NOT_SUPPORTED, count=len(parts))

    options = target.options
    spoiler = str(options.get("spoiler_text") or "")
    for index, part in enumerate(parts):
        has_media = index == 0 and bool(asset_ids)
        if not part.strip():
            if net_rules.text_required or not has_media:
                add(ProblemCode.TEXT_EMPTY, part=index)
            continue
        if net is Network.MASTODON:
            m = measure_mastodon(
                part, spoiler if index == 0 else "", max_chars if max_chars is not None else net_rules.text_limit
            )
        elif has_media and net_rules.caption_limit is not None:
            m = count(part, net_rules.counter, net_rules.caption_limit)
        else:
            m = measure(part, net, max_chars=max_chars)
        code = (
            ProblemCode.CAPTION_TOO_LONG
            if has_media and net_rules.caption_limit is not None
            else ProblemCode.TEXT_TOO_LONG
        )
        if m.length > m.limit or (m.overflow_start is not None and m.byte_length is None):
            add(code, part=index, span=_span(part, m.overflow_start), length=m.length, limit=m.limit)
        if m.byte_length is not None and m.byte_limit is not None and m.byte_length > m.byte_limit:
            add(
                ProblemCode.TEXT_TOO_MANY_BYTES,
                part=index,
                span=_span(part, m.overflow_start),
                length=m.byte_length,
                limit=m.byte_limit,
            )
        for position, char in enumerate(part):
            if char in net_rules.forbidden_chars:
                add(ProblemCode.FORBIDDEN_CHARACTERS, part=index, span=(position, position + 1), char=char)
                break
        if net_rules.max_hashtags is not None or net_rules.max_mentions is not None:
            found = entities(part, net)
            for kind, limit, tcode in (
                ("hashtag", net_rules.max_hashtags, ProblemCode.TOO_MANY_HASHTAGS),
                ("mention", net_rules.max_mentions, ProblemCode.TOO_MANY_MENTIONS),
            ):
                spans = [e for e in found if e.kind == kind]
                if limit is not None and len(spans) > limit:
                    extra = spans[limit]
                    add(tcode, part=index, span=(extra.start, extra.end), count=len(spans), max=limit)

    _check_title(net, net_rules, options, add)
    if net is Network.REDDIT and not str(options.get("subreddit") or "").strip():
        add(ProblemCode.SUBREDDIT_MISSING)
    if net is Network.REDDIT:  # the subreddit's own rules, as last read (core.reddit_posts)
        kinds = ["video" if i.kind is MediaKind.VIDEO else "image" for i in infos]
        for rd_found in reddit_posts.check_options(options, parts[0] if parts else "", kinds):
            add(ProblemCode(rd_found.code), "error", None, None, **rd_found.params)
        if reddit_posts.text_not_sent(options, parts[0] if parts else "", kinds):
            add(ProblemCode.REDDIT_TEXT_NOT_SENT, "warning")
    if net is Network.PINTEREST and not str(options.get("board_id") or "").strip():
        add(ProblemCode.BOARD_MISSING)
    if net is Network.FACEBOOK:  # the link preview option (core.facebook_posts; the adapter refuses the same)
        for fb_issue in facebook_posts.check(options, has_media=bool(asset_ids)):
            add(ProblemCode(fb_issue.code), "error", None, None, **fb_issue.params)
    if net is Network.GOOGLE_BUSINESS:  # location, post type, button, event and offer fields
        for issue in google_business_posts.check(options):
            add(ProblemCode(issue.code), "error", None, None, **issue.params)
    if net is Network.INSTAGRAM:  # the post kind's own rules (core.instagram_posts; the adapter runs them too)
        items = [instagram_posts.Item(i.kind is MediaKind.VIDEO, i.width, i.height, i.duration_s) for i in infos]
        for ig_issue in instagram_posts.check(options, items, caption=parts[0] if parts else ""):
            params = dict(ig_issue.params)
            if ig_issue.index is not None:
                params["asset_id"] = infos[ig_issue.index].asset_id
            add(
                ProblemCode(ig_issue.code),
                "warning" if ig_issue.severity == "warning" else "error",
                None,
                None,
                **params,
            )
    if net is Network.YOUTUBE:
        _check_youtube(options, infos, target.account_id, context, add)
    if net is Network.TIKTOK:  # the creator's own settings and TikTok's audit rules (core.tiktok_options)
        video = next((i for i in infos if i.kind is MediaKind.VIDEO), None)
        for tt_found in tiktok_options.check(
            options,
            video_s=video.duration_s if video is not None else None,
            photos=sum(1 for i in infos if i.kind is MediaKind.IMAGE),
            relay=bool(context and context.relay),
        ):
            add(ProblemCode(tt_found.code), "error", None, None, **tt_found.params)
    # First comment, poll, quote, reply settings and language (core.post_extras; the adapters agree).
    for px_found in post_extras.check(
        net, options, has_media=bool(asset_ids), max_chars=max_chars, instance=instance_limits
    ):
        add(ProblemCode(px_found.code), "error", None, None, **px_found.params)
    _check_media(
        net,
        net_rules,
        asset_ids,
        infos,
        media,
        add,
        bool(context and context.relay),
        bool(options.get("poll")),
        instance_limits,
        bool(context and context.require_alt_text),
    )
    return problems


def _check_youtube(
    options: Mapping[str, object],
    infos: list[MediaInfo],
    account_id: int | None,
    context: PublishContext | None,
    add: _Adder,
) -> None:
    """YouTube's options (tags, privacy, Shorts, hand-off) and its daily quota for the post's day.

    Quota: refused when the day's plan cannot fit whatever else happens (what Postdesk counted
    is a lower bound of what the project spent, so the upload would fail with `quotaExceeded`
    and wait for the next Pacific day); a warning when it fits but leaves too little for one more.
    """
    video = next((i for i in infos if i.kind is MediaKind.VIDEO), None)
    facts = (video.width or None, video.height or None, video.duration_s) if video is not None else None
    for found in youtube_options.check(options, facts, hand_off=options.get("hand_off") is True):
        add(ProblemCode(found.code), "warning" if found.severity == "warning" else "error", None, None, **found.params)
    plan = context.youtube_quota.get(account_id) if context is not None and account_id is not None else None
    if plan is not None and plan.verdict != youtube_quota.OK:
        add(
            ProblemCode.YOUTUBE_QUOTA_OVER if plan.verdict == youtube_quota.OVER else ProblemCode.YOUTUBE_QUOTA_LOW,
            "error" if plan.verdict == youtube_quota.OVER else "warning",
            day=plan.day,
            uploads=plan.uploads_that_day,
            units_left=max(plan.units_left, 0),
        )


def readiness(
    network: Network, account_id: int | None, has_media: bool, context: PublishContext | None
) -> list[ProblemCode]:
    """Why a target could not be published now, whatever its text: account, adapter, relay.

    The calendar and the tray ask this of scheduled posts, so a post that became impossible after
    it was scheduled (its account disconnected or removed, its network's adapter gone, the media
    relay removed) is flagged before its time.

    Args:
        network: the target's network.
        account_id: the target's account, or None.
        has_media: whether the target sends media.
        context: the adapters, relay and accounts; None checks the account id alone.

    Returns:
        Problem codes in a stable order; all stop the post except ACCOUNT_NEEDS_SIGN_IN, which
        the user can still fix before the time.
    """
    found: list[ProblemCode] = []
    if account_id is None:
        found.append(ProblemCode.NO_ACCOUNT)
    elif context is not None and context.accounts is not None:
        status = context.accounts.get(account_id)
        if status is None:
            found.append(ProblemCode.ACCOUNT_MISSING)
        elif status == AccountStatus.NEEDS_RECONNECT:
            found.append(ProblemCode.ACCOUNT_NEEDS_SIGN_IN)
        elif status != AccountStatus.CONNECTED:
            found.append(ProblemCode.ACCOUNT_DISCONNECTED)
    if context is not None and network not in context.adapters:
        found.append(ProblemCode.NO_ADAPTER)
    relay = context is not None and context.relay
    if has_media and rules.get(network).media.needs_relay and not relay:
        found.append(ProblemCode.NEEDS_MEDIA_RELAY)
    return found


def _span(part: str, overflow: int | None) -> tuple[int, int] | None:
    return None if overflow is None else (overflow, len(part))


def _check_title(net: Network, net_rules: rules.NetworkRules, options: Mapping[str, object], add: _Adder) -> None:
    if net_rules.title_limit is None:
        return
    title = str(options.get("title") or "")
    if not title.strip():
        if net_rules.title_required:
            add(ProblemCode.TITLE_MISSING)
        return
    m = count(title, net_rules.title_counter, net_rules.title_limit)
    if not m.fits:
        add(ProblemCode.TITLE_TOO_LONG, span=_span(title, m.overflow_start), length=m.length, limit=m.limit)
    for position, char in enumerate(title):
        if char in net_rules.forbidden_chars:
            add(ProblemCode.FORBIDDEN_CHARACTERS, span=(position, position + 1), char=char, field="title")
            break


def _check_media(
    net: Network,
    net_rules: rules.NetworkRules,
    asset_ids: tuple[int, ...],
    infos: list[MediaInfo],
    media: Mapping[int, MediaInfo],
    add: _Adder,
    relay: bool,
    poll: bool,
    instance: Mapping[str, int] | None = None,
    require_alt: bool = False,
) -> None:
    for asset_id in asset_ids:
        if asset_id not in media:
            add(ProblemCode.MEDIA_UNKNOWN, asset_id=asset_id)
    if net_rules.media_required and not asset_ids:
        add(ProblemCode.MEDIA_REQUIRED)
    # Counts, mixes, GIFs, video limits, relay and polls: the same check the adapters run.
    for issue in check_media(net, infos, relay=relay, poll=poll, instance=instance):
        params = dict(issue.params)
        if issue.index is not None:
            params["asset_id"] = infos[issue.index].asset_id
            params["index"] = issue.index
        add(ProblemCode(issue.code), "error", None, None, **params)
    images = [i for i in infos if i.kind is not MediaKind.VIDEO]
    for info in images:
        if not info.alt_text.strip():
            if require_alt and not net_rules.alt_text_required:
                add(ProblemCode.ALT_TEXT_REQUIRED, asset_id=info.asset_id)
                continue
            add(
                ProblemCode.MISSING_ALT_TEXT,
                "error" if net_rules.alt_text_required else "warning",
                asset_id=info.asset_id,
            )
        elif net_rules.alt_text_max is not None and len(info.alt_text) > net_rules.alt_text_max:
            add(
                ProblemCode.ALT_TEXT_TOO_LONG,
                asset_id=info.asset_id,
                length=len(info.alt_text),
                limit=net_rules.alt_text_max,
            )


class _Adder(Protocol):
    # Structural type of the local `add` closure, for the helpers' signatures.
    def __call__(
        self,
        code: ProblemCode,
        severity: Severity = "error",
        part: int | None = None,
        span: tuple[int, int] | None = None,
        **params: int | float | str,
    ) -> None: ...


#: Target states that have not gone out yet and will be sent at their time.
PENDING_STATES: frozenset[TargetState] = frozenset(
    {TargetState.SCHEDULED, TargetState.DUE, TargetState.FAILED_RETRYABLE}
)


@dataclass(frozen=True, slots=True)
class PendingTarget:
    """A scheduled target as the calendar and the tray check it before its time.

    Attributes:
        post_id: its post.
        network: its network.
        account_id: its account, or None.
        has_media: whether it sends media.
        state: its publishing state.
    """

    post_id: int
    network: Network
    account_id: int | None
    has_media: bool
    state: TargetState


@dataclass(frozen=True, slots=True)
class TargetWarning:
    """Why one target of a scheduled post cannot go out as things stand.

    Attributes:
        network: the target's network.
        code: what is wrong (see `readiness`).
        account_id: the target's account, or None.
    """

    network: Network
    code: ProblemCode
    account_id: int | None = None


def pending_problems(targets: Iterable[PendingTarget], context: PublishContext) -> dict[int, tuple[TargetWarning, ...]]:
    """The scheduled posts that became impossible (account gone, adapter missing, relay removed).

    Args:
        targets: targets of scheduled posts, any state (only those still to be sent count).
        context: the adapters, relay and accounts as they are now.

    Returns:
        The warnings by post id; posts with none are left out.
    """
    found: dict[int, list[TargetWarning]] = {}
    for target in targets:
        if target.state not in PENDING_STATES:
            continue
        for code in readiness(target.network, target.account_id, target.has_media, context):
            found.setdefault(target.post_id, []).append(TargetWarning(target.network, code, target.account_id))
    return {post_id: tuple(warnings) for post_id, warnings in found.items()}


def images_missing_alt_text(items: Iterable[tuple[bool, str]]) -> list[int]:
    """Which media lack the alt text "Always require alt text" asks for (the engine's last check).

    Args:
        items: (is an image, its alt text) per medium, in order; videos are not held to it.

    Returns:
        The 0-based positions of the images without alt text.
    """
    return [i for i, (image, alt) in enumerate(items) if image and not alt.strip()]
