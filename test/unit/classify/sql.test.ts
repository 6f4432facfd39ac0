// SQL text (see lambdas/classify/sql.ts): a dump's rows from its INSERT and COPY statements, a
// MySQL general log's from what its queries write and look up.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { statementRecords, type TableShape } from '../../../lambdas/classify/sql.js';
import { readRecords } from '../../../lambdas/classify/sources.js';
import { classifyFile } from '../../../lambdas/classify/parallel.js';
import { classifySource } from '../../../lambdas/classify/stream.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'breachclock-sql-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const asOf = new Date('2026-11-20T00:00:00Z');
const scratchFile = (name: string, content: string): string => {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
};
const records = async (file: string) => {
  const all = [];
  for await (const record of readRecords(file)) all.push(record);
  return all;
};
const classify = async (file: string) => (await classifySource(file, { collectEmails: false, asOf })).classification;
const counts = (c: { categories: Array<{ category: string; subjects: number }> }) => c.categories.map((entry) => [entry.category, entry.subjects]);

const MYSQLDUMP = `-- MySQL dump 10.13  Distrib 8.0.39, for Linux (x86_64)
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS \`customers\`;
CREATE TABLE \`customers\` (
  \`id\` int NOT NULL AUTO_INCREMENT,
  \`email\` varchar(255) NOT NULL,
  \`full_name\` varchar(255) DEFAULT NULL,
  \`date_of_birth\` date DEFAULT NULL,
  \`country\` char(2) DEFAULT NULL,
  \`password_hash\` varchar(255) DEFAULT NULL,
  \`notes\` text,
  \`price\` decimal(10,2) DEFAULT '0.00',
  PRIMARY KEY (\`id\`),
  UNIQUE KEY \`email\` (\`email\`),
  KEY \`idx\` (\`country\`,\`price\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES \`customers\` WRITE;
INSERT INTO \`customers\` VALUES (1,'anna.schmidt@example.de','Anna Schmidt','1985-03-14','DE','$2y$10$0/mbJC2VtujuylletVjOm.kCipSgc.am96h1uTLCVSuxE34UYkSBg','it\\'s done; a ; inside',9.50),(2,'sean@example.ie','Seán O''Brien','2014-07-01','IE',NULL,'line\\nbreak',-1.5e2),(3,'bob@example.com','Bob Stone',NULL,'US',NULL,'',NULL);
UNLOCK TABLES;
`;

describe('SQL dumps', () => {
  it('reads mysqldump\'s extended INSERTs under the columns its CREATE TABLE gave, strings with their escapes', async () => {
    const rows = await records(scratchFile('shop.sql', MYSQLDUMP));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      'customers.id': '1', 'customers.email': 'anna.schmidt@example.de', 'customers.full_name': 'Anna Schmidt', 'customers.date_of_birth': '1985-03-14',
      'customers.country': 'DE', 'customers.password_hash': '$2y$10$0/mbJC2VtujuylletVjOm.kCipSgc.am96h1uTLCVSuxE34UYkSBg',
      'customers.notes': "it's done; a ; inside", 'customers.price': '9.50', sql_row: 'customer#1',
    });
    expect(rows[1]).toMatchObject({ 'customers.full_name': 'Seán O\'Brien', 'customers.password_hash': null, 'customers.notes': 'line\nbreak', 'customers.price': '-1.5e2' });
    const c = await classify(scratchFile('shop.dump', MYSQLDUMP));
    expect(c.subjectCount).toBe(3);
    expect(counts(c)).toEqual([['contact', 3], ['identity', 3], ['credentials', 1]]);
    expect(c.jurisdictions).toEqual(['DE', 'IE', 'US']);
    expect(c.children).toMatchObject({ under13: 1, under16: 1 });
  });

  it('reads MySQL 8\'s binary values, written _binary \'...\' or as --hex-blob\'s 0x literals (QA round 44)', async () => {
    const dump = `CREATE TABLE \`users\` (\`id\` binary(16), \`email\` varchar(255), \`password\` varbinary(255));
INSERT INTO \`users\` VALUES (0x11EE8F2A9C4B11EE,'anna@example.org',_binary 'summer2001!x'),(_binary 'Q\\0\\Z','tom@example.org',_binary '$2y$10$bcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0a');
`;
    const rows = await records(scratchFile('binary.sql', dump));
    expect(rows.map((row) => [row['users.email'], row['users.id'] === null ? null : 'id'])).toEqual([['anna@example.org', 'id'], ['tom@example.org', 'id']]);
    const c = await classify(scratchFile('binary2.sql', dump));
    expect(c.subjectCount).toBe(2);
    expect(c.credentials).toMatchObject({ plain: 1, hashed: 1 });
  });

  it('keys a guest\'s order (customer_id 0, WooCommerce\'s) by its own email, not by the order, and reads phpBB\'s space-padded birthdays day first (QA round 44)', async () => {
    const orders = `CREATE TABLE \`wp_wc_orders\` (\`id\` bigint, \`customer_id\` bigint, \`billing_email\` varchar(320), \`billing_first_name\` varchar(100));
INSERT INTO \`wp_wc_orders\` VALUES (101,0,'guest.one@example.org','Anna'),(102,0,'guest.two@example.org','John'),(103,0,'guest.one@example.org','Anna'),(104,7,'reg@example.org','Mary'),(105,7,'reg@example.org','Mary');
`;
    expect((await classify(scratchFile('woo.sql', orders))).subjectCount).toBe(3);
    // A customer's orders are theirs however many there are (six here): no shared name, as a session that looked up many people is.
    const loyal = `CREATE TABLE \`wp_wc_orders\` (\`id\` bigint, \`customer_id\` bigint, \`billing_email\` varchar(320), \`billing_country\` char(2), PRIMARY KEY (\`id\`));
INSERT INTO \`wp_wc_orders\` VALUES ${[1, 2, 3, 4, 5, 6].map((id) => `(${id},7,'reg@example.org','US')`).join(',')},(7,8,'tom@example.org','GB'),(8,9,'ann@example.org','GB');
`;
    expect((await classify(scratchFile('woo-loyal.sql', loyal))).subjectCount).toBe(3);
    const forum = `CREATE TABLE \`phpbb_users\` (\`user_id\` int, \`user_email\` varchar(100), \`user_birthday\` varchar(10));
INSERT INTO \`phpbb_users\` VALUES (1,'a@example.org','25- 3-1990'),(2,'b@example.org','12- 4-2013'),(3,'c@example.org','30-12-1985');
`;
    // 12 April 2013 (day first, as the column's 25- 3-1990 shows): 13 on 2026-11-20, not under 13.
    expect((await classify(scratchFile('forum.sql', forum))).children).toMatchObject({ under13: 0, under16: 1 });
    // A wp_usermeta state code other countries share (CA) is the US state of a user whose billing_country row says US.
    const meta = `CREATE TABLE \`wp_users\` (\`ID\` bigint, \`user_email\` varchar(100), \`display_name\` varchar(250), PRIMARY KEY (\`ID\`));
CREATE TABLE \`wp_usermeta\` (\`umeta_id\` bigint, \`user_id\` bigint, \`meta_key\` varchar(255), \`meta_value\` longtext, PRIMARY KEY (\`umeta_id\`));
INSERT INTO \`wp_users\` VALUES (1,'anna@example.org','Anna Schmidt'),(2,'liam@example.org','Liam Walker'),(3,'mei@example.org','Mei Chen');
INSERT INTO \`wp_usermeta\` VALUES (1,1,'billing_country','US'),(2,1,'billing_state','CA'),(3,2,'billing_country','AU'),(4,2,'billing_state','NSW'),(5,3,'billing_country','CA'),(6,3,'billing_state','ON');
`;
    expect((await classify(scratchFile('meta.sql', meta))).jurisdictions).toEqual(['AU', 'CA', 'US', 'US-CA']);
  });

  it('reads SQL Server scripts as SSMS writes them: statements ended by GO lines, INSERT without INTO (QA round 46)', async () => {
    const script = ['USE [HrPortal]', 'GO', 'SET IDENTITY_INSERT [dbo].[Users] ON', 'GO',
      "INSERT [dbo].[Users] ([Id], [Email], [PasswordHash]) VALUES (1, N'anna@example.org', N'AQAAAAEAACcQAAAAEMI9V0Kb0cOgm4iJGbFVzM2IhUF+dXXqI03SVWsoKXV2GvqFJrGnBde0UHLM2JW9og==')", 'GO',
      "INSERT [dbo].[Users] ([Id], [Email], [PasswordHash]) VALUES (2, N'tom@example.org', N'AQAAAAEAACcQAAAAEIyyeMDWvKU7tS/gLqjOv5qJAB3eDgWDy+TrOwgVFYq8hk0m07Xs9Re4JJ1p+qzslw==')", 'GO',
      "INSERT INTO [dbo].[Users] ([Id], [Email], [PasswordHash]) VALUES (3, N'mei@example.org', N'AQAAAAEAACcQAAAAEH6p6e5Qe2krIh2fe1Bn0y1wq7ZSeFmbP43uSFgmfMbyey+h6JoIBht+NbvVCZyUiw==')", 'GO'].join('\r\n');
    const rows = await records(scratchFile('ssms.sql', script));
    expect(rows.map((row) => row['Users.Email'])).toEqual(['anna@example.org', 'tom@example.org', 'mei@example.org']);
    expect(await classify(scratchFile('ssms2.sql', script))).toMatchObject({ subjectCount: 3, credentials: { hashed: 3 } });
  });

  it('reads an SSMS data script\'s INSERT lines without a `;` between GO lines, and its CAST(N\'...\' AS Date) values (QA round 72)', async () => {
    const insert = (id: number, email: string, birth: string) =>
      `INSERT [dbo].[Customers] ([customer_id], [email], [birth_date], [created_at]) VALUES (${id}, N'${email}', CAST(N'${birth}' AS Date), CAST(N'2020-07-15T19:11:23.000' AS DateTime))`;
    const script = ['USE [Shop]', 'GO', 'SET IDENTITY_INSERT [dbo].[Customers] ON ', 'GO',
      insert(1, 'oisin@example.de', '2013-12-05'), insert(2, 'soeren@example.fr', '1990-03-01'), insert(3, 'mia@example.nl', '2015-06-30'), 'SET IDENTITY_INSERT [dbo].[Customers] OFF', 'GO'].join('\r\n');
    const rows = await records(scratchFile('ssms-data.sql', script));
    expect(rows.map((row) => row['Customers.birth_date'])).toEqual(['2013-12-05', '1990-03-01', '2015-06-30']);
    expect(await classify(scratchFile('ssms-data2.sql', script))).toMatchObject({ subjectCount: 3, children: { under13: 2 } });
  });

  it('reads pg_dump\'s COPY rows (\\N is null) and pg_dump --inserts\' statements, and a dump whose name says nothing', async () => {
    const copy = `--\n-- PostgreSQL database dump\n--\nSET client_encoding = 'UTF8';\nSELECT pg_catalog.set_config('search_path', '', false);\n`
      + 'CREATE TABLE public.patients (\n    id integer NOT NULL,\n    email text,\n    diagnosis_code text\n);\n\n'
      + 'COPY public.patients (id, email, diagnosis_code) FROM stdin;\n1\tanna@example.org\tE11.9\n2\t\\N\tJ45.909\n\\.\n\n'
      + 'INSERT INTO public.patients (id, email, diagnosis_code) VALUES (3, E\'tom@example.org\', \'F32.1\');\n';
    const rows = await records(scratchFile('patients.sql', copy));
    expect(rows).toEqual([
      { 'patients.id': '1', 'patients.email': 'anna@example.org', 'patients.diagnosis_code': 'E11.9', sql_row: 'patient#1' },
      { 'patients.id': '2', 'patients.email': null, 'patients.diagnosis_code': 'J45.909', sql_row: 'patient#2' },
      { 'patients.id': '3', 'patients.email': 'tom@example.org', 'patients.diagnosis_code': 'F32.1', sql_row: 'patient#3' },
    ]);
    expect(await records(scratchFile('2026-11-15-backup', copy))).toHaveLength(3);
    expect(counts(await classify(scratchFile('patients.txt', copy)))).toEqual([['contact', 2], ['health', 3]]);
  });

  it('joins a dump\'s tables by the person ids their columns name: addresses and orders are their customers\', a product no one', async () => {
    // mysqldump writes tables in alphabetical order: addresses before the customers they belong to.
    const dump = [
      'CREATE TABLE `addresses` (`id` int NOT NULL, `customer_id` int, `street` varchar(99), `city` varchar(99), `country` char(2), PRIMARY KEY (`id`));',
      "INSERT INTO `addresses` VALUES (1,1,'Hauptstraße 5','Berlin','DE'),(2,1,'Seestraße 9','Wien','AT'),(3,2,'12 Rue de Rivoli','Paris','FR'),(4,9,'1 Main St','Springfield','US');",
      'CREATE TABLE `customers` (`id` int NOT NULL, `email` varchar(99), `full_name` varchar(99), PRIMARY KEY (`id`));',
      "INSERT INTO `customers` VALUES (1,'anna@example.de','Anna Schmidt'),(2,'luc@example.fr','Luc Martin'),(3,'eva@example.nl','Eva de Vries');",
      'CREATE TABLE `order_items` (`id` int NOT NULL, `order_id` int, `product_id` int, `qty` int);',
      'INSERT INTO `order_items` VALUES (1,10,100,2),(2,11,100,1),(3,12,101,1);',
      'CREATE TABLE `orders` (`id` int NOT NULL, `customer_id` int, `total` decimal(9,2), `card_number` varchar(19));',
      "INSERT INTO `orders` VALUES (10,1,19.99,'4111 1111 1111 1111'),(11,3,5.00,NULL),(12,3,7.50,NULL);",
      'CREATE TABLE `products` (`id` int NOT NULL, `title` varchar(99), `price` decimal(9,2));',
      "INSERT INTO `products` VALUES (100,'Red dress',49.00),(101,'Blue shirt',19.00);",
    ].join('\n');
    const c = await classify(scratchFile('shop-full.sql', dump));
    // Anna (two addresses, an order with a card), Luc, Eva, and the customer 9 whose row the dump lacks.
    expect(c.subjectCount).toBe(4);
    expect(counts(c)).toEqual([['contact', 4], ['identity', 3], ['payment-card', 1]]);
    expect(c.jurisdictions).toEqual(['AT', 'DE', 'FR', 'US']);
  });

  it('joins a CMS\'s prefixed tables: WordPress\'s wp_usermeta rows are the wp_users they name', async () => {
    const dump = [
      'CREATE TABLE `wp_users` (`ID` bigint NOT NULL, `user_login` varchar(60), `user_email` varchar(100), PRIMARY KEY (`ID`));',
      "INSERT INTO `wp_users` VALUES (2,'olivia','olivia@example.com'),(3,'lukas','lukas@example.de');",
      'CREATE TABLE `wp_usermeta` (`umeta_id` bigint NOT NULL, `user_id` bigint, `meta_key` varchar(255), `meta_value` longtext, PRIMARY KEY (`umeta_id`));',
      "INSERT INTO `wp_usermeta` VALUES (5,2,'billing_email','olivia@example.com'),(6,2,'first_name','Olivia'),(7,2,'last_name','Smith'),"
        + "(8,2,'billing_state','TX'),(9,2,'billing_country','US'),(10,2,'nickname','liv'),(11,3,'first_name','Lukas'),(12,3,'billing_country','DE');",
      // A post's meta rows belong to no one: they are no people.
      'CREATE TABLE `wp_postmeta` (`meta_id` bigint NOT NULL, `post_id` bigint, `meta_key` varchar(255), `meta_value` longtext, PRIMARY KEY (`meta_id`));',
      "INSERT INTO `wp_postmeta` VALUES (1,5,'_edit_lock','1700000000:1'),(2,5,'_thumbnail_id','12'),(3,6,'_wp_page_template','default');",
    ].join('\n');
    // Each meta row is one field of its user, under the field's name: a user's many rows are one person, placed by them.
    const c = await classify(scratchFile('wordpress.sql', dump));
    expect(c.subjectCount).toBe(2);
    expect(c.jurisdictions).toEqual(['DE', 'US', 'US-TX']);
    expect(counts(c)).toContainEqual(['identity', 2]);
  });

  it('joins Magento\'s entity tables: a customer_address_entity row is its parent customer\'s', async () => {
    const dump = [
      'CREATE TABLE `customer_address_entity` (`entity_id` int NOT NULL, `parent_id` int, `city` varchar(99), `country_id` varchar(2), `firstname` varchar(99), `lastname` varchar(99), PRIMARY KEY (`entity_id`));',
      "INSERT INTO `customer_address_entity` VALUES (1,7,'Berlin','DE','Anna','Schmidt'),(2,7,'Wien','AT','Anna','Schmidt'),(3,8,'Paris','FR','Luc','Martin');",
      'CREATE TABLE `customer_entity` (`entity_id` int NOT NULL, `email` varchar(99), `firstname` varchar(99), `lastname` varchar(99), PRIMARY KEY (`entity_id`));',
      "INSERT INTO `customer_entity` VALUES (7,'anna@example.de','Anna','Schmidt'),(8,'luc@example.fr','Luc','Martin');",
    ].join('\n');
    const c = await classify(scratchFile('magento.sql', dump));
    expect(c.subjectCount).toBe(2);
    expect(c.jurisdictions).toEqual(['AT', 'DE', 'FR']);
  });

  it('reads pg_dump\'s COPY after its "Data for Name" comment, and a diagnosis as its appointment\'s patient\'s (QA round 19)', async () => {
    const dump = '--\n-- PostgreSQL database dump\n--\n'
      + 'CREATE TABLE public.appointments (\n    appointment_id integer NOT NULL,\n    patient_id integer,\n    clinic_id integer\n);\n'
      + 'CREATE TABLE public.diagnoses (\n    diagnosis_id integer NOT NULL,\n    appointment_id integer,\n    icd10_code text\n);\n'
      + 'CREATE TABLE public.patients (\n    patient_id integer NOT NULL,\n    email text\n);\n\n'
      + '--\n-- Data for Name: appointments; Type: TABLE DATA; Schema: public; Owner: app\n--\n\n'
      + 'COPY public.appointments (appointment_id, patient_id, clinic_id) FROM stdin;\n1\t7\t1\n2\t8\t1\n\\.\n\n'
      + '--\n-- Data for Name: diagnoses; Type: TABLE DATA; Schema: public; Owner: app\n--\n\n'
      + 'COPY public.diagnoses (diagnosis_id, appointment_id, icd10_code) FROM stdin;\n1\t1\tE11.9\n2\t2\tF32.1\n\\.\n\n'
      + 'COPY public.patients (patient_id, email) FROM stdin;\n7\tanna@example.org\n8\ttom@example.org\n\\.\n';
    const c = await classify(scratchFile('clinic.sql', dump));
    // Two patients of one clinic stay two; each diagnosis is its patient's.
    expect(c.subjectCount).toBe(2);
    expect(counts(c)).toEqual([['contact', 2], ['health', 2]]);
  });

  it('refuses pg_dump\'s binary archive with how to turn it into SQL, and a string that never closes', async () => {
    await expect(records(scratchFile('shop.dump', 'PGDMP\u0001\u000e\u0000binary'))).rejects.toThrow(/pg_restore -f/);
    await expect(records(scratchFile('broken.sql', "INSERT INTO t (a) VALUES ('never closed);\n"))).rejects.toThrow(/not valid SQL/);
  });

  it('reads what an UPDATE sets and a query looks up by, and no rows from other statements', () => {
    const tables = new Map<string, TableShape>();
    expect(statementRecords("UPDATE `customers` SET `phone` = '+4930123456', `updated_at` = NOW() WHERE `email` = 'anna@example.de' LIMIT 1", tables))
      .toEqual([{ 'customers.phone': '+4930123456', 'customers.email': 'anna@example.de' }]);
    expect(statementRecords("SELECT id, email FROM shop.customers c WHERE c.email = 'bob@example.com' AND status IN ('a', 'b') AND age > 5", tables))
      .toEqual([{ 'customers.email': 'bob@example.com' }]);
    expect(statementRecords("DELETE FROM sessions WHERE user_id = 42", tables)).toEqual([{ 'sessions.user_id': '42' }]);
    for (const other of ['SET NAMES utf8mb4', 'SELECT 1', 'SHOW GLOBAL STATUS LIKE \'Threads_connected\'', 'INSERT INTO t SELECT * FROM u', 'LOCK TABLES `t` WRITE']) {
      expect(statementRecords(other, tables), other).toEqual([]);
    }
  });
});

describe('MySQL general query log', () => {
  it('reads the rows its queries write and look up, one stream even on two threads; connections\' database users are no one', async () => {
    const log = '/rdsdbbin/mysql/bin/mysqld, Version: 8.0.39 (Source distribution). started with:\nTcp port: 3306  Unix socket: /tmp/mysql.sock\n'
      + 'Time                 Id Command    Argument\n'
      + '2026-11-15T08:00:02.156253Z\t   40 Connect\tapp@10.0.1.17 on shop using SSL/TLS\n'
      + "2026-11-15T08:00:03.429567Z\t   40 Query\tINSERT INTO `customers` (`email`, `first_name`, `last_name`, `country`, `password`) VALUES ('anna.smith@gmail.com', 'Anna', 'Smith', 'GB', '$2y$10$0/mbJC2VtujuylletVjOm.kCipSgc.am96h1uTLCVSuxE34UYkSBg')\n"
      + "2026-11-15T08:00:04.781415Z\t   40 Query\tINSERT INTO `customers` (`email`, `first_name`, `last_name`, `country`, `password`)\nVALUES ('bob.lee@yahoo.com', 'Bob', 'Lee', 'US', 'blee42!2026')\n"
      + "2026-11-15T08:00:05.367140Z\t   40 Query\tSELECT `id`, `email`, `password` FROM `customers` WHERE `email` = 'anna.smith@gmail.com' LIMIT 1\n"
      + "2026-11-15T08:00:06.367140Z\t   41 Query\tSHOW GLOBAL STATUS LIKE 'Threads_connected'\n"
      + '2026-11-15T08:00:07.000000Z\t   40 Quit\t\n';
    const file = scratchFile('mysql-general.log.txt', log);
    const c = await classify(file);
    expect(c.recordsScanned).toBe(3);
    expect(c.subjectCount).toBe(2);
    expect(counts(c)).toEqual([['contact', 2], ['identity', 2], ['credentials', 2]]);
    expect(c.credentials).toMatchObject({ plain: 1, hashed: 1 });
    expect(c.jurisdictions).toEqual(['GB', 'US']);
    const parallel = (await classifyFile(file, { workers: 2, parallelFromBytes: 0, collectEmails: false, asOf })).classification;
    expect(parallel.subjectCount).toBe(2);
  });
});

describe('a life insurer\'s policy and beneficiary table (QA round 30)', () => {
  it('counts each beneficiary by their own name and birth date, not by the birth date alone', async () => {
    const file = scratchFile('policies.sql', `CREATE TABLE \`policy_beneficiaries\` (
  \`policy_no\` varchar(12) NOT NULL, \`insured_first\` varchar(60), \`insured_last\` varchar(60), \`insured_dob\` date, \`insured_state\` char(2),
  \`bene_first\` varchar(60), \`bene_last\` varchar(60), \`bene_relationship\` varchar(20), \`bene_dob\` date, \`bene_share_pct\` int
);
INSERT INTO \`policy_beneficiaries\` VALUES ('LP1','Logan','Meyer','1998-06-07','GA','Ronald','Meyer','Child','1999-12-20',50),('LP1','Logan','Meyer','1998-06-07','GA','Ana','Meyer','Spouse','1997-01-02',50),('LP2','Gregory','Powell','1985-11-20','FL','Isabella','Powell','Spouse','1999-12-20',100);
`);
    const c = await classify(file);
    // Two insured, three beneficiaries (two of them born the same day), each known by their name ("bene_first" is one).
    expect(c.subjectCount).toBe(5);
    expect(c.evidence.find((entry) => entry.detector === 'person-name')?.columns).toContain('policy_beneficiaries.bene_first');
    expect(c.jurisdictions).toEqual(['US', 'US-FL', 'US-GA']);
  });
});
