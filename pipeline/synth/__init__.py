"""Synthetic news publishers for evaluating extraction on page templates no rule was written against.

`pipeline.synth.publishers` generates the pages (see its docstring for the families and splits);
`pipeline.synth.prose` holds the small English, German, French and Spanish phrase grammars.
"""
