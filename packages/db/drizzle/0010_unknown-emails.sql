-- The account that failed sign-ins to unknown email addresses are counted and logged under:
-- an unknown address then costs the same work as a known one, and locks the same way. Its
-- email is empty, so no sign-in ever finds it.
INSERT INTO "accounts" ("id", "email", "password_hash", "created_at", "password_changed_at")
VALUES ('00000000-0000-0000-0000-000000000000', '', '!', now(), now())
ON CONFLICT DO NOTHING;
