"""Turns the assistant answers in words and never acts on: deleting data, reading files, running
commands, and attempts to rewrite its instructions. Checked before any model sees the turn."""

from __future__ import annotations

import re

_DELETE = re.compile(
    r"\b(?:delete|remove|erase|wipe|drop|clear|purge|destroy|truncate|forget)\b[^.!?;]*?"
    r"\b(?:sessions?|histor(?:y|ies)|database|db|chats?|conversations?|transcripts?|messages?|"
    r"share\s+(?:links?|tokens?)|tables|files|folders?|director(?:y|ies)|disk|drive|my\s+data|all\s+data|"
    r"(?:this|that|the\s+last|previous|all|every|old)\s+rounds?|rounds|round\s+\d+)\b"
    r"|\b(?:delete|erase|wipe|destroy|purge)\s+(?:it\s+)?(?:all|everything)\b",
    re.IGNORECASE,
)
_PATH = re.compile(r"(?:^|[\s\"'(=])(?:~/|\.\./|/(?:[\w.\-]+/)*[\w.\-]+/?(?=$|[\s\"')])|[a-z]:\\)", re.IGNORECASE)
_FILES = re.compile(
    r"\b(?:read|open|cat|print|dump|load|list|view|access|leak|reveal|show|display|(?:send|give|tell)\s+me)\b[^.!?;]*?"
    r"\b(?:files?|folders?|director(?:y|ies)|passwords?|passwd|credentials?|secrets?|api\s+keys?|"
    r"env(?:ironment)?\s+variables?|\.env|ssh\s+keys?|config(?:uration)?\s+files?|source\s+code)\b",
    re.IGNORECASE,
)
_COMMAND = re.compile(
    r"\b(?:run|execute|exec|eval|evaluate|launch|spawn|invoke)\b[^.!?;]*?"
    r"\b(?:commands?|scripts?|shell|bash|zsh|sh|terminal|code|python|program|binary|sudo|rm|curl|wget|"
    r"powershell|cmd|sql|query)\b"
    r"|\brm\s+-\w+|\bsudo\b|`[^`]+`|\$\(|\bos\.system\b|\bsubprocess\b|\b(?:eval|exec)\s*\("
    r"|\b(?:open|start)\s+(?:a\s+)?(?:shell|terminal)\b",
    re.IGNORECASE,
)
_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|override|bypass)\b[^.!?;]*?"
    r"\b(?:instructions?|prompts?|rules?|guidelines?|directives?|system\s+messages?)\b"
    r"|\bsystem\s+prompt\b|\b(?:developer|god|admin|jailbreak|unrestricted|dan)\s+mode\b"
    r"|\byou\s+are\s+now\b|\bnew\s+instructions?\b|</?\s*(?:system|tool|assistant|instructions?)\s*>",
    re.IGNORECASE,
)

DELETE_REPLY = (
    "I can't delete anything: every round and session is kept. To step away from an edit, say "
    "\"undo\" or \"go back to round 2\"."
)
FILES_REPLY = "I can't read or show files from this computer; I only edit the photo in this chat."
COMMAND_REPLY = "I can't run commands or code; I only edit the photo in this chat."
INJECTION_REPLY = (
    "I only edit the photo in this chat, and my instructions can't be changed from here. "
    "Tell me what to change in the photo."
)


def refusal(text: str) -> str | None:
    """The answer to a turn the assistant must not act on, or None when the turn is fine."""
    if _DELETE.search(text):
        return DELETE_REPLY
    if _PATH.search(text) or _FILES.search(text):
        return FILES_REPLY
    if _COMMAND.search(text):
        return COMMAND_REPLY
    if _INJECTION.search(text):
        return INJECTION_REPLY
    return None
