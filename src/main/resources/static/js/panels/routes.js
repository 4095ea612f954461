// The mobile routes panel: a routes job (POST /api/routes, polling GET /api/routes/{id}, DELETE to
// stop) for the settlements beyond the standard of the area shown; the schedule is then drawn.
import { getJson, postJson, deleteJson, urls } from '../api.js';
import { definitions, el, replaceChildren } from '../dom.js';
import { t, tf, formatNumber, statusWord } from '../i18n.js';

const POLL_MILLIS = 1000;

// the server's reasons for a settlement short of visits, in the page's words (the numbers kept)
const REASONS = [
  [/^fleet capacity/, 'reasonFleet'],
  [/^not fitted within the shifts/, 'reasonNotFitted'],
  [/^no vehicle in the fleet/, 'reasonNoVehicle'],
  [/^out of reach: from the nearest depot \((.*)\) a single visit takes (\S+)/, 'reasonOutOfReach'],
  [/^needs (\d+) visits but the cycle has only (\d+) working days/, 'reasonCycle'],
];

function reasonInWords(reason) {
  for (const [pattern, key] of REASONS) {
    const match = pattern.exec(reason || '');
    if (match) return tf(key, { a: match[1] ?? '', b: match[2] ?? '' });
  }
  return reason;
}

function cell(text, className) {
  return el('td', className ? { className } : {}, text);
}

/** Per vehicle and day: the stops with arrival times; then the unscheduled settlements and why. */
function renderSchedule(r) {
  const box = document.getElementById('routes-schedule');
  if (!r) {
    replaceChildren(box);
    return;
  }
  const parts = [];
  (r.vehicles || []).filter((v) => v.days && v.days.length).forEach((vehicle, index) => {
    parts.push(el('h3', {}, `${t('vehicle')} ${index + 1} — ${t('depot')}: ${vehicle.depotName}`));
    const rows = [];
    for (const day of vehicle.days) {
      day.stops.forEach((stop, i) => rows.push(el('tr', { className: i === 0 ? 'day-start' : '' },
        cell(i === 0 ? `${t('day')} ${day.day}` : ''), cell(stop.arrivalTime), cell(stop.name),
        cell(formatNumber(stop.population)))));
    }
    parts.push(el('table', { className: 'schedule-table' },
      el('thead', {}, el('tr', {}, [t('day'), t('arrival'), t('stop'), t('residentsOf')].map((h) => el('th', {}, h)))),
      el('tbody', {}, rows)));
  });
  if (r.unscheduled && r.unscheduled.length) {
    parts.push(el('h3', {}, `${t('shortOfVisits')}: ${formatNumber(r.unscheduled.length)}`));
    parts.push(el('table', { className: 'schedule-table unscheduled' },
      el('thead', {}, el('tr', {}, [t('stop'), t('residentsOf'), t('visits'), t('reason')].map((h) => el('th', {}, h)))),
      el('tbody', {}, r.unscheduled.map((u) => el('tr', {}, cell(u.name), cell(formatNumber(u.population)),
        cell(`${u.visitsScheduled} / ${u.visitsRequired}`), cell(reasonInWords(u.reason), 'reason'))))));
  }
  // per-settlement timetables, where the server gives them
  if (Array.isArray(r.timetables) && r.timetables.length) {
    parts.push(el('h3', {}, t('timetables')));
    parts.push(el('ul', { className: 'timetables' }, r.timetables.map((entry) => el('li', {},
      `${entry.name || entry.settlementName || entry.settlementId || ''}: `
      + (Array.isArray(entry.visits) ? entry.visits.map((v) => (typeof v === 'object'
        ? [v.date, v.day !== undefined ? `${t('day')} ${v.day}` : null, v.arrivalTime || v.time].filter(Boolean).join(' ')
        : String(v))).join('; ') : '')))));
  }
  const yearly = r.yearlyCostUah ? r.yearlyCostUah.total : r.costs.perYearUah;
  parts.push(el('p', { className: 'note', id: 'routes-yearly-cost' }, `${t('costPerYear')}: ${formatNumber(yearly)}`));
  replaceChildren(box, parts);
}

export function createRoutesPanel({ getArea, onStatus, onFinished }) {
  const run = document.getElementById('run-routes');
  const cancel = document.getElementById('cancel-routes');
  const result = document.getElementById('routes-result');
  let job = null;
  let timer = null;

  function show(view) {
    const r = view.result;
    const last = view.progress.length ? view.progress[view.progress.length - 1] : null;
    const rows = [[t('planStatus'), statusWord(view.status)]];
    if (r) {
      rows.push([t('populationReached'), `${formatNumber(r.populationReached)} / ${formatNumber(r.populationUncovered)}`]);
      rows.push([t('visits'), `${formatNumber(r.visitsScheduled)} / ${formatNumber(r.visitsRequired)}`]);
      rows.push([t('costPerYear'), formatNumber(r.costs.perYearUah)]);
      rows.push([t('shortOfVisits'), formatNumber(r.unscheduled.length)]);
    } else if (last) {
      rows.push([t('populationReached'), formatNumber(last.populationReached)]);
    }
    definitions(result, rows);
    result.dataset.status = view.status;
    renderSchedule(r);
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
