// Renaming a topic from its page: only when the server runs with `serve --edit`
// (GET /api/edit says so and hands out the session's CSRF token). The name goes
// through the same curation code as `topictrends curate --rename`.
import { el, getJson } from './api.js';

let edit;
const editInfo = () => (edit ??= getJson('/api/edit').catch(() => ({ edit: false })));

/** The machine label beside a curated name, and the rename form when editing is on. */
export async function curationBlock(topic) {
  const block = el('div', null, 'curation');
  if (topic?.machineLabel) block.append(el('p', `Machine label: ${topic.machineLabel}`, 'muted machine-label'));
  if (topic?.hidden) block.append(el('p', 'Hidden (curate --hide): left out of the charts and topic shares.', 'muted'));
  const info = await editInfo();
  if (!info.edit || !topic) return block;
  const form = el('form', null, 'rename');
  const input = el('input');
  Object.assign(input, { type: 'text', name: 'name', value: topic.label, maxLength: 80, required: true });
  input.setAttribute('aria-label', `New name for topic #${topic.id}`);
  const status = el('span', null, 'muted');
  status.setAttribute('role', 'status');
  const save = el('button', 'Rename');
  save.type = 'submit';
  form.append(el('label', 'Name '), input, save, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    save.disabled = true;
    status.textContent = ' saving…';
    const res = await fetch(`/api/topics/${topic.id}/name`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', [info.header]: info.token },
      body: JSON.stringify({ name: input.value }),
    });
    const body = await res.json().catch(() => ({}));
    save.disabled = false;
    if (!res.ok) return void (status.textContent = ` ${body.error ?? res.statusText}`);
    status.textContent = ' saved';
    // Every panel shows names: reload the view (its state lives in the hash).
    location.reload();
  });
  block.append(form);
  return block;
}
