// The incident store: one DynamoDB table (single-table design of DESIGN.md). No transactions,
// streams or TTL (dynalite has none): every write that must happen once is a conditional put,
// and every status change is conditional on the version or status it read.
import { createHash } from 'node:crypto';
import {
  BatchWriteCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type {
  Assessment, Classification, IncidentStatus, Notice, Obligation, StartEventName, StoredReport,
} from './contract.js';
import type { NotificationAddress } from '../classify/core.js';
import { ConflictError, NotFoundError, ValidationError } from './errors.js';
import { asDependencyError } from './aws.js';
import { sealEvent, type TimelineEntry, type TimelineEvent } from './timeline.js';

export interface AlertSummary {
  dedupeKey: string;
  source: string;
  findingType: string;
  severity: string;
  resources: string[];
  dataCategories: string[];
  occurrences: number;
  lastSeenAt: string;
}

export interface IncidentRecord {
  id: string;
  title: string;
  status: IncidentStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  origin: 'api' | 'alert';
  /** The report without its raw records. Absent for an alert still in triage. */
  report?: StoredReport;
  alert?: AlertSummary;
  /** Counts from the inline sample, made at intake (the sample itself is never stored). */
  inlineClassification?: Classification;
  classification?: Classification;
  assessment?: Assessment;
  /** The task token of the pending approval request (workflow). */
  approvalToken?: string;
  /** The last timeline event this item saw: lets verification detect a truncated timeline. */
  timelineHead?: { seq: number; hash: string };
  failure?: { error: string; message?: string; at: string };
  /** Set when the workflow reached its end; later decisions may then close the incident. */
  workflowEndedAt?: string;
}

const incidentKey = (id: string) => ({ pk: `INCIDENT#${id}`, sk: 'INCIDENT' });
const isConditionFailure = (e: unknown) => (e as { name?: string })?.name === 'ConditionalCheckFailedException';
const strip = <T>(item: Record<string, unknown> | undefined): T | undefined => {
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, ...rest } = item;
  return rest as T;
};
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export class IncidentStore {
  constructor(private readonly db: DynamoDBDocumentClient, private readonly table: string) {}

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw asDependencyError(e, what);
    }
  }

  /** Put an item unless its key exists; false when it already existed. */
  private async putIfAbsent(item: Record<string, unknown>, what: string): Promise<boolean> {
    try {
      await this.call(what, () =>
        this.db.send(new PutCommand({ TableName: this.table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' })),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  private async queryAll<T>(input: Omit<QueryCommandInput, 'TableName'>, what: string): Promise<T[]> {
    const out: T[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await this.call(what, () => this.db.send(new QueryCommand({ TableName: this.table, ...input, ExclusiveStartKey })));
      for (const item of page.Items ?? []) out.push(strip<T>(item)!);
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return out;
  }

  /** Every item of a partition whose sort key starts with `prefix` (strongly consistent). */
  private itemsUnder<T>(pk: string, prefix: string, what: string): Promise<T[]> {
    return this.queryAll<T>({
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)',
      ExpressionAttributeValues: { ':p': pk, ':s': prefix },
      ConsistentRead: true,
    }, what);
  }

  // Incidents

  async createIncident(incident: IncidentRecord): Promise<boolean> {
    return this.putIfAbsent(
      { ...incidentKey(incident.id), gsi1pk: 'INCIDENTS', gsi1sk: `${incident.createdAt}#${incident.id}`, ...incident },
      'create incident',
    );
  }

  async getIncident(id: string): Promise<IncidentRecord | undefined> {
    const res = await this.call('read incident', () =>
      this.db.send(new GetCommand({ TableName: this.table, Key: incidentKey(id), ConsistentRead: true })),
    );
    return strip<IncidentRecord>(res.Item);
  }

  async requireIncident(id: string): Promise<IncidentRecord> {
    const incident = await this.getIncident(id);
    if (!incident) throw new NotFoundError(`Incident ${id} does not exist`);
    return incident;
  }

  /** Optimistic update: fails with ConflictError if someone else changed the incident first. */
  async updateIncident(
    current: IncidentRecord,
    changes: Partial<Omit<IncidentRecord, 'id' | 'version' | 'createdAt'>>,
    now: Date,
  ): Promise<IncidentRecord> {
    const next: IncidentRecord = { ...current, ...changes, version: current.version + 1, updatedAt: now.toISOString() };
    // Only the changed attributes are written, so that a concurrent timeline-head update survives.
    const set = { ...changes, version: next.version, updatedAt: next.updatedAt } as Record<string, unknown>;
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':expected': current.version };
    const assignments: string[] = [];
    const removals: string[] = [];
    Object.entries(set).forEach(([k, v], i) => {
      names[`#a${i}`] = k;
      if (v === undefined) removals.push(`#a${i}`);
      else {
        values[`:a${i}`] = v;
        assignments.push(`#a${i} = :a${i}`);
      }
    });
    names['#version'] = 'version';
    try {
      await this.call('update incident', () =>
        this.db.send(new UpdateCommand({
          TableName: this.table,
          Key: incidentKey(current.id),
          UpdateExpression: `SET ${assignments.join(', ')}${removals.length ? ` REMOVE ${removals.join(', ')}` : ''}`,
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        })),
      );
    } catch (e) {
      if (isConditionFailure(e)) throw new ConflictError(`Incident ${current.id} was changed concurrently`);
      throw e;
    }
    return next;
  }

  /** Re-read and apply `change` until it wins the optimistic race (a few attempts). */
  async mutateIncident(
    id: string,
    change: (current: IncidentRecord) => Partial<IncidentRecord> | undefined,
    now: Date,
  ): Promise<IncidentRecord> {
    for (let attempt = 0; ; attempt++) {
      const current = await this.requireIncident(id);
      const changes = change(current);
      if (!changes) return current;
      try {
        return await this.updateIncident(current, changes, now);
      } catch (e) {
        if (!(e instanceof ConflictError) || attempt >= 4) throw e;
      }
    }
  }

  async listIncidents(opts: { status?: IncidentStatus; limit: number; cursor?: string }): Promise<{ incidents: IncidentRecord[]; nextCursor?: string }> {
    const incidents: IncidentRecord[] = [];
    let ExclusiveStartKey = opts.cursor ? startKeyOf(opts.cursor) : undefined;
    // A status filter applies after the page is read, so keep reading until the page is full.
    do {
      const page = await this.call('list incidents', () =>
        this.db.send(new QueryCommand({
          TableName: this.table,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :p',
          ExpressionAttributeValues: { ':p': 'INCIDENTS', ...(opts.status ? { ':s': opts.status } : {}) },
          ...(opts.status ? { FilterExpression: '#s = :s', ExpressionAttributeNames: { '#s': 'status' } } : {}),
          ScanIndexForward: false,
          Limit: opts.limit - incidents.length,
          ExclusiveStartKey,
        })),
      );
      for (const item of page.Items ?? []) incidents.push(strip<IncidentRecord>(item)!);
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey && incidents.length < opts.limit);
    return {
      incidents,
      nextCursor: ExclusiveStartKey ? Buffer.from(JSON.stringify(ExclusiveStartKey)).toString('base64url') : undefined,
    };
  }

  /** Incidents whose workflow is not finished: what the embedded runtime resumes after a restart. */
  async listOpenIncidents(): Promise<IncidentRecord[]> {
    const all = await this.queryAll<IncidentRecord>({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      FilterExpression: '#s <> :closed AND #s <> :triage AND attribute_not_exists(workflowEndedAt)',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':p': 'INCIDENTS', ':closed': 'closed', ':triage': 'triage' },
    }, 'list open incidents');
    return all;
  }

  // Idempotency and alert dedupe: the first writer of the key wins.

  async claimIdempotencyKey(key: string, requestHash: string, incidentId: string, now: Date) {
    const item = { pk: `IDEMPOTENCY#${sha256(key)}`, sk: 'IDEMPOTENCY', requestHash, incidentId, createdAt: now.toISOString() };
    if (await this.putIfAbsent(item, 'claim idempotency key')) return { claimed: true as const };
    const res = await this.call('read idempotency key', () =>
      this.db.send(new GetCommand({ TableName: this.table, Key: { pk: item.pk, sk: item.sk }, ConsistentRead: true })),
    );
    return { claimed: false as const, requestHash: res.Item?.requestHash as string, incidentId: res.Item?.incidentId as string };
  }

  /** Returns the incident already open for this alert, or undefined if this call claimed it. */
  async claimAlert(dedupeKey: string, incidentId: string, now: Date): Promise<string | undefined> {
    const item = { pk: `ALERT#${dedupeKey}`, sk: 'ALERT', incidentId, createdAt: now.toISOString() };
    if (await this.putIfAbsent(item, 'claim alert')) return undefined;
    return this.alertIncident(dedupeKey);
  }

  /** The incident a finding's alerts go to, if one was opened for it. */
  async alertIncident(dedupeKey: string): Promise<string | undefined> {
    const res = await this.call('read alert', () =>
      this.db.send(new GetCommand({ TableName: this.table, Key: { pk: `ALERT#${dedupeKey}`, sk: 'ALERT' }, ConsistentRead: true })),
    );
    return res.Item?.incidentId as string | undefined;
  }

  /** Points a finding at a new incident (it came back after its incident closed); false when another delivery did first. */
  async moveAlert(dedupeKey: string, from: string, to: string, now: Date): Promise<boolean> {
    try {
      await this.call('move alert', () =>
        this.db.send(new UpdateCommand({
          TableName: this.table,
          Key: { pk: `ALERT#${dedupeKey}`, sk: 'ALERT' },
          UpdateExpression: 'SET incidentId = :to, movedAt = :now',
          ConditionExpression: 'incidentId = :from',
          ExpressionAttributeValues: { ':to': to, ':from': from, ':now': now.toISOString() },
        })),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  // Obligations and notices

  async putObligationIfAbsent(incidentId: string, obligation: Obligation): Promise<boolean> {
    return this.putIfAbsent({ pk: `INCIDENT#${incidentId}`, sk: `OBLIGATION#${obligation.id}`, ...obligation }, 'store obligation');
  }

  async getObligations(incidentId: string): Promise<Obligation[]> {
    return this.itemsUnder<Obligation>(`INCIDENT#${incidentId}`, 'OBLIGATION#', 'read obligations');
  }

  /** Changes an obligation if its status is one of `from`; false when it is not (someone else moved it). */
  async updateObligation(incidentId: string, id: string, from: readonly string[], changes: Partial<Obligation>): Promise<boolean> {
    return this.conditionalUpdate(`INCIDENT#${incidentId}`, `OBLIGATION#${id}`, from, changes, 'update obligation');
  }

  async putNoticeIfAbsent(incidentId: string, notice: Notice): Promise<boolean> {
    return this.putIfAbsent({ pk: `INCIDENT#${incidentId}`, sk: `NOTICE#${notice.id}`, ...notice }, 'store notice');
  }

  async getNotices(incidentId: string): Promise<Notice[]> {
    return this.itemsUnder<Notice>(`INCIDENT#${incidentId}`, 'NOTICE#', 'read notices');
  }

  async updateNotice(incidentId: string, id: string, from: readonly string[], changes: Partial<Notice>): Promise<boolean> {
    return this.conditionalUpdate(`INCIDENT#${incidentId}`, `NOTICE#${id}`, from, changes, 'update notice');
  }

  private async conditionalUpdate(pk: string, sk: string, from: readonly string[], changes: Record<string, unknown>, what: string) {
    const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
    const names: Record<string, string> = { '#status': 'status' };
    const values: Record<string, unknown> = {};
    from.forEach((s, i) => (values[`:from${i}`] = s));
    const sets = entries.map(([k, v], i) => {
      names[`#k${i}`] = k;
      values[`:v${i}`] = v;
      return `#k${i} = :v${i}`;
    });
    try {
      await this.call(what, () =>
        this.db.send(new UpdateCommand({
          TableName: this.table,
          Key: { pk, sk },
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: `attribute_exists(pk) AND #status IN (${from.map((_, i) => `:from${i}`).join(', ')})`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        })),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  // Addresses of affected people: kept only to send them the notice the law requires, in their
  // own partition so that they are never read with the incident.

  async putNotificationAddresses(incidentId: string, addresses: readonly NotificationAddress[]): Promise<void> {
    for (let i = 0; i < addresses.length; i += 25) {
      let requests: Record<string, unknown>[] = addresses.slice(i, i + 25).map(({ email, jurisdictions }) => ({
        PutRequest: { Item: { pk: `RECIPIENTS#${incidentId}`, sk: sha256(email), email, jurisdictions: [...jurisdictions] } },
      }));
      for (let attempt = 0; requests.length > 0; attempt++) {
        const res = await this.call('store notification addresses', () =>
          this.db.send(new BatchWriteCommand({ RequestItems: { [this.table]: requests } })),
        );
        requests = (res.UnprocessedItems?.[this.table] as Record<string, unknown>[] | undefined) ?? [];
        if (requests.length > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** Math.min(attempt, 6)));
      }
    }
  }

  /** The addresses, each with where its records place the person (none: not placed). */
  async getNotificationAddresses(incidentId: string): Promise<{ email: string; key: string; jurisdictions: string[] }[]> {
    const items = await this.queryAll<{ email: string; jurisdictions?: string[] }>({
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': `RECIPIENTS#${incidentId}` },
    }, 'read notification addresses');
    return items.map((i) => ({ email: i.email, key: sha256(i.email), jurisdictions: i.jurisdictions ?? [] }));
  }

  /**
   * At-most-once delivery: a send is claimed before it is made. A claim without a completion
   * (a crash between the two) is never retried automatically: it is reported for a human.
   */
  async claimDelivery(incidentId: string, noticeId: string, recipientKey: string, now: Date): Promise<boolean> {
    return this.putIfAbsent(
      { pk: `DELIVERIES#${incidentId}`, sk: `${noticeId}#${recipientKey}`, noticeId, recipientKey, status: 'sending', claimedAt: now.toISOString() },
      'claim delivery',
    );
  }

  async completeDelivery(incidentId: string, noticeId: string, recipientKey: string, outcome: { status: 'sent' | 'failed'; messageId?: string; error?: string }, now: Date) {
    await this.call('record delivery', () =>
      this.db.send(new UpdateCommand({
        TableName: this.table,
        Key: { pk: `DELIVERIES#${incidentId}`, sk: `${noticeId}#${recipientKey}` },
        UpdateExpression: 'SET #s = :s, messageId = :m, completedAt = :t, deliveryError = :e',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':s': outcome.status, ':m': outcome.messageId ?? null, ':t': now.toISOString(), ':e': outcome.error ?? null },
      })),
    );
  }

  async getDeliveries(incidentId: string, noticeId: string) {
    return this.itemsUnder<{ recipientKey: string; status: 'sending' | 'sent' | 'failed'; messageId?: string | null }>(`DELIVERIES#${incidentId}`, `${noticeId}#`, 'read deliveries');
  }

  // Reminders and escalations to the organisation (see check-clocks/task.ts): claimed before the
  // mail ('sending'), marked 'sent' after it, 'recorded' once the timeline shows it. Unlike a
  // notice, a reminder whose sending stopped halfway is sent again: a second reminder is better
  // than none before a deadline.

  /** Claims a reminder for this run; false when another run holds or sent it. */
  async claimReminder(incidentId: string, reminder: ReminderClaim, now: Date, wallNow: Date): Promise<boolean> {
    return this.putIfAbsent(
      { pk: `INCIDENT#${incidentId}`, sk: `REMINDER#${reminder.id}`, ...reminder, status: 'sending', claimedAt: now.toISOString(), claimedWall: wallNow.toISOString() },
      'claim reminder',
    );
  }

  /** Takes over a claim whose run stopped before sending (it is still 'sending', claimed at `claimedWall`). */
  async retakeReminder(incidentId: string, reminderId: string, claimedWall: string, now: Date, wallNow: Date): Promise<boolean> {
    return this.updateReminder(incidentId, reminderId, 'retake reminder', {
      set: { claimedAt: now.toISOString(), claimedWall: wallNow.toISOString() },
      condition: '#status = :sending AND claimedWall = :was',
      values: { ':sending': 'sending', ':was': claimedWall },
    });
  }

  /** Gives a claim back when its mail could not be sent, so that the retry sends it. */
  async releaseReminder(incidentId: string, reminderId: string, claimedWall: string): Promise<void> {
    await this.call('release reminder', async () => {
      try {
        await this.db.send(new DeleteCommand({
          TableName: this.table,
          Key: { pk: `INCIDENT#${incidentId}`, sk: `REMINDER#${reminderId}` },
          ConditionExpression: '#status = :sending AND claimedWall = :was',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':sending': 'sending', ':was': claimedWall },
        }));
      } catch (e) {
        if (!isConditionFailure(e)) throw e;
      }
    });
  }

  async markReminder(incidentId: string, reminderId: string, change: { status: 'sent'; sentTo: string; messageId?: string } | { status: 'recorded' }): Promise<void> {
    const { status, ...rest } = change;
    await this.updateReminder(incidentId, reminderId, 'record reminder', { set: { ...rest, status }, condition: 'attribute_exists(pk)', values: {} });
  }

  async getReminders(incidentId: string): Promise<StoredReminder[]> {
    return this.itemsUnder<StoredReminder>(`INCIDENT#${incidentId}`, 'REMINDER#', 'read reminders');
  }

  private async updateReminder(incidentId: string, reminderId: string, what: string, update: { set: Record<string, unknown>; condition: string; values: Record<string, unknown> }): Promise<boolean> {
    const entries = Object.entries(update.set).filter(([, v]) => v !== undefined);
    try {
      await this.call(what, () =>
        this.db.send(new UpdateCommand({
          TableName: this.table,
          Key: { pk: `INCIDENT#${incidentId}`, sk: `REMINDER#${reminderId}` },
          UpdateExpression: `SET ${entries.map((_, i) => `#k${i} = :v${i}`).join(', ')}`,
          ConditionExpression: update.condition,
          ExpressionAttributeNames: { ...(update.condition.includes('#status') && { '#status': 'status' }), ...Object.fromEntries(entries.map(([k], i) => [`#k${i}`, k])) },
          ExpressionAttributeValues: { ...update.values, ...Object.fromEntries(entries.map(([, v], i) => [`:v${i}`, v])) },
        })),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  // Timeline

  /** Appends the next event. The conditional put on sequence N is the concurrency check. */
  async appendEvent(incidentId: string, entry: TimelineEntry, now: Date): Promise<TimelineEvent> {
    for (let attempt = 0; ; attempt++) {
      const last = await this.call('read timeline head', () =>
        this.db.send(new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)',
          ExpressionAttributeValues: { ':p': `INCIDENT#${incidentId}`, ':s': 'EVENT#' },
          ScanIndexForward: false,
          Limit: 1,
          ConsistentRead: true,
        })),
      );
      const event = sealEvent(incidentId, entry, strip<TimelineEvent>(last.Items?.[0]), now);
      if (await this.putIfAbsent({ pk: `INCIDENT#${incidentId}`, sk: eventKey(event.seq), ...event }, 'append timeline event')) {
        await this.advanceHead(incidentId, event);
        return event;
      }
      if (attempt >= 9) throw new ConflictError(`Could not append to the timeline of ${incidentId}: too much contention`);
    }
  }

  private async advanceHead(incidentId: string, event: TimelineEvent) {
    try {
      await this.call('advance timeline head', () =>
        this.db.send(new UpdateCommand({
          TableName: this.table,
          Key: incidentKey(incidentId),
          UpdateExpression: 'SET timelineHead = :h',
          ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(timelineHead) OR timelineHead.seq < :seq)',
          ExpressionAttributeValues: { ':h': { seq: event.seq, hash: event.hash }, ':seq': event.seq },
        })),
      );
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
    }
  }

  async getTimeline(incidentId: string): Promise<TimelineEvent[]> {
    return this.itemsUnder<TimelineEvent>(`INCIDENT#${incidentId}`, 'EVENT#', 'read timeline');
  }

  // Start events of regulator clocks (regulatory engine, issue 3): when legal records that the
  // event a clock counts from happened (a materiality determination, a ransom payment, ...). One
  // item per event; recording it again replaces it, and the timeline keeps every recording.

  async putStartEvent(incidentId: string, record: StartEventRecord): Promise<void> {
    await this.call('store start event', () =>
      this.db.send(new PutCommand({ TableName: this.table, Item: { pk: `INCIDENT#${incidentId}`, sk: `START#${record.event}`, ...record } })),
    );
  }

  async getStartEvents(incidentId: string): Promise<StartEventRecord[]> {
    return this.itemsUnder<StartEventRecord>(`INCIDENT#${incidentId}`, 'START#', 'read start events');
  }
}

/** What a reminder's claim keeps to record it on the timeline later (no personal data). */
export interface ReminderClaim {
  id: string;
  kind: 'reminder' | 'overdue';
  obligationId: string;
  deadline: string;
  hoursLeft: number;
}

/** A claimed reminder. Claims stored before reminders had a status have none: they were recorded with their mail. */
export interface StoredReminder extends Partial<ReminderClaim> {
  status?: 'sending' | 'sent' | 'recorded';
  claimedAt: string;
  claimedWall?: string;
  sentTo?: string;
  messageId?: string;
}

/** A page's cursor as listIncidents made it (base64url of the last key read); anything else is the caller's mistake. */
function startKeyOf(cursor: string): Record<string, unknown> {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    // The index's last key, as DynamoDB returns it: these four attributes, strings all, in the incidents' partition.
    if (key !== null && typeof key === 'object' && !Array.isArray(key) && Object.keys(key).sort().join() === 'gsi1pk,gsi1sk,pk,sk'
      && Object.values(key).every((v) => typeof v === 'string') && (key as { gsi1pk: string }).gsi1pk === 'INCIDENTS') {
      return key as Record<string, unknown>;
    }
  } catch {
    // not JSON: refused below
  }
  throw new ValidationError('Invalid cursor', [{ field: 'cursor', message: 'is not a cursor this API returned (nextCursor)' }]);
}

const eventKey = (seq: number) => `EVENT#${String(seq).padStart(10, '0')}`;

/** A start event recorded by legal (regulatory engine, issue 3). */
export interface StartEventRecord {
  event: StartEventName;
  /** When the event happened (RFC 3339, UTC). */
  at: string;
  recordedBy: string;
  recordedAt: string;
  reason?: string;
}
