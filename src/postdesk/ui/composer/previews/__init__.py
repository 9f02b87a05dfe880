"""The parts every preview card shares: the frame with its Phone/Desktop toggle, the first
comment under the post, and the swipeable media carousel (Threads, Instagram-like rows).

The per-network cards themselves are `ui.composer.preview` (the common card) and the network
modules beside it (`instagram_preview`, `facebook_preview`, `tiktok_preview`,
`google_business_card`).
"""
