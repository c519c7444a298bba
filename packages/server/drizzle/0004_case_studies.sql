CREATE TABLE "case_studies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"language" text NOT NULL,
	"sealed" text NOT NULL,
	"slug" text,
	"published_title" text,
	"published_markdown" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_studies_practice_slug" UNIQUE("practice_id","slug")
);
--> statement-breakpoint
CREATE TABLE "case_study_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"case_study_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email_sealed" text NOT NULL,
	"website" text,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_pages" (
	"practice_id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"heading" text NOT NULL,
	CONSTRAINT "practice_pages_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "case_studies" ADD CONSTRAINT "case_studies_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_studies" ADD CONSTRAINT "case_studies_engagement_id_client_id_practice_id_engagements_id_client_id_practice_id_fk" FOREIGN KEY ("engagement_id","client_id","practice_id") REFERENCES "public"."engagements"("id","client_id","practice_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_study_comments" ADD CONSTRAINT "case_study_comments_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_study_comments" ADD CONSTRAINT "case_study_comments_case_study_id_case_studies_id_fk" FOREIGN KEY ("case_study_id") REFERENCES "public"."case_studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_pages" ADD CONSTRAINT "practice_pages_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_studies_practice" ON "case_studies" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "case_study_comments_study" ON "case_study_comments" USING btree ("case_study_id","status");