"""Forms of records: the field declarations (fields.py), the form widget built from them
(form.py) and the dialog that edits one record (record_dialog.py). Views and dialogs use them;
they use neither."""
