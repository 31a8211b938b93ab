"""The `zone` command: the top layer that composes every package's subcommands (`main`)."""
