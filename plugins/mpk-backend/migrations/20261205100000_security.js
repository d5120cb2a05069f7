// @ts-check

/**
 * Security scan reports of clusters, the findings tracked across them (first seen, corrected),
 * exceptions approved in the portal, and the expiry notices sent.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('mpk_security_reports', table => {
    table.comment('Security scan reports of clusters, as uploaded or read');
    table.string('id', 36).primary().notNullable().comment('UUID');
    table.string('cluster_ref', 255).notNullable();
    table.string('tool', 32).notNullable();
    table.string('kind', 64).notNullable();
    table.string('name', 255).nullable();
    table.string('sha256', 64).notNullable().comment('of the report as parsed');
    table.timestamp('observed_at', { useTz: true }).notNullable();
    table.string('uploaded_by', 255).notNullable();
    table.text('summary').notNullable().comment("JSON: the tool's own counts");
    table.unique(['cluster_ref', 'sha256']);
    table.index(['cluster_ref', 'observed_at']);
  });
  await knex.schema.createTable('mpk_security_findings', table => {
    table.comment('Failing checks and vulnerabilities of clusters, tracked across reports');
    table.string('cluster_ref', 255).notNullable();
    table.string('key_hash', 64).notNullable().comment('sha256 of the finding key');
    table.text('finding').notNullable().comment('JSON: the tracked finding');
    table.timestamp('first_seen_at', { useTz: true }).notNullable();
    table.timestamp('closed_at', { useTz: true }).nullable();
    table.primary(['cluster_ref', 'key_hash']);
    table.index(['cluster_ref', 'closed_at']);
  });
  await knex.schema.createTable('mpk_security_exceptions', table => {
    table.comment('Exceptions to the agreed baseline approved in the portal');
    table.string('id', 36).primary().notNullable().comment('UUID');
    table.string('cluster_ref', 255).notNullable().index();
    table.string('identity', 64).notNullable().comment('sha256 of set, check, scope and expiry');
    table.text('exception').notNullable().comment('JSON: the exception');
    table.timestamp('approved_at', { useTz: true }).notNullable();
    table.unique(['cluster_ref', 'identity']);
  });
  await knex.schema.createTable('mpk_security_expiry_notices', table => {
    table.comment('Exception expiry notices sent, each once');
    table.string('cluster_ref', 255).notNullable();
    table.string('exception_id', 255).notNullable();
    table.string('expires', 10).notNullable();
    table.timestamp('sent_at', { useTz: true }).notNullable();
    table.primary(['cluster_ref', 'exception_id', 'expires']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mpk_security_expiry_notices');
  await knex.schema.dropTable('mpk_security_exceptions');
  await knex.schema.dropTable('mpk_security_findings');
  await knex.schema.dropTable('mpk_security_reports');
};
