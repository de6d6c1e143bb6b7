"""Fetching pages politely: the HTTP client with robots.txt, per-host limits, charset and guards."""
