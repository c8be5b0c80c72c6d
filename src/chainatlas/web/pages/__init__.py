"""Dashboard pages, one router per page group; each page has a ``.json`` twin."""
