ALTER TABLE "programme_days" ADD COLUMN "notes_sealed" text;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD COLUMN "feedback_sealed" text;