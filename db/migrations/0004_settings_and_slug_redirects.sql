CREATE TABLE "channel_slug_redirects" (
	"old_slug" text PRIMARY KEY NOT NULL,
	"channel_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "site_settings" ADD COLUMN "footer_links" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "site_settings" ADD COLUMN "default_variant" text DEFAULT 'hant' NOT NULL;--> statement-breakpoint
ALTER TABLE "channel_slug_redirects" ADD CONSTRAINT "channel_slug_redirects_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;