-- Existing stories: last worked on when readers' version changed, or later at their pending changes.
UPDATE "stories" SET "edited_at" = greatest("updated_at", coalesce("pending_at", "updated_at"));
