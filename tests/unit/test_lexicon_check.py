"""The fakes' lexicon validator, over the official `app.bsky.video.*` lexicon files it reads."""

from __future__ import annotations

import pytest

from tests.fakes.bluesky_video import ShapeError, check_job_status, check_upload_limits
from tests.fakes.lexicon_check import LEXICONS, LexiconError, document, validate, validate_output, validate_params

JOB = {"jobId": "j1", "did": "did:plc:abc123", "state": "JOB_STATE_ENCODING", "progress": 40}
BLOB = {"$type": "blob", "ref": {"$link": "bafkreia"}, "mimeType": "video/mp4", "size": 1024}


def test_the_official_video_lexicons_are_committed():
    names = sorted(p.stem for p in (LEXICONS / "app" / "bsky" / "video").glob("*.json"))
    assert {"defs", "getJobStatus", "getUploadLimits", "uploadVideo"} <= set(names)
    progress = document("app.bsky.video.defs")["defs"]["jobStatus"]["properties"]["progress"]
    assert (progress["minimum"], progress["maximum"]) == (0, 100)


def test_a_job_status_is_checked_against_the_lexicon():
    validate("app.bsky.video.defs#jobStatus", JOB | {"blob": BLOB})
    validate_output("app.bsky.video.getJobStatus", {"jobStatus": JOB})
    validate_output("app.bsky.video.uploadVideo", {"jobStatus": JOB})
    # An open knownValues: a state the lexicon does not list is still valid lexicon ...
    validate("app.bsky.video.defs#jobStatus", JOB | {"state": "JOB_STATE_SOMETHING_NEW"})
    # ... and the fake's own stricter check refuses it (the real service sends only these).
    with pytest.raises(ShapeError):
        check_job_status(JOB | {"state": "JOB_STATE_SOMETHING_NEW"})


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (JOB | {"progress": 101}, "maximum"),
        (JOB | {"did": "alice.bsky.social"}, "not a DID"),
        ({"jobId": "j1", "state": "JOB_STATE_CREATED"}, "did is required"),
        (JOB | {"blob": {"ref": "x"}}, "not a blob"),
        (JOB | {"message": 7}, "not a string"),
    ],
)
def test_what_the_lexicon_refuses(value, words):
    with pytest.raises(LexiconError, match=words):
        validate("app.bsky.video.defs#jobStatus", value)
    with pytest.raises(ShapeError):
        check_job_status(value)


def test_outputs_and_params():
    with pytest.raises(LexiconError, match="jobStatus is required"):
        validate_output("app.bsky.video.getJobStatus", JOB)  # the flat shape is not the lexicon's
    with pytest.raises(ShapeError, match="canUpload is required"):
        check_upload_limits({"remainingDailyVideos": 3})
    with pytest.raises(ShapeError, match="not an integer"):
        check_upload_limits({"canUpload": True, "remainingDailyBytes": "10"})
    validate_params("app.bsky.video.getJobStatus", {"jobId": "j1"})
    with pytest.raises(LexiconError, match="jobId is required"):
        validate_params("app.bsky.video.getJobStatus", {})
