// @ts-check

/**
 * Deployment runs requested from the local pipeline, the stand-in for a CI system that the
 * default install deploys designs with.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('mpk_pipeline_runs', table => {
    table.comment('Deployment runs requested from the local pipeline');
    table.string('id', 36).primary().notNullable().comment('UUID');
    table.string('design', 255).notNullable().index();
    table.string('environment', 255).notNullable();
    table.string('cluster', 255).notNullable();
    table.text('repository').nullable();
    table.timestamp('requested_at', { useTz: true }).notNullable();
    table.string('requested_by', 255).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mpk_pipeline_runs');
};
