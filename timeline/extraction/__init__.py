"""Reading and extracting: documents → sentences, dates, entities → candidate events → merge."""
