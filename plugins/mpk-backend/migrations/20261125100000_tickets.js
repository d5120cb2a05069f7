// @ts-check

/**
 * Support tickets of managed clusters with their events, and the service credits requested for
 * missed initial responses. A ticket keeps the cluster facts of the moment it was received, since
 * its SLA is judged as of its opening.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('mpk_tickets', table => {
    table.comment('Support tickets of managed clusters');
    table.string('id', 36).primary().notNullable().comment('UUID');
    table
      .string('external_id', 255)
      .nullable()
      .unique()
      .comment("The sender's id: a repeated one returns the existing ticket");
    table
      .string('source', 20)
      .notNullable()
      .comment('api, alertmanager or example');
    table.string('cluster_ref', 255).notNullable().index();
    table.string('customer', 255).notNullable().index();
    table.string('environment', 20).notNullable();
    table
      .text('supported_window')
      .notNullable()
      .comment('JSON: the window judged at opening');
    table.string('severity', 10).notNullable().comment('as requested');
    table.string('category', 20).notNullable();
    table.text('title').notNullable();
    table.timestamp('opened_at', { useTz: true }).notNullable().index();
    table.boolean('caused_by_third_party').notNullable();
    table.string('status', 10).notNullable().comment('open or resolved');
    table.text('alert_group_key').nullable();
    table.text('alert_external_url').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable('mpk_ticket_events', table => {
    table.comment('Responses, resolutions and reopenings of tickets');
    table.increments('id');
    table
      .string('ticket_id', 36)
      .notNullable()
      .references('id')
      .inTable('mpk_tickets')
      .onDelete('CASCADE');
    table.string('type', 20).notNullable();
    table.timestamp('at', { useTz: true }).notNullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table.string('recorded_by', 255).notNullable();
    // A retried event is the same event.
    table.unique(['ticket_id', 'type', 'at']);
  });
  await knex.schema.createTable('mpk_credit_claims', table => {
    table.comment('Service credits requested for missed initial responses');
    table.string('id', 36).primary().notNullable().comment('UUID');
    table
      .string('ticket_id', 36)
      .notNullable()
      .unique()
      .references('id')
      .inTable('mpk_tickets')
      .onDelete('CASCADE');
    table.string('customer', 255).notNullable().index();
    table.timestamp('requested_at', { useTz: true }).notNullable();
    table.string('requested_by', 255).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mpk_credit_claims');
  await knex.schema.dropTable('mpk_ticket_events');
  await knex.schema.dropTable('mpk_tickets');
};
