-- One row per person who has changed data: the History page's choice of actor.
-- No parameters.
SELECT DISTINCT actor FROM audit_log ORDER BY actor
