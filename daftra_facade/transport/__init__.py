"""The transport: HTTP for both clients, the token flow, retries and the adaptive pace."""
