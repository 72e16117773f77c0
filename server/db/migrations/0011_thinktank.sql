CREATE TABLE "research_calls" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"type" text NOT NULL,
	"year" integer NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"title" text NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text,
	"deadline" date NOT NULL,
	"budget_key" numeric(12, 2) NOT NULL,
	"budget_general" numeric(12, 2) NOT NULL,
	"max_team_size" integer DEFAULT 6 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" integer,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "research_payments" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"amount" numeric(12, 2) NOT NULL,
	"paid_on" date NOT NULL,
	"note" text,
	"created_by" integer,
	"created_by_name" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "research_projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"call_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"title" text NOT NULL,
	"topic" text,
	"lead_name" text NOT NULL,
	"lead_unit" text NOT NULL,
	"lead_title" text,
	"lead_phone" text NOT NULL,
	"team" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"abstract" text,
	"budget_requested" numeric(12, 2),
	"attachment_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"return_reason" text,
	"grade" text,
	"budget_approved" numeric(12, 2),
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"concluded_at" timestamp with time zone,
	"final_score" numeric(5, 1),
	"created_by" integer,
	"search_text" text DEFAULT '' NOT NULL,
	"search_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(search_text, ''))) STORED,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "research_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"file_id" uuid,
	"result" text,
	"score" numeric(5, 1),
	"comments" text,
	"created_by" integer,
	"created_by_name" text,
	"search_text" text DEFAULT '' NOT NULL,
	"search_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(search_text, ''))) STORED,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "research_reviews" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"expert_id" integer NOT NULL,
	"score" numeric(5, 1),
	"comment" text,
	"assigned_by" integer,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tt_suggestion_instructions" (
	"id" serial PRIMARY KEY NOT NULL,
	"suggestion_id" integer NOT NULL,
	"leader_name" text NOT NULL,
	"leader_post" text NOT NULL,
	"level" text NOT NULL,
	"instructed_on" date NOT NULL,
	"summary" text NOT NULL,
	"follow_up" text,
	"adopted_by" text,
	"adopted_on" date,
	"created_by" integer,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tt_suggestion_issue_recipients" (
	"id" serial PRIMARY KEY NOT NULL,
	"issue_id" integer NOT NULL,
	"recipient" text NOT NULL,
	"sent_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tt_suggestion_issues" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"issue_date" date NOT NULL,
	"editor_note" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"sent_at" timestamp with time zone,
	"created_by" integer,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tt_suggestions" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"title" text NOT NULL,
	"author_name" text NOT NULL,
	"author_unit" text NOT NULL,
	"author_title" text,
	"author_phone" text,
	"author_user_id" integer,
	"submitted_via" text NOT NULL,
	"problem" text NOT NULL,
	"cause" text NOT NULL,
	"countermeasure" text NOT NULL,
	"abstract" text,
	"char_count" integer NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"forwarded_at" timestamp with time zone,
	"reviewer_user_id" integer,
	"review_opinion" text,
	"recommendation" text,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"issue_id" integer,
	"issue_position" integer,
	"carried_on" date,
	"carried_note" text,
	"created_by" integer,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tt_suggestions_chars_ck" CHECK ("tt_suggestions"."char_count" <= 3000)
);
--> statement-breakpoint
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
ALTER TABLE "research_calls" ADD CONSTRAINT "research_calls_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_calls" ADD CONSTRAINT "research_calls_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_payments" ADD CONSTRAINT "research_payments_project_id_research_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."research_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_payments" ADD CONSTRAINT "research_payments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_projects" ADD CONSTRAINT "research_projects_call_id_research_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."research_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_projects" ADD CONSTRAINT "research_projects_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_projects" ADD CONSTRAINT "research_projects_attachment_id_files_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_projects" ADD CONSTRAINT "research_projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_reports" ADD CONSTRAINT "research_reports_project_id_research_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."research_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_reports" ADD CONSTRAINT "research_reports_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_reports" ADD CONSTRAINT "research_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_reviews" ADD CONSTRAINT "research_reviews_project_id_research_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."research_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_reviews" ADD CONSTRAINT "research_reviews_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_reviews" ADD CONSTRAINT "research_reviews_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_suggestion_instructions" ADD CONSTRAINT "tt_suggestion_instructions_suggestion_id_tt_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."tt_suggestions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_suggestion_instructions" ADD CONSTRAINT "tt_suggestion_instructions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_suggestion_issue_recipients" ADD CONSTRAINT "tt_suggestion_issue_recipients_issue_id_tt_suggestion_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."tt_suggestion_issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_suggestion_issues" ADD CONSTRAINT "tt_suggestion_issues_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_suggestion_issues" ADD CONSTRAINT "tt_suggestion_issues_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_suggestions" ADD CONSTRAINT "tt_suggestions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_suggestions" ADD CONSTRAINT "tt_suggestions_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_suggestions" ADD CONSTRAINT "tt_suggestions_reviewer_user_id_users_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_suggestions" ADD CONSTRAINT "tt_suggestions_issue_id_tt_suggestion_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."tt_suggestion_issues"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tt_suggestions" ADD CONSTRAINT "tt_suggestions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
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
CREATE UNIQUE INDEX "research_calls_type_year_round_uq" ON "research_calls" USING btree ("type","year","round");--> statement-breakpoint
CREATE INDEX "research_calls_org_idx" ON "research_calls" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "research_payments_project_idx" ON "research_payments" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "research_projects_call_idx" ON "research_projects" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "research_projects_org_idx" ON "research_projects" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "research_projects_status_idx" ON "research_projects" USING btree ("status");--> statement-breakpoint
CREATE INDEX "research_projects_lead_idx" ON "research_projects" USING btree ("lead_phone");--> statement-breakpoint
CREATE INDEX "research_projects_tsv_idx" ON "research_projects" USING gin ("search_tsv");--> statement-breakpoint
CREATE INDEX "research_projects_title_trgm_idx" ON "research_projects" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "research_reports_project_idx" ON "research_reports" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "research_reports_tsv_idx" ON "research_reports" USING gin ("search_tsv");--> statement-breakpoint
CREATE UNIQUE INDEX "research_reviews_project_expert_uq" ON "research_reviews" USING btree ("project_id","expert_id");--> statement-breakpoint
CREATE INDEX "research_reviews_expert_idx" ON "research_reviews" USING btree ("expert_id");--> statement-breakpoint
CREATE INDEX "tt_suggestion_instructions_sugg_idx" ON "tt_suggestion_instructions" USING btree ("suggestion_id");--> statement-breakpoint
CREATE INDEX "tt_suggestion_instructions_date_idx" ON "tt_suggestion_instructions" USING btree ("instructed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "tt_suggestion_issue_recipients_uq" ON "tt_suggestion_issue_recipients" USING btree ("issue_id","recipient");--> statement-breakpoint
CREATE UNIQUE INDEX "tt_suggestion_issues_no_uq" ON "tt_suggestion_issues" USING btree ("year","number");--> statement-breakpoint
CREATE INDEX "tt_suggestion_issues_org_idx" ON "tt_suggestion_issues" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "tt_suggestion_issues_date_idx" ON "tt_suggestion_issues" USING btree ("issue_date");--> statement-breakpoint
CREATE INDEX "tt_suggestions_org_idx" ON "tt_suggestions" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "tt_suggestions_status_idx" ON "tt_suggestions" USING btree ("status");--> statement-breakpoint
CREATE INDEX "tt_suggestions_author_idx" ON "tt_suggestions" USING btree ("author_user_id");--> statement-breakpoint
CREATE INDEX "tt_suggestions_issue_idx" ON "tt_suggestions" USING btree ("issue_id","issue_position");--> statement-breakpoint
CREATE INDEX "tt_suggestions_submitted_idx" ON "tt_suggestions" USING btree ("submitted_at");--> statement-breakpoint
CREATE INDEX "tt_survey_answers_campaign_idx" ON "tt_survey_answers" USING btree ("campaign_id","station_id","submitted_on");--> statement-breakpoint
CREATE INDEX "tt_survey_campaigns_org_idx" ON "tt_survey_campaigns" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "tt_survey_campaigns_q_idx" ON "tt_survey_campaigns" USING btree ("questionnaire_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tt_survey_codes_code_uq" ON "tt_survey_codes" USING btree ("code");--> statement-breakpoint
CREATE INDEX "tt_survey_codes_station_idx" ON "tt_survey_codes" USING btree ("station_id","batch_id");--> statement-breakpoint
CREATE INDEX "tt_survey_questionnaires_org_idx" ON "tt_survey_questionnaires" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tt_survey_stations_name_uq" ON "tt_survey_stations" USING btree ("campaign_id","name");--> statement-breakpoint
CREATE INDEX "tt_survey_stations_org_idx" ON "tt_survey_stations" USING btree ("org_id");