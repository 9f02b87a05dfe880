"""core.reddit_posts: the post kind from the content, the rules snapshot, and the adapter's words."""

from __future__ import annotations

from postdesk.core import reddit_posts as rp


def test_post_kind_follows_the_content() -> None:
    assert rp.post_kind("Hello", []) == rp.SELF
    assert rp.post_kind("https://example.com/a", []) == rp.LINK
    assert rp.post_kind("Read https://example.com/a", []) == rp.SELF  # a URL inside a text stays a text post
    assert rp.post_kind("Read this", [], "https://example.com/a") == rp.LINK
    assert rp.post_kind("", ["image"]) == rp.IMAGE
    assert rp.post_kind("", ["image", "image"]) == rp.GALLERY
    assert rp.post_kind("", ["video"]) == rp.VIDEO


def test_rules_snapshot_round_trips_and_rejects_junk() -> None:
    rules = rp.SubredditRules(
        "analog", "link", allow_images=False, requirements={"is_flair_required": True}, flairs=(("f1", "Film"),)
    )
    assert rp.rules_from_json(rp.rules_to_json(rules)) == rules
    assert rp.rules_from_json(None) is None and rp.rules_from_json({"name": ""}) is None


def test_unknown_rules_refuse_nothing_and_every_code_has_words() -> None:
    assert rp.check(None, kind=rp.SELF, title="", body="") == []
    rules = rp.SubredditRules(
        "x",
        "self",
        spoilers_enabled=False,
        requirements={
            "is_flair_required": True,
            "title_text_min_length": 50,
            "body_restriction_policy": "notAllowed",
            "domain_whitelist": ["example.com"],
        },
    )
    found = rp.check(rules, kind=rp.LINK, title="t", body="", link="https://other.org/a", spoiler=True)
    codes = [f.code for f in found]
    assert codes == [
        rp.KIND_NOT_ALLOWED,
        rp.TITLE_TOO_SHORT,
        rp.FLAIR_REQUIRED,
        rp.DOMAIN_NOT_ALLOWED,
        rp.SPOILER_NOT_ALLOWED,
    ]
    assert all(rp.words(f) != f.code and "{" not in rp.words(f) for f in found)
    assert rp.words(found[0]) == "r/x does not take link posts"
