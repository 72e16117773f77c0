CREATE TABLE "tt_survey_answers" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" integer NOT NULL,
	"station_id" integer NOT NULL,
	"submitted_on" date NOT NULL,
	"answers" jsonb NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tt_survey_campaigns" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"questionnaire_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" integer,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tt_survey_campaigns_dates_ck" CHECK ("tt_survey_campaigns"."closes_on" >= "tt_survey_campaigns"."opens_on")
);
--> statement-breakpoint
CREATE TABLE "tt_survey_code_batches" (
	"id" serial PRIMARY KEY NOT NULL,
	"station_id" integer NOT NULL,
	"recipient" text NOT NULL,
	"note" text,
	"count" integer NOT NULL,
	"allocated_by" integer,
	"allocated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tt_survey_codes" (
	"id" serial PRIMARY KEY NOT NULL,
	"station_id" integer NOT NULL,
	"code" text NOT NULL,
	"batch_id" integer,
	"is_used" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tt_survey_questionnaires" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" integer,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tt_survey_stations" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"quota" integer NOT NULL,
	"quota_met" boolean,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tt_survey_stations_quota_ck" CHECK ("tt_survey_stations"."quota" >= 0)
);
--> statement-breakpoint
ALTER TABLE "tt_survey_answers" ADD CONSTRAINT "tt_survey_answers_campaign_id_tt_survey_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."tt_survey_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_survey_answers" ADD CONSTRAINT "tt_survey_answers_station_id_tt_survey_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."tt_survey_stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_survey_campaigns" ADD CONSTRAINT "tt_survey_campaigns_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_survey_campaigns" ADD CONSTRAINT "tt_survey_campaigns_questionnaire_id_tt_survey_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."tt_survey_questionnaires"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_survey_campaigns" ADD CONSTRAINT "tt_survey_campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_survey_code_batches" ADD CONSTRAINT "tt_survey_code_batches_station_id_tt_survey_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."tt_survey_stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_survey_code_batches" ADD CONSTRAINT "tt_survey_code_batches_allocated_by_users_id_fk" FOREIGN KEY ("allocated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_survey_codes" ADD CONSTRAINT "tt_survey_codes_station_id_tt_survey_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."tt_survey_stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_survey_codes" ADD CONSTRAINT "tt_survey_codes_batch_id_tt_survey_code_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."tt_survey_code_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_survey_questionnaires" ADD CONSTRAINT "tt_survey_questionnaires_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_survey_questionnaires" ADD CONSTRAINT "tt_survey_questionnaires_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_survey_stations" ADD CONSTRAINT "tt_survey_stations_campaign_id_tt_survey_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."tt_survey_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_survey_stations" ADD CONSTRAINT "tt_survey_stations_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tt_survey_answers_campaign_idx" ON "tt_survey_answers" USING btree ("campaign_id","station_id","submitted_on");--> statement-breakpoint
CREATE INDEX "tt_survey_campaigns_org_idx" ON "tt_survey_campaigns" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "tt_survey_campaigns_q_idx" ON "tt_survey_campaigns" USING btree ("questionnaire_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tt_survey_codes_code_uq" ON "tt_survey_codes" USING btree ("code");--> statement-breakpoint
CREATE INDEX "tt_survey_codes_station_idx" ON "tt_survey_codes" USING btree ("station_id","batch_id");--> statement-breakpoint
CREATE INDEX "tt_survey_questionnaires_org_idx" ON "tt_survey_questionnaires" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tt_survey_stations_name_uq" ON "tt_survey_stations" USING btree ("campaign_id","name");--> statement-breakpoint
CREATE INDEX "tt_survey_stations_org_idx" ON "tt_survey_stations" USING btree ("org_id");