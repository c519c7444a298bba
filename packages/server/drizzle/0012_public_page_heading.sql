ALTER TABLE "practices" ADD COLUMN "page_heading" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "page_intro" text DEFAULT '' NOT NULL;