ALTER TABLE "accounts" ADD COLUMN "methods_check_answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "methods_check_answer" text;