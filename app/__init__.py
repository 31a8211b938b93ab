"""The ZONE chat editor's web page, one module per job.

`page` lays the page out; `engine` holds what the process shares (store, models, device lock, the
running jobs); `jobs` runs a chat turn on a worker thread; `access` decides who is looking (one
person on this machine, or people signed in with OpenID Connect); `chat`, `transcript`, `history`,
`settings`, `sessions`, `share` and `exports` are the parts of the page. `streamlit_app.py` runs
`app.page.main`.
"""
