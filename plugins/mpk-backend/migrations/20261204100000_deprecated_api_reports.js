// @ts-check

/**
 * Deprecated-API scans of clusters (kubent, pluto), which the upgrade readiness is judged on.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('mpk_deprecated_api_reports', table => {
    table.comment('Deprecated-API scans of clusters, as uploaded');
    table.string('id', 36).primary().notNullable().comment('UUID');
    table.string('cluster_ref', 255).notNullable();
    table.string('tool', 16).notNullable().comment('kubent or pluto');
    table.string('sha256', 64).notNullable().comment('of the uploaded file');
    table.timestamp('uploaded_at', { useTz: true }).notNullable();
    table.string('uploaded_by', 255).notNullable();
    table.text('findings').notNullable().comment('JSON array of findings');
    table.unique(['cluster_ref', 'sha256']);
    table.index(['cluster_ref', 'uploaded_at']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mpk_deprecated_api_reports');
};
