"""LinkedIn's sign-in asks for what the inbox calls need, and no restricted scope it cannot get."""

from __future__ import annotations

from postdesk.auth.profiles import BROWSER_PROFILES
from postdesk.auth.profiles.linkedin import ORGANIZATION_PROFILE, PROFILE, profile_for
from postdesk.core.networks import Network


def test_member_profile_answers_comments_but_does_not_ask_for_restricted_reading():
    assert "w_member_social" in PROFILE.scopes  # posting, and answering comments as the member
    assert "r_member_social" not in PROFILE.scopes  # granted to select developers only
    assert not {"w_organization_social", "r_organization_social"} & set(PROFILE.scopes)
    assert BROWSER_PROFILES[Network.LINKEDIN] is PROFILE


def test_organization_profile_adds_posting_and_reading_for_the_page():
    assert profile_for(organization=True) is ORGANIZATION_PROFILE
    assert profile_for(organization=False) is PROFILE
    assert set(ORGANIZATION_PROFILE.scopes) == set(PROFILE.scopes) | {"w_organization_social", "r_organization_social"}
    assert ORGANIZATION_PROFILE.token_url == PROFILE.token_url
