import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`page_visits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`page\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`channel\` text NOT NULL,
  	\`visits\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`page_visits_key_idx\` ON \`page_visits\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`page_visits_page_idx\` ON \`page_visits\` (\`page\`);`)
  await db.run(sql`CREATE INDEX \`page_visits_day_idx\` ON \`page_visits\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`page_visits_updated_at_idx\` ON \`page_visits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`page_visits_created_at_idx\` ON \`page_visits\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`helpful_answers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`page\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`yes\` numeric DEFAULT 0 NOT NULL,
  	\`no\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`helpful_answers_key_idx\` ON \`helpful_answers\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`helpful_answers_page_idx\` ON \`helpful_answers\` (\`page\`);`)
  await db.run(sql`CREATE INDEX \`helpful_answers_day_idx\` ON \`helpful_answers\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`helpful_answers_updated_at_idx\` ON \`helpful_answers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`helpful_answers_created_at_idx\` ON \`helpful_answers\` (\`created_at\`);`)
  // Counts gain a unique key made of their facts (src/collections/counts.ts, countKey), so processes add to one
  // row atomically. SQLite adds a NOT NULL column only with a default; rows counted twice for the same facts
  // (two processes under the old read-then-write) are merged into one first, then each gets its key.
  await db.run(sql`ALTER TABLE \`download_counts\` ADD \`key\` text DEFAULT '' NOT NULL;`)
  await db.run(sql`UPDATE \`download_counts\` SET \`downloads\` = (SELECT SUM(d2.\`downloads\`) FROM \`download_counts\` d2 WHERE d2.\`material_id\` IS \`download_counts\`.\`material_id\` AND d2.\`month\` = \`download_counts\`.\`month\` AND d2.\`organisation_kind\` = \`download_counts\`.\`organisation_kind\` AND d2.\`district\` IS \`download_counts\`.\`district\`) WHERE \`id\` IN (SELECT MIN(\`id\`) FROM \`download_counts\` GROUP BY \`material_id\`, \`month\`, \`organisation_kind\`, \`district\`);`)
  await db.run(sql`DELETE FROM \`download_counts\` WHERE \`id\` NOT IN (SELECT MIN(\`id\`) FROM \`download_counts\` GROUP BY \`material_id\`, \`month\`, \`organisation_kind\`, \`district\`);`)
  await db.run(sql`UPDATE \`download_counts\` SET \`key\` = 'district=' || COALESCE(\`district\`, '') || '|material=' || COALESCE(\`material_id\`, '') || '|month=' || \`month\` || '|organisationKind=' || \`organisation_kind\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`download_counts_key_idx\` ON \`download_counts\` (\`key\`);`)
  await db.run(sql`ALTER TABLE \`qr_visits\` ADD \`key\` text DEFAULT '' NOT NULL;`)
  await db.run(sql`UPDATE \`qr_visits\` SET \`visits\` = (SELECT SUM(q2.\`visits\`) FROM \`qr_visits\` q2 WHERE q2.\`venue_id\` IS \`qr_visits\`.\`venue_id\` AND q2.\`month\` = \`qr_visits\`.\`month\` AND q2.\`message_id\` IS \`qr_visits\`.\`message_id\`) WHERE \`id\` IN (SELECT MIN(\`id\`) FROM \`qr_visits\` GROUP BY \`venue_id\`, \`month\`, \`message_id\`);`)
  await db.run(sql`DELETE FROM \`qr_visits\` WHERE \`id\` NOT IN (SELECT MIN(\`id\`) FROM \`qr_visits\` GROUP BY \`venue_id\`, \`month\`, \`message_id\`);`)
  await db.run(sql`UPDATE \`qr_visits\` SET \`key\` = 'message=' || COALESCE(\`message_id\`, '') || '|month=' || \`month\` || '|venue=' || COALESCE(\`venue_id\`, '');`)
  await db.run(sql`CREATE UNIQUE INDEX \`qr_visits_key_idx\` ON \`qr_visits\` (\`key\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`page_visits_id\` integer REFERENCES page_visits(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`helpful_answers_id\` integer REFERENCES helpful_answers(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_visits_id_idx\` ON \`payload_locked_documents_rels\` (\`page_visits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_helpful_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`helpful_answers_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`page_visits\`;`)
  await db.run(sql`DROP TABLE \`helpful_answers\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  	\`site_changes_id\` integer,
  	\`leases_id\` integer,
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_changes_id\`) REFERENCES \`site_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leases_id\`) REFERENCES \`leases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "messages_id", "themes_id", "services_id", "awareness_dates_id", "venues_id", "media_id", "materials_id", "kits_id", "download_counts_id", "qr_visits_id", "social_posts_id", "webhook_deliveries_id", "email_campaigns_id", "mailing_lists_id", "subscribers_id", "email_deliveries_id", "suppressions_id", "audit_trail_id", "users_id", "site_changes_id", "leases_id") SELECT "id", "order", "parent_id", "path", "messages_id", "themes_id", "services_id", "awareness_dates_id", "venues_id", "media_id", "materials_id", "kits_id", "download_counts_id", "qr_visits_id", "social_posts_id", "webhook_deliveries_id", "email_campaigns_id", "mailing_lists_id", "subscribers_id", "email_deliveries_id", "suppressions_id", "audit_trail_id", "users_id", "site_changes_id", "leases_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`site_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`leases_id\`);`)
  await db.run(sql`DROP INDEX \`download_counts_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`download_counts\` DROP COLUMN \`key\`;`)
  await db.run(sql`DROP INDEX \`qr_visits_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`qr_visits\` DROP COLUMN \`key\`;`)
}
