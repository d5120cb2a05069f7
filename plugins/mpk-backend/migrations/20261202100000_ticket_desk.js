// @ts-check

/**
 * The support desk: what the opener wrote and who opened a ticket (with the key a person's retry
 * sends, so that it finds the ticket opened first), its SLA facts fixed at opening
 * (so that lists filter, count and page by SLA state in SQL), its first response kept with it, the
 * bookkeeping that sends each at-risk and breach notification once, and the conversation.
 *
 * The new columns of mpk_tickets are nullable: the rows already there get their facts from the
 * ticket store when it starts (it needs the configured support calendar, which a migration has
 * not).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('mpk_tickets', table => {
    table.text('description').nullable().comment("The opener's text");
    table
      .string('opened_by', 255)
      .nullable()
      .comment('User or service ref that opened it');
    table
      .string('owner_ref', 255)
      .nullable()
      .comment("The cluster's owning pod group at opening, to notify");
    table.string('sla_severity', 10).nullable().comment('effective severity');
    table.string('sla_target', 20).nullable().comment('ISO 8601 duration');
    table.string('sla_clock', 20).nullable();
    table.timestamp('due_at', { useTz: true }).nullable().index();
    table.timestamp('at_risk_from', { useTz: true }).nullable();
    table.boolean('sla_applicable').nullable();
    table.text('sla_explanation').nullable();
    table
      .timestamp('responded_at', { useTz: true })
      .nullable()
      .comment('The first response, which stopped the clock');
    table.string('responded_by', 255).nullable();
    table
      .string('response_kind', 20)
      .nullable()
      .comment('comment, acknowledgement or resolution');
    table.timestamp('at_risk_notified_at', { useTz: true }).nullable();
    table.timestamp('breach_notified_at', { useTz: true }).nullable();
    table
      .string('idempotency_key', 200)
      .nullable()
      .comment(
        "A person's Idempotency-Key: their retry finds the ticket it opened",
      );
    // Per opener: a key is only ever looked up among the tickets its sender opened.
    table.unique(['opened_by', 'idempotency_key'], {
      indexName: 'mpk_tickets_opener_key_unique',
    });
    // The lists: by status, by SLA state, newest first. The SLA state index holds every column
    // the states' conditions read, so that counting a state reads the index alone (P5: a count
    // of 95,000 met tickets went from 28 to 3 ms on SQLite, 40 to 7 ms on PostgreSQL).
    table.index(['status', 'opened_at']);
    table.index(
      ['responded_at', 'due_at', 'sla_applicable'],
      'mpk_tickets_sla_state_index',
    );
    // In the lists' order, opened_at descending then id ascending: an index on (opened_at, id)
    // read backwards gives id descending, which neither database uses for this order.
    table.index(
      [knex.raw('?? desc', ['opened_at']), 'id'],
      'mpk_tickets_newest_first_index',
    );
  });
  await knex.schema.createTable('mpk_ticket_comments', table => {
    table.comment('The conversation of a ticket');
    // The order comments were written in, when two share a timestamp; ids are random.
    table.increments('seq');
    table.string('id', 36).notNullable().unique().comment('UUID');
    table
      .string('ticket_id', 36)
      .notNullable()
      .references('id')
      .inTable('mpk_tickets')
      .onDelete('CASCADE');
    table.string('author_ref', 255).notNullable();
    table.string('author_name', 255).notNullable().comment('as of writing');
    table
      .string('side', 10)
      .notNullable()
      .comment('customer, provider or service');
    table.text('body').notNullable().comment('plain text');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.boolean('counts_as_response').notNullable();
    table
      .string('idempotency_key', 200)
      .nullable()
      .comment(
        "The sender's Idempotency-Key: a retry finds the comment it wrote",
      );
    table.unique(['ticket_id', 'author_ref', 'idempotency_key']);
    table.index(['ticket_id', 'created_at', 'seq']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mpk_ticket_comments');
  await knex.schema.alterTable('mpk_tickets', table => {
    table.dropUnique([], 'mpk_tickets_opener_key_unique');
    table.dropIndex(['status', 'opened_at']);
    table.dropIndex([], 'mpk_tickets_sla_state_index');
    table.dropIndex([], 'mpk_tickets_newest_first_index');
    table.dropIndex(['due_at']);
    table.dropColumns(
      'description',
      'opened_by',
      'owner_ref',
      'sla_severity',
      'sla_target',
      'sla_clock',
      'due_at',
      'at_risk_from',
      'sla_applicable',
      'sla_explanation',
      'responded_at',
      'responded_by',
      'response_kind',
      'at_risk_notified_at',
      'breach_notified_at',
      'idempotency_key',
    );
  });
};
