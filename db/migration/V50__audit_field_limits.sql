-- Audit fields are bounded (issue 15): the application cuts every value to these lengths, ending a
-- cut one with '…' (AuditLimits), so an entry is never refused for its length. Here they are
-- written down where the data lives. NOT VALID: entries already recorded are evidence and stay as
-- they are; every new entry is checked.
ALTER TABLE audit_entry
    ADD CONSTRAINT audit_entry_field_limits CHECK (
        char_length(actor) <= 200
            AND char_length(post) <= 200
            AND char_length(unit_id) <= 64
            AND char_length(address) <= 100
            AND char_length(action) <= 100
            AND char_length(object_type) <= 100
            AND char_length(object_id) <= 400
            AND char_length(summary) <= 2000
            AND char_length(before_state) <= 8000
            AND char_length(after_state) <= 8000) NOT VALID;
