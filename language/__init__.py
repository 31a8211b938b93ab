"""Text understanding shared by the editor and the assistant.

One sentence encoder (all-MiniLM-L6-v2, `language.encoder`), loaded once per process, feeds small
trained heads: the action classifier (`language.action`: add, remove or change) and the dialogue
model (`language.dialogue`: what a chat turn asks for). Nothing here knows of images, storage or
chat models; the heads and their datasets ship inside the package, checksummed.
"""
