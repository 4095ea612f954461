// The scenario panel: a plan job through the existing API (POST /api/plans, polling GET /api/plans/{id},
// DELETE to stop), live progress, then the proposals and the before/after comparison.
import { getJson, postJson, deleteJson, urls } from '../api.js';
import { el, definitions, replaceChildren } from '../dom.js';
import { t, formatNumber, formatShare, formatMinutes } from '../i18n.js';

const POLL_MILLIS = 1000;

export function createScenarioPanel({ getArea, onStatus, onFinished }) {
  const run = document.getElementById('run-plan');
  const cancel = document.getElementById('cancel-plan');
  const progress = document.getElementById('plan-progress');
  const comparisonBox = document.getElementById('comparison');
  const comparisonBody = document.querySelector('#comparison-table tbody');
  let job = null;
  let timer = null;
  let lastComparison = null;
  let lastJob = null;

  function showProgress(view) {
    const last = view.progress.length ? view.progress[view.progress.length - 1] : null;
    const elapsed = (Date.now() - Date.parse(view.createdAt)) / 1000;
    definitions(progress, [
      [t('status'), view.status],
      [t('bestScore'), last ? last.score : '—'],
      [t('coveredAfter'), last ? formatNumber(last.populationCoveredAfter) : '—'],
      [t('elapsed'), formatNumber(view.result ? view.result.solveSeconds : elapsed, 1)],
    ]);
    progress.dataset.status = view.status;
  }

  function showComparison(result, comparison) {
    lastComparison = comparison;
    const b = comparison.before;
    const a = comparison.after;
    const rows = [
      [t('populationCovered'), formatNumber(b.populationCovered), formatNumber(a.populationCovered)],
      [t('coveredShare'), formatShare(b.coveredShare), formatShare(a.coveredShare)],
      [t('uncoveredSettlements'), formatNumber(b.uncoveredSettlements), formatNumber(a.uncoveredSettlements)],
      [t('meanTravelTime'), formatMinutes(b.meanTravelTimeSeconds), formatMinutes(a.meanTravelTimeSeconds)],
      [t('hromadasWithoutMainOffice'), formatNumber(b.hromadasWithoutMainOffice), formatNumber(a.hromadasWithoutMainOffice)],
      [t('whiteSpots'), formatNumber(comparison.whiteSpotsBefore), formatNumber(comparison.whiteSpotsAfter)],
      [t('proposals'), '0', formatNumber(result.proposals.length)],
      [t('cost'), '0', formatNumber(result.costUah)],
    ];
    replaceChildren(comparisonBody, rows.map((r) => el('tr', {}, r.map((cell) => el('td', {}, cell)))));
    comparisonBox.hidden = false;
  }

  async function poll() {
    try {
      const view = await getJson(urls.plan(job));
      showProgress(view);
      if (view.status === 'QUEUED' || view.status === 'RUNNING') {
        timer = setTimeout(poll, POLL_MILLIS);
        return;
      }
      run.disabled = false;
      cancel.disabled = true;
      const id = job;
      job = null;
      if (view.status === 'FAILED' || !view.result) {
        onStatus(`${t('failed')}: ${view.error || view.status}`);
        return;
      }
      const comparison = await getJson(urls.planCoverage(id));
      lastJob = { id, result: view.result };
      showComparison(view.result, comparison);
      await onFinished(id, comparison);
    } catch (error) {
      run.disabled = false;
      cancel.disabled = true;
      job = null;
      onStatus(`${t('failed')}: ${error.message}`);
    }
  }

  run.addEventListener('click', async () => {
    const area = getArea();
    if (area.oblast === 'all') {
      onStatus(t('chooseOblast'));
      return;
    }
    const kinds = [...document.querySelectorAll('#kinds input:checked')].map((input) => input.value);
    comparisonBox.hidden = true;
    try {
      const view = await postJson(urls.plans(), {
        oblast: area.oblast, excludeOccupied: area.excludeOccupied !== false, register: area.register || null, budgetUah: Number(document.getElementById('budget').value),
        minutes: Number(area.minutes), km: Number(area.km), rules: document.getElementById('rules').value, kinds,
        timeLimitSeconds: Number(document.getElementById('time-limit').value), exactTimeLimitSeconds: 10,
      });
      job = view.id;
      run.disabled = true;
      cancel.disabled = false;
      showProgress(view);
      timer = setTimeout(poll, POLL_MILLIS);
    } catch (error) {
      onStatus(`${t('failed')}: ${error.message}`);
    }
  });

  cancel.addEventListener('click', async () => {
    if (!job) return;
    try {
      await deleteJson(urls.plan(job));
    } catch (error) {
      onStatus(`${t('failed')}: ${error.message}`);
    }
  });

  return {
    /** Re-renders the comparison in the current language. */
    refresh() {
      if (lastJob && lastComparison) showComparison(lastJob.result, lastComparison);
    },
    stopPolling() {
      clearTimeout(timer);
    },
  };
}
