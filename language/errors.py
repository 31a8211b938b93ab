"""Errors of the language models, each with one plain sentence for the person at the keyboard."""


class LanguageModelError(FileNotFoundError):
    """A bundled model file is missing, damaged or not what the code expects."""
