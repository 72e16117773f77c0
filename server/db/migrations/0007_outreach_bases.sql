CREATE TABLE "outreach_bases" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"level" text,
	"category" text,
	"host_unit" text,
	"address" text,
	"district_id" integer,
	"contact_name" text,
	"contact_phone" text,
	"lng" double precision,
	"lat" double precision,
	"status" text DEFAULT 'recommended' NOT NULL,
	"status_reason" text,
	"recognized_on" date,
	"valid_until" date,
	"last_reviewed_on" date,
	"description" text,
	"is_public" boolean DEFAULT true NOT NULL,
	"name_pinyin" text DEFAULT '' NOT NULL,
	"name_initials" text DEFAULT '' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"search_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(search_text, ''))) STORED,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outreach_bases_lng_ck" CHECK ("outreach_bases"."lng" is null or ("outreach_bases"."lng" >= 120 and "outreach_bases"."lng" <= 122)),
	CONSTRAINT "outreach_bases_lat_ck" CHECK ("outreach_bases"."lat" is null or ("outreach_bases"."lat" >= 31.5 and "outreach_bases"."lat" <= 32.8))
);
--> statement-breakpoint
ALTER TABLE "outreach_bases" ADD CONSTRAINT "outreach_bases_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_bases" ADD CONSTRAINT "outreach_bases_district_id_orgs_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_bases_name_kind_org_uq" ON "outreach_bases" USING btree ("name","kind","org_id");--> statement-breakpoint
CREATE INDEX "outreach_bases_org_idx" ON "outreach_bases" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "outreach_bases_district_idx" ON "outreach_bases" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "outreach_bases_kind_level_idx" ON "outreach_bases" USING btree ("kind","level");--> statement-breakpoint
CREATE INDEX "outreach_bases_status_valid_idx" ON "outreach_bases" USING btree ("status","valid_until");--> statement-breakpoint
CREATE INDEX "outreach_bases_tsv_idx" ON "outreach_bases" USING gin ("search_tsv");--> statement-breakpoint
CREATE INDEX "outreach_bases_name_trgm_idx" ON "outreach_bases" USING gin ("name" gin_trgm_ops);