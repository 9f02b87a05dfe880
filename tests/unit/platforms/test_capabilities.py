"""Each shipped adapter claims exactly the capabilities it implements (issue 11 item 6).

A capability is a Protocol of methods (`platforms.capabilities`): an adapter has it exactly when
it has the methods. These tests hold that together: no adapter has half a capability, none has a
capability method with another signature, none has one that only refuses (a stub kept to satisfy
a protocol is a flag that lies), and the table below pins what each network can do, so losing a
method (or gaining one) is a decision someone makes on purpose.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import textwrap

import pytest

from postdesk.core.networks import Network
from postdesk.engine.outbox import Action, ActionKind, run_action
from postdesk.platforms import base
from postdesk.platforms.base import Rejected
from postdesk.platforms.capabilities import (
    OPTIONAL,
    SupportsDelete,
    SupportsEdit,
    SupportsFirstComment,
    SupportsLookup,
    SupportsNativeSchedule,
    capabilities_of,
    methods_of,
    network_supports,
    shipped_adapter_classes,
)
from tests.fakes.recording_adapter import RecordingAdapter

N = Network
#: What each shipped network's adapter can do beyond publishing.
EXPECTED: dict[Network, frozenset[str]] = {
    N.BLUESKY: frozenset(
        {"lookup", "delete", "first_comment", "metrics", "inbox", "find_reply", "like", "delete_reply", "mark_seen"}
    ),
    N.MASTODON: frozenset(
        {
            "lookup",
            "delete",
            "first_comment",
            "native_schedule",
            "edit",
            "metrics",
            "inbox",
            "find_reply",
            "like",
            "delete_reply",
            "direct_messages",
            "read_marker",
        }
    ),
    N.X: frozenset({"lookup", "delete", "first_comment", "metrics", "inbox", "find_reply", "hide", "delete_reply"}),
    N.THREADS: frozenset({"lookup", "delete", "first_comment", "metrics", "inbox", "post_comments", "hide"}),
    N.LINKEDIN: frozenset(
        {"lookup", "delete", "first_comment", "metrics", "inbox", "post_comments", "find_reply", "delete_reply"}
    ),
    N.TELEGRAM: frozenset({"delete", "metrics", "inbox", "updates", "delete_reply"}),
    N.INSTAGRAM: frozenset(
        {"lookup", "first_comment", "metrics", "inbox", "post_comments", "hide", "delete_reply", "delete_comment"}
    ),
    N.FACEBOOK: frozenset(
        {"lookup", "delete", "first_comment", "native_schedule", "metrics", "inbox", "post_comments", "hide", "like"}
    ),
    N.PINTEREST: frozenset({"lookup", "delete", "metrics"}),
    N.YOUTUBE: frozenset({"lookup", "delete", "first_comment", "native_schedule", "metrics", "inbox", "find_reply"}),
    N.TIKTOK: frozenset({"lookup", "metrics"}),
    N.REDDIT: frozenset({"lookup", "delete", "first_comment", "metrics", "inbox", "mark_read"}),
    N.GOOGLE_BUSINESS: frozenset({"lookup", "delete", "metrics"}),
}

CLASSES = shipped_adapter_classes()
PAIRS = [(network, name) for network in CLASSES for name in OPTIONAL]


def _id(pair: tuple[Network, str]) -> str:
    return f"{pair[0].value}-{pair[1]}"


def test_every_shipped_network_has_an_adapter_class() -> None:
    assert set(CLASSES) == set(EXPECTED)


@pytest.mark.parametrize("network", sorted(EXPECTED, key=lambda n: n.value), ids=lambda n: n.value)
def test_each_adapter_has_exactly_the_expected_capabilities(network: Network) -> None:
    assert capabilities_of(CLASSES[network]) == EXPECTED[network]


@pytest.mark.parametrize("pair", PAIRS, ids=[_id(p) for p in PAIRS])
def test_a_capability_method_present_means_the_capability_is_claimed(pair: tuple[Network, str]) -> None:
    network, name = pair
    cls, capability = CLASSES[network], OPTIONAL[name]
    present = {m for m in methods_of(capability) if callable(getattr(cls, m, None))}
    # Half a capability is a bug either way: a method nobody will call, or a claim that lies.
    assert present in (set(), set(methods_of(capability))), f"{cls.__name__} has only {present} of {name}"
    assert bool(present) == issubclass(cls, capability)


@pytest.mark.parametrize("pair", PAIRS, ids=[_id(p) for p in PAIRS])
def test_a_claimed_capability_has_the_protocols_signature(pair: tuple[Network, str]) -> None:
    network, name = pair
    cls, capability = CLASSES[network], OPTIONAL[name]
    if not issubclass(cls, capability):
        return
    for method in methods_of(capability):
        want = inspect.signature(getattr(capability, method))
        have = inspect.signature(getattr(cls, method))
        assert inspect.iscoroutinefunction(getattr(cls, method)), f"{cls.__name__}.{method} is not async"
        assert [(p.name, p.kind) for p in have.parameters.values()] == [
            (p.name, p.kind) for p in want.parameters.values()
        ], f"{cls.__name__}.{method}{have} is not {name}'s {method}{want}"


def _only_refuses(function: object) -> bool:
    """Whether a method's body (its docstring aside) is a single `raise`: a stub, not a capability."""
    source = textwrap.dedent(inspect.getsource(function))  # type: ignore[arg-type]
    node = ast.parse(source).body[0]
    assert isinstance(node, ast.AsyncFunctionDef | ast.FunctionDef)
    body = list(node.body)
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    return len(body) == 1 and isinstance(body[0], ast.Raise)


@pytest.mark.parametrize("network", sorted(EXPECTED, key=lambda n: n.value), ids=lambda n: n.value)
def test_no_capability_method_is_a_stub_that_only_refuses(network: Network) -> None:
    cls = CLASSES[network]
    stubs = [
        method
        for capability in OPTIONAL.values()
        if issubclass(cls, capability)
        for method in methods_of(capability)
        if _only_refuses(getattr(cls, method))
    ]
    assert stubs == [], f"{cls.__name__} claims what it refuses: {stubs}"


def test_the_stub_check_catches_a_refusing_method() -> None:
    class Refuses:
        async def delete(self, account_id: int | None, remote_id: str) -> None:
            """Cannot."""
            raise Rejected("this network cannot delete")

    class Deletes:
        async def delete(self, account_id: int | None, remote_id: str) -> None:
            if remote_id:
                return

    assert _only_refuses(Refuses.delete)
    assert not _only_refuses(Deletes.delete)


def test_the_flag_enum_is_gone() -> None:
    # One capability model: no flag beside the Protocols, nothing for a flag to disagree with.
    assert not hasattr(base, "Capability")
    assert not hasattr(base, "EditAdapter")
    assert "capabilities" not in base.Adapter.__annotations__


def test_network_supports_reads_the_shipped_classes() -> None:
    assert network_supports(Network.MASTODON, SupportsEdit)
    assert network_supports("mastodon", SupportsNativeSchedule)
    assert not network_supports(Network.BLUESKY, SupportsNativeSchedule)
    assert not network_supports(Network.TELEGRAM, SupportsLookup)
    assert not network_supports(Network.INSTAGRAM, SupportsDelete)
    assert network_supports(Network.TELEGRAM, SupportsDelete)
    assert not network_supports("not-a-network", SupportsDelete)


def test_the_recording_fake_has_only_the_capabilities_asked_for() -> None:
    plain = RecordingAdapter("http://127.0.0.1:9")
    narrow = RecordingAdapter("http://127.0.0.1:9", capabilities={SupportsDelete})
    wide = RecordingAdapter("http://127.0.0.1:9", capabilities={SupportsNativeSchedule, SupportsLookup})
    try:
        assert isinstance(plain, SupportsLookup) and isinstance(plain, SupportsFirstComment)
        assert not isinstance(plain, SupportsNativeSchedule)
        assert isinstance(narrow, SupportsDelete) and not isinstance(narrow, SupportsLookup)
        assert isinstance(wide, SupportsNativeSchedule) and not isinstance(wide, SupportsDelete)
        assert isinstance(narrow, RecordingAdapter) and isinstance(narrow, base.Adapter)
    finally:
        for adapter in (plain, narrow, wide):
            asyncio.run(adapter.aclose())


@pytest.mark.parametrize(
    ("kind", "payload", "words"),
    [
        (ActionKind.DELETE, {"remote_id": "1"}, "cannot delete"),
        (ActionKind.COMMENT, {"remote_id": "1", "text": "hi"}, "cannot comment"),
        (ActionKind.EDIT, {"remote_id": "1", "parts": ["hi"]}, "cannot edit"),
    ],
)
def test_an_action_the_adapter_cannot_do_is_refused_not_attempted(
    kind: ActionKind, payload: dict[str, object], words: str
) -> None:
    adapter = RecordingAdapter("http://127.0.0.1:9", capabilities=set())
    action = Action(id=1, kind=kind, network="mastodon", account_id=1, target_id=None, payload=payload, attempts=0)
    try:
        with pytest.raises(Rejected, match=words):
            asyncio.run(run_action(action, {Network.MASTODON: adapter}))
    finally:
        asyncio.run(adapter.aclose())
