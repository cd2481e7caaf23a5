"""The Processing algorithms of the plugin, one per file (registered in processing/provider.py)."""
