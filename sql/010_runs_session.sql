-- Runs say why they failed, and which database session owns them: a run whose owning process
-- was killed outright (SIGKILL) cannot close itself, so the next run closes it as failed once
-- that session is gone (pipeline/warehouse/runs.py: close_lost_runs).
ALTER TABLE news.runs
    ADD COLUMN reason text,                 -- why a failed run failed (task, error)
    ADD COLUMN session_pid integer,         -- pg_backend_pid() of the session the owner keeps open
    ADD COLUMN session_started timestamptz; -- its backend_start (a pid can be reused)
COMMENT ON COLUMN news.runs.session_pid IS
    'Backend pid of the session held open by the process running this run (CLI); NULL for Airflow runs.';
