"""Date and number formats where Django's own do not suit the desk (settings.FORMAT_MODULE_PATH):
anything not set here comes from Django's locale for the language."""
