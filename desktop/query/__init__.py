"""Field catalogue, query definitions, their compiler to SQL and export. No Qt here."""
