// @ts-check

/**
 * Upgrade plans that Engagement Managers record per cluster, and the upgrade reminders already
 * sent (their primary key is what makes each reminder go out once, whatever the replica count).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('mpk_upgrade_plans', table => {
    table.comment('Upgrade plan of a cluster, one per cluster');
    table
      .string('cluster_ref', 255)
      .primary()
      .notNullable()
      .comment('Entity ref of the cluster');
    table.string('planned_date', 10).notNullable().comment('YYYY-MM-DD');
    table
      .string('state', 20)
      .notNullable()
      .comment('planned, in-progress or done');
    table.text('note').notNullable();
    table
      .string('updated_by', 255)
      .notNullable()
      .comment('Entity ref of the user');
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable('mpk_upgrade_reminders', table => {
    table.comment('Upgrade reminders sent, so that each is sent once');
    table.string('cluster_ref', 255).notNullable();
    table.string('obligation_id', 100).notNullable();
    table.string('due_date', 10).notNullable();
    table
      .string('threshold', 20)
      .notNullable()
      .comment('30-days, 7-days or overdue');
    table.timestamp('sent_at', { useTz: true }).notNullable();
    table.primary(['cluster_ref', 'obligation_id', 'due_date', 'threshold']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mpk_upgrade_reminders');
  await knex.schema.dropTable('mpk_upgrade_plans');
};
