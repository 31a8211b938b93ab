"""The action classifier: an instruction -> add, remove or change.

`labels` names the actions, `vocab`, `templates` and `dataset` generate the training data, `head` and
`train` fit the small head over the shared encoder (`zone train-action`), and `classifier` runs it.
"""
