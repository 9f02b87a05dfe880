"""PKCE pairs and state values."""

from __future__ import annotations

import re

from postdesk.auth.pkce import ChallengeMethod, challenge_for, new_pkce, new_state, same_secret


def test_rfc7636_appendix_b_example() -> None:
    # RFC 7636 Appendix B: this verifier gives this challenge.
    assert challenge_for("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_verifier_shape_and_freshness() -> None:
    pairs = [new_pkce() for _ in range(20)]
    for pair in pairs:
        assert 43 <= len(pair.verifier) <= 128
        assert re.fullmatch(r"[A-Za-z0-9\-._~]+", pair.verifier)
        assert pair.challenge == challenge_for(pair.verifier)
        assert pair.verifier not in repr(pair)
    assert len({p.verifier for p in pairs}) == 20


def test_hex_challenge_for_tiktok_desktop() -> None:
    pair = new_pkce(ChallengeMethod.S256_HEX)
    assert re.fullmatch(r"[0-9a-f]{64}", pair.challenge)
    assert pair.wire_method == "S256"


def test_state_and_constant_time_compare() -> None:
    a, b = new_state(), new_state()
    assert a != b and len(a) >= 43
    assert same_secret(a, a)
    assert not same_secret(a, b)
    assert not same_secret(a, None)
    assert not same_secret(a, "")
