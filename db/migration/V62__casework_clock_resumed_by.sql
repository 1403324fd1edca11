-- Who resumed a paused clock (the pause row already says who paused it); "system" when the
-- clock was stopped while paused.
ALTER TABLE casework_clock_pause ADD COLUMN ended_by TEXT CHECK (ended_by IS NULL OR length(ended_by) BETWEEN 1 AND 100);
