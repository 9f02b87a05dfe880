"""Google Business Profile local posts: the composer's options, their checks and the post's body (pure).

One table for the composer, validation, the preview and the adapter. A local post
(My Business API v4, https://developers.google.com/my-business/reference/rest/v4/
accounts.locations.localPosts) has a `topicType`:

- STANDARD ("What's new"): `summary`, an optional `callToAction` {actionType, url};
- EVENT: also `event` {title, schedule: TimeInterval {startDate, startTime, endDate, endTime}}
  ("Event information. Required for topic types EVENT and OFFER");
- OFFER: `event` (the offer's title and period) and `offer` {couponCode, redeemOnlineUrl,
  termsConditions}; `callToAction` is "Ignored for topic type OFFER", so it is not sent.

`callToAction.url`: "The URL the user will be directed to upon clicking. This field should be left
unset for Call CTA" (CallToAction in the reference); Call uses the location's phone number.
`ActionType`s: BOOK, ORDER, SHOP, LEARN_MORE, SIGN_UP, CALL (GET_OFFER is deprecated in favour of
OFFER posts). Dates and times are civil (`google.type.Date`, `TimeOfDay`), in the location's own
time: the composer takes them as typed.

Option keys: `location` (the v4 location name `accounts/{a}/locations/{l}`), `location_title`
(the business's name, for the preview), `post_type` (STANDARD, EVENT, OFFER), `cta_type`,
`cta_url`, `event_title`, `event_start`, `event_end` (ISO `YYYY-MM-DDTHH:MM`, or a date alone
for the whole day), `offer_coupon`, `offer_url`, `offer_terms`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from postdesk.core.rules.google_business import EVENT_TITLE_LIMIT

STANDARD, EVENT, OFFER = "STANDARD", "EVENT", "OFFER"
POST_TYPES = (STANDARD, EVENT, OFFER)
#: CallToAction.actionType values Postdesk offers (GET_OFFER is deprecated: use an OFFER post).
CTA_TYPES = ("BOOK", "ORDER", "SHOP", "LEARN_MORE", "SIGN_UP", "CALL")
CALL = "CALL"

#: Problem codes (`core.validation.ProblemCode` carries the same values).
LOCATION_MISSING = "google_business_location_missing"
TYPE_UNKNOWN = "google_business_type_unknown"
CTA_UNKNOWN = "google_business_cta_unknown"
CTA_URL_MISSING = "google_business_cta_url_missing"
URL_INVALID = "google_business_url_invalid"
EVENT_TITLE_MISSING = "google_business_event_title_missing"
EVENT_TITLE_TOO_LONG = "google_business_event_title_too_long"
SCHEDULE_MISSING = "google_business_schedule_missing"
SCHEDULE_INVALID = "google_business_schedule_invalid"


@dataclass(frozen=True, slots=True)
class Issue:
    """One reason the options cannot be sent.

    Attributes:
        code: one of the codes above.
        params: names and numbers for the message (field, length, limit).
    """

    code: str
    params: Mapping[str, int | str] = field(default_factory=dict)


def _text(options: Mapping[str, Any], key: str) -> str:
    return str(options.get(key) or "").strip()


def post_type(options: Mapping[str, Any]) -> str:
    """The post's topic type (STANDARD when none is chosen)."""
    return _text(options, "post_type").upper() or STANDARD


def parse_when(value: str) -> tuple[date, time | None] | None:
    """A composer date (`YYYY-MM-DD`) or date and time (`YYYY-MM-DDTHH:MM[:SS]`), or None."""
    value = value.strip()
    if not value:
        return None
    try:
        if "T" in value or " " in value:
            moment = datetime.fromisoformat(value.replace(" ", "T"))
            return moment.date(), moment.time().replace(microsecond=0, tzinfo=None)
        return date.fromisoformat(value), None
    except ValueError:
        return None


def _web_address(url: str) -> bool:
    head, _, rest = url.partition("://")
    return head.lower() in ("http", "https") and bool(rest.strip()) and " " not in url


def check(options: Mapping[str, Any]) -> list[Issue]:
    """Every reason these options cannot make a local post, in a stable order."""
    found: list[Issue] = []
    if not _text(options, "location"):
        found.append(Issue(LOCATION_MISSING))
    kind = post_type(options)
    if kind not in POST_TYPES:
        return [*found, Issue(TYPE_UNKNOWN, {"value": kind})]
    cta = _text(options, "cta_type").upper()
    if cta and kind != OFFER:
        url = _text(options, "cta_url")
        if cta not in CTA_TYPES:
            found.append(Issue(CTA_UNKNOWN, {"value": cta}))
        elif cta != CALL and not url:
            found.append(Issue(CTA_URL_MISSING))
        elif cta != CALL and not _web_address(url):
            found.append(Issue(URL_INVALID, {"field": "cta_url"}))
    if kind in (EVENT, OFFER):
        title = _text(options, "event_title")
        if not title:
            found.append(Issue(EVENT_TITLE_MISSING, {"post_type": kind}))
        elif len(title) > EVENT_TITLE_LIMIT:
            found.append(Issue(EVENT_TITLE_TOO_LONG, {"length": len(title), "limit": EVENT_TITLE_LIMIT}))
        start, end = parse_when(_text(options, "event_start")), parse_when(_text(options, "event_end"))
        if start is None or end is None:
            typed_wrong = (start is None and _text(options, "event_start")) or (
                end is None and _text(options, "event_end")
            )
            if typed_wrong:
                found.append(Issue(SCHEDULE_INVALID, {"post_type": kind}))
            else:
                found.append(Issue(SCHEDULE_MISSING, {"post_type": kind}))
        elif (end[0], end[1] or time.max) < (start[0], start[1] or time.min):
            found.append(Issue(SCHEDULE_INVALID, {"post_type": kind}))
    if kind == OFFER:
        url = _text(options, "offer_url")
        if url and not _web_address(url):
            found.append(Issue(URL_INVALID, {"field": "offer_url"}))
    return found


def _date(day: date) -> dict[str, int]:
    return {"year": day.year, "month": day.month, "day": day.day}


def _time(moment: time) -> dict[str, int]:
    return {"hours": moment.hour, "minutes": moment.minute, "seconds": moment.second, "nanos": 0}


def local_post(summary: str, options: Mapping[str, Any], photo_url: str | None) -> dict[str, Any]:
    """The `LocalPost` body for `localPosts.create`.

    Args:
        summary: the post's text.
        options: the target's options (checked with `check` first).
        photo_url: the address Google fetches the photo from, or None.
    """
    kind = post_type(options)
    body: dict[str, Any] = {"topicType": kind}
    language = _text(options, "language_code")
    if language:
        body["languageCode"] = language
    if summary.strip():
        body["summary"] = summary
    cta = _text(options, "cta_type").upper()
    if cta and kind != OFFER:
        action: dict[str, str] = {"actionType": cta}
        if cta != CALL:
            action["url"] = _text(options, "cta_url")
        body["callToAction"] = action
    if kind in (EVENT, OFFER):
        start = parse_when(_text(options, "event_start"))
        end = parse_when(_text(options, "event_end"))
        schedule: dict[str, Any] = {}
        # Times go both or neither: a date alone means the whole day (from 00:00, to 23:59).
        timed = any(when is not None and when[1] is not None for when in (start, end))
        if start is not None:
            schedule["startDate"] = _date(start[0])
            if timed:
                schedule["startTime"] = _time(start[1] or time(0, 0))
        if end is not None:
            schedule["endDate"] = _date(end[0])
            if timed:
                schedule["endTime"] = _time(end[1] or time(23, 59))
        body["event"] = {"title": _text(options, "event_title"), "schedule": schedule}
    if kind == OFFER:
        offer = {
            key: _text(options, option)
            for key, option in (
                ("couponCode", "offer_coupon"),
                ("redeemOnlineUrl", "offer_url"),
                ("termsConditions", "offer_terms"),
            )
        }
        body["offer"] = {k: v for k, v in offer.items() if v}
    if photo_url:
        body["media"] = [{"mediaFormat": "PHOTO", "sourceUrl": photo_url}]
    return body
