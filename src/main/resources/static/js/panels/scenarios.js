// Saved scenarios (GET /api/scenarios): the list with status in words and owner, rename and delete where
// the server says this user may (own scenarios; an admin any), others' read-only, the donor report, and
// two compared side by side (GET /api/scenarios/compare) with the difference of covered share per hromada
// drawn on the map.
import { getJson, deleteJson, patchJson, urls } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { t, tf, formatNumber, formatShare, formatDate, statusWord } from '../i18n.js';

// the comparison's KPI names (ScenarioComparison) in words, with how to print them
const KPIS = {
  population: ['population', formatNumber],
  populationCoveredBefore: ['kpiCoveredBefore', formatNumber],
  populationCoveredAfter: ['kpiCoveredAfter', formatNumber],
  coveredShareBefore: ['kpiShareBefore', formatShare],
  coveredShareAfter: ['kpiShareAfter', formatShare],
  newlyCoveredPopulation: ['newlyCovered', formatNumber],
  budgetUah: ['budget', formatNumber],
  costUah: ['cost', formatNumber],
  proposals: ['proposals', formatNumber],
  costPerNewlyCoveredResidentUah: ['perResident', formatNumber],
};

function signed(value, format) {
  if (value === null || value === undefined) return '—';
  const text = format === formatShare ? `${formatNumber(value * 100, 1)} ${t('percentagePoints')}` : format(value);
  return value > 0 ? `+${text}` : text;
}

export function createScenariosPanel({ map, L, onStatus }) {
  const body = document.querySelector('#scenarios-table tbody');
  const compareButton = document.getElementById('scenarios-compare');
  const box = document.getElementById('scenario-comparison');
  const differenceLayer = L.geoJSON(null, {
    style: (f) => {
      const d = f.properties.coveredShareDifference;
      const fill = d === null || d === undefined ? '#bdbdbd' : d > 0.0005 ? '#1b7837' : d < -0.0005 ? '#b2182b' : '#f7f7f7';
      return { color: '#555', weight: 0.6, fillColor: fill, fillOpacity: 0.7 };
    },
    onEachFeature: (f, layer) => layer.bindTooltip(() => `${f.properties.name}: `
      + `${signed(f.properties.coveredShareDifference, formatShare)}`),
  });
  let scenarios = [];
  let last = null;

  let ticked = []; // ids in the order they were ticked: the first is A, the second B

  function checked() {
    return ticked;
  }

  function render() {
    const rows = scenarios.map((s) => {
      const box = el('input', { type: 'checkbox', value: s.id, 'aria-label': s.name });
      box.disabled = s.status !== 'DONE';
      box.checked = ticked.includes(s.id);
      box.addEventListener('change', () => {
        ticked = box.checked ? [...ticked.filter((id) => id !== s.id), s.id] : ticked.filter((id) => id !== s.id);
        compareButton.disabled = ticked.length !== 2;
      });
      const share = s.totals ? formatShare(s.totals.coveredShareAfter) : '—';
      // others' scenarios are read-only: the server says which this user may change (owner, or an admin)
      const owner = el('span', { className: 'owner' }, `${t('owner')}: ${s.owner || t('ownerNone')}`);
      return el('tr', { dataset: { id: s.id, status: s.status, owner: s.owner || '', editable: String(s.editable) } },
        el('td', {}, box),
        el('td', {}, el('div', { className: 'scenario-name' }, s.name),
          el('div', { className: 'note' }, `${statusWord(s.status)} · ${formatDate(s.createdAt)} · ${share}`),
          el('div', { className: 'note' }, owner, s.editable ? null : ` · ${t('readOnly')}`)),
        el('td', { className: 'actions' },
          s.editable ? el('button', { type: 'button', className: 'rename', title: t('rename'), onclick: () => rename(s) }, '✎') : null,
          s.editable ? el('button', { type: 'button', className: 'delete', title: t('delete'), onclick: () => remove(s) }, '✕') : null,
          s.status === 'DONE' ? el('a', { href: urls.donorReport(s.id), download: '', title: t('donorReport') }, t('donorReportShort')) : null));
    });
    ticked = ticked.filter((id) => scenarios.some((s) => s.id === id && s.status === 'DONE'));
    replaceChildren(body, rows);
    compareButton.disabled = ticked.length !== 2;
    body.dataset.count = String(scenarios.length);
  }

  async function refresh() {
    try {
      scenarios = await getJson(urls.scenarios());
      render();
    } catch (error) {
      onStatus(`${t('failed')}: ${error.message}`);
    }
  }

  async function rename(s) {
    const name = window.prompt(t('newName'), s.name);
    if (!name || name === s.name) return;
    try {
      await patchJson(urls.scenario(s.id), { name });
      await refresh();
    } catch (error) {
      onStatus(`${t('failed')}: ${error.message}`);
    }
  }

  async function remove(s) {
    if (!window.confirm(tf('confirmDelete', { name: s.name }))) return;
    try {
      await deleteJson(urls.scenario(s.id));
      await refresh();
    } catch (error) {
      onStatus(`${t('failed')}: ${error.message}`);
    }
  }

  function showComparison(comparison) {
    replaceChildren(document.getElementById('scenario-comparison-title'),
      `${t('comparisonOf')}: ${t('sideA')} — ${comparison.a.name}; ${t('sideB')} — ${comparison.b.name}`);
    replaceChildren(document.querySelector('#scenario-comparison-table thead'),
      el('tr', {}, el('th', {}, ''), el('th', {}, t('sideA')), el('th', {}, t('sideB')), el('th', {}, `${t('sideB')} − ${t('sideA')}`)));
    replaceChildren(document.querySelector('#scenario-comparison-table tbody'), comparison.kpis.map((row) => {
      const [key, format] = KPIS[row.kpi] || [row.kpi, formatNumber];
      return el('tr', { dataset: { kpi: row.kpi } }, el('td', {}, t(key)), el('td', {}, format(row.a)),
        el('td', {}, format(row.b)), el('td', {}, signed(row.difference, format)));
    }));
    box.hidden = false;
  }

  compareButton.addEventListener('click', async () => {
    const [a, b] = checked();
    try {
      const comparison = await getJson(urls.compareScenarios(a, b));
      last = comparison;
      showComparison(comparison);
      differenceLayer.clearLayers();
      differenceLayer.addData(await getJson(urls.scenarioDifference(a, b)));
      differenceLayer.addTo(map);
      if (differenceLayer.getBounds().isValid()) map.fitBounds(differenceLayer.getBounds());
      document.body.dataset.comparedScenarios = `${a},${b}`;
    } catch (error) {
      onStatus(`${t('failed')}: ${error.message}`);
    }
  });
  document.getElementById('scenarios-refresh').addEventListener('click', refresh);

  return {
    refresh,
    /** Re-renders in the current language. */
    render() {
      render();
      if (last) showComparison(last);
    },
    clearDifference() {
      differenceLayer.remove();
      box.hidden = true;
      last = null;
    },
  };
}
