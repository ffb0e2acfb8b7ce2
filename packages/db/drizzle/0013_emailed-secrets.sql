CREATE TABLE "emailed_secrets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"subject_hash" text NOT NULL,
	"secret_hash" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "email_verified_at" timestamp with time zone DEFAULT now();--> statement-breakpoint
ALTER TABLE "emailed_secrets" ADD CONSTRAINT "emailed_secrets_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "emailed_secrets_account_purpose_idx" ON "emailed_secrets" USING btree ("account_id","purpose");--> statement-breakpoint
CREATE UNIQUE INDEX "emailed_secrets_secret_idx" ON "emailed_secrets" USING btree ("secret_hash");