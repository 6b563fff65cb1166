"""Contacts after the mailing: the person's record and dossier, responses, tasks, callers. No Qt here."""
