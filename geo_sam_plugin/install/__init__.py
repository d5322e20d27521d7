"""Install and platform: which Python, which torch, the pins, the dependency installer and model downloads."""
