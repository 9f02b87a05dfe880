"""Typed sign-in and vault errors carrying problem codes, never secrets.

`auth/` reports what went wrong as a stable code (`AuthError.code`); `ui/` turns the code into
words. The optional detail is for logs and is passed through `postdesk.log.redact` so that an
error message can never carry a token, even when a server echoes one back.
"""

from __future__ import annotations

from enum import StrEnum

from postdesk.log import redact


class AuthProblem(StrEnum):
    """Why a sign-in, a refresh, a revoke or a vault operation failed."""

    CANCELLED = "cancelled"
    TIMEOUT = "timeout"
    ACCESS_DENIED = "access_denied"
    SERVER_REFUSED = "server_refused"
    INVALID_STATE = "invalid_state"
    PORT_IN_USE = "port_in_use"
    TOKEN_EXCHANGE_FAILED = "token_exchange_failed"
    REFRESH_FAILED = "refresh_failed"
    REVOKE_FAILED = "revoke_failed"
    NETWORK_UNREACHABLE = "network_unreachable"
    MISSING_CLIENT_ID = "missing_client_id"
    MISSING_CLIENT_SECRET = "missing_client_secret"
    INVALID_INPUT = "invalid_input"
    KEYRING_UNAVAILABLE = "keyring_unavailable"
    KEYRING_LOCKED = "keyring_locked"
    KEYRING_WRITE_FAILED = "keyring_write_failed"
    VAULT_PASSPHRASE_WRONG = "vault_passphrase_wrong"
    VAULT_CORRUPT = "vault_corrupt"
    VAULT_LOCKED = "vault_locked"
    PASSPHRASE_TOO_SHORT = "passphrase_too_short"
    BAD_CREDENTIALS = "bad_credentials"
    NOT_CHANNEL_ADMIN = "not_channel_admin"
    CHANNEL_NOT_FOUND = "channel_not_found"


class AuthError(Exception):
    """A sign-in or vault failure.

    Attributes:
        code: the problem, for the UI to word.
        detail: a short technical note for logs (already redacted), or "".
        server_error: the OAuth `error` value the server sent, when there was one.
    """

    def __init__(self, code: AuthProblem, detail: str = "", *, server_error: str | None = None):
        self.code = code
        self.detail = redact(detail)[:300]
        self.server_error = server_error
        super().__init__(f"{code.value}: {self.detail}" if self.detail else code.value)


class SignInCancelled(AuthError):
    """The user cancelled the sign-in."""

    def __init__(self) -> None:
        super().__init__(AuthProblem.CANCELLED)


#: OAuth 2 error values (RFC 6749 §4.1.2.1, RFC 9126, OIDC Core §3.1.2.6) that mean the user
#: or the server said no, mapped to our problem codes.
_DENIALS = {"access_denied", "consent_required", "login_required", "interaction_required"}


def from_oauth_error(error: str, description: str | None = None) -> AuthError:
    """The AuthError for an `error=` value a server sent to the redirect URI or a token endpoint."""
    code = AuthProblem.ACCESS_DENIED if error in _DENIALS else AuthProblem.SERVER_REFUSED
    detail = error if not description else f"{error}: {description}"
    return AuthError(code, detail, server_error=error)
