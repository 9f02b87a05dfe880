"""LinkedIn's API version: one LinkedIn published, kept in one place, refused clearly when retired."""

from __future__ import annotations

import pytest

from postdesk.platforms import linkedin
from postdesk.platforms.base import Rejected
from postdesk.platforms.linkedin import LinkedInAdapter
from tests.fakes.linkedin_api import ACTIVE_VERSIONS
from tests.integration.test_linkedin_adapter import TEXT, World, _req

pytestmark = pytest.mark.integration


def test_the_version_sent_is_one_linkedin_published_and_still_serves():
    assert linkedin.VERSION in linkedin.PUBLISHED_VERSIONS
    assert linkedin.VERSION in ACTIVE_VERSIONS
    # LinkedIn skipped December 2025: a version computed from the calendar would be refused.
    assert "202512" not in linkedin.PUBLISHED_VERSIONS


def test_every_call_carries_the_one_version(tmp_path):
    world = World()
    with world.server:
        world.run(world.adapter.publish(_req(TEXT)))
    versions = {r.headers.get("linkedin-version") for r in world.server.requests}
    assert versions == {linkedin.VERSION}


@pytest.mark.parametrize("retired", ["202512", "202511"])
def test_a_version_linkedin_does_not_serve_is_worded_for_the_creator(retired):
    world = World()
    world.adapter = LinkedInAdapter(world.tokens, base_url=world.server.url, version=retired)
    with world.server, pytest.raises(Rejected) as refused:
        world.run(world.adapter.publish(_req(TEXT)))
    assert refused.value.http_status == 426
    assert "Update Postdesk" in refused.value.reason
    assert world.fake.posts == {}


def test_the_author_finder_needs_its_restli_method_header():
    import httpx

    world = World()
    with world.server:
        headers = {
            "Authorization": f"Bearer {world.fake.token}",
            "LinkedIn-Version": linkedin.VERSION,
            "X-Restli-Protocol-Version": "2.0.0",
        }
        params = {"q": "author", "author": "urn:li:person:x", "count": "5"}
        bare = httpx.get(f"{world.server.url}/rest/posts", params=params, headers=headers)
        finder = httpx.get(
            f"{world.server.url}/rest/posts", params=params, headers=headers | {"X-RestLi-Method": "FINDER"}
        )
    assert bare.status_code == 400 and finder.status_code == 200
