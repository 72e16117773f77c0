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
CREATE INDEX "research_reviews_expert_idx" ON "research_reviews" USING btree ("expert_id");