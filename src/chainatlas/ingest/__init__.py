"""Files into model objects: validated, all-or-nothing, UTF-8 or GBK."""
