"""The Bluesky video fake checks its answers against the official `app.bsky.video.*` lexicon files."""

from __future__ import annotations

import pytest

from tests.fakes.bluesky_video import VIDEO_LEXICONS, ShapeError, check_job_status, check_upload_limits
from tests.helpers.lexicon import LexiconError

JOB = {"jobId": "j1", "did": "did:plc:abc123", "state": "JOB_STATE_ENCODING", "progress": 40}
BLOB = {"$type": "blob", "ref": {"$link": "bafkreia"}, "mimeType": "video/mp4", "size": 1024}


def test_the_official_video_lexicons_are_committed():
    assert {"app.bsky.video.defs", "app.bsky.video.getJobStatus", "app.bsky.video.getUploadLimits"} <= set(
        VIDEO_LEXICONS.docs
    )
    assert all(doc["id"] == nsid for nsid, doc in VIDEO_LEXICONS.docs.items())
    progress = VIDEO_LEXICONS.docs["app.bsky.video.defs"]["defs"]["jobStatus"]["properties"]["progress"]
    assert (progress["minimum"], progress["maximum"]) == (0, 100)


def test_a_job_status_is_checked_against_the_lexicon():
    VIDEO_LEXICONS.validate("app.bsky.video.defs#jobStatus", JOB | {"blob": BLOB})
    VIDEO_LEXICONS.validate_output("app.bsky.video.getJobStatus", {"jobStatus": JOB})
    VIDEO_LEXICONS.validate_output("app.bsky.video.uploadVideo", {"jobStatus": JOB})
    check_job_status(JOB)
    # knownValues are open in the lexicon; the fake's own check holds to what the service sends.
    VIDEO_LEXICONS.validate("app.bsky.video.defs#jobStatus", JOB | {"state": "JOB_STATE_SOMETHING_NEW"})
    with pytest.raises(ShapeError):
        check_job_status(JOB | {"state": "JOB_STATE_SOMETHING_NEW"})


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (JOB | {"progress": 101}, "out of range"),
        (JOB | {"did": "alice.bsky.social"}, "not a did"),
        ({"jobId": "j1", "state": "JOB_STATE_CREATED"}, "missing did"),
        (JOB | {"blob": {"ref": "x"}}, "not a blob"),
        (JOB | {"message": 7}, "not a string"),
        (JOB | {"extra": 1}, "not in the lexicon"),
    ],
)
def test_what_the_lexicon_refuses(value, words):
    with pytest.raises(LexiconError, match=words):
        VIDEO_LEXICONS.validate("app.bsky.video.defs#jobStatus", value)
    with pytest.raises(ShapeError):
        check_job_status(value)


def test_outputs_and_params():
    with pytest.raises(LexiconError, match="missing jobStatus"):
        VIDEO_LEXICONS.validate_output("app.bsky.video.getJobStatus", JOB)  # the flat shape is not the lexicon's
    with pytest.raises(ShapeError, match="missing canUpload"):
        check_upload_limits({"remainingDailyVideos": 3})
    with pytest.raises(ShapeError, match="not an integer"):
        check_upload_limits({"canUpload": True, "remainingDailyBytes": "10"})
    VIDEO_LEXICONS.validate_params("app.bsky.video.getJobStatus", {"jobId": "j1"})
    with pytest.raises(LexiconError, match="missing parameter jobId"):
        VIDEO_LEXICONS.validate_params("app.bsky.video.getJobStatus", {})
