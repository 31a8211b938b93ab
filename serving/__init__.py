"""Edit workers on Ray Serve: the ZONE editor as a deployment of N replicas, and its client.

`zone serve` runs `deployment.build_app` (one GPU per replica where there are GPUs, CPU otherwise);
`client.RemoteEditor` is an `Editor` like `zone_tools.ZoneEditor`, so the app, the CLI, the
assistant and the MCP server send edits to the workers unchanged when `ZONE_EDITOR_URL` names them
(`client.editor_from_env`). `wire` is the format both sides speak: encoded PNG/NPY bytes, never
JSON arrays of pixels.
"""
