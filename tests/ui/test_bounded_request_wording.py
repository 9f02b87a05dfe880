"""The problem codes of bounded requests reach the creator in words (issue 12, item 5).

A publish cut off by the deadline, an answer over the size cap and a garbled answer to a create
are recorded by the engine under their own codes; the composer's activity words each one, and
shows no adapter English as if the network had said it.
"""

from __future__ import annotations

import pytest

from postdesk.platforms.base import ANSWER_GARBLED, ANSWER_TOO_LARGE, ANSWER_TOO_SLOW
from postdesk.ui.composer.activity import describe_code, describe_target
from postdesk.ui.composer.services import TargetActivity

GENERIC = "Something happened with this post."


@pytest.mark.parametrize("code", [ANSWER_TOO_SLOW, ANSWER_TOO_LARGE, ANSWER_GARBLED])
def test_each_problem_code_has_its_own_sentence(qapp, code: str) -> None:
    sentence = describe_code(code)
    assert sentence != GENERIC
    assert code not in sentence
    assert "twice" in sentence  # the creator learns it will not be posted twice


def test_sentences_differ(qapp) -> None:
    codes = (ANSWER_TOO_SLOW, ANSWER_TOO_LARGE, ANSWER_GARBLED, "answer_lost", "transient")
    assert len({describe_code(code) for code in codes}) == len(codes)


def test_an_unknown_target_says_why_in_words(qapp) -> None:
    target = TargetActivity(
        network="mastodon", account_id=1, state="unknown", reason_code=ANSWER_TOO_SLOW, reason_text=None
    )
    line = describe_target(target, "Europe/Paris")
    assert "took too long to answer" in line
    assert "The network said" not in line
