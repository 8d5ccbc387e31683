import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`messages_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_audiences_order_idx\` ON \`messages_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`messages_audiences_parent_idx\` ON \`messages_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`messages_signposts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`service_id\` integer,
  	\`urgency\` text,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_signposts_order_idx\` ON \`messages_signposts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`messages_signposts_parent_id_idx\` ON \`messages_signposts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_signposts_service_idx\` ON \`messages_signposts\` (\`service_id\`);`)
  await db.run(sql`CREATE TABLE \`messages_signposts_locales\` (
  	\`when\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`messages_signposts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`messages_signposts_locales_locale_parent_id_unique\` ON \`messages_signposts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`messages_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`supports\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_sources_order_idx\` ON \`messages_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`messages_sources_parent_id_idx\` ON \`messages_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`messages_topic_flags\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_topic_flags_order_idx\` ON \`messages_topic_flags\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`messages_topic_flags_parent_idx\` ON \`messages_topic_flags\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`messages_renditions_social\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`platform\` text,
  	\`image_id\` integer,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_renditions_social_order_idx\` ON \`messages_renditions_social\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`messages_renditions_social_parent_id_idx\` ON \`messages_renditions_social\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_renditions_social_image_idx\` ON \`messages_renditions_social\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`messages_renditions_social_locales\` (
  	\`text\` text,
  	\`image_alt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`messages_renditions_social\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`messages_renditions_social_locales_locale_parent_id_unique\` ON \`messages_renditions_social_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`messages_renditions_one_minute_conversation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_renditions_one_minute_conversation_order_idx\` ON \`messages_renditions_one_minute_conversation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`messages_renditions_one_minute_conversation_parent_id_idx\` ON \`messages_renditions_one_minute_conversation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`messages_renditions_one_minute_conversation_locales\` (
  	\`point\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`messages_renditions_one_minute_conversation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`messages_renditions_one_minute_conversation_locales_locale_p\` ON \`messages_renditions_one_minute_conversation_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`messages_renditions_stale\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_renditions_stale_order_idx\` ON \`messages_renditions_stale\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`messages_renditions_stale_parent_idx\` ON \`messages_renditions_stale\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_renditions_stale_locale_idx\` ON \`messages_renditions_stale\` (\`locale\`);`)
  await db.run(sql`CREATE TABLE \`messages_safety_accepted\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`finding\` text,
  	\`justification\` text,
  	\`accepted_by_id\` integer,
  	\`accepted_at\` text,
  	FOREIGN KEY (\`accepted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_safety_accepted_order_idx\` ON \`messages_safety_accepted\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`messages_safety_accepted_parent_id_idx\` ON \`messages_safety_accepted\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_safety_accepted_accepted_by_idx\` ON \`messages_safety_accepted\` (\`accepted_by_id\`);`)
  await db.run(sql`CREATE TABLE \`messages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`safety_findings\` text,
  	\`safety_rules_version\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_publish_at\` text,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_approved_at\` text,
  	\`workflow_approved_version\` text,
  	\`workflow_approval_prints\` text,
  	\`owner_id\` integer,
  	\`reviewer_id\` integer,
  	\`review_by\` text,
  	\`review_reminded_at\` text,
  	\`translation_status\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`messages_slug_idx\` ON \`messages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`messages_workflow_workflow_state_idx\` ON \`messages\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`messages_workflow_workflow_approved_by_idx\` ON \`messages\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_owner_idx\` ON \`messages\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_reviewer_idx\` ON \`messages\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_updated_at_idx\` ON \`messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`messages_created_at_idx\` ON \`messages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`messages__status_idx\` ON \`messages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`messages_locales\` (
  	\`title\` text,
  	\`key_message\` text,
  	\`body\` text,
  	\`renditions_web_summary\` text,
  	\`renditions_email_block\` text,
  	\`renditions_poster_headline\` text,
  	\`renditions_poster_strapline\` text,
  	\`renditions_based_on\` text,
  	\`translated_from\` text,
  	\`wording_print\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`messages_locales_locale_parent_id_unique\` ON \`messages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`messages_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_texts_order_parent\` ON \`messages_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`messages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_rels_order_idx\` ON \`messages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_parent_idx\` ON \`messages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_path_idx\` ON \`messages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_themes_id_idx\` ON \`messages_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_users_id_idx\` ON \`messages_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_messages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_version_audiences_order_idx\` ON \`_messages_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_audiences_parent_idx\` ON \`_messages_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_version_signposts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`service_id\` integer,
  	\`urgency\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_messages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_version_signposts_order_idx\` ON \`_messages_v_version_signposts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_signposts_parent_id_idx\` ON \`_messages_v_version_signposts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_signposts_service_idx\` ON \`_messages_v_version_signposts\` (\`service_id\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_version_signposts_locales\` (
  	\`when\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_messages_v_version_signposts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_messages_v_version_signposts_locales_locale_parent_id_uniqu\` ON \`_messages_v_version_signposts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`supports\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_messages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_version_sources_order_idx\` ON \`_messages_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_sources_parent_id_idx\` ON \`_messages_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_version_topic_flags\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_messages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_version_topic_flags_order_idx\` ON \`_messages_v_version_topic_flags\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_topic_flags_parent_idx\` ON \`_messages_v_version_topic_flags\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_version_renditions_social\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`platform\` text,
  	\`image_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_messages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_version_renditions_social_order_idx\` ON \`_messages_v_version_renditions_social\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_renditions_social_parent_id_idx\` ON \`_messages_v_version_renditions_social\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_renditions_social_image_idx\` ON \`_messages_v_version_renditions_social\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_version_renditions_social_locales\` (
  	\`text\` text,
  	\`image_alt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_messages_v_version_renditions_social\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_messages_v_version_renditions_social_locales_locale_parent_\` ON \`_messages_v_version_renditions_social_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_version_renditions_one_minute_conversation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_messages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_version_renditions_one_minute_conversation_order_idx\` ON \`_messages_v_version_renditions_one_minute_conversation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_renditions_one_minute_conversation_parent_id_idx\` ON \`_messages_v_version_renditions_one_minute_conversation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_version_renditions_one_minute_conversation_locales\` (
  	\`point\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_messages_v_version_renditions_one_minute_conversation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_messages_v_version_renditions_one_minute_conversation_local\` ON \`_messages_v_version_renditions_one_minute_conversation_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_version_renditions_stale\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_messages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_version_renditions_stale_order_idx\` ON \`_messages_v_version_renditions_stale\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_renditions_stale_parent_idx\` ON \`_messages_v_version_renditions_stale\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_renditions_stale_locale_idx\` ON \`_messages_v_version_renditions_stale\` (\`locale\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_version_safety_accepted\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`finding\` text,
  	\`justification\` text,
  	\`accepted_by_id\` integer,
  	\`accepted_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`accepted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_messages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_version_safety_accepted_order_idx\` ON \`_messages_v_version_safety_accepted\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_safety_accepted_parent_id_idx\` ON \`_messages_v_version_safety_accepted\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_safety_accepted_accepted_by_idx\` ON \`_messages_v_version_safety_accepted\` (\`accepted_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_safety_findings\` text,
  	\`version_safety_rules_version\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_at\` text,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_approval_prints\` text,
  	\`version_owner_id\` integer,
  	\`version_reviewer_id\` integer,
  	\`version_review_by\` text,
  	\`version_review_reminded_at\` text,
  	\`version_translation_status\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_parent_idx\` ON \`_messages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_slug_idx\` ON \`_messages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_workflow_version_workflow_state_idx\` ON \`_messages_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_workflow_version_workflow_approved_b_idx\` ON \`_messages_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_owner_idx\` ON \`_messages_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_reviewer_idx\` ON \`_messages_v\` (\`version_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_updated_at_idx\` ON \`_messages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version_created_at_idx\` ON \`_messages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_version_version__status_idx\` ON \`_messages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_created_at_idx\` ON \`_messages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_updated_at_idx\` ON \`_messages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_snapshot_idx\` ON \`_messages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_published_locale_idx\` ON \`_messages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_latest_idx\` ON \`_messages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_locales\` (
  	\`version_title\` text,
  	\`version_key_message\` text,
  	\`version_body\` text,
  	\`version_renditions_web_summary\` text,
  	\`version_renditions_email_block\` text,
  	\`version_renditions_poster_headline\` text,
  	\`version_renditions_poster_strapline\` text,
  	\`version_renditions_based_on\` text,
  	\`version_translated_from\` text,
  	\`version_wording_print\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_messages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_messages_v_locales_locale_parent_id_unique\` ON \`_messages_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_messages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_texts_order_parent\` ON \`_messages_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_messages_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_messages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_order_idx\` ON \`_messages_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_parent_idx\` ON \`_messages_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_path_idx\` ON \`_messages_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_themes_id_idx\` ON \`_messages_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_messages_v_rels_users_id_idx\` ON \`_messages_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`themes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_slug_idx\` ON \`themes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`themes_image_idx\` ON \`themes\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`themes_updated_at_idx\` ON \`themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themes_created_at_idx\` ON \`themes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`themes_locales\` (
  	\`title\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_locales_locale_parent_id_unique\` ON \`themes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_supports\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_supports_order_idx\` ON \`services_supports\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_supports_parent_idx\` ON \`services_supports\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_need_levels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_need_levels_order_idx\` ON \`services_need_levels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_need_levels_parent_idx\` ON \`services_need_levels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_districts\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_districts_order_idx\` ON \`services_districts\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_districts_parent_idx\` ON \`services_districts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_delivery\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_delivery_order_idx\` ON \`services_delivery\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_delivery_parent_idx\` ON \`services_delivery\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`accepts_dads_and_co_parents\` integer DEFAULT false,
  	\`area_as_listed\` text,
  	\`sector\` text NOT NULL,
  	\`cost\` text DEFAULT 'free' NOT NULL,
  	\`evenings_or_weekends\` integer DEFAULT false,
  	\`contact_phone\` text,
  	\`contact_website\` text,
  	\`contact_email\` text,
  	\`verified_at\` text,
  	\`verified_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`verified_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_verified_by_idx\` ON \`services\` (\`verified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`services_locales\` (
  	\`name\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`who_can_use\` text,
  	\`hours\` text,
  	\`contact_how_to_contact\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_locales_locale_parent_id_unique\` ON \`services_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_texts_order_parent\` ON \`services_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`awareness_dates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`rule\` text,
  	\`duration_days\` numeric DEFAULT 1,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`awareness_dates_updated_at_idx\` ON \`awareness_dates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`awareness_dates_created_at_idx\` ON \`awareness_dates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`awareness_dates_locales\` (
  	\`name\` text NOT NULL,
  	\`notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`awareness_dates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`awareness_dates_locales_locale_parent_id_unique\` ON \`awareness_dates_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`awareness_dates_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`awareness_dates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`awareness_dates_rels_order_idx\` ON \`awareness_dates_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`awareness_dates_rels_parent_idx\` ON \`awareness_dates_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`awareness_dates_rels_path_idx\` ON \`awareness_dates_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`awareness_dates_rels_themes_id_idx\` ON \`awareness_dates_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`venues\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`district\` text NOT NULL,
  	\`address\` text,
  	\`session_times\` text,
  	\`contact_name\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`venues_slug_idx\` ON \`venues\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`venues_updated_at_idx\` ON \`venues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`venues_created_at_idx\` ON \`venues\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`venues_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`venues_rels_order_idx\` ON \`venues_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`venues_rels_parent_idx\` ON \`venues_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`venues_rels_path_idx\` ON \`venues_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`venues_rels_users_id_idx\` ON \`venues_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`decorative\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_wide_url\` text,
  	\`sizes_wide_width\` numeric,
  	\`sizes_wide_height\` numeric,
  	\`sizes_wide_mime_type\` text,
  	\`sizes_wide_filesize\` numeric,
  	\`sizes_wide_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide_sizes_wide_filename_idx\` ON \`media\` (\`sizes_wide_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`materials_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`materials_audiences_order_idx\` ON \`materials_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`materials_audiences_parent_idx\` ON \`materials_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`materials\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`summary\` text,
  	\`type\` text NOT NULL,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`accessible_format\` text DEFAULT 'standard' NOT NULL,
  	\`standard_version_id\` integer,
  	\`thumbnail_id\` integer,
  	\`post_text\` text,
  	\`alt_text\` text,
  	\`hashtags\` text,
  	\`access_level\` text DEFAULT 'public' NOT NULL,
  	\`generated_from_message_id\` integer,
  	\`generated_from_variant\` text,
  	\`generated_from_fingerprint\` text,
  	\`generated_from_stale\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_preview_url\` text,
  	\`sizes_preview_width\` numeric,
  	\`sizes_preview_height\` numeric,
  	\`sizes_preview_mime_type\` text,
  	\`sizes_preview_filesize\` numeric,
  	\`sizes_preview_filename\` text,
  	FOREIGN KEY (\`standard_version_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`thumbnail_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`generated_from_message_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`materials_slug_idx\` ON \`materials\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`materials_standard_version_idx\` ON \`materials\` (\`standard_version_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_thumbnail_idx\` ON \`materials\` (\`thumbnail_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_generated_from_generated_from_message_idx\` ON \`materials\` (\`generated_from_message_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_updated_at_idx\` ON \`materials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`materials_created_at_idx\` ON \`materials\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`materials_filename_idx\` ON \`materials\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`materials_sizes_preview_sizes_preview_filename_idx\` ON \`materials\` (\`sizes_preview_filename\`);`)
  await db.run(sql`CREATE TABLE \`materials_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`messages_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`messages_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`materials_rels_order_idx\` ON \`materials_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`materials_rels_parent_idx\` ON \`materials_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_rels_path_idx\` ON \`materials_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`materials_rels_themes_id_idx\` ON \`materials_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_rels_messages_id_idx\` ON \`materials_rels\` (\`messages_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_rels_users_id_idx\` ON \`materials_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`kits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`summary\` text,
  	\`theme_id\` integer,
  	\`moment_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`theme_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moment_id\`) REFERENCES \`awareness_dates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`kits_slug_idx\` ON \`kits\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`kits_theme_idx\` ON \`kits\` (\`theme_id\`);`)
  await db.run(sql`CREATE INDEX \`kits_moment_idx\` ON \`kits\` (\`moment_id\`);`)
  await db.run(sql`CREATE INDEX \`kits_updated_at_idx\` ON \`kits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kits_created_at_idx\` ON \`kits\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`kits_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`materials_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kits_rels_order_idx\` ON \`kits_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`kits_rels_parent_idx\` ON \`kits_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`kits_rels_path_idx\` ON \`kits_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`kits_rels_materials_id_idx\` ON \`kits_rels\` (\`materials_id\`);`)
  await db.run(sql`CREATE TABLE \`download_counts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`material_id\` integer NOT NULL,
  	\`month\` text NOT NULL,
  	\`organisation_kind\` text NOT NULL,
  	\`district\` text,
  	\`downloads\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`material_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`download_counts_material_idx\` ON \`download_counts\` (\`material_id\`);`)
  await db.run(sql`CREATE INDEX \`download_counts_month_idx\` ON \`download_counts\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`download_counts_updated_at_idx\` ON \`download_counts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`download_counts_created_at_idx\` ON \`download_counts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`qr_visits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`venue_id\` integer NOT NULL,
  	\`message_id\` integer,
  	\`month\` text NOT NULL,
  	\`visits\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`venue_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`message_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`qr_visits_venue_idx\` ON \`qr_visits\` (\`venue_id\`);`)
  await db.run(sql`CREATE INDEX \`qr_visits_message_idx\` ON \`qr_visits\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`qr_visits_month_idx\` ON \`qr_visits\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`qr_visits_updated_at_idx\` ON \`qr_visits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`qr_visits_created_at_idx\` ON \`qr_visits\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`social_posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`message_id\` integer NOT NULL,
  	\`platform\` text NOT NULL,
  	\`scheduled_at\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`note\` text,
  	\`safety_warning\` text,
  	\`text\` text,
  	\`link\` text,
  	\`image_id\` integer,
  	\`image_alt\` text,
  	\`findings\` text,
  	\`posted_url\` text,
  	\`posted_at\` text,
  	\`posted_by_id\` integer,
  	\`posted_via\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`message_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`posted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`social_posts_message_idx\` ON \`social_posts\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_platform_idx\` ON \`social_posts\` (\`platform\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_scheduled_at_idx\` ON \`social_posts\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_status_idx\` ON \`social_posts\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_image_idx\` ON \`social_posts\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_posted_posted_by_idx\` ON \`social_posts\` (\`posted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_updated_at_idx\` ON \`social_posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_created_at_idx\` ON \`social_posts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`social_posts_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`social_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`social_posts_texts_order_parent\` ON \`social_posts_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`delivery_id\` text NOT NULL,
  	\`event\` text NOT NULL,
  	\`post_id\` integer,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`next_attempt_at\` text,
  	\`delivered_at\` text,
  	\`response_status\` numeric,
  	\`last_error\` text,
  	\`body\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`post_id\`) REFERENCES \`social_posts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webhook_deliveries_delivery_id_idx\` ON \`webhook_deliveries\` (\`delivery_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_event_idx\` ON \`webhook_deliveries\` (\`event\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_post_idx\` ON \`webhook_deliveries\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_status_idx\` ON \`webhook_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_next_attempt_at_idx\` ON \`webhook_deliveries\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`email_campaigns_bulletin_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`email_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`email_campaigns_bulletin_links_order_idx\` ON \`email_campaigns_bulletin_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`email_campaigns_bulletin_links_parent_id_idx\` ON \`email_campaigns_bulletin_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`email_campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`template\` text DEFAULT 'message-of-the-week' NOT NULL,
  	\`message_id\` integer,
  	\`bulletin_heading\` text,
  	\`bulletin_body\` text,
  	\`bulletin_review_state\` text DEFAULT 'draft',
  	\`bulletin_review_by_id\` integer,
  	\`bulletin_review_at\` text,
  	\`bulletin_findings\` text,
  	\`bulletin_words_print\` text,
  	\`locale\` text DEFAULT 'all' NOT NULL,
  	\`send_at\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`progress_recipients\` numeric,
  	\`progress_sent\` numeric,
  	\`progress_failed\` numeric,
  	\`progress_suppressed\` numeric,
  	\`progress_unconfirmed\` numeric,
  	\`progress_retrying\` numeric,
  	\`progress_note\` text,
  	\`progress_started_at\` text,
  	\`progress_finished_at\` text,
  	\`author_id\` integer,
  	\`cursor\` text,
  	\`lease\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`message_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bulletin_review_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`email_campaigns_message_idx\` ON \`email_campaigns\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`email_campaigns_bulletin_review_bulletin_review_by_idx\` ON \`email_campaigns\` (\`bulletin_review_by_id\`);`)
  await db.run(sql`CREATE INDEX \`email_campaigns_status_idx\` ON \`email_campaigns\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`email_campaigns_author_idx\` ON \`email_campaigns\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`email_campaigns_updated_at_idx\` ON \`email_campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`email_campaigns_created_at_idx\` ON \`email_campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`email_campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`mailing_lists_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`email_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mailing_lists_id\`) REFERENCES \`mailing_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`email_campaigns_rels_order_idx\` ON \`email_campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`email_campaigns_rels_parent_idx\` ON \`email_campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`email_campaigns_rels_path_idx\` ON \`email_campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`email_campaigns_rels_mailing_lists_id_idx\` ON \`email_campaigns_rels\` (\`mailing_lists_id\`);`)
  await db.run(sql`CREATE TABLE \`mailing_lists\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`audience\` text NOT NULL,
  	\`public_sign_up\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`mailing_lists_slug_idx\` ON \`mailing_lists\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`mailing_lists_updated_at_idx\` ON \`mailing_lists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mailing_lists_created_at_idx\` ON \`mailing_lists\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`mailing_lists_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`mailing_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`mailing_lists_locales_locale_parent_id_unique\` ON \`mailing_lists_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`subscribers_consent_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`list_id\` integer,
  	\`event\` text NOT NULL,
  	\`method\` text NOT NULL,
  	\`wording\` text,
  	\`wording_version\` text,
  	\`at\` text NOT NULL,
  	FOREIGN KEY (\`list_id\`) REFERENCES \`mailing_lists\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subscribers_consent_log_order_idx\` ON \`subscribers_consent_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_consent_log_parent_id_idx\` ON \`subscribers_consent_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_consent_log_list_idx\` ON \`subscribers_consent_log\` (\`list_id\`);`)
  await db.run(sql`CREATE TABLE \`subscribers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`locale\` text DEFAULT 'en' NOT NULL,
  	\`confirmed_at\` text,
  	\`confirmation_sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_email_idx\` ON \`subscribers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_updated_at_idx\` ON \`subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_created_at_idx\` ON \`subscribers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`subscribers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`mailing_lists_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mailing_lists_id\`) REFERENCES \`mailing_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subscribers_rels_order_idx\` ON \`subscribers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_rels_parent_idx\` ON \`subscribers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_rels_path_idx\` ON \`subscribers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_rels_mailing_lists_id_idx\` ON \`subscribers_rels\` (\`mailing_lists_id\`);`)
  await db.run(sql`CREATE TABLE \`email_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer NOT NULL,
  	\`subscriber_id\` integer NOT NULL,
  	\`status\` text NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`next_attempt_at\` text,
  	\`last_error\` text,
  	\`sent_at\` text,
  	\`message_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`email_campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`subscriber_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`email_deliveries_campaign_idx\` ON \`email_deliveries\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`email_deliveries_subscriber_idx\` ON \`email_deliveries\` (\`subscriber_id\`);`)
  await db.run(sql`CREATE INDEX \`email_deliveries_status_idx\` ON \`email_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`email_deliveries_next_attempt_at_idx\` ON \`email_deliveries\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`email_deliveries_updated_at_idx\` ON \`email_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`email_deliveries_created_at_idx\` ON \`email_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaign_subscriber_idx\` ON \`email_deliveries\` (\`campaign_id\`,\`subscriber_id\`);`)
  await db.run(sql`CREATE TABLE \`suppressions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`address_key\` text NOT NULL,
  	\`list_id\` integer,
  	\`reason\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`list_id\`) REFERENCES \`mailing_lists\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`suppressions_address_key_idx\` ON \`suppressions\` (\`address_key\`);`)
  await db.run(sql`CREATE INDEX \`suppressions_list_idx\` ON \`suppressions\` (\`list_id\`);`)
  await db.run(sql`CREATE INDEX \`suppressions_updated_at_idx\` ON \`suppressions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`suppressions_created_at_idx\` ON \`suppressions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_trail\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event\` text NOT NULL,
  	\`message_id\` integer,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text NOT NULL,
  	\`note\` text,
  	\`version\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`message_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_trail_message_idx\` ON \`audit_trail\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_trail_by_idx\` ON \`audit_trail\` (\`by_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_trail_updated_at_idx\` ON \`audit_trail\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_trail_created_at_idx\` ON \`audit_trail\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_reviewer_for\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_reviewer_for_order_idx\` ON \`users_reviewer_for\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_reviewer_for_parent_idx\` ON \`users_reviewer_for\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`partner_status\` text,
  	\`organisation\` text,
  	\`organisation_kind\` text,
  	\`job_role\` text,
  	\`district\` text,
  	\`venue_name\` text,
  	\`calendar_token\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_calendar_token_idx\` ON \`users\` (\`calendar_token\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`messages_id\` integer,
  	\`themes_id\` integer,
  	\`services_id\` integer,
  	\`awareness_dates_id\` integer,
  	\`venues_id\` integer,
  	\`media_id\` integer,
  	\`materials_id\` integer,
  	\`kits_id\` integer,
  	\`download_counts_id\` integer,
  	\`qr_visits_id\` integer,
  	\`social_posts_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	\`email_campaigns_id\` integer,
  	\`mailing_lists_id\` integer,
  	\`subscribers_id\` integer,
  	\`email_deliveries_id\` integer,
  	\`suppressions_id\` integer,
  	\`audit_trail_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`messages_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`awareness_dates_id\`) REFERENCES \`awareness_dates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`venues_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kits_id\`) REFERENCES \`kits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`download_counts_id\`) REFERENCES \`download_counts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`qr_visits_id\`) REFERENCES \`qr_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`social_posts_id\`) REFERENCES \`social_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`email_campaigns_id\`) REFERENCES \`email_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mailing_lists_id\`) REFERENCES \`mailing_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`email_deliveries_id\`) REFERENCES \`email_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`suppressions_id\`) REFERENCES \`suppressions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_trail_id\`) REFERENCES \`audit_trail\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_awareness_dates_id_idx\` ON \`payload_locked_documents_rels\` (\`awareness_dates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_venues_id_idx\` ON \`payload_locked_documents_rels\` (\`venues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_materials_id_idx\` ON \`payload_locked_documents_rels\` (\`materials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kits_id_idx\` ON \`payload_locked_documents_rels\` (\`kits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_download_counts_id_idx\` ON \`payload_locked_documents_rels\` (\`download_counts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_qr_visits_id_idx\` ON \`payload_locked_documents_rels\` (\`qr_visits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_social_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`social_posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`email_campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mailing_lists_id_idx\` ON \`payload_locked_documents_rels\` (\`mailing_lists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`email_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_suppressions_id_idx\` ON \`payload_locked_documents_rels\` (\`suppressions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_trail_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_trail_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`campaign_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`default_locale\` text DEFAULT 'en' NOT NULL,
  	\`pause_active\` integer DEFAULT false,
  	\`pause_reason\` text,
  	\`pause_paused_by_id\` integer,
  	\`pause_paused_at\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`pause_paused_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_settings_pause_pause_paused_by_idx\` ON \`campaign_settings\` (\`pause_paused_by_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_settings_locales\` (
  	\`campaign_name\` text DEFAULT 'Nurturing Little Hearts and Minds' NOT NULL,
  	\`tagline\` text DEFAULT 'Feelings after a baby are common. Help is there, and asking is safe.',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaign_settings_locales_locale_parent_id_unique\` ON \`campaign_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`messages_audiences\`;`)
  await db.run(sql`DROP TABLE \`messages_signposts\`;`)
  await db.run(sql`DROP TABLE \`messages_signposts_locales\`;`)
  await db.run(sql`DROP TABLE \`messages_sources\`;`)
  await db.run(sql`DROP TABLE \`messages_topic_flags\`;`)
  await db.run(sql`DROP TABLE \`messages_renditions_social\`;`)
  await db.run(sql`DROP TABLE \`messages_renditions_social_locales\`;`)
  await db.run(sql`DROP TABLE \`messages_renditions_one_minute_conversation\`;`)
  await db.run(sql`DROP TABLE \`messages_renditions_one_minute_conversation_locales\`;`)
  await db.run(sql`DROP TABLE \`messages_renditions_stale\`;`)
  await db.run(sql`DROP TABLE \`messages_safety_accepted\`;`)
  await db.run(sql`DROP TABLE \`messages\`;`)
  await db.run(sql`DROP TABLE \`messages_locales\`;`)
  await db.run(sql`DROP TABLE \`messages_texts\`;`)
  await db.run(sql`DROP TABLE \`messages_rels\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_version_signposts\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_version_signposts_locales\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_version_topic_flags\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_version_renditions_social\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_version_renditions_social_locales\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_version_renditions_one_minute_conversation\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_version_renditions_one_minute_conversation_locales\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_version_renditions_stale\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_version_safety_accepted\`;`)
  await db.run(sql`DROP TABLE \`_messages_v\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_messages_v_rels\`;`)
  await db.run(sql`DROP TABLE \`themes\`;`)
  await db.run(sql`DROP TABLE \`themes_locales\`;`)
  await db.run(sql`DROP TABLE \`services_supports\`;`)
  await db.run(sql`DROP TABLE \`services_need_levels\`;`)
  await db.run(sql`DROP TABLE \`services_districts\`;`)
  await db.run(sql`DROP TABLE \`services_delivery\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`DROP TABLE \`services_locales\`;`)
  await db.run(sql`DROP TABLE \`services_texts\`;`)
  await db.run(sql`DROP TABLE \`awareness_dates\`;`)
  await db.run(sql`DROP TABLE \`awareness_dates_locales\`;`)
  await db.run(sql`DROP TABLE \`awareness_dates_rels\`;`)
  await db.run(sql`DROP TABLE \`venues\`;`)
  await db.run(sql`DROP TABLE \`venues_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`materials_audiences\`;`)
  await db.run(sql`DROP TABLE \`materials\`;`)
  await db.run(sql`DROP TABLE \`materials_rels\`;`)
  await db.run(sql`DROP TABLE \`kits\`;`)
  await db.run(sql`DROP TABLE \`kits_rels\`;`)
  await db.run(sql`DROP TABLE \`download_counts\`;`)
  await db.run(sql`DROP TABLE \`qr_visits\`;`)
  await db.run(sql`DROP TABLE \`social_posts\`;`)
  await db.run(sql`DROP TABLE \`social_posts_texts\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`email_campaigns_bulletin_links\`;`)
  await db.run(sql`DROP TABLE \`email_campaigns\`;`)
  await db.run(sql`DROP TABLE \`email_campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`mailing_lists\`;`)
  await db.run(sql`DROP TABLE \`mailing_lists_locales\`;`)
  await db.run(sql`DROP TABLE \`subscribers_consent_log\`;`)
  await db.run(sql`DROP TABLE \`subscribers\`;`)
  await db.run(sql`DROP TABLE \`subscribers_rels\`;`)
  await db.run(sql`DROP TABLE \`email_deliveries\`;`)
  await db.run(sql`DROP TABLE \`suppressions\`;`)
  await db.run(sql`DROP TABLE \`audit_trail\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_reviewer_for\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`campaign_settings\`;`)
  await db.run(sql`DROP TABLE \`campaign_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
