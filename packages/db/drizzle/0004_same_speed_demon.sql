ALTER TABLE "devices" ADD COLUMN "offline_secret_sealed" text;--> statement-breakpoint
ALTER TABLE "devices" ADD COLUMN "offline_last_step" bigint DEFAULT 0 NOT NULL;