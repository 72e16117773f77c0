CREATE TABLE "content_columns" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_publications" (
	"id" serial PRIMARY KEY NOT NULL,
	"content_id" integer NOT NULL,
	"channel" text NOT NULL,
	"screen_id" integer,
	"column_id" integer,
	"published_by" integer,
	"published_by_name" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_by" integer,
	"withdrawn_by_name" text,
	"withdrawn_at" timestamp with time zone,
	"withdraw_reason" text,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_screens" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"location" text,
	"column_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"rotate_seconds" smallint DEFAULT 20 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_screens_rotate_ck" CHECK ("content_screens"."rotate_seconds" between 5 and 600)
);
--> statement-breakpoint
CREATE TABLE "contents" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"body" text DEFAULT '' NOT NULL,
	"cover_url" text,
	"images" text[] DEFAULT '{}'::text[] NOT NULL,
	"video_url" text,
	"poster_url" text,
	"author" text,
	"source" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"column_id" integer,
	"file_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" integer,
	"search_text" text DEFAULT '' NOT NULL,
	"search_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(search_text, ''))) STORED,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content_columns" ADD CONSTRAINT "content_columns_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_publications" ADD CONSTRAINT "content_publications_content_id_contents_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."contents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_publications" ADD CONSTRAINT "content_publications_screen_id_content_screens_id_fk" FOREIGN KEY ("screen_id") REFERENCES "public"."content_screens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_publications" ADD CONSTRAINT "content_publications_column_id_content_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."content_columns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_publications" ADD CONSTRAINT "content_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_publications" ADD CONSTRAINT "content_publications_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_screens" ADD CONSTRAINT "content_screens_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contents" ADD CONSTRAINT "contents_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contents" ADD CONSTRAINT "contents_column_id_content_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."content_columns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contents" ADD CONSTRAINT "contents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "content_columns_name_uq" ON "content_columns" USING btree ("name");--> statement-breakpoint
CREATE INDEX "content_columns_org_idx" ON "content_columns" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "content_publications_content_idx" ON "content_publications" USING btree ("content_id");--> statement-breakpoint
CREATE INDEX "content_publications_channel_idx" ON "content_publications" USING btree ("channel","published_at");--> statement-breakpoint
CREATE INDEX "content_publications_screen_idx" ON "content_publications" USING btree ("screen_id");--> statement-breakpoint
CREATE UNIQUE INDEX "content_screens_code_uq" ON "content_screens" USING btree ("code");--> statement-breakpoint
CREATE INDEX "content_screens_org_idx" ON "content_screens" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "contents_org_idx" ON "contents" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "contents_status_idx" ON "contents" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "contents_column_idx" ON "contents" USING btree ("column_id");--> statement-breakpoint
CREATE INDEX "contents_files_idx" ON "contents" USING gin ("file_ids");--> statement-breakpoint
CREATE INDEX "contents_tsv_idx" ON "contents" USING gin ("search_tsv");