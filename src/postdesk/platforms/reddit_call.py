"""Reddit's request path: the User-Agent, its rate-limit headers, and its `json.errors` refusals.

From github.com/reddit-archive/reddit/wiki/API:
- "Change your client's User-Agent string to something unique and descriptive, including the
  target platform, a unique application identifier, a version string, and your username as
  contact information": `<platform>:<app ID>:<version string> (by /u/<reddit username>)`;
  default agents are "drastically limited" (`user_agent`);
- every answer carries `X-Ratelimit-Used`, `X-Ratelimit-Remaining` (approximate requests left)
  and `X-Ratelimit-Reset` ("Approximate number of seconds to end of period"; not an epoch
  instant, unlike X's header of the same name, so `rest_call.retry_after` is not used). With
  nothing left, the next call waits for the reset instead of being refused (`RedditCaller`).

From reddit.com/dev/api (`api_type=json`): refusals of `/api/submit`, `/api/comment` and the
gallery endpoint come back as HTTP 200 with `{"json": {"errors": [[CODE, message, field]]}}`.
`raise_errors` turns them into `Rejected` with words, and `RATELIMIT` ("you are doing that too
much. try again in 3 minutes.") into `RateLimited` with that wait.

Bearer tokens go in `Authorization: bearer <token>` (reddit wiki OAuth2, "Using the token").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

import httpx

from postdesk.auth.profiles.reddit import USER_AGENT
from postdesk.platforms.base import PERMISSION_MISSING, RateLimited, Rejected
from postdesk.platforms.credentials import Credentials, CredentialSource
from postdesk.platforms.rest_call import AuthorisedCaller, Clock, json_object, utc_now

#: Without any hint, a 429 waits this long (the window is 10 minutes; wiki/API).
DEFAULT_RATE_WAIT = timedelta(minutes=1)
#: A RATELIMIT refusal without a readable duration waits this long.
DEFAULT_SUBMIT_WAIT = timedelta(minutes=10)
MISSING_PERMISSION = (
    "Reddit did not give Postdesk permission to do this on your account. Reconnect the account "
    "in Accounts and allow everything Postdesk asks for"
)

#: Problem codes of Reddit's error codes, worded by `ui.composer.refusal_words_video`.
SUBREDDIT_NOT_FOUND = "reddit_subreddit_not_found"
SUBREDDIT_NOT_ALLOWED = "reddit_subreddit_not_allowed"
SUBREDDIT_REQUIRED = "reddit_subreddit_required"
NO_TEXT_POSTS = "reddit_no_text_posts"
TEXT_POSTS_ONLY = "reddit_text_posts_only"
NO_IMAGES = "reddit_no_images"
NO_VIDEOS = "reddit_no_videos"
ALREADY_POSTED = "reddit_already_posted"
TEXT_REQUIRED = "reddit_text_required"
BAD_URL = "reddit_bad_url"
URL_REQUIRED = "reddit_url_required"
FLAIR_REQUIRED = "reddit_flair_required"
FLAIR_GONE = "reddit_flair_gone"
SIGN_IN_AGAIN = "reddit_sign_in_again"
COMMENT_DELETED = "reddit_comment_deleted"
POST_DELETED = "reddit_post_deleted"
THREAD_LOCKED = "reddit_thread_locked"
POST_ARCHIVED = "reddit_post_archived"
TOO_LONG = "reddit_too_long"
#: The subreddit's page could not be read (it does not exist, is private or banned).
SUBREDDIT_UNSEEN = "reddit_subreddit_unseen"
SUBREDDIT_RULE = "reddit_subreddit_rule"
REFUSED = "reddit_refused"

ERROR_PROBLEMS: Mapping[str, str] = {
    "SUBREDDIT_NOEXIST": SUBREDDIT_NOT_FOUND,
    "SUBREDDIT_NOTALLOWED": SUBREDDIT_NOT_ALLOWED,
    "SUBREDDIT_REQUIRED": SUBREDDIT_REQUIRED,
    "NO_SELFS": NO_TEXT_POSTS,
    "NO_LINKS": TEXT_POSTS_ONLY,
    "NO_IMAGES": NO_IMAGES,
    "NO_VIDEOS": NO_VIDEOS,
    "ALREADY_SUB": ALREADY_POSTED,
    "NO_TEXT": TEXT_REQUIRED,
    "BAD_URL": BAD_URL,
    "NO_URL": URL_REQUIRED,
    "SUBMIT_VALIDATION_FLAIR_REQUIRED": FLAIR_REQUIRED,
    "BAD_FLAIR_TEMPLATE_ID": FLAIR_GONE,
    "USER_REQUIRED": SIGN_IN_AGAIN,
    "DELETED_COMMENT": COMMENT_DELETED,
    "DELETED_LINK": POST_DELETED,
    "THREAD_LOCKED": THREAD_LOCKED,
    "TOO_OLD": POST_ARCHIVED,
}

#: Reddit's error codes in English, for the log (reddit.com/dev/api and r2/r2/lib/errors.py); the
#: creator sees the problem code's sentence.
ERROR_WORDS: Mapping[str, str] = {
    "SUBREDDIT_NOEXIST": "That subreddit does not exist: check its name",
    "SUBREDDIT_NOTALLOWED": "You are not allowed to post in this subreddit",
    "SUBREDDIT_REQUIRED": "Choose the subreddit to post to",
    "NO_SELFS": "This subreddit does not take text posts",
    "NO_LINKS": "This subreddit takes text posts only",
    "NO_IMAGES": "This subreddit does not take images",
    "NO_VIDEOS": "This subreddit does not take videos",
    "ALREADY_SUB": "This link has already been posted to this subreddit",
    "NO_TEXT": "Reddit needs a title (or text) here",
    "BAD_URL": "Reddit could not use the link or the uploaded media",
    "NO_URL": "Reddit needs a link for this post",
    "SUBMIT_VALIDATION_FLAIR_REQUIRED": "This subreddit requires a flair: choose one",
    "BAD_FLAIR_TEMPLATE_ID": "The chosen flair no longer exists in this subreddit: choose another",
    "USER_REQUIRED": "Reddit asks you to sign in again",
    "DELETED_COMMENT": "The comment you are answering has been deleted",
    "DELETED_LINK": "The post you are answering has been deleted",
    "THREAD_LOCKED": "Comments are locked on this post",
    "TOO_OLD": "This post is archived and takes no more comments",
}


def user_agent(username: str = "") -> str:
    """The User-Agent Reddit asks for: platform, app id, version, and the account as contact."""
    return f"{USER_AGENT} (by /u/{username})" if username else USER_AGENT


def explain(response: httpx.Response) -> str:
    """Reddit's reason for an HTTP refusal: `{"message", "error"}`, or `json.errors`, or a scope."""
    if response.status_code == 403 and "insufficient_scope" in response.headers.get("www-authenticate", ""):
        return MISSING_PERMISSION
    body = response.json()
    if isinstance(body, Mapping):
        errors = _errors(body)
        if errors:
            return _words(errors[0])
        reason = body.get("reason") or body.get("explanation") or body.get("message")
        return str(reason or "")
    return ""


def _errors(body: Mapping[str, Any]) -> list[list[str]]:
    inner = body.get("json")
    found = inner.get("errors") if isinstance(inner, Mapping) else None
    return [[str(x) for x in e] for e in found if isinstance(e, list) and e] if isinstance(found, list) else []


def _words(error: list[str]) -> str:
    code = error[0]
    message = error[1].strip() if len(error) > 1 else ""
    where = error[2] if len(error) > 2 else ""
    if code in ERROR_WORDS:
        return ERROR_WORDS[code]
    if code == "TOO_LONG":
        return f"The {where or 'text'} is too long for Reddit ({message.rstrip('.')})"
    if code.startswith("SUBMIT_VALIDATION_") and message:
        return f"The subreddit's rules: {message.rstrip('. ')}"  # Reddit words these for users itself
    return f"Reddit refused the post: {message or code}"


def error_problem(error: list[str]) -> str:
    """The problem code of one `json.errors` entry (`[code, message, field]`)."""
    code = error[0]
    if code in ERROR_PROBLEMS:
        return ERROR_PROBLEMS[code]
    if code == "TOO_LONG":
        return TOO_LONG
    if code.startswith("SUBMIT_VALIDATION_") and len(error) > 1 and error[1].strip():
        return SUBREDDIT_RULE
    return REFUSED


_WAIT = re.compile(r"(\d+)\s*(second|minute|hour)", re.IGNORECASE)


def ratelimit_wait(message: str) -> timedelta:
    """The wait in a RATELIMIT refusal ("try again in 3 minutes", "9 seconds"), or ten minutes."""
    found = _WAIT.search(message)
    if not found:
        return DEFAULT_SUBMIT_WAIT
    unit = found.group(2).lower()
    # Reddit rounds down ("in 3 minutes" may mean 3 m 59 s): wait one more unit.
    number = int(found.group(1)) + 1
    return {"second": timedelta(seconds=number), "minute": timedelta(minutes=number), "hour": timedelta(hours=number)}[
        unit
    ]


def raise_errors(body: Mapping[str, Any]) -> None:
    """Raise the refusal in `json.errors`, if there is one.

    Raises:
        RateLimited: RATELIMIT, with the wait Reddit names.
        Rejected: any other error, in words.
    """
    errors = _errors(body)
    if not errors:
        return
    first = errors[0]
    message = first[1] if len(first) > 1 else ""
    if first[0] == "RATELIMIT":
        raise RateLimited(ratelimit_wait(message), network_message=message)
    raise Rejected(_words(first), problem=error_problem(first), network_message=f"{first[0]}: {message}")


def reset_delay(headers: httpx.Headers) -> timedelta | None:
    """`X-Ratelimit-Reset` as a delay (seconds to the end of the window), or None."""
    raw = (headers.get("x-ratelimit-reset") or "").strip()
    try:
        seconds = float(raw)
    except ValueError:
        return None
    return timedelta(seconds=min(max(seconds, 1.0), 3600.0)) if seconds == seconds else None


class _Caller(AuthorisedCaller):
    """The shared caller, with Reddit's refusals in an HTTP error answer carrying their problem code."""

    def error_for(self, response: httpx.Response, *, creates: bool = False) -> Exception:
        error = super().error_for(response, creates=creates)
        if type(error) is not Rejected:
            return error
        if response.status_code == 403 and "insufficient_scope" in response.headers.get("www-authenticate", ""):
            error.problem = PERMISSION_MISSING
            error.network_message = "insufficient_scope"
            return error
        try:
            body = response.json()
        except ValueError:
            return error
        errors = _errors(body) if isinstance(body, Mapping) else []
        if errors:
            first = errors[0]
            error.problem = error_problem(first)
            error.network_message = f"{first[0]}: {first[1] if len(first) > 1 else ''}"
        return error


class RedditCaller:
    """Sends one account's requests to oauth.reddit.com.

    Args:
        credentials: each account's tokens.
        client: the adapter's bounded client.
        base: the API root (https://oauth.reddit.com; tests point it at 127.0.0.1).
        clock: the current instant.
    """

    def __init__(
        self, credentials: CredentialSource, client: httpx.AsyncClient, base: str, clock: Clock = utc_now
    ) -> None:
        self._caller = _Caller(credentials, client, explain, clock)
        self._client = client
        self._base = base.rstrip("/")
        self._clock = clock
        self._blocked: dict[int | None, datetime] = {}
        self.usernames: dict[int | None, str] = {}

    def agent(self, account_id: int | None) -> str:
        return user_agent(self.usernames.get(account_id, ""))

    async def call(
        self,
        account_id: int | None,
        method: str,
        path: str,
        *,
        creates: bool = False,
        ok: tuple[int, ...] = (200,),
        **kwargs: Any,
    ) -> httpx.Response:
        """One API call; refresh once after a 401; typed errors.

        Raises:
            RateLimited: a 429, or the window's budget is spent (wait until `X-Ratelimit-Reset`).
            AuthExpired, Rejected, Transient, AnswerLost.
        """
        now = self._clock()
        until = self._blocked.get(account_id)
        if until is not None and now < until:
            raise RateLimited(until - now, network_message="X-Ratelimit-Remaining reached 0")

        def build(creds: Credentials) -> httpx.Request:
            headers = {"Authorization": f"bearer {creds.access_token}", "User-Agent": self.agent(account_id)}
            return self._client.build_request(method, self._base + path, headers=headers, **kwargs)

        response = await self._caller.call(account_id, build, creates=creates, ok=(*ok, 429))
        self._note(account_id, response)
        if response.status_code == 429:
            raise RateLimited(
                reset_delay(response.headers) or DEFAULT_RATE_WAIT, http_status=429, network_message="Too Many Requests"
            )
        return response

    async def json(
        self, account_id: int | None, method: str, path: str, *, what: str, creates: bool = False, **kwargs: Any
    ) -> dict[str, Any]:
        """`call`, then the answer's JSON object with its `json.errors` raised."""
        body = json_object(
            await self.call(account_id, method, path, creates=creates, **kwargs), creates=creates, what=what
        )
        raise_errors(body)
        return body

    def _note(self, account_id: int | None, response: httpx.Response) -> None:
        try:
            remaining = float(response.headers.get("x-ratelimit-remaining", "nan"))
        except ValueError:
            return
        delay = reset_delay(response.headers)
        if remaining <= 0 and delay is not None:
            self._blocked[account_id] = self._clock() + delay
        else:
            self._blocked.pop(account_id, None)
