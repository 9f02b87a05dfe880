"""Words for the accounts pane: problem codes, statuses, network names, per-network guides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postdesk.auth.errors import AuthProblem
from postdesk.auth.vault import MIN_PASSPHRASE_LENGTH
from postdesk.core.entities import AccountStatus
from postdesk.core.networks import Network, look
from postdesk.ui.i18n import plural_context

Accounts = plural_context("Accounts")


def network_name(network: Network) -> str:
    """The network's name as users know it (the unmistakable form, from `core.networks`)."""
    return look(network).full_name


def keyring_name(backend: str) -> str | None:
    """The password keyring `backend` (its module, `VaultLocation.backend`) as its users know it in
    their language; None for a keyring Postdesk does not know (its class name would mean nothing)."""
    names = {
        "keyring.backends.macOS": QCoreApplication.translate("Accounts", "macOS Keychain"),
        "keyring.backends.Windows": QCoreApplication.translate("Accounts", "Windows Credential Manager"),
        # libsecret is another way to the same Secret Service (GNOME Keyring, KeePassXC, KWallet 6).
        "keyring.backends.SecretService": QCoreApplication.translate(
            "Accounts", "Secret Service, such as GNOME Keyring or KeePassXC"
        ),
        "keyring.backends.libsecret": QCoreApplication.translate(
            "Accounts", "Secret Service, such as GNOME Keyring or KeePassXC"
        ),
        "keyring.backends.kwallet": "KWallet",  # a product name, the same in every language
    }
    return names.get(backend)


def status_text(status: AccountStatus) -> str:
    """An account status in words."""
    return {
        AccountStatus.CONNECTED: QCoreApplication.translate("Accounts", "Connected"),
        AccountStatus.NEEDS_RECONNECT: QCoreApplication.translate("Accounts", "Needs reconnect"),
        AccountStatus.DISCONNECTED: QCoreApplication.translate("Accounts", "Disconnected"),
    }[status]


def problem_text(code: AuthProblem) -> str:
    """What went wrong, in words a creator understands."""
    return {
        AuthProblem.CANCELLED: QCoreApplication.translate("Accounts", "Sign-in cancelled."),
        AuthProblem.TIMEOUT: QCoreApplication.translate(
            "Accounts", "The browser did not come back in time. Start again and finish signing in there."
        ),
        AuthProblem.ACCESS_DENIED: QCoreApplication.translate(
            "Accounts", "You chose not to give Postdesk access, so nothing was connected."
        ),
        AuthProblem.SERVER_REFUSED: QCoreApplication.translate(
            "Accounts",
            "The network refused the sign-in. Check the app settings you registered with it "
            "(client id, redirect address, permissions) and try again.",
        ),
        AuthProblem.INVALID_STATE: QCoreApplication.translate(
            "Accounts", "That sign-in link was old or already used. Start again."
        ),
        AuthProblem.PORT_IN_USE: QCoreApplication.translate(
            "Accounts",
            "Another program is using the port for the sign-in address. Close it, or choose "
            "another port (and register that address with the network).",
        ),
        AuthProblem.TOKEN_EXCHANGE_FAILED: QCoreApplication.translate(
            "Accounts",
            "The network did not hand over access after you signed in. Check the client id and secret, then try again.",
        ),
        AuthProblem.REFRESH_FAILED: QCoreApplication.translate(
            "Accounts", "The network no longer accepts this sign-in. Reconnect the account."
        ),
        AuthProblem.REVOKE_FAILED: QCoreApplication.translate(
            "Accounts", "The network could not be told to forget Postdesk's access."
        ),
        AuthProblem.NETWORK_UNREACHABLE: QCoreApplication.translate(
            "Accounts", "The network cannot be reached. Check your connection."
        ),
        AuthProblem.MISSING_CLIENT_ID: QCoreApplication.translate(
            "Accounts", "Enter the client id of your developer app."
        ),
        AuthProblem.MISSING_CLIENT_SECRET: QCoreApplication.translate(
            "Accounts", "This network also needs your app's client secret."
        ),
        AuthProblem.INVALID_INPUT: QCoreApplication.translate(
            "Accounts", "Some details are missing or not in the expected form."
        ),
        AuthProblem.KEYRING_UNAVAILABLE: QCoreApplication.translate(
            "Accounts",
            "This computer has no password keyring that Postdesk can use, so it cannot keep "
            "your sign-ins safe. You can keep them in a file encrypted with a passphrase instead.",
        ),
        AuthProblem.KEYRING_LOCKED: QCoreApplication.translate(
            "Accounts",
            "Your password keyring is locked. Unlock it (your system may ask for your login "
            "password) and try again. Your drafts are safe.",
        ),
        AuthProblem.KEYRING_WRITE_FAILED: QCoreApplication.translate(
            "Accounts", "The password keyring refused to store the sign-in."
        ),
        AuthProblem.VAULT_PASSPHRASE_WRONG: QCoreApplication.translate(
            "Accounts", "That passphrase does not open the encrypted file."
        ),
        AuthProblem.VAULT_CORRUPT: QCoreApplication.translate("Accounts", "The encrypted sign-in file is damaged."),
        AuthProblem.VAULT_LOCKED: QCoreApplication.translate(
            "Accounts",
            "Your sign-ins are kept in an encrypted file that is locked. Unlock it with your "
            "passphrase to connect accounts and publish. Nothing is lost while it is locked.",
        ),
        AuthProblem.PASSPHRASE_TOO_SHORT: Accounts.tr(
            "The passphrase needs at least %n characters.", "", MIN_PASSPHRASE_LENGTH
        ),
        AuthProblem.BAD_CREDENTIALS: QCoreApplication.translate(
            "Accounts", "The network did not accept these credentials."
        ),
        AuthProblem.NOT_CHANNEL_ADMIN: QCoreApplication.translate(
            "Accounts",
            "The bot is not an administrator of that channel with permission to post. Add it "
            "as an administrator in the channel settings, then try again.",
        ),
        AuthProblem.CHANNEL_NOT_FOUND: QCoreApplication.translate(
            "Accounts", "The bot cannot see that channel. Check the name, and add the bot to the channel."
        ),
    }.get(code, QCoreApplication.translate("Accounts", "Something went wrong while signing in."))


def guide(network: Network) -> str:
    """A short guide to what the user must prepare for this network."""
    return {
        Network.X: QCoreApplication.translate(
            "Accounts",
            "Create a project and app at developer.x.com, turn on OAuth 2.0 with type "
            "\u201cNative App\u201d (a public client), and add the callback address below. "
            "Paste the app's OAuth 2.0 Client ID here.",
        ),
        Network.BLUESKY: QCoreApplication.translate(
            "Accounts",
            "Nothing to register. Sign in through your browser, or use an app password made in "
            "Bluesky under Settings \u2192 Privacy and security \u2192 App passwords.",
        ),
        Network.MASTODON: QCoreApplication.translate(
            "Accounts",
            "Nothing to register: enter your server (for example mastodon.social) and Postdesk registers itself there.",
        ),
        Network.THREADS: QCoreApplication.translate(
            "Accounts",
            "Create an app with the Threads use case at developers.facebook.com, add the redirect "
            "address below as a valid OAuth redirect URI, and paste the Threads app id and secret.",
        ),
        Network.INSTAGRAM: QCoreApplication.translate(
            "Accounts",
            "You need an Instagram professional account (Business or Creator; switch in the Instagram "
            "app under Settings \u203a Account type and tools) and your own Meta app: at "
            "developers.facebook.com create an app with the use case \u201cManage messaging & content on "
            "Instagram\u201d, open API setup with Instagram login, add your Instagram account as an "
            "Instagram tester and accept the invitation in Instagram, put the redirect address below under "
            "Business login settings \u203a OAuth redirect URIs, and paste the Instagram app ID and "
            "Instagram app secret shown there (not the Meta app's own ID). Postdesk asks for "
            "instagram_business_basic, instagram_business_content_publish, "
            "instagram_business_manage_comments and instagram_business_manage_insights. Instagram fetches "
            "every photo and video from a web address, so posting also needs a media relay (Settings "
            "\u203a Media relay). Posts cannot be deleted through this login: delete them in the app.",
        ),
        Network.FACEBOOK: QCoreApplication.translate(
            "Accounts",
            "You need a Facebook Page you can create posts on (as its admin or editor) and your own "
            "Meta app: at developers.facebook.com create an app with the use case \u201cManage everything "
            "on your Page\u201d, add Facebook Login, put the redirect address below under \u201cValid OAuth "
            "Redirect URIs\u201d (Meta allows this local address while the app is in development mode), "
            "and paste the App ID and App secret from App settings \u203a Basic. After you sign in, you "
            "pick the Pages Postdesk may post to; each Page becomes its own account.",
        ),
        Network.LINKEDIN: QCoreApplication.translate(
            "Accounts",
            "Create an app at linkedin.com/developers, add the product \u201cShare on LinkedIn\u201d, "
            "add the redirect address below, and paste the client id and secret. LinkedIn asks "
            "you to sign in again every 60 days.",
        ),
        Network.YOUTUBE: QCoreApplication.translate(
            "Accounts",
            "At console.cloud.google.com create a project and enable \u201cYouTube Data API v3\u201d. "
            "Set up the OAuth consent screen (External; while it is in Testing, add yourself as a test "
            "user, and Google asks you to sign in again every 7 days), then create an OAuth client ID of "
            "type \u201cDesktop app\u201d and paste its client ID and secret (Google does not treat a "
            "desktop secret as confidential; any local port works). Until Google audits your project "
            "(the YouTube API Services audit form), the videos it uploads stay private. A project may "
            "upload 100 videos a day.",
        ),
        Network.TIKTOK: QCoreApplication.translate(
            "Accounts",
            "At developers.tiktok.com open Manage apps and Connect an app. Add the products Login Kit "
            "(platform Desktop, with the redirect address below; a * port is allowed), Content Posting "
            "API with Direct Post turned on, and Display API; ask for the scopes user.info.basic, "
            "user.info.profile, video.publish and video.list. Paste the client key and client secret. "
            "Until TikTok audits your app, it posts only privately (\u201cOnly me\u201d, from a private "
            "account) and for at most 5 accounts a day. Photo posts also need your media relay's address "
            "verified under URL properties.",
        ),
        Network.PINTEREST: QCoreApplication.translate(
            "Accounts",
            "You need a Pinterest business account. At developers.pinterest.com open My apps, choose "
            "Connect app and wait for Pinterest to approve it. Then add the redirect address below "
            "under Redirect URIs and paste the App ID and the App secret key. A new app has Trial "
            "access, which cannot publish Pins: ask for Standard access in My apps.",
        ),
        Network.REDDIT: QCoreApplication.translate(
            "Accounts",
            "Reddit now approves API access before a new app may sign anyone in: ask for it under its "
            "Responsible Builder Policy (support.reddithelp.com) and describe Postdesk as your own "
            "posting tool. Then at reddit.com/prefs/apps choose \u201ccreate another app\u2026\u201d, pick "
            "\u201cinstalled app\u201d, enter the redirect address below exactly (Reddit compares it "
            "to the character, port included) and paste the client id shown under the app's name "
            "(installed apps have no secret). Postdesk asks for permanent access, so you sign in once.",
        ),
        # developers.google.com/my-business/content/prereqs and content/faq: access is asked for per
        # project and reviewed (usually within 14 days); the quota stays at 0 until then.
        Network.GOOGLE_BUSINESS: QCoreApplication.translate(
            "Accounts",
            "Google opens the Business Profile APIs only to projects it approves. At "
            "console.cloud.google.com create a project, then ask for access with Google's Business "
            "Profile API access form (developers.google.com/my-business/content/prereqs; you need a "
            "Business Profile verified for 60 days; Google answers within about 14 days). Once approved, "
            "enable \u201cGoogle My Business API\u201d, \u201cMy Business Account Management API\u201d "
            "and \u201cMy Business Business Information API\u201d. Set up the OAuth consent screen "
            "(while it is in Testing, add yourself as a test user), create an OAuth client ID of type "
            "\u201cDesktop app\u201d and paste its client ID and secret; any local port works. Photos "
            "need your media relay (Settings \u203a Media relay): Google fetches them from its address.",
        ),
        Network.TELEGRAM: QCoreApplication.translate(
            "Accounts",
            "Message @BotFather on Telegram to create a bot and copy its token. Add the bot to your "
            "channel as an administrator allowed to post, then enter the channel's @name.",
        ),
    }[network]
