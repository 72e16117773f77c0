CREATE TABLE "competition_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"competition_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"title" text NOT NULL,
	"participants" text[] DEFAULT '{}'::text[] NOT NULL,
	"school" text NOT NULL,
	"instructor" text,
	"category" text,
	"award_level" text,
	"award_grade" text,
	"announced_on" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_entries_award_ck" CHECK (("competition_entries"."award_level" is null) = ("competition_entries"."award_grade" is null))
);
--> statement-breakpoint
CREATE TABLE "competitions" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"series" text NOT NULL,
	"title" text NOT NULL,
	"year" smallint NOT NULL,
	"level" text NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"description" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competitions_dates_ck" CHECK ("competitions"."ends_on" is null or "competitions"."starts_on" is null or "competitions"."ends_on" >= "competitions"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "literacy_rates" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"rate" real NOT NULL,
	"source" text NOT NULL,
	"method" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "literacy_rates_rate_ck" CHECK ("literacy_rates"."rate" >= 0 and "literacy_rates"."rate" <= 100)
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"name" text NOT NULL,
	"target_group" text NOT NULL,
	"target_count" integer NOT NULL,
	"unit" text DEFAULT '名' NOT NULL,
	"start_year" smallint NOT NULL,
	"end_year" smallint NOT NULL,
	"is_livelihood" boolean DEFAULT false NOT NULL,
	"description" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_period_ck" CHECK ("programmes"."end_year" >= "programmes"."start_year"),
	CONSTRAINT "programmes_target_ck" CHECK ("programmes"."target_count" > 0)
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"trainee_count" integer NOT NULL,
	"hours" real,
	"venue" text,
	"attachment_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trainings_count_ck" CHECK ("trainings"."trainee_count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "literacy_rates" ADD CONSTRAINT "literacy_rates_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "competition_entries_competition_idx" ON "competition_entries" USING btree ("competition_id");--> statement-breakpoint
CREATE INDEX "competition_entries_org_idx" ON "competition_entries" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_entries_uq" ON "competition_entries" USING btree ("competition_id","title","school");--> statement-breakpoint
CREATE INDEX "competitions_org_idx" ON "competitions" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "competitions_series_year_idx" ON "competitions" USING btree ("series","year");--> statement-breakpoint
CREATE UNIQUE INDEX "competitions_org_title_uq" ON "competitions" USING btree ("org_id","title");--> statement-breakpoint
CREATE UNIQUE INDEX "literacy_rates_org_year_uq" ON "literacy_rates" USING btree ("org_id","year");--> statement-breakpoint
CREATE INDEX "programmes_org_idx" ON "programmes" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programmes_org_name_uq" ON "programmes" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "trainings_programme_idx" ON "trainings" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "trainings_org_idx" ON "trainings" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trainings_uq" ON "trainings" USING btree ("programme_id","org_id","title","held_on");