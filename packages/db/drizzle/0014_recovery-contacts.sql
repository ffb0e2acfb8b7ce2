CREATE TABLE "mail_recipients" (
	"event_id" bigint PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"addresses_sealed" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recovery_contacts" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"address_sealed" text,
	"address_masked" text,
	"address_verified_at" timestamp with time zone,
	"pending_address_sealed" text,
	"pending_address_masked" text,
	"phone_sealed" text,
	"phone_masked" text,
	"phone_hash" text,
	"phone_verified_at" timestamp with time zone,
	"pending_phone_id" uuid,
	"pending_phone_sealed" text,
	"pending_phone_masked" text
);
--> statement-breakpoint
ALTER TABLE "mail_recipients" ADD CONSTRAINT "mail_recipients_event_id_security_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."security_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_recipients" ADD CONSTRAINT "mail_recipients_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_contacts" ADD CONSTRAINT "recovery_contacts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;