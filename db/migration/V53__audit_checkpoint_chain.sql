-- Checkpoints chained to each other: each new checkpoint's statement names the SHA-256 of the
-- statement of the checkpoint before (64 zeros for the first), so removing a checkpoint from the
-- middle breaks the next one's signature check. Checkpoints made before this migration have none.
ALTER TABLE audit_checkpoint
    ADD COLUMN previous_statement CHAR(64);
