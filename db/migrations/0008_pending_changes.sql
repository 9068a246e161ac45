ALTER TABLE "stories" ADD COLUMN "pending" jsonb;--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "pending_by" integer;--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "pending_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "story_revisions" ADD COLUMN "pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_pending_by_staff_id_fk" FOREIGN KEY ("pending_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;