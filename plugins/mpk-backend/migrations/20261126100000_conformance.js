// @ts-check

/**
 * Conformance runs of managed clusters (one per uploaded Sonobuoy or junit result) and their
 * failed specs. A run is stored whole or not at all.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('mpk_conformance_runs', table => {
    table.comment('Conformance runs of clusters, one per uploaded result');
    table.string('id', 36).primary().notNullable().comment('UUID');
    table.string('cluster_ref', 255).notNullable();
    table
      .string('kubernetes_version', 40)
      .notNullable()
      .comment('as reported, e.g. v1.33.0');
    table.string('kubernetes_minor', 10).notNullable().comment('e.g. 1.33');
    table.timestamp('finished_at', { useTz: true }).notNullable();
    table.integer('passed').notNullable();
    table.integer('failed').notNullable();
    table.integer('skipped').notNullable();
    table.integer('flaked').notNullable();
    table.string('status', 10).notNullable().comment('passed or failed');
    table.string('source', 10).notNullable().comment('sonobuoy or junit');
    table.text('log_summary').nullable().comment('the e2e.log summary line');
    table.timestamp('uploaded_at', { useTz: true }).notNullable();
    table.string('uploaded_by', 255).notNullable();
    table
      .string('results_sha256', 64)
      .notNullable()
      .comment(
        'of the uploaded results file: an upload sent again is the same run',
      );
    table.index(['cluster_ref', 'finished_at']);
    table.unique(['cluster_ref', 'results_sha256']);
  });
  await knex.schema.createTable('mpk_conformance_failures', table => {
    table.comment('Failed specs of conformance runs');
    table.increments('id');
    table
      .string('run_id', 36)
      .notNullable()
      .references('id')
      .inTable('mpk_conformance_runs')
      .onDelete('CASCADE');
    table.text('name').notNullable();
    table.text('message').notNullable();
    table.index(['run_id']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mpk_conformance_failures');
  await knex.schema.dropTable('mpk_conformance_runs');
};
