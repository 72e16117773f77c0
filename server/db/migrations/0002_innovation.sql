CREATE TABLE "demand_transitions" (
	"id" serial PRIMARY KEY NOT NULL,
	"demand_id" integer NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"actor_id" integer,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demands" (
	"id" serial PRIMARY KEY NOT NULL,
	"enterprise_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"category" text NOT NULL,
	"cluster" text,
	"industries" text[] DEFAULT '{}'::text[] NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"budget_min" numeric(12, 2),
	"budget_max" numeric(12, 2),
	"deadline" date,
	"confidentiality" text DEFAULT 'public' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"return_reason" text,
	"created_by" integer,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"search_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(search_text, ''))) STORED,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "docking_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"title" text NOT NULL,
	"date" date NOT NULL,
	"place" text,
	"organizer" text,
	"demand_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"expert_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"enterprise_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"agreements_signed" integer DEFAULT 0 NOT NULL,
	"contract_value" numeric(14, 2),
	"summary" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_users" (
	"enterprise_id" integer NOT NULL,
	"user_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"credit_code" text NOT NULL,
	"org_id" integer NOT NULL,
	"industry" text,
	"clusters" text[] DEFAULT '{}'::text[] NOT NULL,
	"scale" text,
	"is_high_tech" boolean DEFAULT false NOT NULL,
	"address" text,
	"contact_name" text,
	"contact_phone" text,
	"intro" text,
	"name_pinyin" text DEFAULT '' NOT NULL,
	"name_initials" text DEFAULT '' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"search_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(search_text, ''))) STORED,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expert_achievements" (
	"id" serial PRIMARY KEY NOT NULL,
	"expert_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"abstract" text,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"year" smallint
);
--> statement-breakpoint
CREATE TABLE "expert_terms" (
	"expert_id" integer NOT NULL,
	"term" text NOT NULL,
	"weight" real NOT NULL
);
--> statement-breakpoint
CREATE TABLE "experts" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer,
	"user_id" integer,
	"org_id" integer NOT NULL,
	"name" text NOT NULL,
	"unit" text,
	"title" text,
	"disciplines" text[] DEFAULT '{}'::text[] NOT NULL,
	"industries" text[] DEFAULT '{}'::text[] NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"bio" text,
	"is_academician" boolean DEFAULT false NOT NULL,
	"is_public" boolean DEFAULT true NOT NULL,
	"name_pinyin" text DEFAULT '' NOT NULL,
	"name_initials" text DEFAULT '' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"search_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(search_text, ''))) STORED,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funded_projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"name" text NOT NULL,
	"programme" text NOT NULL,
	"level" text NOT NULL,
	"year" smallint NOT NULL,
	"lead_unit" text,
	"enterprise_id" integer,
	"status" text DEFAULT 'approved' NOT NULL,
	"amount" numeric(14, 2),
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_term_stats" (
	"term" text PRIMARY KEY NOT NULL,
	"df" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" serial PRIMARY KEY NOT NULL,
	"demand_id" integer NOT NULL,
	"expert_id" integer NOT NULL,
	"status" text DEFAULT 'recommended' NOT NULL,
	"score" real,
	"reasons" jsonb,
	"invited_by" integer,
	"invited_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"note" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"platform_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"rating" text NOT NULL,
	"score" real,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platforms" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"host_enterprise_id" integer,
	"host_name" text,
	"expert_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"academicians" text[] DEFAULT '{}'::text[] NOT NULL,
	"established_on" date,
	"valid_until" date,
	"status" text DEFAULT 'active' NOT NULL,
	"description" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_teams" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"name" text NOT NULL,
	"cluster" text,
	"lead_expert_id" integer,
	"member_expert_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"enterprise_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"description" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_visits" (
	"id" serial PRIMARY KEY NOT NULL,
	"team_id" integer NOT NULL,
	"enterprise_id" integer,
	"date" date NOT NULL,
	"expert_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"summary" text NOT NULL,
	"problems_solved" integer DEFAULT 0 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "demand_transitions" ADD CONSTRAINT "demand_transitions_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "docking_events" ADD CONSTRAINT "docking_events_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_users" ADD CONSTRAINT "enterprise_users_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_users" ADD CONSTRAINT "enterprise_users_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_achievements" ADD CONSTRAINT "expert_achievements_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_terms" ADD CONSTRAINT "expert_terms_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funded_projects" ADD CONSTRAINT "funded_projects_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funded_projects" ADD CONSTRAINT "funded_projects_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_assessments" ADD CONSTRAINT "platform_assessments_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platforms" ADD CONSTRAINT "platforms_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platforms" ADD CONSTRAINT "platforms_host_enterprise_id_enterprises_id_fk" FOREIGN KEY ("host_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_teams" ADD CONSTRAINT "service_teams_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_teams" ADD CONSTRAINT "service_teams_lead_expert_id_experts_id_fk" FOREIGN KEY ("lead_expert_id") REFERENCES "public"."experts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_visits" ADD CONSTRAINT "service_visits_team_id_service_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."service_teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_visits" ADD CONSTRAINT "service_visits_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "demand_transitions_demand_idx" ON "demand_transitions" USING btree ("demand_id");--> statement-breakpoint
CREATE INDEX "demands_org_idx" ON "demands" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "demands_enterprise_idx" ON "demands" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "demands_status_idx" ON "demands" USING btree ("status");--> statement-breakpoint
CREATE INDEX "demands_tsv_idx" ON "demands" USING gin ("search_tsv");--> statement-breakpoint
CREATE INDEX "docking_events_org_idx" ON "docking_events" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "docking_events_date_idx" ON "docking_events" USING btree ("date");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_users_pk" ON "enterprise_users" USING btree ("enterprise_id","user_id");--> statement-breakpoint
CREATE INDEX "enterprise_users_user_idx" ON "enterprise_users" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_credit_code_uq" ON "enterprises" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "enterprises_org_idx" ON "enterprises" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "enterprises_tsv_idx" ON "enterprises" USING gin ("search_tsv");--> statement-breakpoint
CREATE INDEX "enterprises_name_trgm_idx" ON "enterprises" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "expert_achievements_expert_idx" ON "expert_achievements" USING btree ("expert_id");--> statement-breakpoint
CREATE UNIQUE INDEX "expert_terms_pk" ON "expert_terms" USING btree ("term","expert_id");--> statement-breakpoint
CREATE INDEX "expert_terms_expert_idx" ON "expert_terms" USING btree ("expert_id");--> statement-breakpoint
CREATE INDEX "experts_org_idx" ON "experts" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "experts_user_idx" ON "experts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "experts_person_idx" ON "experts" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "experts_tsv_idx" ON "experts" USING gin ("search_tsv");--> statement-breakpoint
CREATE INDEX "experts_name_trgm_idx" ON "experts" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "experts_industries_idx" ON "experts" USING gin ("industries");--> statement-breakpoint
CREATE INDEX "experts_disciplines_idx" ON "experts" USING gin ("disciplines");--> statement-breakpoint
CREATE INDEX "funded_projects_org_idx" ON "funded_projects" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "matches_demand_expert_uq" ON "matches" USING btree ("demand_id","expert_id");--> statement-breakpoint
CREATE INDEX "matches_expert_idx" ON "matches" USING btree ("expert_id");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_assessments_uq" ON "platform_assessments" USING btree ("platform_id","year");--> statement-breakpoint
CREATE INDEX "platforms_org_idx" ON "platforms" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "platforms_kind_idx" ON "platforms" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "service_teams_org_idx" ON "service_teams" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "service_visits_team_idx" ON "service_visits" USING btree ("team_id");