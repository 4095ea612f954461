// The plan panel: a plan job through the existing API (POST /api/plans, polling GET /api/plans/{id},
// DELETE to stop). Progress in words with the covered population over time, then the proposals as a
// table, the optimality statement in words, the reason when there is nothing to propose, and the
// before/after table at the same standard and rule as the figures above it.
import { getJson, postJson, deleteJson, urls } from '../api.js';
import { el, definitions, replaceChildren, svg, proposalHead } from '../dom.js';
import {
  t, tf, label, formatNumber, formatShare, formatMinutes, formatYears, statusWord, requirementWords,
} from '../i18n.js';
import { getStyles } from '../styles.js';
import { optimalityWords, provenOptimal } from './optimality.js';

const POLL_MILLIS = 1000;
// a run waits (QUEUED) or runs (RUNNING); its step says what it does now
const RUNNING = ['QUEUED', 'RUNNING', 'SOLVING', 'BOUNDING'];

export function createScenarioPanel({ getArea, onStatus, onFinished, hromadaName }) {
  const run = document.getElementById('run-plan');
  const cancel = document.getElementById('cancel-plan');
  const progress = document.getElementById('plan-progress');
  const chart = document.getElementById('plan-chart');
  const optimality = document.getElementById('plan-optimality');
  const reason = document.getElementById('plan-reason');
  const proposalsBox = document.getElementById('plan-proposals');
  const comparisonBox = document.getElementById('comparison');
  const comparisonBody = document.querySelector('#comparison-table tbody');
  let job = null;
  let timer = null;
  let last = null; // { view, comparison } of the last finished plan, to re-render in another language

  function showProgress(view) {
    const step = view.progress.length ? view.progress[view.progress.length - 1] : null;
    const elapsed = view.result ? view.result.seconds : (Date.now() - Date.parse(view.createdAt)) / 1000;
    definitions(progress, [
      [t('planStatus'), statusWord(view.status)],
      [t('coveredAfter'), step ? formatNumber(step.populationCoveredAfter) : '—'],
      [t('elapsed'), formatNumber(elapsed, 1)],
    ]);
    progress.dataset.status = view.status;
    drawChart(view.progress);
  }

  // covered population over time: a small line, one point per new best plan
  function drawChart(steps) {
    if (steps.length < 2) {
      replaceChildren(chart);
      return;
    }
    const xs = steps.map((s) => s.seconds);
    const ys = steps.map((s) => s.populationCoveredAfter);
    const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
    const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
    const points = steps.map((s) => {
      const x = x1 === x0 ? 0 : (200 * (s.seconds - x0)) / (x1 - x0);
      const y = y1 === y0 ? 20 : 38 - (36 * (s.populationCoveredAfter - y0)) / (y1 - y0);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    }).join(' ');
    replaceChildren(chart, svg('svg', { viewBox: '0 0 200 40', preserveAspectRatio: 'none', role: 'img',
      'aria-label': t('coveredAfter') }, svg('polyline', { points })));
  }

  function cheapestPoint(result) {
    const costs = Object.values(result.assumptions || {})
      .map((a) => a.oneOffCostUah + a.yearlyCostUah * result.horizonYears);
    return costs.length ? Math.min(...costs) : null;
  }

  /** Why a plan proposes nothing, in words. */
  function nothingToPropose(result, comparison) {
    if (!result.feasible && result.violations && result.violations.length) {
      return tf('reasonInfeasible', { v: result.violations.join('; ') });
    }
    const before = comparison ? comparison.before : null;
    if (before && (before.populationCovered === null || before.populationCovered === undefined)) {
      return t('reasonNoRegister');
    }
    if (before && before.populationCovered >= before.populationWithRegister) return t('reasonAllCovered');
    const cheapest = cheapestPoint(result);
    if (cheapest !== null && result.budgetUah < cheapest) {
      return tf('reasonBudget', {
        budget: formatNumber(result.budgetUah), cheapest: formatNumber(cheapest), horizon: formatYears(result.horizonYears),
      });
    }
    return t('reasonNoCandidate');
  }

  // four columns of fixed widths, so that the table fits the panel at 1366 px (and on a phone): the site
  // with its rank, hromada and kind under it, the cost over the horizon with its one-off and yearly parts
  // under it, the newly covered, the cost per newly covered resident
  function showProposals(result) {
    const kinds = getStyles().accessPoints;
    const horizon = formatYears(result.horizonYears);
    replaceChildren(document.querySelector('#proposals-table thead'), proposalHead(t('siteHeader'),
      tf('costHeader', { horizon }), t('newlyCovered'), t('perResident')));
    const rows = result.proposals.map((p, i) => {
      const a = (result.assumptions || {})[p.kind] || {};
      return el('tr', { dataset: { kind: p.kind } },
        el('td', { className: 'site' }, el('div', {}, `${i + 1}. ${p.name}`),
          el('div', { className: 'note hromada' }, hromadaName(p.hromadaCode) || p.hromadaCode),
          el('div', { className: 'note' }, label((kinds[p.kind] || {}).label))),
        el('td', { className: 'cost' }, el('div', {}, formatNumber(p.costUah)),
          el('div', { className: 'note' }, tf('costParts', { oneOff: formatNumber(a.oneOffCostUah), yearly: formatNumber(a.yearlyCostUah) }))),
        el('td', { className: 'newly' }, formatNumber(p.newlyCoveredPopulation)),
        el('td', { className: 'per-resident' }, formatNumber(p.costPerNewlyCoveredResidentUah)));
    });
    const perResident = result.newlyCoveredPopulation > 0 ? result.costUah / result.newlyCoveredPopulation : null;
    rows.push(el('tr', { className: 'total' }, el('td', { className: 'site' }, t('total')),
      el('td', { className: 'cost' }, formatNumber(result.costUah)),
      el('td', { className: 'newly' }, formatNumber(result.newlyCoveredPopulation)),
      el('td', { className: 'per-resident' }, formatNumber(perResident))));
    replaceChildren(document.querySelector('#proposals-table tbody'), rows);
    replaceChildren(document.getElementById('proposals-note'), tf('horizonNote', { horizon }));
    proposalsBox.hidden = result.proposals.length === 0;
  }

  function showComparison(view, comparison) {
    const result = view.result;
    const b = comparison.before;
    const a = comparison.after;
    const beyond = (k) => (k.populationCovered === null || k.populationCovered === undefined ? null
      : k.populationWithRegister - k.populationCovered);
    const rows = [
      [t('populationCovered'), formatNumber(b.populationCovered), formatNumber(a.populationCovered)],
      [t('coveredShare'), formatShare(b.coveredShare), formatShare(a.coveredShare)],
      [t('populationBeyond'), formatNumber(beyond(b)), formatNumber(beyond(a))],
      [t('uncoveredSettlements'), formatNumber(b.uncoveredSettlements), formatNumber(a.uncoveredSettlements)],
      [t('meanTravelTime'), formatMinutes(b.meanTravelTimeSeconds), formatMinutes(a.meanTravelTimeSeconds)],
      [t('hromadasWithoutMainOffice'), formatNumber(b.hromadasWithoutMainOffice), formatNumber(a.hromadasWithoutMainOffice)],
      [t('proposals'), '0', formatNumber(result.proposals.length)],
      [tf('costOverHorizon', { horizon: formatYears(result.horizonYears) }), '0', formatNumber(result.costUah)],
    ];
    replaceChildren(comparisonBody, rows.map((r) => el('tr', {}, r.map((cell) => el('td', {}, cell)))));
    const s = result.standard;
    const service = result.service || {};
    replaceChildren(document.getElementById('comparison-standard'), tf('sameStandard', {
      minutes: formatNumber(s.maxMinutes), km: formatNumber(s.maxKilometres),
      rule: s.rule === 'BOTH' ? t('ruleWordBoth') : t('ruleWordEither'),
    }), ' ', tf('planService', { s: requirementWords(service.service, service.barrierFree) }));
    comparisonBox.hidden = false;
  }

  function showResult(view, comparison) {
    const result = view.result;
    showProgress(view);
    replaceChildren(optimality, optimalityWords(result, result.proposals.length > 0));
    optimality.className = provenOptimal(result) ? 'plan-words good' : 'plan-words';
    showProposals(result);
    reason.hidden = result.proposals.length > 0 && result.feasible;
    replaceChildren(reason, reason.hidden ? '' : (result.proposals.length === 0 ? nothingToPropose(result, comparison)
      : tf('reasonInfeasible', { v: (result.violations || []).join('; ') })));
    if (comparison) showComparison(view, comparison);
  }

  async function poll() {
    try {
      const view = await getJson(urls.plan(job));
      showProgress(view);
      if (RUNNING.includes(view.status)) {
        timer = setTimeout(poll, POLL_MILLIS);
        return;
      }
      run.disabled = false;
      cancel.disabled = true;
      const id = job;
      job = null;
      if (view.status === 'FAILED' || !view.result) {
        onStatus(`${t('failed')}: ${view.error || statusWord(view.status)}`);
        return;
      }
      const comparison = await getJson(urls.planCoverage(id));
      last = { view, comparison };
      showResult(view, comparison);
      await onFinished(id, comparison);
    } catch (error) {
      run.disabled = false;
      cancel.disabled = true;
      job = null;
      onStatus(`${t('failed')}: ${error.message}`);
    }
  }

  function clear() {
    comparisonBox.hidden = true;
    proposalsBox.hidden = true;
    reason.hidden = true;
    replaceChildren(optimality);
    replaceChildren(chart);
    last = null;
  }

  run.addEventListener('click', async () => {
    const area = getArea();
    if (area.oblast === 'all') {
      onStatus(t('chooseOblast'));
      return;
    }
    const kinds = [...document.querySelectorAll('#kinds input:checked')].map((input) => input.value);
    clear();
    try {
      const view = await postJson(urls.plans(), {
        oblast: area.oblast, excludeOccupied: area.excludeOccupied !== false, register: area.register || null,
        service: area.service || null, barrierFree: area.barrierFree === true,
        budgetUah: Number(document.getElementById('budget').value),
        minutes: Number(area.minutes), km: Number(area.km), rule: area.rule, rules: document.getElementById('rules').value,
        kinds, timeLimitSeconds: Number(document.getElementById('time-limit').value), exactTimeLimitSeconds: 10,
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
    /** Re-renders the last plan in the current language. */
    refresh() {
      if (last) showResult(last.view, last.comparison);
    },
    clear,
    stopPolling() {
      clearTimeout(timer);
    },
  };
}
