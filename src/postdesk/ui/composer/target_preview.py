"""The preview part of a target panel: which card a network gets and what it is shown.

`make_card` picks the network's own card (Facebook, Instagram, TikTok, Business Profile) or the
common one; `show_preview` fills it from the target as it is now. Rendering is the costly part of
a keystroke, so the composer calls it only for the visible tab (see `ui.composer.preview_part`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from postdesk.core.entities import Target
from postdesk.core.networks import Network
from postdesk.core.richtext import entities
from postdesk.ui.composer.facebook_preview import FacebookPreviewCard
from postdesk.ui.composer.google_business_card import GoogleBusinessPreviewCard
from postdesk.ui.composer.instagram_preview import InstagramPreviewCard
from postdesk.ui.composer.preview import PreviewCard, PreviewData
from postdesk.ui.composer.previews.first_comment import first_comment_of
from postdesk.ui.composer.previews.frame import PreviewFrame
from postdesk.ui.composer.tiktok_preview import TikTokPreviewCard

#: Any network's preview card.
AnyCard = PreviewCard | TikTokPreviewCard | GoogleBusinessPreviewCard | InstagramPreviewCard | FacebookPreviewCard


def make_card(network: Network, parent: QWidget) -> AnyCard:
    """The preview card `network` is shown in."""
    if network is Network.FACEBOOK:
        return FacebookPreviewCard(entities, parent)
    if network is Network.INSTAGRAM:
        return InstagramPreviewCard(entities, parent)
    if network is Network.TIKTOK:
        return TikTokPreviewCard(entities, parent)
    if network is Network.GOOGLE_BUSINESS:
        return GoogleBusinessPreviewCard(entities, parent)
    return PreviewCard(entities, parent)


def make_frame(network: Network, parent: QWidget) -> PreviewFrame:
    """`network`'s card in its frame (width toggle above, first comment below)."""
    return PreviewFrame(make_card(network, parent), network, parent)


def show_target(
    frame: PreviewFrame,
    target: Target,
    parts: tuple[str, ...],
    images: Sequence[Any],
    display: tuple[str, ...],
) -> None:
    """Show `target` in `frame`'s card, and its first comment under it (when it has one)."""
    card = frame.card
    assert isinstance(card, AnyCard)
    show_preview(card, target, parts, images, display)
    frame.first_comment.show_comment(first_comment_of(target.options), display[0], _avatar_url(display))


def _avatar_url(display: tuple[str, ...]) -> str:
    # (name, handle) or (name, handle, picture address): `PreviewPart` adds the account's picture.
    return display[2] if len(display) > 2 else ""


def show_preview(
    card: AnyCard,
    target: Target,
    parts: tuple[str, ...],
    images: Sequence[Any],
    display: tuple[str, ...],
) -> None:
    """Show `target` (its effective `parts`, `images` and options) in `card` as (name, handle[, picture])."""
    network = target.network
    options = target.options
    if isinstance(card, InstagramPreviewCard):
        card.set_kind(options)  # feed frame, or a Reel's or Story's 9:16 frame
    if isinstance(card, GoogleBusinessPreviewCard):
        card.set_local_post(options)  # kind of post, button, event, offer
    if isinstance(card, FacebookPreviewCard):
        card.set_link(str(options.get("link") or ""))  # the link preview bar
    card.show_post(
        PreviewData(
            network=network,
            display_name=display[0],
            handle=display[1],
            avatar_url=_avatar_url(display),
            parts=parts,
            images=tuple(images),
            title=str(options.get("title", "")),
            subreddit=str(options.get("subreddit", "")),
            spoiler=str(options.get("spoiler_text", "")),
            board=str(options.get("board_name", "")),
            flair=str(options.get("flair_text", "")) if network is Network.REDDIT else "",
            marks=tuple(
                label
                for key, label in (("nsfw", "NSFW"), ("spoiler", "Spoiler"))
                if network is Network.REDDIT and options.get(key) is True
            ),
        )
    )
