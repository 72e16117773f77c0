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
CREATE INDEX "tt_suggestions_submitted_idx" ON "tt_suggestions" USING btree ("submitted_at");