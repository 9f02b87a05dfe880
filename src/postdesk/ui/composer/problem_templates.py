"""Each composer problem code's sentence (`core/` returns the codes; `wording.describe_problem` fills them in)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postdesk.ui.composer.problem_templates_extras import extras_problem_templates
from postdesk.ui.composer.problem_templates_tools import tools_problem_templates


def problem_templates() -> dict[str, str]:
    # Built on each call so that a language switch takes effect without a restart.
    return {
        "TEXT_TOO_LONG": QCoreApplication.translate(
            "ComposerProblems", "Too long by {over}: {length} of {limit} characters."
        ),
        "TEXT_TOO_MANY_BYTES": QCoreApplication.translate(
            "ComposerProblems",
            "Too long for {network}'s storage limit: {length} of {limit} bytes (emoji and"
            " accented letters take more than one).",
        ),
        "TEXT_EMPTY": QCoreApplication.translate(
            "ComposerProblems", "Write something: {network} does not accept an empty post."
        ),
        "TITLE_MISSING": QCoreApplication.translate("ComposerProblems", "Add a title: {network} needs one."),
        "TITLE_TOO_LONG": QCoreApplication.translate(
            "ComposerProblems", "The title is too long: {length} of {limit} characters."
        ),
        "CAPTION_TOO_LONG": QCoreApplication.translate(
            "ComposerProblems", "With media attached, the text is a caption: {length} of {limit} characters."
        ),
        "FORBIDDEN_CHARACTERS": QCoreApplication.translate(
            "ComposerProblems", "{network} does not allow the character “{char}” here."
        ),
        "TOO_MANY_HASHTAGS": QCoreApplication.translate(
            "ComposerProblems", "Too many hashtags: {count}, {network} allows {max}."
        ),
        "TOO_MANY_MENTIONS": QCoreApplication.translate(
            "ComposerProblems", "Too many mentions: {count}, {network} allows {max}."
        ),
        "TOO_MANY_IMAGES": QCoreApplication.translate(
            "ComposerProblems", "Too many images: {count}, {network} allows {max}."
        ),
        "TOO_MANY_VIDEOS": QCoreApplication.translate(
            "ComposerProblems", "Too many videos: {count}, {network} allows {max}."
        ),
        "MIXED_MEDIA_NOT_ALLOWED": QCoreApplication.translate(
            "ComposerProblems", "{network} cannot mix images and video in one post."
        ),
        "MEDIA_REQUIRED": QCoreApplication.translate(
            "ComposerProblems", "Attach an image or a video: {network} posts need one."
        ),
        "MISSING_ALT_TEXT": QCoreApplication.translate(
            "ComposerProblems", "Image {position} has no description (alt text) for people who cannot see it."
        ),
        "ALT_TEXT_TOO_LONG": QCoreApplication.translate(
            "ComposerProblems", "The description of image {position} is too long: {length} of {limit} characters."
        ),
        "THREAD_NOT_SUPPORTED": QCoreApplication.translate(
            "ComposerProblems",
            "{network} has no threads: only the first part would be posted. Join the parts"
            " or write a separate text for {network}.",
        ),
        "MEDIA_UNKNOWN": QCoreApplication.translate(
            "ComposerProblems", "An attached file is missing from the media library; attach it again."
        ),
        "SUBREDDIT_MISSING": QCoreApplication.translate("ComposerProblems", "Choose the subreddit to post to."),
        "BOARD_MISSING": QCoreApplication.translate(
            "ComposerProblems", "Choose the Pinterest board to save this Pin to."
        ),
        "SPOILER_TOO_LONG": QCoreApplication.translate("ComposerProblems", "The content warning is too long."),
        "NO_ACCOUNT": QCoreApplication.translate(
            "ComposerProblems",
            "Choose the {network} account to post from (connect one in Accounts if the list is empty).",
        ),
        "ACCOUNT_MISSING": QCoreApplication.translate(
            "ComposerProblems",
            "The {network} account chosen for this post is no longer connected: choose"
            " another one or connect it again in Accounts.",
        ),
        "ACCOUNT_DISCONNECTED": QCoreApplication.translate(
            "ComposerProblems",
            "The {network} account chosen for this post was disconnected: connect it"
            " again in Accounts, or choose another one.",
        ),
        "ACCOUNT_NEEDS_SIGN_IN": QCoreApplication.translate(
            "ComposerProblems", "Sign in to {handle} again before this can be posted."
        ),
        "NO_ADAPTER": QCoreApplication.translate(
            "ComposerProblems",
            "Postdesk cannot publish to {network} yet: remove {network} from this post to schedule it.",
        ),
        "NEEDS_MEDIA_RELAY": QCoreApplication.translate(
            "ComposerProblems",
            "{network} fetches photos and videos from a public web address, which"
            " needs a media relay. Postdesk does not support one yet, so posts to"
            " {network} can only be text for now: remove the media for {network}.",
        ),
        "NEEDS_MEDIA_RELAY_SETUP": QCoreApplication.translate(
            "ComposerProblems",
            "{network} fetches photos and videos from a public web address, which"
            " needs a media relay: set one up in Settings › Media relay, or remove"
            " the media for {network}.",
        ),
        "POLL_WITH_MEDIA": QCoreApplication.translate(
            "ComposerProblems", "{network} does not allow a poll and photos or videos in the same post."
        ),
        "VIDEO_NOT_SUPPORTED": QCoreApplication.translate(
            "ComposerProblems",
            "Postdesk cannot post videos to {network} yet: remove the video (attachment {position}) for {network}.",
        ),
        "GIF_NOT_SUPPORTED": QCoreApplication.translate(
            "ComposerProblems",
            "Postdesk cannot post animated GIFs to {network}: remove GIF {position} for {network}, or use a video.",
        ),
        "GIF_TOO_BIG": QCoreApplication.translate(
            "ComposerProblems", "GIF {position} is {size_mb} MB; {network} takes GIFs of at most {max_mb} MB."
        ),
        "GIF_NOT_ALONE": QCoreApplication.translate(
            "ComposerProblems",
            "On {network}, an animated GIF must be alone: no other photos, GIFs or videos in the same post.",
        ),
        "VIDEO_FORMAT": QCoreApplication.translate(
            "ComposerProblems",
            "{network} does not take {format} videos (only {formats}): change attachment {position}.",
        ),
        "VIDEO_TOO_BIG": QCoreApplication.translate(
            "ComposerProblems", "Attachment {position} is a {size_mb} MB video; {network} takes at most {max_mb} MB."
        ),
        "VIDEO_TOO_LONG": QCoreApplication.translate(
            "ComposerProblems",
            "The video (attachment {position}) lasts {duration}; {network} takes at most {max_duration}.",
        ),
        "VIDEO_TOO_SHORT": QCoreApplication.translate(
            "ComposerProblems",
            "The video (attachment {position}) lasts {seconds} s; {network} needs at least {min_seconds} s.",
        ),
        "VIDEO_TOO_LARGE_FRAME": QCoreApplication.translate(
            "ComposerProblems",
            "The video (attachment {position}) is {width}×{height} pixels;"
            " {network} takes at most {max_width}×{max_height}.",
        ),
        "VIDEO_TOO_SMALL_FRAME": QCoreApplication.translate(
            "ComposerProblems",
            "The video (attachment {position}) is {width}×{height} pixels;"
            " {network} needs at least {min_side} pixels on each side.",
        ),
        "TOO_MANY_ATTACHMENTS": QCoreApplication.translate(
            "ComposerProblems",
            "Too many attachments: {count}, {network} takes at most {max} photos and videos in one post.",
        ),
        "YOUTUBE_TAGS_TOO_LONG": QCoreApplication.translate(
            "ComposerProblems",
            "The tags come to {length} of YouTube's {limit} characters (YouTube counts"
            " the commas between tags, and quotes around a tag with a space).",
        ),
        "YOUTUBE_TAG_FORBIDDEN": QCoreApplication.translate(
            "ComposerProblems", "YouTube does not allow < or > in tags."
        ),
        "YOUTUBE_OPTION_INVALID": QCoreApplication.translate(
            "ComposerProblems", "YouTube does not know the {field} “{value}”: choose another."
        ),
        "YOUTUBE_HANDOFF_NOT_PUBLIC": QCoreApplication.translate(
            "ComposerProblems",
            "YouTube's own scheduler can only make a video public at its time:"
            " choose Public, or let Postdesk publish it.",
        ),
        "YOUTUBE_SHORT_TOO_LONG": QCoreApplication.translate(
            "ComposerProblems", "A Short lasts at most {max_duration}; this video lasts {duration}."
        ),
        "YOUTUBE_SHORT_NOT_VERTICAL": QCoreApplication.translate(
            "ComposerProblems", "A Short must be vertical or square; this video is {width}×{height}."
        ),
        "YOUTUBE_BECOMES_SHORT": QCoreApplication.translate(
            "ComposerProblems",
            "This video is vertical or square and at most 3 minutes: YouTube will show it as a Short.",
        ),
        "YOUTUBE_QUOTA_OVER": QCoreApplication.translate(
            "ComposerProblems",
            "YouTube's daily API quota cannot cover {uploads} uploads on {day} (Pacific"
            " time): move this post to another day.",
        ),
        "YOUTUBE_QUOTA_LOW": QCoreApplication.translate(
            "ComposerProblems",
            "This uses nearly all of YouTube's daily API quota for {day} (Pacific time):"
            " about {units_left} units would be left.",
        ),
        "TIKTOK_PRIVACY_MISSING": QCoreApplication.translate(
            "ComposerProblems",
            "Choose who can see this TikTok post: TikTok asks every time and Postdesk does not choose for you.",
        ),
        "TIKTOK_PRIVACY_NOT_OFFERED": QCoreApplication.translate(
            "ComposerProblems", "This TikTok account does not offer the privacy level chosen: choose one of its own."
        ),
        "TIKTOK_CREATOR_UNKNOWN": QCoreApplication.translate(
            "ComposerProblems",
            "Postdesk has not read this TikTok account's settings yet (who may see its"
            " posts, longest video): wait for them or press Refresh in the TikTok"
            " options.",
        ),
        "TIKTOK_VIDEO_TOO_LONG_FOR_CREATOR": QCoreApplication.translate(
            "ComposerProblems", "The video lasts {seconds} s; TikTok lets this account post at most {max_seconds} s."
        ),
        "TIKTOK_COMMERCIAL_NOT_CHOSEN": QCoreApplication.translate(
            "ComposerProblems",
            "You turned on commercial content disclosure: choose Your brand, Branded content, or both.",
        ),
        "TIKTOK_BRANDED_PRIVATE": QCoreApplication.translate(
            "ComposerProblems", "Branded content cannot be private on TikTok: choose who else can see it."
        ),
        "TIKTOK_PHOTOS_NEED_VERIFIED_RELAY": QCoreApplication.translate(
            "ComposerProblems",
            "TikTok fetches photos from a web address verified in your TikTok"
            " app: set up a media relay (Settings › Media relay), verify its"
            " address with TikTok, and tick “verified” in the TikTok options.",
        ),
        "TIKTOK_PHOTO_TITLE_TOO_LONG": QCoreApplication.translate(
            "ComposerProblems", "A TikTok photo post's title takes at most {limit} characters."
        ),
        # Reddit: the chosen subreddit's own rules (core.reddit_posts)
        "REDDIT_KIND_NOT_ALLOWED": QCoreApplication.translate(
            "ComposerProblems",
            "r/{subreddit} does not take this kind of post: post text, a link or"
            " media as the subreddit allows, or choose another subreddit.",
        ),
        "REDDIT_TITLE_TOO_SHORT": QCoreApplication.translate(
            "ComposerProblems", "This subreddit wants a title of at least {min} characters."
        ),
        "REDDIT_TITLE_TOO_LONG": QCoreApplication.translate(
            "ComposerProblems", "This subreddit takes titles of at most {max} characters."
        ),
        "REDDIT_TITLE_MISSING_WORD": QCoreApplication.translate(
            "ComposerProblems", "This subreddit wants one of these words in the title: {words}."
        ),
        "REDDIT_TITLE_FORBIDDEN_WORD": QCoreApplication.translate(
            "ComposerProblems", "This subreddit does not allow “{word}” in a title."
        ),
        "REDDIT_BODY_REQUIRED": QCoreApplication.translate(
            "ComposerProblems", "This subreddit wants text in the post."
        ),
        "REDDIT_BODY_NOT_ALLOWED": QCoreApplication.translate(
            "ComposerProblems", "This subreddit takes posts with a title only: remove the text for Reddit."
        ),
        "REDDIT_BODY_TOO_SHORT": QCoreApplication.translate(
            "ComposerProblems", "This subreddit wants at least {min} characters of text."
        ),
        "REDDIT_BODY_TOO_LONG": QCoreApplication.translate(
            "ComposerProblems", "This subreddit takes at most {max} characters of text."
        ),
        "REDDIT_FLAIR_REQUIRED": QCoreApplication.translate(
            "ComposerProblems", "r/{subreddit} requires a flair: choose one."
        ),
        "REDDIT_FLAIR_UNKNOWN": QCoreApplication.translate(
            "ComposerProblems", "The chosen flair no longer exists in this subreddit: choose another."
        ),
        "REDDIT_DOMAIN_NOT_ALLOWED": QCoreApplication.translate(
            "ComposerProblems", "This subreddit does not take links to {domain}."
        ),
        "REDDIT_GALLERY_SIZE": QCoreApplication.translate(
            "ComposerProblems", "A gallery in this subreddit holds {min} to {max} images."
        ),
        "REDDIT_SPOILER_NOT_ALLOWED": QCoreApplication.translate(
            "ComposerProblems", "This subreddit does not use spoiler tags: untick Spoiler."
        ),
        "REDDIT_TEXT_NOT_SENT": QCoreApplication.translate(
            "ComposerProblems",
            "Reddit image, video, gallery and link posts carry no text: only the title"
            " goes with them. Post the text as a comment, or remove the media or link.",
        ),
        # Instagram post kinds (core.instagram_posts)
        "INSTAGRAM_KIND_UNKNOWN": QCoreApplication.translate(
            "ComposerProblems", "Choose what this Instagram post is: a post, a Reel or a Story."
        ),
        "INSTAGRAM_REEL_NEEDS_ONE_VIDEO": QCoreApplication.translate(
            "ComposerProblems", "An Instagram Reel is exactly one video: keep one video, or post it as a post instead."
        ),
        "INSTAGRAM_STORY_NEEDS_ONE_ITEM": QCoreApplication.translate(
            "ComposerProblems", "An Instagram Story is exactly one photo or one video."
        ),
        "INSTAGRAM_IMAGE_RATIO": QCoreApplication.translate(
            "ComposerProblems",
            "Photo {position} is {width}×{height}: Instagram feed photos must be between"
            " 4:5 (portrait) and 1.91:1 (landscape). Crop it, or tick “Crop photos to fit”"
            " in the Instagram options.",
        ),
        "INSTAGRAM_VIDEO_RATIO": QCoreApplication.translate(
            "ComposerProblems", "The video's shape ({width}×{height}) is not one Instagram takes for a Reel."
        ),
        "INSTAGRAM_NOT_VERTICAL": QCoreApplication.translate(
            "ComposerProblems",
            "Reels and Stories fill the phone's screen at 9:16 (like 1080×1920); this one"
            " is {width}×{height} and will show with bars or be cropped.",
        ),
        "INSTAGRAM_STORY_VIDEO_LENGTH": QCoreApplication.translate(
            "ComposerProblems", "A Story video lasts 3 to 60 seconds; this one lasts {seconds} s."
        ),
        "INSTAGRAM_STORY_CAPTION_NOT_SHOWN": QCoreApplication.translate(
            "ComposerProblems", "Stories show no caption: the text will not go to Instagram."
        ),
        "INSTAGRAM_THUMB_OFFSET": QCoreApplication.translate(
            "ComposerProblems", "The Reel's cover frame must be inside the video: choose a time before its end."
        ),
        "INSTAGRAM_COLLABORATORS_ON_STORY": QCoreApplication.translate(
            "ComposerProblems", "Stories cannot have collaborators: remove them, or post it as a post or Reel."
        ),
        "INSTAGRAM_TOO_MANY_COLLABORATORS": QCoreApplication.translate(
            "ComposerProblems", "Instagram takes at most {max} collaborators; you named {count}."
        ),
        "INSTAGRAM_LOCATION_INVALID": QCoreApplication.translate(
            "ComposerProblems", "An Instagram location is the number (ID) of a Facebook Page that has a location."
        ),
        # Google Business Profile local posts (core.google_business_posts)
        "GOOGLE_BUSINESS_LOCATION_MISSING": QCoreApplication.translate(
            "ComposerProblems", "Choose which business (location) this Google post is for."
        ),
        "GOOGLE_BUSINESS_TYPE_UNKNOWN": QCoreApplication.translate(
            "ComposerProblems", "Choose the kind of Google post: What's new, Event or Offer."
        ),
        "GOOGLE_BUSINESS_CTA_UNKNOWN": QCoreApplication.translate(
            "ComposerProblems", "Google does not offer the button “{value}”: choose another button."
        ),
        "GOOGLE_BUSINESS_CTA_URL_MISSING": QCoreApplication.translate(
            "ComposerProblems", "The button needs a web address to open (only “Call now” has none)."
        ),
        "GOOGLE_BUSINESS_URL_INVALID": QCoreApplication.translate(
            "ComposerProblems", "The web address must start with https:// (or http://)."
        ),
        "GOOGLE_BUSINESS_EVENT_TITLE_MISSING": QCoreApplication.translate(
            "ComposerProblems", "An event or offer on Google needs a title."
        ),
        "GOOGLE_BUSINESS_EVENT_TITLE_TOO_LONG": QCoreApplication.translate(
            "ComposerProblems",
            "Google takes event and offer titles of at most {limit} characters; this one has {length}.",
        ),
        "GOOGLE_BUSINESS_SCHEDULE_MISSING": QCoreApplication.translate(
            "ComposerProblems", "An event or offer on Google needs a start and an end date."
        ),
        "GOOGLE_BUSINESS_SCHEDULE_INVALID": QCoreApplication.translate(
            "ComposerProblems",
            "Check the event or offer dates: each must be a date (and time), and the end cannot come before the start.",
        ),
        # Facebook Pages (core.facebook_posts)
        "FACEBOOK_LINK_WITH_MEDIA": QCoreApplication.translate(
            "ComposerProblems",
            "Facebook shows a link preview only on a post without photos or video:"
            " remove the link, or put the address in the text.",
        ),
        "FACEBOOK_LINK_INVALID": QCoreApplication.translate(
            "ComposerProblems", "The link must be a full web address starting with https:// (or http://)."
        ),
        **tools_problem_templates(),
        **extras_problem_templates(),
    }
