"""Printing, e-mail and print-service export. No widgets."""
