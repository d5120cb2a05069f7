// @ts-check

/**
 * Onboarding: each customer engagement's detailed design (its customer, support pod and team)
 * and its published versions, with the customer's decision on each and its provisioning. A
 * version keeps its decision when a later version supersedes it.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('mpk_designs', table => {
    // No apostrophe in a table comment: knex does not escape it for PostgreSQL.
    table.comment('The detailed designs of customer engagements');
    table
      .string('name', 63)
      .primary()
      .notNullable()
      .comment("The design's name, a DNS label, e.g. acme-platform");
    table
      .string('customer', 255)
      .notNullable()
      .index()
      .comment("The customer's group name, e.g. acme");
    table
      .string('owner_ref', 255)
      .notNullable()
      .comment('Group entity ref of the support pod');
    table.string('engagement_manager', 255).notNullable().comment('User ref');
    table.string('lead_architect', 255).notNullable().comment('User ref');
    table.string('senior_cka_engineer', 255).notNullable().comment('User ref');
    table
      .timestamp('started_at', { useTz: true })
      .notNullable()
      .comment('The first publish: the pod assigned to the engagement');
  });
  await knex.schema.createTable('mpk_design_versions', table => {
    table.comment('Published versions of designs and their decisions');
    table
      .string('design_name', 63)
      .notNullable()
      .references('name')
      .inTable('mpk_designs')
      .onDelete('CASCADE');
    table.integer('version').notNullable().comment('From 1');
    table.primary(['design_name', 'version']);
    table
      .string('content_hash', 64)
      .notNullable()
      .comment('SHA-256 (hex) of the canonical design');
    table.text('design').notNullable().comment('JSON: the detailed design');
    table
      .string('state', 20)
      .notNullable()
      .comment(
        'shared, accepted, changes-requested, superseded or provisioned',
      );
    table.timestamp('published_at', { useTz: true }).notNullable();
    table.string('published_by', 255).notNullable();
    table
      .string('decision', 20)
      .nullable()
      .comment('accept or request-changes; kept once superseded');
    table.string('decided_by', 255).nullable();
    table.timestamp('decided_at', { useTz: true }).nullable();
    table.text('comment').nullable().comment("The customer's, plain text");
    table.timestamp('provisioned_at', { useTz: true }).nullable();
    table.string('provisioned_by', 255).nullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mpk_design_versions');
  await knex.schema.dropTable('mpk_designs');
};
