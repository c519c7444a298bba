ALTER TABLE "sessions" ADD CONSTRAINT "sessions_id_client_practice" UNIQUE("id","client_id","practice_id");--> statement-breakpoint
CREATE TABLE "board_felt_senses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sealed" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"sealed" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_pictures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_resolution" boolean DEFAULT false NOT NULL,
	"sealed" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_share_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"mode" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "board_share_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "board_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"sealed" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "boards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"sealed" text NOT NULL,
	"control" text DEFAULT 'coach' NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"covert" boolean DEFAULT false NOT NULL,
	"state_sealed" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "boards_id_client_practice" UNIQUE("id","client_id","practice_id")
);
--> statement-breakpoint
ALTER TABLE "board_felt_senses" ADD CONSTRAINT "board_felt_senses_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_felt_senses" ADD CONSTRAINT "board_felt_senses_board_id_client_id_practice_id_boards_id_client_id_practice_id_fk" FOREIGN KEY ("board_id","client_id","practice_id") REFERENCES "public"."boards"("id","client_id","practice_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_movements" ADD CONSTRAINT "board_movements_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_movements" ADD CONSTRAINT "board_movements_board_id_client_id_practice_id_boards_id_client_id_practice_id_fk" FOREIGN KEY ("board_id","client_id","practice_id") REFERENCES "public"."boards"("id","client_id","practice_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_pictures" ADD CONSTRAINT "board_pictures_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_pictures" ADD CONSTRAINT "board_pictures_board_id_client_id_practice_id_boards_id_client_id_practice_id_fk" FOREIGN KEY ("board_id","client_id","practice_id") REFERENCES "public"."boards"("id","client_id","practice_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_share_links" ADD CONSTRAINT "board_share_links_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_share_links" ADD CONSTRAINT "board_share_links_board_id_client_id_practice_id_boards_id_client_id_practice_id_fk" FOREIGN KEY ("board_id","client_id","practice_id") REFERENCES "public"."boards"("id","client_id","practice_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_updates" ADD CONSTRAINT "board_updates_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_updates" ADD CONSTRAINT "board_updates_board_id_client_id_practice_id_boards_id_client_id_practice_id_fk" FOREIGN KEY ("board_id","client_id","practice_id") REFERENCES "public"."boards"("id","client_id","practice_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_session_id_client_id_practice_id_sessions_id_client_id_practice_id_fk" FOREIGN KEY ("session_id","client_id","practice_id") REFERENCES "public"."sessions"("id","client_id","practice_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "board_felt_senses_board" ON "board_felt_senses" USING btree ("board_id","recorded_at");--> statement-breakpoint
CREATE INDEX "board_movements_board" ON "board_movements" USING btree ("board_id","ended_at");--> statement-breakpoint
CREATE INDEX "board_pictures_board" ON "board_pictures" USING btree ("board_id","taken_at");--> statement-breakpoint
CREATE INDEX "board_share_links_board" ON "board_share_links" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "board_updates_board" ON "board_updates" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "boards_session" ON "boards" USING btree ("session_id");
