// The donor's question from the page: K passport stations and M mobile cases (and/or a budget) for one
// service in one oblast. The page saves it as a scenario (POST /api/scenarios, the same fields as
// docs/scenario-donor.yaml), runs it (POST /api/scenarios/{id}/run: the same core as `scenario run`), polls
// it, then shows the coverage of that service before and after, the proposals cheapest per newly served
// resident first, and the donor report's download.
import { getJson, postJson, deleteJson, urls } from '../api.js';
import { el, definitions, replaceChildren, proposalHead } from '../dom.js';
import {
  t, tf, label, formatNumber, formatShare, formatYears, statusWord, serviceLabel,
} from '../i18n.js';
import { getStyles } from '../styles.js';
import { optimalityWords, provenOptimal } from './optimality.js';

const POLL_MILLIS = 1000;
const ACTIVE = ['NEW', 'QUEUED', 'RUNNING'];

/** A kind of proposal in words: the map's label, or the passport station's (equipment, not on the map). */
function kindWords(kind) {
  const style = getStyles().accessPoints[kind];
  return style ? label(style.label) : t(`kind${kind}`);
}

export function createDonorPanel({ getArea, onStatus, onFinished, hromadaName }) {
  const run = document.getElementById('donor-run');
  const cancel = document.getElementById('donor-cancel');
  const progress = document.getElementById('donor-progress');
  const box = document.getElementById('donor-result');
  const service = document.getElementById('donor-service');
  const stations = document.getElementById('donor-stations');
  let scenarioId = null;
  let timer = null;
  let last = null; // the finished scenario, to re-render in another language

  // a passport station only helps the passport service
  function syncStations() {
    stations.disabled = service.value !== 'PASSPORT';
    if (stations.disabled) stations.value = '0';
  }
  service.addEventListener('change', syncStations);

  function showProgress(view) {
    const status = view.run ? view.run.status : view.scenario.status;
    const steps = view.run && view.run.progress ? view.run.progress : [];
    const step = steps.length ? steps[steps.length - 1] : null;
    definitions(progress, [
      [t('planStatus'), statusWord(status)],
      [t('populationServed'), step ? formatNumber(step.populationCoveredAfter) : '—'],
    ]);
    progress.dataset.status = status;
  }

  function beforeAfter(totals, horizonYears) {
    const rows = [
      [t('population'), formatNumber(totals.population), formatNumber(totals.population)],
      [t('populationServed'), formatNumber(totals.populationCoveredBefore), formatNumber(totals.populationCoveredAfter)],
      [t('shareServed'), formatShare(totals.coveredShareBefore), formatShare(totals.coveredShareAfter)],
      [t('newlyServed'), '—', formatNumber(totals.newlyCoveredPopulation)],
      [t('proposals'), '0', formatNumber(totals.proposals)],
      [tf('costOverHorizon', { horizon: formatYears(horizonYears) }), '0', formatNumber(totals.costUah)],
      [t('perNewlyServed'), '—', formatNumber(totals.costPerNewlyCoveredResidentUah)],
    ];
    replaceChildren(document.querySelector('#donor-before-after tbody'), rows.map((r, i) => el('tr',
      { dataset: { row: ['population', 'served', 'share', 'newly', 'proposals', 'cost', 'perResident'][i] } },
      r.map((cell) => el('td', {}, cell)))));
  }

  // two rows a proposal, so the table fits the panel without breaking words: the site (an office's name is
  // long) with its hromada and kind across the table, then three figures: the cost, the newly served with the
  // share served so far under it, the cost per newly served resident
  function proposals(result) {
    replaceChildren(document.querySelector('#donor-proposals thead'), proposalHead(
      tf('costHeaderTotal', { horizon: formatYears(result.horizonYears) }), t('newlyServed'), t('perNewlyServed')));
    replaceChildren(document.querySelector('#donor-proposals tbody'), result.proposals.flatMap((p) => [
      el('tr', { className: 'site-row', dataset: { kind: p.kind, rank: String(p.rank) } },
        el('td', { className: 'site', colspan: '3' }, el('span', { className: 'name' }, `${p.rank}. ${p.site}`),
          el('span', { className: 'note' }, ` — ${p.hromadaName || hromadaName(p.hromadaCode) || p.hromadaCode}, `
            + `${kindWords(p.kind).toLowerCase()}`))),
      el('tr', { className: 'figures', dataset: { rank: String(p.rank) } },
        el('td', { className: 'cost' }, formatNumber(p.costUah)),
        el('td', { className: 'newly' }, el('div', {}, formatNumber(p.newlyCoveredPopulation)),
          el('div', { className: 'note' }, tf('cumulativeShare', { p: formatShare(p.cumulativeCoveredShare) }))),
        el('td', { className: 'per-resident' }, formatNumber(p.costPerNewlyCoveredResidentUah))),
    ]));
    document.getElementById('donor-proposals-box').hidden = result.proposals.length === 0;
  }

  function assumptions(result) {
    const words = Object.entries(result.assumptions || {})
      .filter(([kind]) => kind === 'PASSPORT_STATION' || kind === 'MOBILE_CASE')
      .map(([kind, a]) => `${kindWords(kind)}: ${tf('costEach', {
        oneOff: formatNumber(a.oneOffCostUah), yearly: formatNumber(a.yearlyCostUah) })}`);
    replaceChildren(document.getElementById('donor-assumptions'),
      words.length ? `${t('assumptionsWords')}: ${words.join('; ')}.` : '');
  }

  function showResult(scenario) {
    const result = scenario.result;
    const p = scenario.parameters;
    const s = result.standard;
    replaceChildren(document.getElementById('donor-service-words'), tf('donorServiceWords', {
      s: serviceLabel(p.service), minutes: formatNumber(s.maxMinutes), km: formatNumber(s.maxKilometres),
      rule: s.rule === 'BOTH' ? t('ruleWordBoth') : t('ruleWordEither'),
    }));
    beforeAfter(result.totals, result.horizonYears);
    const solve = result.solves.length ? result.solves[0] : null;
    const optimality = document.getElementById('donor-optimality');
    replaceChildren(optimality, solve ? optimalityWords(solve, result.proposals.length > 0) : '');
    optimality.className = solve && provenOptimal(solve) ? 'plan-words good' : 'plan-words';
    const nothing = document.getElementById('donor-nothing');
    nothing.hidden = result.proposals.length > 0;
    replaceChildren(nothing, nothing.hidden ? '' : t('donorNothing'));
    proposals(result);
    assumptions(result);
    const report = document.getElementById('donor-report');
    report.setAttribute('href', urls.donorReport(scenario.id));
    report.setAttribute('download', `donor-report-${scenario.id}.csv`);
    box.hidden = false;
    box.dataset.scenario = scenario.id;
  }

  function idle() {
    run.disabled = false;
    cancel.disabled = true;
    scenarioId = null;
  }

  async function poll() {
    try {
      const view = await getJson(urls.scenario(scenarioId));
      showProgress(view);
      if (ACTIVE.includes(view.scenario.status)) {
        timer = setTimeout(poll, POLL_MILLIS);
        return;
      }
      idle();
      if (!view.scenario.result) {
        onStatus(`${t('failed')}: ${view.scenario.error || statusWord(view.scenario.status)}`);
      } else {
        last = view.scenario;
        showResult(view.scenario);
      }
      onFinished();
    } catch (error) {
      idle();
      onStatus(`${t('failed')}: ${error.message}`);
    }
  }

  run.addEventListener('click', async () => {
    const area = getArea();
    const oblast = document.getElementById('donor-oblast');
    const passportStations = Number(stations.value) || 0;
    const mobileCases = Number(document.getElementById('donor-cases').value) || 0;
    const budget = document.getElementById('donor-budget').value;
    if (passportStations > 0 && service.value !== 'PASSPORT') {
      onStatus(t('stationsOnlyPassport'));
      return;
    }
    if (passportStations === 0 && mobileCases === 0 && budget === '') {
      onStatus(t('nothingAsked'));
      return;
    }
    box.hidden = true;
    last = null;
    const timeLimit = Number(document.getElementById('donor-time-limit').value);
    const body = {
      name: tf('donorName', { s: serviceLabel(service.value), oblast: oblast.selectedOptions[0].textContent }),
      oblasts: [{ oblast: oblast.value, register: area.register || null }],
      service: service.value, barrierFree: area.barrierFree === true, passportStations, mobileCases,
      standard: { minutes: Number(area.minutes), km: Number(area.km), rule: area.rule },
      excludeOccupied: area.excludeOccupied !== false,
      solver: { timeLimitSeconds: timeLimit, exactTimeLimitSeconds: Math.min(60, Math.max(timeLimit, 10)) },
    };
    if (budget !== '') body.budgetUah = Number(budget);
    try {
      const created = await postJson(urls.scenarios(), body);
      const view = await postJson(urls.runScenario(created.id), {});
      scenarioId = created.id;
      run.disabled = true;
      cancel.disabled = false;
      showProgress(view);
      onFinished(); // listed at once, queued
      timer = setTimeout(poll, POLL_MILLIS);
    } catch (error) {
      onStatus(`${t('failed')}: ${error.message}`);
    }
  });

  cancel.addEventListener('click', async () => {
    if (!scenarioId) return;
    try {
      await deleteJson(urls.runScenario(scenarioId));
    } catch (error) {
      onStatus(`${t('failed')}: ${error.message}`);
    }
  });

  syncStations();
  return {
    /** Re-renders the last result in the current language. */
    refresh() {
      if (last) showResult(last);
    },
    stopPolling() {
      clearTimeout(timer);
    },
  };
}
