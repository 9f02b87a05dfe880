"""The domain: entities, per-network rules, text measuring, validation.

Pure Python: no Qt, no I/O, no clock reads. Time is always passed in.
"""
