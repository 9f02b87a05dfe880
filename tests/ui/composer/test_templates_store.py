"""The writing tools' store (`store.repositories.composer_tools`): what a template keeps and leaves out,
names kept unique, hashtag groups read as tags, tags replaced and offered."""

from __future__ import annotations

import datetime as dt

import pytest

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.composer_tools import (
    HASHTAGS,
    SNIPPET,
    ComposerToolsRepository,
    NameTaken,
    Snippet,
    hashtags_of,
    template_body,
)
from postdesk.store.repositories.posts import PostRepository

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def repo(paths):
    db = open_database(paths)
    yield ComposerToolsRepository(db), db
    db.close()


def test_hashtags_of_a_group_each_once_with_one_hash() -> None:
    assert hashtags_of("travel, #food  ##citybreak\n#Food travel") == ["#travel", "#food", "#citybreak"]
    assert hashtags_of(" , ") == []


def test_a_template_keeps_text_targets_options_and_tags_but_no_time_media_or_state(repo) -> None:
    tools, db = repo
    account = AccountRepository(db).add(Network.MASTODON, "@me@example.social", now=NOW, instance_url=None)
    post = Post(
        parts=("One", "Two"),
        media=(5,),
        targets=(
            Target(
                Network.MASTODON,
                account.id,
                override_enabled=True,
                override_parts=("Own",),
                media_override=(5,),
                options={"spoiler_text": "cw"},
                state=TargetState.PUBLISHED,
            ),
        ),
        scheduled_at=NOW,
        scheduled_zone="Europe/Paris",
    )
    body = template_body(post, ["launch"])
    assert set(body) == {"parts", "targets", "tags"}
    assert "media_override" not in body["targets"][0] and "state" not in body["targets"][0]
    template = tools.save_template("Launch", post, ["launch"], NOW)
    with pytest.raises(NameTaken):
        tools.save_template("Launch", post, [], NOW)
    new_id = tools.new_post_from_template(template, NOW)
    made = PostRepository(db).get(new_id)
    assert made.parts == ("One", "Two") and made.media == () and made.scheduled_at is None
    (target,) = made.targets
    assert (target.account_id, target.override_parts, target.options["spoiler_text"], target.state) == (
        account.id,
        ("Own",),
        "cw",
        TargetState.DRAFT,
    )
    assert target.media_override is None
    assert tools.post_tags(new_id) == ["launch"]
    other = tools.save_template("Other", post, [], NOW)
    with pytest.raises(NameTaken):
        tools.rename_template(other, "Launch", NOW)
    tools.delete_template(template)
    assert tools.new_post_from_template(template, NOW) is None
    assert [t.name for t in tools.templates()] == ["Other"]


def test_snippet_names_are_unique_per_kind_and_tags_replace(repo) -> None:
    tools, db = repo
    first = tools.save_snippet(Snippet(None, SNIPPET, "Travel", "Safe travels!"), NOW)
    tools.save_snippet(Snippet(None, HASHTAGS, "Travel", "#travel"), NOW)  # the other kind may share the name
    with pytest.raises(NameTaken):
        tools.save_snippet(Snippet(None, SNIPPET, "Travel", "again"), NOW)
    tools.save_snippet(Snippet(first, SNIPPET, "Travel", "Bon voyage"), NOW)
    assert [(s.kind, s.body) for s in tools.snippets()] == [(SNIPPET, "Bon voyage"), (HASHTAGS, "#travel")]
    post = PostRepository(db).save(Post(parts=("x",)), now=NOW)
    assert tools.set_post_tags(post.id, ["Tour", "tour", " ", "launch"]) == ["launch", "Tour"]
    assert tools.set_post_tags(post.id, ["launch"]) == ["launch"]
    assert tools.post_tags(post.id) == ["launch"]
