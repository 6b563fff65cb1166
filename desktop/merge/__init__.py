"""Templates, rendering, PDF conversion and the resumable mass run. No Qt widgets."""
