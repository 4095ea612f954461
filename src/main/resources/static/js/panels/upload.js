// Register upload: validate first (every bad row listed, nothing saved), then confirm.
import { postForm, postJson, urls } from '../api.js';
import { el, definitions, replaceChildren } from '../dom.js';
import { t, tf, formatNumber } from '../i18n.js';

export function createUploadPanel({ getArea, onStatus, onSaved }) {
  const file = document.getElementById('upload-file');
  const format = document.getElementById('upload-format');
  const validate = document.getElementById('upload-validate');
  const confirm = document.getElementById('upload-confirm');
  const out = document.getElementById('upload-result');
  let uploadId = null;
  let acceptRejected = false;

  // the reader names rows "row 7": in the page's words
  function rowName(item) {
    const match = /^row (\d+)$/.exec(item || '');
    return match ? `${t('rowWord')} ${match[1]}` : (item || '');
  }

  function issues(list, className = 'errors') {
    return el('table', { className }, el('thead', {}, el('tr', {}, el('th', {}, t('row')), el('th', {}, t('reason')))),
      el('tbody', {}, list.map((i) => el('tr', {}, el('td', {}, rowName(i.item)), el('td', {}, i.reason)))));
  }

  validate.addEventListener('click', async () => {
    const area = getArea();
    if (area.oblast === 'all') {
      onStatus(t('chooseOblast'));
      return;
    }
    if (!file.files.length) {
      onStatus(t('chooseFile'));
      return;
    }
    const form = new FormData();
    form.append('file', file.files[0]);
    form.append('oblast', area.oblast);
    form.append('format', format.value);
    confirm.disabled = true;
    uploadId = null;
    acceptRejected = false;
    try {
      const v = await postForm(urls.uploads(), form);
      const summary = el('dl');
      definitions(summary, [
        [v.replaces ? t('replaces') : t('creates'), v.register.id],
        [t('rowsValid'), formatNumber(v.accessPoints)],
        [t('rowsRejected'), formatNumber(v.rejected.length)],
        [t('rowsRepaired'), formatNumber(v.repaired.length)],
        [t('warnings'), formatNumber(v.warnings.length)],
      ]);
      const parts = [summary];
      if (v.fatal) parts.push(el('p', { className: 'error' }, `${v.fatal.source}${v.fatal.item ? ', ' + v.fatal.item : ''}: ${v.fatal.reason}`));
      if (v.rejected.length) parts.push(issues(v.rejected));
      if (v.warnings.length || v.repaired.length) {
        parts.push(el('h3', {}, t('remarks')), issues([...v.repaired, ...v.warnings], 'errors remarks'));
      }
      uploadId = v.uploadId;
      confirm.disabled = !uploadId;
      // rejected rows: saving would shrink the oblast's network unless the planner says yes knowingly
      if (uploadId && v.rejected.length) {
        confirm.disabled = true;
        const box = el('input', { type: 'checkbox', id: 'upload-accept-rejected' });
        box.addEventListener('change', () => {
          acceptRejected = box.checked;
          confirm.disabled = !box.checked;
        });
        parts.push(el('label', { className: 'confirm-rejected' }, box, ' ', tf('acceptRejected', {
          saved: formatNumber(v.accessPoints), now: formatNumber(v.currentAccessPoints), rejected: formatNumber(v.rejected.length),
        })));
      }
      replaceChildren(out, parts);
    } catch (error) {
      replaceChildren(out, el('p', { className: 'error' }, error.message));
    }
  });

  confirm.addEventListener('click', async () => {
    if (!uploadId) return;
    try {
      const saved = await postJson(urls.confirmUpload(uploadId, acceptRejected), {});
      confirm.disabled = true;
      uploadId = null;
      replaceChildren(out, el('p', { className: 'ok' }, `${t('saved')}: ${saved.register.id}, ${formatNumber(saved.accessPoints)}`));
      await onSaved();
    } catch (error) {
      replaceChildren(out, el('p', { className: 'error' }, error.message));
    }
  });
}
