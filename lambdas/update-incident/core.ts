// A responder's update of an incident: the remedial action taken (or proposed), the effects seen
// so far, a note. Art. 33(5) GDPR asks the controller to document "the facts relating to the
// personal data breach, its effects and the remedial action taken": the updates are that record,
// kept on the timeline with their author and time, and they appear in the breach record (PDF).
import { z } from 'zod';
import { Instant } from '../shared/contract.js';
import { CLOCK_SKEW_MS, type Clock } from '../shared/clock.js';
import { invalidFields } from '../shared/errors.js';
import type { IncidentStore } from '../shared/store.js';
import type { Actor } from '../shared/timeline.js';

const Text = z.string().trim().min(1).max(10_000);

/** POST /incidents/{id}/updates: at least one of the three texts. Never personal data of affected people. */
export const IncidentUpdate = z
  .strictObject({
    remedialAction: Text.optional().describe('Measures taken or proposed to address the breach and mitigate its effects (Art. 33(3)(d))'),
    effects: Text.optional().describe('Consequences seen or likely (Art. 33(3)(c))'),
    note: Text.optional().describe('Anything else the record should hold'),
    occurredAt: Instant.optional().describe('When the action was taken or the effect seen (default: now)'),
  })
  .refine((u) => u.remedialAction !== undefined || u.effects !== undefined || u.note !== undefined, {
    message: 'Give at least one of remedialAction, effects, note',
    path: ['remedialAction'],
  });
export type IncidentUpdate = z.infer<typeof IncidentUpdate>;

export const INCIDENT_UPDATED = 'incident.updated';

export async function updateIncident(incidentId: string, update: IncidentUpdate, actor: Actor, ports: { store: IncidentStore; clock: Clock }) {
  const now = ports.clock.now();
  if (update.occurredAt !== undefined && Date.parse(update.occurredAt) > now.getTime() + CLOCK_SKEW_MS) {
    throw invalidFields([{ field: 'occurredAt', message: `is in the future (now is ${now.toISOString()}): record what has happened` }]);
  }
  // A closed incident takes updates too: remedial action often goes on after the last notice.
  await ports.store.requireIncident(incidentId);
  const event = await ports.store.appendEvent(incidentId, {
    type: INCIDENT_UPDATED,
    actor,
    details: {
      remedialAction: update.remedialAction,
      effects: update.effects,
      note: update.note,
      occurredAt: update.occurredAt ? new Date(update.occurredAt).toISOString() : undefined,
    },
  }, now);
  return { event: { seq: event.seq, type: event.type, at: event.at } };
}
