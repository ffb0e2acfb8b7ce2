CREATE TABLE "log_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"sealed_seq" bigint DEFAULT 0 NOT NULL,
	"head_hash" text DEFAULT '' NOT NULL,
	"notified_seq" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sms_send_counts" RENAME TO "rate_windows";--> statement-breakpoint
DROP INDEX "sms_send_counts_window_idx";--> statement-breakpoint
ALTER TABLE "rate_windows" DROP CONSTRAINT "sms_send_counts_key_window_start_pk";--> statement-breakpoint
ALTER TABLE "rate_windows" ADD CONSTRAINT "rate_windows_key_window_start_pk" PRIMARY KEY("key","window_start");--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "password_change_required" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "security_events" ADD COLUMN "seq" bigint;--> statement-breakpoint
ALTER TABLE "security_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "security_events" ADD COLUMN "hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "security_events_seq_idx" ON "security_events" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "security_events_unsealed_idx" ON "security_events" USING btree ("id") WHERE "security_events"."seq" is null;--> statement-breakpoint
CREATE INDEX "rate_windows_window_idx" ON "rate_windows" USING btree ("window_start");--> statement-breakpoint
INSERT INTO "log_state" ("id") VALUES (1) ON CONFLICT DO NOTHING;