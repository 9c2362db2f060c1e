"""notelint's built-in rules, one module per rule (installed as ``notelint.rules``).

Each module's docstring is the rule's documentation; ``RULE`` at its end is
what the ``notelint.rules`` entry points name. Modules starting with ``_``
hold what several rules share (the parts of a letter, word helpers).
"""
