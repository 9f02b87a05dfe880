"""Telegram: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, NetworkRules

RULES = NetworkRules(
    network=Network.TELEGRAM,
    # sendMessage text: "1-4096 characters after entities parsing"; send* caption: "0-1024
    # characters after entities parsing" (https://core.telegram.org/bots/api#sendmessage,
    # #sendphoto). Telegram counts UTF-16 code units (MessageEntity offsets are UTF-16).
    text_limit=4096,
    counter=CounterKind.UTF16,
    caption_limit=1024,
    # sendMediaGroup: 2-10 photos and videos, mixed allowed (https://core.telegram.org/bots/api#sendmediagroup).
    max_images=10,
    max_videos=10,
    mixed_media=True,
)
