"""Campaigns, actions, target groups, costs and totals. No Qt here."""
