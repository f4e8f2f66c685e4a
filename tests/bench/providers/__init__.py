"""One bench plug-in per registered provider, named like it (see ``tests/bench/_plugin.py``)."""
