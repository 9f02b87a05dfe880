"""The media library repository over a real migrated SQLite database."""

from __future__ import annotations

from datetime import UTC, datetime

from postdesk.core.entities import Post, Target
from postdesk.core.networks import Network
from postdesk.media.importer import ImportBatch, Importer, ImportSource
from postdesk.store.repositories.media_library import LibraryQuery, SortOrder
from postdesk.store.repositories.posts import PostRepository

from .media_factory import image_bytes

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _import(paths, library, names):
    importer = Importer(paths, library, now=lambda: NOW)
    sources = [
        ImportSource.from_bytes(image_bytes("JPEG", (64 + i, 48), comment=n.encode()), n) for i, n in enumerate(names)
    ]
    batch = ImportBatch(importer, sources, workers=2)
    batch.start()
    progress = batch.wait()
    return {o.source.name: o.asset_id for o in progress.outcomes}


def test_tags_folders_favourites_and_search(paths, library):
    ids = _import(paths, library, ["beach.jpg", "city.jpg", "forest.jpg"])
    library.add_tags([ids["beach.jpg"], ids["forest.jpg"]], ["#Summer ", "nature"])
    library.set_alt_text(ids["city.jpg"], "Night skyline over the river")
    library.set_folder([ids["forest.jpg"]], "Trips")
    library.set_favourite([ids["beach.jpg"]], True)

    def names(**kw):
        return sorted(i.asset.original_name for i in library.search(LibraryQuery(**kw)))

    assert names(text="summer") == ["beach.jpg", "forest.jpg"]
    assert names(text="SKYLINE") == ["city.jpg"]
    assert names(text="fore") == ["forest.jpg"]
    assert names(folder="Trips") == ["forest.jpg"]
    assert names(favourites_only=True) == ["beach.jpg"]
    assert names(kinds=frozenset({"video"})) == []
    assert library.folders() == ["Trips"]
    assert library.all_tags() == [("nature", 2), ("summer", 2)]
    assert library.get(ids["beach.jpg"]).tags == ("nature", "summer")
    ordered = [i.asset.original_name for i in library.search(LibraryQuery(sort=SortOrder.NAME))]
    assert ordered == ["beach.jpg", "city.jpg", "forest.jpg"]
    library.remove_tags([ids["beach.jpg"]], ["SUMMER"])
    assert library.get(ids["beach.jpg"]).tags == ("nature",)
    count, total = library.storage_used()
    assert count == 3 and total > 0


def test_delete_in_use_needs_consent_and_then_closes_up_the_post(paths, library):
    from postdesk.store.db import Database  # noqa: F401  (the fixture opened it)

    ids = _import(paths, library, ["a.jpg", "b.jpg", "c.jpg"])
    posts = PostRepository(library._db)
    post = posts.save(
        Post(
            parts=("hello",),
            media=(ids["a.jpg"], ids["b.jpg"], ids["c.jpg"]),
            targets=(Target(Network.X, media_override=(ids["b.jpg"],)),),
        ),
        now=NOW,
    )
    assert library.usage(ids["b.jpg"]) == [post.id]
    assert library.delete(ids["b.jpg"]) is None
    assert library.get(ids["b.jpg"]) is not None
    sha = library.delete(ids["b.jpg"], remove_from_posts=True)
    assert sha is not None and library.get(ids["b.jpg"]) is None
    again = posts.get(post.id)
    assert again.media == (ids["a.jpg"], ids["c.jpg"])
    assert again.targets[0].media_override == ()
    assert library.delete(ids["c.jpg"]) is None  # still used by the post


def test_sort_key_orders_like_search_and_among_keeps_the_filters(paths, library):
    from datetime import timedelta

    from postdesk.media.formats import MediaKind
    from postdesk.media.importer import NewAsset
    from postdesk.store.repositories.media_library import sort_key

    specs = [
        ("b.jpg", 300, None, 0),
        ("A.jpg", 100, NOW, 2),
        ("a.jpg", 300, NOW, 1),
        ("Élan.jpg", 200, NOW - timedelta(days=3), 2),
        ("c.jpg", 50, None, 3),
    ]
    ids = {}
    for n, (name, size, taken, minutes) in enumerate(specs):
        ids[name] = library.add_asset(
            NewAsset(
                sha256=f"{n:064x}",
                original_name=name,
                mime="image/jpeg",
                kind=MediaKind.IMAGE,
                size_bytes=size,
                width=10,
                height=10,
                duration_s=None,
                created_at=taken,
                imported_at=NOW + timedelta(minutes=minutes),
                folder="Trips" if n % 2 else None,
            )
        )
    for order in SortOrder:
        found = library.search(LibraryQuery(sort=order))
        assert [i.asset.id for i in sorted(found, key=sort_key(order))] == [i.asset.id for i in found], order
    among = library.search(LibraryQuery(folder="Trips"), among=[ids["A.jpg"], ids["b.jpg"]])
    assert [i.asset.original_name for i in among] == ["A.jpg"]
    assert library.search(LibraryQuery(), among=[]) == []
