CREATE TABLE "outreach_activities" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"district_org_id" integer,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"co_organizers" text[] DEFAULT '{}'::text[] NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"venue" text,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"planned_participants" integer,
	"online_reach" integer,
	"budget" numeric(14, 2),
	"description" text,
	"contact_name" text,
	"contact_phone" text,
	"internal_note" text,
	"is_public" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"return_reason" text,
	"filed_at" timestamp with time zone,
	"held_at" timestamp with time zone,
	"summary" text,
	"photo_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"links" text[] DEFAULT '{}'::text[] NOT NULL,
	"actual_participants" integer,
	"summarized_at" timestamp with time zone,
	"created_by" integer,
	"search_text" text DEFAULT '' NOT NULL,
	"search_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(search_text, ''))) STORED,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outreach_activities_dates_ck" CHECK ("outreach_activities"."end_date" >= "outreach_activities"."start_date")
);
--> statement-breakpoint
ALTER TABLE "outreach_activities" ADD CONSTRAINT "outreach_activities_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_activities" ADD CONSTRAINT "outreach_activities_district_org_id_orgs_id_fk" FOREIGN KEY ("district_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_activities" ADD CONSTRAINT "outreach_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_activities_dup_uq" ON "outreach_activities" USING btree ("org_id","title","start_date");--> statement-breakpoint
CREATE INDEX "outreach_activities_org_idx" ON "outreach_activities" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "outreach_activities_district_idx" ON "outreach_activities" USING btree ("district_org_id");--> statement-breakpoint
CREATE INDEX "outreach_activities_start_idx" ON "outreach_activities" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "outreach_activities_status_idx" ON "outreach_activities" USING btree ("status","end_date");--> statement-breakpoint
CREATE INDEX "outreach_activities_tsv_idx" ON "outreach_activities" USING gin ("search_tsv");--> statement-breakpoint
CREATE INDEX "outreach_activities_title_trgm_idx" ON "outreach_activities" USING gin ("title" gin_trgm_ops);