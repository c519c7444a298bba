CREATE TABLE "programme_attendance" (
	"practice_id" uuid NOT NULL,
	"day_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	CONSTRAINT "programme_attendance_day_id_client_id_pk" PRIMARY KEY("day_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "programme_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"initiated_by" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer,
	"sealed" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_participants" (
	"practice_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_participants_programme_id_client_id_pk" PRIMARY KEY("programme_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"sealed" text NOT NULL,
	"capacity" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_id_practice" UNIQUE("id","practice_id")
);
--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "programme_id" uuid;--> statement-breakpoint
ALTER TABLE "programme_attendance" ADD CONSTRAINT "programme_attendance_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_attendance" ADD CONSTRAINT "programme_attendance_day_id_programme_days_id_fk" FOREIGN KEY ("day_id") REFERENCES "public"."programme_days"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_attendance" ADD CONSTRAINT "programme_attendance_client_id_practice_id_clients_id_practice_id_fk" FOREIGN KEY ("client_id","practice_id") REFERENCES "public"."clients"("id","practice_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_contacts" ADD CONSTRAINT "programme_contacts_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_contacts" ADD CONSTRAINT "programme_contacts_programme_id_practice_id_programmes_id_practice_id_fk" FOREIGN KEY ("programme_id","practice_id") REFERENCES "public"."programmes"("id","practice_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_contacts" ADD CONSTRAINT "programme_contacts_client_id_practice_id_clients_id_practice_id_fk" FOREIGN KEY ("client_id","practice_id") REFERENCES "public"."clients"("id","practice_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_days" ADD CONSTRAINT "programme_days_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_days" ADD CONSTRAINT "programme_days_programme_id_practice_id_programmes_id_practice_id_fk" FOREIGN KEY ("programme_id","practice_id") REFERENCES "public"."programmes"("id","practice_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_programme_id_practice_id_programmes_id_practice_id_fk" FOREIGN KEY ("programme_id","practice_id") REFERENCES "public"."programmes"("id","practice_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_client_id_practice_id_clients_id_practice_id_fk" FOREIGN KEY ("client_id","practice_id") REFERENCES "public"."clients"("id","practice_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_contacts_client" ON "programme_contacts" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "programme_days_programme" ON "programme_days" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "programmes_practice" ON "programmes" USING btree ("practice_id");--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;