DROP INDEX "audit_log_created_idx";--> statement-breakpoint
DROP INDEX "stories_public_idx";--> statement-breakpoint
DROP INDEX "stories_channel_public_idx";--> statement-breakpoint
DROP INDEX "stories_author_idx";--> statement-breakpoint
DROP INDEX "stories_updated_idx";--> statement-breakpoint
DROP INDEX "story_revisions_story_idx";--> statement-breakpoint
CREATE INDEX "stories_search_title_trgm_idx" ON "stories" USING gin ((split_part("search_text", E'
', 1)) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "audit_log_created_idx" ON "audit_log" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "stories_public_idx" ON "stories" USING btree ("state","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "stories_channel_public_idx" ON "stories" USING btree ("channel_id","state","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "stories_author_idx" ON "stories" USING btree ("author_id","updated_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "stories_updated_idx" ON "stories" USING btree ("updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "story_revisions_story_idx" ON "story_revisions" USING btree ("story_id","created_at" DESC NULLS FIRST);