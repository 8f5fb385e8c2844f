import type { ScormNotice } from './session';

/** The id of the region the notices are shown in. */
export const NOTICE_REGION_ID = 'scorm-notices';

/**
 * Shows a notice about the LMS link at the top of the page, as an alert (read out by screen
 * readers) that the learner can dismiss. Plain DOM: the SCORM build's adapter runs outside React.
 */
export function showScormNotice(notice: ScormNotice, document: Document = window.document): void {
  let region = document.getElementById(NOTICE_REGION_ID);
  if (region === null) {
    region = document.createElement('div');
    region.id = NOTICE_REGION_ID;
    region.setAttribute(
      'style',
      'position:fixed;inset:auto 0.75rem 0.75rem 0.75rem;z-index:1000;display:grid;gap:0.5rem;max-width:40rem;margin-inline:auto',
    );
    document.body.append(region);
  }
  const alert = document.createElement('div');
  alert.className = 'alert alert--warning';
  alert.setAttribute('role', 'alert');
  alert.dataset.scormNotice = notice.kind;
  const text = document.createElement('p');
  text.textContent = notice.message;
  text.setAttribute('style', 'margin:0 0 0.5rem');
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'button button--sm button--secondary';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => alert.remove());
  alert.append(text, dismiss);
  region.append(alert);
}
