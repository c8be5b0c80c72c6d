"""Plain typed domain objects and value types. Imports nothing else of ours."""
