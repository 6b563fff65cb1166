"""Kampagnen: campaigns, target groups and mass mailings for office clerks."""

__version__ = "0.1.0"
APP_NAME = "Kampagnen"
