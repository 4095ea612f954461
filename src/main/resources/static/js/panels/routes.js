// The mobile routes panel: a routes job (POST /api/routes, polling GET /api/routes/{id}, DELETE to
// stop) for the settlements beyond the standard of the area shown; the schedule is then drawn.
import { getJson, postJson, deleteJson, urls } from '../api.js';
import { definitions } from '../dom.js';
import { t, formatNumber } from '../i18n.js';

const POLL_MILLIS = 1000;

export function createRoutesPanel({ getArea, onStatus, onFinished }) {
  const run = document.getElementById('run-routes');
  const cancel = document.getElementById('cancel-routes');
  const result = document.getElementById('routes-result');
  let job = null;
  let timer = null;

  function show(view) {
    const r = view.result;
    const last = view.progress.length ? view.progress[view.progress.length - 1] : null;
    const rows = [[t('status'), view.status]];
    if (r) {
      rows.push([t('populationReached'), `${formatNumber(r.populationReached)} / ${formatNumber(r.populationUncovered)}`]);
      rows.push([t('visits'), `${formatNumber(r.visitsScheduled)} / ${formatNumber(r.visitsRequired)}`]);
      rows.push([t('costPerYear'), formatNumber(r.costs.perYearUah)]);
      rows.push([t('shortOfVisits'), formatNumber(r.unscheduled.length)]);
    } else if (last) {
      rows.push([t('bestScore'), last.score], [t('populationReached'), formatNumber(last.populationReached)]);
    }
    definitions(result, rows);
    result.dataset.status = view.status;
  }

  async function poll() {
    const view = await getJson(urls.routesJob(job));
    show(view);
    if (['DONE', 'CANCELLED', 'FAILED', 'INTERRUPTED'].includes(view.status)) {
      clearInterval(timer);
      run.disabled = false;
      cancel.disabled = true;
      if (view.error) onStatus(view.error);
      if (view.result) await onFinished(job);
    }
  }

  run.addEventListener('click', async () => {
    const area = getArea();
    if (area.oblast === 'all') {
      onStatus(t('chooseOblast'));
      return;
    }
    run.disabled = true;
    try {
      const view = await postJson(urls.routes(), {
        oblast: area.oblast, minutes: Number(area.minutes), km: Number(area.km), rule: area.rule,
        excludeOccupied: area.excludeOccupied !== false,
        register: area.register || null, kind: document.getElementById('routes-kind').value,
        vehicles: Number(document.getElementById('routes-vehicles').value),
        timeLimitSeconds: Number(document.getElementById('time-limit').value),
      });
      job = view.id;
      show(view);
      cancel.disabled = false;
      timer = setInterval(() => poll().catch((e) => onStatus(e.message)), POLL_MILLIS);
    } catch (error) {
      run.disabled = false;
      onStatus(error.message);
    }
  });
  cancel.addEventListener('click', () => job && deleteJson(urls.routesJob(job)).catch((e) => onStatus(e.message)));
}
