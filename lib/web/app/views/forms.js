// Legal's decisions on an obligation: record the submission made through a regulator's portal,
// or waive the obligation with a reason; and closing an incident kept open for places no runbook covers.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { label } from '../format.js';
import { ErrorBox } from './ui.js';

export function SubmissionForm({ ctx, obligation, onClose }) {
  const [reference, setReference] = useState('');
  const [at, setAt] = useState(ctx.localInput(ctx.now));
  const [error, setError] = useState();
  const submit = async (e) => {
    e.preventDefault();
    try {
      await ctx.decide({ action: 'record-submission', obligationId: obligation.id, reference, submittedAt: new Date(at).toISOString() });
      onClose();
    } catch (err) {
      setError(err);
    }
  };
  return html`<form class="inline-form" onSubmit=${submit} data-testid="submission-form">
    <p>${obligation.recipient === 'authority'
      ? html`<strong>Record the notification of the ${obligation.regime} authority</strong> made through its portal.`
      : html`<strong>Record that ${obligation.regime} ${label(obligation.recipient)} were notified</strong> outside BreachClock (a letter, a public notice), with its reference.`}
      It fulfils the obligation and goes on the timeline.</p>
    <label>Reference <input required maxlength="200" value=${reference} onInput=${(e) => setReference(e.currentTarget.value)} name="reference" /></label>
    <label>When (your local time) <input required type="datetime-local" value=${at} onInput=${(e) => setAt(e.currentTarget.value)} name="submittedAt" /></label>
    <div class="buttons"><button type="submit">Record submission</button><button type="button" class="secondary" onClick=${onClose}>Cancel</button></div>
    <${ErrorBox} error=${error} />
  </form>`;
}

export function WaiveForm({ ctx, obligation, onClose }) {
  return html`<${ReasonForm} ctx=${ctx} decision=${{ action: 'waive', obligationId: obligation.id }} testid="waive-form" button="Waive obligation" danger
    onClose=${onClose}>
    <strong>Waive ${obligation.regime} ${label(obligation.recipient)}.</strong> The reason goes on the timeline and into the breach record.
  <//>`;
}

/** Close an incident whose obligations are settled but whose people live where no runbook covers, or nowhere their records tell, once counsel has checked those laws. */
export function CloseForm({ ctx, uncovered }) {
  return html`<${ReasonForm} ctx=${ctx} decision=${{ action: 'close' }} testid="close-form" button="Close incident">
    <strong>Close the incident</strong> once counsel has checked the breach laws of ${uncovered.join(', ')}: what they found, and what was
    done, goes on the timeline and into the breach record.
  <//>`;
}

/** A decision of legal's that takes a reason (a waiver, a close): what it is (its children), the reason, and its button. */
function ReasonForm({ ctx, decision, testid, button, danger = false, onClose, children }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState();
  const submit = async (e) => {
    e.preventDefault();
    try {
      await ctx.decide({ ...decision, reason });
      onClose?.();
    } catch (err) {
      setError(err);
    }
  };
  return html`<form class="inline-form" onSubmit=${submit} data-testid=${testid}>
    <p>${children}</p>
    <label>Reason <textarea required maxlength="2000" rows="3" value=${reason} onInput=${(e) => setReason(e.currentTarget.value)} name="reason"></textarea></label>
    <div class="buttons"><button type="submit" class=${danger ? 'danger' : undefined}>${button}</button>${onClose
      ? html`<button type="button" class="secondary" onClick=${onClose}>Cancel</button>` : null}</div>
    <${ErrorBox} error=${error} />
  </form>`;
}
