-- One row per person who has changed data: the History page's choice of actor.
-- $scope_funder VARCHAR: NULL for the whole database; within a funder's scope no row (an audit row
--   may name any project or funder, and the History page is not offered to funders).
SELECT DISTINCT actor FROM audit_log WHERE $scope_funder IS NULL ORDER BY actor
