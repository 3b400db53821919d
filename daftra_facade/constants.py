"""Fixed facts of the Daftra API that several layers need: nothing here imports anything."""

# Where v1 (CakePHP) endpoints live under an account's site root; v2 paths start at the root.
V1_PREFIX = "/api2"
