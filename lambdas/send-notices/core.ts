// Sending the approved notices: authority notices to the authority's address, individual
// notices one message per person, to the people the notice's regime covers (shared/audience.ts:
// a German customer does not get the Texas notice; people the records do not place get every
// one), and a text they already had from another regime's notice is not sent again. At most
// once: every message is claimed before it is sent, and a claim left without a result (a crash
// mid-send) is reported, never sent again.
import { closeIfSettled } from '../close-incident/core.js';
import type { Notice, Obligation } from '../shared/contract.js';
import type { Clock } from '../shared/clock.js';
import type { Mailer } from '../shared/mailer.js';
import { audienceContext, noticeAudience, peopleCovered, type AudienceContext } from '../shared/audience.js';
import type { Runbook } from '../shared/runbooks.js';
import { sha256, type IncidentStore } from '../shared/store.js';
import { system } from '../shared/task.js';

export interface SendPorts {
  store: IncidentStore;
  clock: Clock;
  mailer: Pick<Mailer, 'send'>;
  contactOverrides: Record<string, string>;
  /** The runbooks: whose applicability decides who each individuals notice is for. */
  runbooks: readonly Runbook[];
  /** Messages per second; SES sandbox accounts allow 1, production accounts more. */
  maxSendRate?: number;
}

/**
 * The authority takes notifications only through its portal: the approved text goes to the
 * organisation's contact point to file; the obligation is fulfilled when legal records the
 * portal reference (decision `record-submission`).
 */
async function sendForPortalFiling(incidentId: string, notice: Notice, obligation: Obligation, ports: SendPorts) {
  const incident = await ports.store.requireIncident(incidentId);
  const contact = incident.report?.organization.contact?.email ?? incident.report?.reporter.email;
  const portal = obligation.channel?.address ?? 'the competent authority\'s notification portal';
  let messageId: string | undefined;
  if (contact && (await ports.store.claimDelivery(incidentId, notice.id, sha256(contact), ports.clock.now()))) {
    messageId = await ports.mailer.send({
      to: contact,
      subject: `[BreachClock] To file: ${notice.subject}`,
      text: [
        `Legal approved this notice for ${obligation.regime} (${obligation.citation}).`,
        `The authority takes notifications through: ${portal}`,
        `File it there, then record the portal reference: POST /incidents/${incidentId}/decisions {"action":"record-submission","obligationId":"${obligation.id}",...}`,
        obligation.deadline ? `Deadline: ${obligation.deadline}` : '',
        '',
        '----- approved notice -----',
        notice.body,
      ].join('\n'),
    });
    await ports.store.completeDelivery(incidentId, notice.id, sha256(contact), { status: 'sent', messageId }, ports.clock.now());
  }
  const at = ports.clock.now();
  await ports.store.updateNotice(incidentId, notice.id, ['approved'], { status: 'ready-to-file', sentAt: at.toISOString(), messageId });
  // Approved: the duty now waits for its filing, not for legal's approval (its reminders say so).
  await ports.store.updateObligation(incidentId, obligation.id, ['awaiting-approval'], { status: 'pending' });
  await ports.store.appendEvent(incidentId, {
    type: 'notice.ready-to-file',
    actor: system('send-notices'),
    details: { noticeId: notice.id, obligationId: obligation.id, portal, sentTo: contact ? 'organization-contact' : 'nobody (no contact point)', messageId },
  }, at);
  return { sent: messageId ? 1 : 0, outcome: 'ready-to-file' };
}

export async function sendApprovedNotices(incidentId: string, ports: SendPorts) {
  const [notices, obligations] = await Promise.all([ports.store.getNotices(incidentId), ports.store.getObligations(incidentId)]);
  const summary: { noticeId: string; sent: number; outcome: string }[] = [];
  // Read once, and only when an individuals notice goes out: who each regime covers, and how many people the report counts.
  let audience: Promise<IndividualsContext> | undefined;
  const audienceOf = () => (audience ??= ports.store.requireIncident(incidentId).then((incident) => ({
    context: audienceContext(incident, ports.runbooks), affected: incident.report?.affected.subjectCount ?? 0,
  })));
  // The authorities' first: one message each, and their deadlines the shortest (72 hours), not behind thousands of people's.
  const toSend = notices.filter((n) => n.status === 'approved' || n.status === 'sending')
    .sort((a, b) => Number(a.recipient === 'individuals') - Number(b.recipient === 'individuals'));
  for (const notice of toSend) {
    const obligation = obligations.find((o) => o.id === notice.obligationId)!;
    summary.push({ noticeId: notice.id, ...(await sendNotice(incidentId, notice, obligation, ports, audienceOf, notices)) });
  }
  const now = ports.clock.now();
  // Read after sending: a notice legal approved meanwhile is still to send (the workflow comes back for it).
  const after = await ports.store.getNotices(incidentId);
  const awaitingApproval = after.filter((n) => n.status === 'awaiting-approval').length;
  const approvedUnsent = after.filter((n) => n.status === 'approved' || n.status === 'sending').length;
  const status = awaitingApproval > 0 ? 'awaiting-approval' : 'monitoring';
  await ports.store.mutateIncident(incidentId, (c) => ((c.status === 'notifying' || c.status === 'awaiting-approval') && c.status !== status ? { status } : undefined), now);
  // The last notice sent may settle every duty: close now, not when the clock loop next wakes (hours or days later).
  if (awaitingApproval === 0 && approvedUnsent === 0) await closeIfSettled(incidentId, { store: ports.store, now });
  return { notices: summary, awaitingApproval, approvedUnsent };
}

interface IndividualsContext {
  readonly context: AudienceContext;
  /** The people the report counts (affected.subjectCount). */
  readonly affected: number;
}

async function sendNotice(
  incidentId: string,
  notice: Notice,
  obligation: Obligation,
  ports: SendPorts,
  audienceOf: () => Promise<IndividualsContext>,
  /** The incident's notices: those with the same text may have reached a recipient already. */
  notices: readonly Notice[],
): Promise<{ sent: number; outcome: string }> {
  const now = () => ports.clock.now();
  let targets: { email: string; key: string }[];
  /** Individuals notices: the addresses this notice's regime does not cover (a count, never who). */
  let outOfScope: number | undefined;
  /** Individuals notices: the affected people the records gave no address for (a sample, people without email). */
  let withoutAddress = 0;
  if (notice.recipient === 'individuals') {
    const addresses = await ports.store.getNotificationAddresses(incidentId);
    const { context, affected } = await audienceOf();
    ({ covered: targets, outOfScope } = noticeAudience(obligation, addresses, context));
    // The people this notice is for (Florida's residents for Florida's), less those it has an address of.
    withoutAddress = Math.max(0, peopleCovered(obligation, context, affected) - targets.length);
  } else {
    const address = ports.contactOverrides[obligation.regime] ?? (obligation.channel?.kind === 'email' ? obligation.channel.address : undefined);
    if (!address) return sendForPortalFiling(incidentId, notice, obligation, ports);
    targets = [{ email: address, key: sha256(address) }];
  }
  await ports.store.updateNotice(incidentId, notice.id, ['approved'], { status: 'sending' });

  const previous = new Map((await ports.store.getDeliveries(incidentId, notice.id)).map((d) => [d.recipientKey, d]));
  // Several regimes' notices may be word for word the same (the US state laws share a template):
  // a person who had that message already is not sent it again; the delivery records that one.
  const sameMessage = notice.recipient === 'individuals' ? await identicalDeliveries(incidentId, notice, notices, ports.store) : new Map<string, string>();
  let alreadySent = 0;
  const interval = 1000 / (ports.maxSendRate ?? 10);
  let sent = [...previous.values()].filter((d) => d.status === 'sent').length;
  let failed = 0;
  let firstMessageId: string | undefined;
  for (const target of targets) {
    if (previous.has(target.key)) continue; // claimed before: sent, failed or unknown, never again
    if (!(await ports.store.claimDelivery(incidentId, notice.id, target.key, now()))) continue;
    const earlier = sameMessage.get(target.key);
    if (earlier !== undefined) {
      await ports.store.completeDelivery(incidentId, notice.id, target.key, { status: 'sent', messageId: earlier }, now());
      sent++;
      alreadySent++;
      continue;
    }
    try {
      const messageId = await ports.mailer.send({ to: target.email, subject: notice.subject, text: notice.body });
      firstMessageId ??= messageId;
      await ports.store.completeDelivery(incidentId, notice.id, target.key, { status: 'sent', messageId }, now());
      sent++;
    } catch (e) {
      failed++;
      await ports.store.completeDelivery(incidentId, notice.id, target.key, { status: 'failed', error: (e as Error).name }, now());
    }
    await new Promise((r) => setTimeout(r, interval));
  }
  const unknown = [...previous.values()].filter((d) => d.status === 'sending').length;
  const at = now();
  await ports.store.updateNotice(incidentId, notice.id, ['sending'], {
    status: 'sent', sentAt: at.toISOString(), sentCount: sent, messageId: notice.recipient === 'individuals' ? undefined : firstMessageId,
  });
  if (sent > 0 && failed === 0 && withoutAddress === 0) {
    await ports.store.updateObligation(incidentId, obligation.id, ['pending', 'awaiting-approval', 'overdue'], { status: 'fulfilled', fulfilledAt: at.toISOString() });
  } else if (withoutAddress > 0) {
    // Mail reached the people the records name, not the others the report counts (GDPR Art. 34: all of them; Art. 34(3)(c)
    // allows a public communication instead): the duty stays open, its clock running, until legal records how the rest were told.
    await ports.store.updateObligation(incidentId, obligation.id, ['awaiting-approval'], { status: 'pending' });
  }
  await ports.store.appendEvent(incidentId, {
    type: 'notice.sent',
    actor: system('send-notices'),
    details: {
      noticeId: notice.id, obligationId: obligation.id, recipient: notice.recipient,
      sent, failed, unknownOutcome: unknown, ...(outOfScope !== undefined && { outOfScope }), ...(alreadySent > 0 && { alreadySent }),
      ...(withoutAddress > 0 && { withoutAddress }), late: obligation.deadline ? at.getTime() > Date.parse(obligation.deadline) : false,
      messageId: notice.recipient === 'individuals' ? undefined : firstMessageId,
    },
  }, at);
  return { sent, outcome: failed > 0 ? 'partly-failed' : 'sent' };
}

/** Recipients who were sent the same subject and text by another individuals notice, with that message's id. */
async function identicalDeliveries(incidentId: string, notice: Notice, notices: readonly Notice[], store: IncidentStore): Promise<Map<string, string>> {
  const identical = notices.filter(
    (other) => other.id !== notice.id && other.recipient === 'individuals' && other.subject === notice.subject && other.body === notice.body,
  );
  const delivered = new Map<string, string>();
  for (const other of identical) {
    for (const delivery of await store.getDeliveries(incidentId, other.id)) {
      if (delivery.status === 'sent' && delivery.messageId) delivered.set(delivery.recipientKey, delivery.messageId);
    }
  }
  return delivered;
}
