// The notices: drafts that wait for legal (approve, edit, reject), what was sent, to whom (a
// count for individuals: their addresses never leave the server), when, and how delivery went.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { label } from '../format.js';
import { SubmissionForm } from './forms.js';
import { Badge, ErrorBox, Section, When } from './ui.js';

/** An obligation still to be met: a rejected draft can be redrafted, a portal filing recorded. */
const OPEN_OBLIGATION = ['pending', 'awaiting-approval', 'overdue'];

function recipientOf(notice, obligation) {
  if (notice.recipient === 'individuals') {
    const count = notice.recipientCount ?? 0;
    return `${count} ${count === 1 ? 'person' : 'people'} affected, one message each (addresses are not shown)`;
  }
  const channel = obligation?.channel;
  if (notice.channel === 'portal' || channel?.kind === 'portal') {
    return `${channel?.name ?? 'The authority'}: through its portal${channel?.address ? ` (${channel.address})` : ''}; the approved text goes to the organisation's contact point to file`;
  }
  if (channel?.address) return `${channel.name ?? label(notice.recipient)} <${channel.address}>`;
  return `${label(notice.recipient)} (${notice.channel})`;
}

function Delivery({ notice, events, zone }) {
  const sent = events?.filter((e) => e.type === 'notice.sent' && e.details.noticeId === notice.id).at(-1);
  const filing = events?.filter((e) => e.type === 'notice.ready-to-file' && e.details.noticeId === notice.id).at(-1);
  if (notice.status === 'approved' || notice.status === 'sending') {
    return html`<p class="muted" data-testid="delivery">${notice.status === 'sending' ? 'Sending now…' : 'Approved. It goes out now, whatever other drafts still wait for a decision.'}</p>`;
  }
  return html`<dl class="delivery">
    ${notice.sentAt ? html`<dt>${notice.status === 'ready-to-file' ? 'Sent to the contact point' : 'Sent'}</dt><dd><${When} at=${notice.sentAt} zone=${zone} /></dd>` : null}
    ${notice.recipient === 'individuals' && notice.sentCount !== undefined ? html`<dt>Messages</dt><dd data-testid="sent-count">${notice.sentCount} of ${notice.recipientCount ?? '?'} sent</dd>` : null}
    ${sent ? html`<dt>Delivery</dt><dd data-testid="delivery">${sent.details.sent} accepted by the mail service, ${sent.details.failed} failed${sent.details.unknownOutcome ? `, ${sent.details.unknownOutcome} unknown (check before resending)` : ''}${sent.details.alreadySent ? ` (${sent.details.alreadySent} of them had the same text from another notice, not sent twice)` : ''}${sent.details.outOfScope ? ` · ${sent.details.outOfScope} people not covered by this law` : ''}${sent.details.withoutAddress ? ` · ${sent.details.withoutAddress} affected people had no address in the records: tell them another way (a public communication, GDPR Art. 34(3)(c)), then record it` : ''}${sent.details.late ? ' · after the deadline' : ''}</dd>` : null}
    ${filing ? html`<dt>To file</dt><dd>The approved text went to the organisation's contact point to file through ${filing.details.portal}; record the portal reference when it is filed.</dd>` : null}
    ${notice.messageId ? html`<dt>Message id</dt><dd><code>${notice.messageId}</code></dd>` : null}
    ${notice.reference ? html`<dt>Reference</dt><dd data-testid="reference">${notice.reference}</dd>` : null}
    ${notice.decidedBy ? html`<dt>Decided by</dt><dd>${notice.decidedBy}</dd>` : null}
  </dl>`;
}

function NoticeCard({ notice, obligation, ctx, events }) {
  const [mode, setMode] = useState('');
  const [error, setError] = useState();
  const [subject, setSubject] = useState(notice.subject);
  const [body, setBody] = useState(notice.body);
  const [reason, setReason] = useState('');
  const awaiting = notice.status === 'awaiting-approval';
  const act = async (decision) => {
    setError(undefined);
    try {
      await ctx.decide(decision);
      setMode('');
      setReason('');
    } catch (err) {
      setError(err);
    }
  };
  const sendsTo = notice.recipient === 'individuals'
    ? `${notice.recipientCount ?? 0} people`
    : notice.channel === 'portal' ? "the organisation's contact point, to file through the authority's portal" : 'the authority';

  return html`<article class=${`notice ${awaiting ? "awaiting" : ""}`} data-notice=${notice.id} data-recipient=${notice.recipient} data-status=${notice.status}>
    <header>
      <h3><span class="cap">${label(notice.recipient)} notice</span> <span class="muted">· ${obligation?.regime ?? ''} ${obligation?.citation ? `(${obligation.citation})` : ''}</span></h3>
      <${Badge} kind="notice" value=${notice.status} />
    </header>
    <p class="to"><strong>To:</strong> ${recipientOf(notice, obligation)}</p>
    <${Delivery} notice=${notice} events=${events} zone=${ctx.zone} />
    ${mode === 'edit'
      ? html`<form class="stacked" onSubmit=${(e) => { e.preventDefault(); act({ action: 'edit', noticeId: notice.id, subject, body, ...(reason ? { reason } : {}) }); }} data-testid="edit-form">
          <label>Subject <input required maxlength="300" value=${subject} onInput=${(e) => setSubject(e.currentTarget.value)} name="subject" /></label>
          <label>Text <textarea required rows="16" maxlength="50000" value=${body} onInput=${(e) => setBody(e.currentTarget.value)} name="body"></textarea></label>
          <label>Why the change (optional) <input maxlength="2000" value=${reason} onInput=${(e) => setReason(e.currentTarget.value)} name="reason" /></label>
          <div class="buttons"><button type="submit">Save the edit</button><button type="button" class="secondary" onClick=${() => setMode('')}>Cancel</button></div>
        </form>`
      : html`<details open=${awaiting}>
          <summary>Subject: ${notice.subject}</summary>
          <pre class="notice-body" data-testid="notice-body">${notice.body}</pre>
        </details>`}
    ${ctx.canDecide && awaiting && mode !== 'edit' ? html`<div class="decision">
      ${mode === 'confirm'
        ? html`<p class="confirm" role="status">Approving sends this notice to ${sendsTo}. This cannot be undone.</p>
            <label>Reason (optional) <input maxlength="2000" value=${reason} onInput=${(e) => setReason(e.currentTarget.value)} name="reason" /></label>
            <div class="buttons">
              <button type="button" class="primary" onClick=${() => act({ action: 'approve', noticeId: notice.id, ...(reason ? { reason } : {}) })}>Confirm approval</button>
              <button type="button" class="secondary" onClick=${() => setMode('')}>Cancel</button>
            </div>`
        : mode === 'reject'
          ? html`<form class="stacked" onSubmit=${(e) => { e.preventDefault(); act({ action: 'reject', noticeId: notice.id, reason }); }} data-testid="reject-form">
              <label>Why reject it <textarea required rows="3" maxlength="2000" value=${reason} onInput=${(e) => setReason(e.currentTarget.value)} name="reason"></textarea></label>
              <p class="muted">The obligation stays open: file it through a portal, redraft it, or waive it.</p>
              <div class="buttons"><button type="submit" class="danger">Reject the draft</button><button type="button" class="secondary" onClick=${() => setMode('')}>Cancel</button></div>
            </form>`
          : html`<div class="buttons">
              <button type="button" class="primary" onClick=${() => setMode('confirm')}>Approve</button>
              <button type="button" onClick=${() => setMode('edit')}>Edit</button>
              <button type="button" class="danger" onClick=${() => setMode('reject')}>Reject</button>
            </div>`}
    </div>` : null}
    ${ctx.canDecide && notice.status === 'rejected' && mode !== 'edit' && obligation && OPEN_OBLIGATION.includes(obligation.status)
      ? html`<div class="buttons"><button type="button" onClick=${() => setMode('edit')}>Redraft</button></div>
          <p class="muted">Saving a redraft puts it before legal again for approval.</p>`
      : null}
    ${ctx.canDecide && notice.status === 'ready-to-file' && obligation && OPEN_OBLIGATION.includes(obligation.status)
      ? mode === 'file'
        ? html`<${SubmissionForm} ctx=${ctx} obligation=${obligation} onClose=${() => setMode('')} />`
        : html`<div class="buttons"><button type="button" class="primary" onClick=${() => setMode('file')}>Record portal submission</button></div>`
      : null}
    <${ErrorBox} error=${error} />
  </article>`;
}

export function Notices({ incident, ctx, events }) {
  const obligations = new Map(incident.obligations.map((o) => [o.id, o]));
  const awaiting = incident.notices.filter((n) => n.status === 'awaiting-approval').length;
  return html`<${Section} id="notices" title="Notices">
    ${!incident.notices.length ? html`<p class="muted">No notice drafted${incident.status === 'assessing' ? ' yet' : ''}.</p>` : null}
    ${awaiting ? html`<p class="banner">${awaiting} draft${awaiting === 1 ? ' waits' : 's wait'} for legal's decision. Nothing is sent without it.</p>` : null}
    ${incident.notices.map((n) => html`<${NoticeCard} key=${n.id} notice=${n} obligation=${obligations.get(n.obligationId)} ctx=${ctx} events=${events} />`)}
  </${Section}>`;
}
