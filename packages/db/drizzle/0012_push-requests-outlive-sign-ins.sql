ALTER TABLE "push_requests" DROP CONSTRAINT "push_requests_session_id_sessions_id_fk";
--> statement-breakpoint
ALTER TABLE "push_requests" ALTER COLUMN "session_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "push_requests" ADD CONSTRAINT "push_requests_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;