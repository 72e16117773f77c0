-- Demand history moves to the one status_transitions table of the workflow platform piece
-- (server/platform/workflow). The actor's name and org are copied from the account as it is now.
INSERT INTO "status_transitions" ("entity", "entity_id", "org_id", "from_status", "to_status", "actor_id", "actor_name", "actor_org_id", "actor_org_name", "reason", "at")
SELECT 'demand', t."demand_id", d."org_id", t."from_status", t."to_status", t."actor_id", u."display_name", u."org_id", o."name", t."reason", t."at"
FROM "demand_transitions" t
JOIN "demands" d ON d."id" = t."demand_id"
LEFT JOIN "users" u ON u."id" = t."actor_id"
LEFT JOIN "orgs" o ON o."id" = u."org_id"
ORDER BY t."id";
