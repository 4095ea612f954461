// The planning map: wires the layers and panels. Leaflet comes as an ES module from the WebJar.
import * as L from 'leaflet';
import { getJson, urls } from './api.js';
import {
  t, label, setLanguage, currentLanguage, onLanguageChange, registerLabel, serviceLabel, SERVICE_CODES,
} from './i18n.js';
import { loadStyles, getStyles } from './styles.js';
import { el, replaceChildren } from './dom.js';
import { createHromadaLayer, HROMADA_PANE } from './layers/hromadas.js';
import { createAccessPointLayer } from './layers/accessPoints.js';
import { createSettlementLayer } from './layers/settlements.js';
import { createWhiteSpotLayer } from './layers/whiteSpots.js';
import { createProposalLayer, createAddedPointLayer } from './layers/proposals.js';
import { createRouteLayer } from './layers/routes.js';
import { createRoutesPanel } from './panels/routes.js';
import { renderKpis } from './panels/kpi.js';
import { renderHromada } from './panels/hromada.js';
import { renderLegend } from './panels/legend.js';
import { renderExports } from './panels/exports.js';
import { createScenarioPanel } from './panels/scenario.js';
import { createWhatIfPanel } from './panels/whatif.js';
import { createUploadPanel } from './panels/upload.js';
import { renderExclusions } from './panels/exclusions.js';
import { createSearch } from './panels/search.js';
import { createScenariosPanel } from './panels/scenarios.js';
import { createDonorPanel } from './panels/donor.js';

const UKRAINE = [[44.3, 22.1], [52.4, 40.2]];
const status = document.getElementById('status');
const state = { area: { oblast: 'all', minutes: 30, km: 14, rule: 'EITHER', register: null }, planId: null,
  planComparison: null, whatIfComparison: null };

function setStatus(text) {
  replaceChildren(status, text);
}

function readArea() {
  state.area = {
    oblast: document.getElementById('oblast').value,
    minutes: document.getElementById('minutes').value,
    km: document.getElementById('km').value,
    rule: document.getElementById('rule').value,
    register: document.getElementById('register').value || null,
    excludeOccupied: document.getElementById('exclude-occupied').checked,
    service: document.getElementById('service').value || null,
    barrierFree: document.getElementById('barrier-free').checked,
  };
  return state.area;
}

function sharesOf(comparison) {
  const shares = new Map();
  for (const h of comparison.hromadas) {
    shares.set(h.code, { share: h.coveredShareAfter, registerLoaded: h.coveredShareAfter !== null });
  }
  return shares;
}

async function start() {
  const config = await getJson(urls.config());
  await loadStyles(config.stylesUrl);
  document.getElementById('minutes').value = config.standard.maxMinutes;
  document.getElementById('km').value = config.standard.maxKilometres;
  document.getElementById('rule').value = config.standard.rule;

  const map = L.map('map', { zoomControl: true, preferCanvas: false }).fitBounds(UKRAINE);
  map.createPane(HROMADA_PANE).style.zIndex = 350; // above tiles (200), below other vectors (400)
  if (config.tileUrl) {
    L.tileLayer(config.tileUrl, { attribution: config.tileAttribution, maxZoom: 18 }).addTo(map);
  } else {
    map.attributionControl.addAttribution(t('noTiles'));
  }

  let whatIf = null;
  async function showHromada(properties) {
    try {
      renderHromada(document.getElementById('hromada-panel'), await getJson(urls.hromadaAccess(properties.code, state.area)));
    } catch (error) {
      setStatus(`${t('failed')}: ${error.message}`);
    }
  }
  const hromadas = createHromadaLayer(L, {
    onClick: async (properties) => {
      if (whatIf && whatIf.isAdding()) return;
      await showHromada(properties);
    },
  });
  const accessPoints = createAccessPointLayer(L, {
    onRemove: (p) => whatIf.remove(p), onClose: (p) => whatIf.close(p),
  });
  const settlements = createSettlementLayer(L);
  const whiteSpots = createWhiteSpotLayer(L);
  const proposals = createProposalLayer(L);
  const added = createAddedPointLayer(L);
  const routes = createRouteLayer(L);
  // drawing order: polygons first, points on top
  hromadas.layer.addTo(map);
  whiteSpots.layer.addTo(map);
  settlements.layer.addTo(map);
  accessPoints.layer.addTo(map);
  proposals.layer.addTo(map);
  added.layer.addTo(map);

  const search = createSearch({ map, hromadas, settlements, onHromada: showHromada, onStatus: setStatus });
  let layerControl = null;
  let routesShown = false;
  function buildLayerControl() {
    if (layerControl) layerControl.remove();
    const overlays = {
      [t('layerHromadas')]: hromadas.layer, [t('layerWhiteSpots')]: whiteSpots.layer,
      [t('layerSettlements')]: settlements.layer, [t('layerAccessPoints')]: accessPoints.layer,
      [t('layerProposals')]: proposals.layer,
    };
    if (routesShown) overlays[t('layerRoutes')] = routes.layer;
    layerControl = L.control.layers(null, overlays, { collapsed: false }).addTo(map);
  }

  // which white spots and settlement colours are drawn: today's, the plan's or the what-if's
  let spotsFrom = null;
  async function syncSpots(comparison, kind) {
    if (comparison === spotsFrom) return;
    spotsFrom = comparison;
    if (comparison) {
      document.body.dataset.whiteSpots = whiteSpots.show(comparison.whiteSpotLayerAfter);
      settlements.setTurned(new Map(Object.entries(comparison.settlementsChanged || {})));
    } else {
      document.body.dataset.whiteSpots = await whiteSpots.load(state.area);
      settlements.setTurned(new Map());
    }
    document.body.dataset.spots = kind;
  }

  function recolour() {
    const showPlan = document.getElementById('show-plan-colours').checked;
    const [comparison, kind] = state.whatIfComparison ? [state.whatIfComparison, 'what-if']
      : state.planComparison && showPlan ? [state.planComparison, 'plan'] : [null, 'today'];
    hromadas.recolour(comparison ? sharesOf(comparison) : null);
    syncSpots(comparison, kind).catch((error) => setStatus(`${t('failed')}: ${error.message}`));
  }

  let zoomTimer = null;
  async function loadArea(fit) {
    const area = readArea();
    document.body.dataset.ready = 'false';
    setStatus(t('loading'));
    try {
      const zoom = map.getZoom();
      const [hromadaCount, pointCount, , spotCount, kpis] = await Promise.all([
        hromadas.load(area, zoom), accessPoints.load(area), settlements.load(area, zoom, true),
        whiteSpots.load(area), getJson(urls.kpis(area))]);
      spotsFrom = null;
      settlements.setTurned(new Map());
      document.body.dataset.spots = 'today';
      renderKpis(document.getElementById('kpis'), document.getElementById('model-note'), kpis, state.registers);
      renderExclusions(document.getElementById('exclusions-note'), kpis.exclusions);
      state.kpis = kpis;
      renderExports(document.getElementById('exports'), area, state.planId);
      if (fit && hromadas.bounds().isValid()) {
        // the fit changes the zoom: wait for it and draw the polygons for the new zoom before saying
        // ready, so that what is on screen then stays (the zoom handler would redraw it a moment later)
        const settled = new Promise((resolve) => {
          map.once('moveend', resolve);
          setTimeout(resolve, 1500);
        });
        map.fitBounds(hromadas.bounds());
        await settled;
        clearTimeout(zoomTimer);
        await Promise.all([hromadas.load(area, map.getZoom()), settlements.load(area, map.getZoom())]);
      }
      recolour();
      search.refresh();
      Object.assign(document.body.dataset, { hromadas: hromadaCount, accessPoints: pointCount, whiteSpots: spotCount });
      setStatus(t('ready'));
      document.body.dataset.ready = 'true';
    } catch (error) {
      setStatus(`${t('failed')}: ${error.message}`);
      document.body.dataset.ready = 'error';
    }
  }

  map.on('zoomend', () => {
    clearTimeout(zoomTimer);
    zoomTimer = setTimeout(async () => {
      try {
        await Promise.all([hromadas.load(state.area, map.getZoom()), settlements.load(state.area, map.getZoom())]);
        recolour();
      } catch (error) {
        setStatus(`${t('failed')}: ${error.message}`);
      }
    }, 250);
  });

  whatIf = createWhatIfPanel({
    map, getArea: () => state.area, onStatus: setStatus,
    onChanged: async (edits, comparison) => {
      state.whatIfComparison = comparison;
      accessPoints.setEdits({ removed: new Set(edits.removed.keys()), closed: new Set(edits.closed.keys()) });
      added.draw(edits.added, (p) => whatIf.remove(p));
      // the white spots and settlements as the change leaves them (today's again once it is undone)
      recolour();
    },
  });

  const scenario = createScenarioPanel({
    getArea: () => state.area, onStatus: setStatus, hromadaName: (code) => hromadas.nameOf(code),
    onFinished: async (planId, comparison) => {
      state.planId = planId;
      state.planComparison = comparison;
      document.body.dataset.proposals = await proposals.load(planId);
      document.body.dataset.plan = planId;
      renderExports(document.getElementById('exports'), state.area, planId);
      recolour();
      savedScenarios.refresh();
    },
  });
  document.getElementById('show-plan-colours').addEventListener('change', recolour);

  createRoutesPanel({
    getArea: () => state.area, onStatus: setStatus,
    onFinished: async (jobId) => {
      routesShown = await routes.show(jobId);
      if (routesShown) {
        routes.layer.addTo(map);
        buildLayerControl();
        document.body.dataset.routes = jobId;
      }
    },
  });

  const savedScenarios = createScenariosPanel({ map, L, onStatus: setStatus });
  savedScenarios.refresh();

  createUploadPanel({ getArea: () => state.area, onStatus: setStatus, onSaved: () => loadArea(false) });

  const registerSelect = document.getElementById('register');
  state.registers = await getJson(urls.registers());
  for (const register of state.registers) {
    registerSelect.append(el('option', { value: register.id, dataset: { registerId: register.id } },
      registerLabel(register)));
  }
  const wantedRegister = new URLSearchParams(location.search).get('register');
  if (wantedRegister && state.registers.some((r) => r.id === wantedRegister)) registerSelect.value = wantedRegister;
  registerSelect.addEventListener('change', () => {
    resetScenarios();
    loadArea(false);
  });

  // the service the figures, colours, white spots and plans are for: any access point, or one group
  const serviceSelect = document.getElementById('service');
  for (const select of [serviceSelect, document.getElementById('donor-service')]) {
    for (const code of SERVICE_CODES) {
      select.append(el('option', { value: code, dataset: { serviceLabel: code } }, serviceLabel(code)));
    }
  }
  const donor = createDonorPanel({
    getArea: () => state.area, onStatus: setStatus, hromadaName: (code) => hromadas.nameOf(code),
    onFinished: () => savedScenarios.refresh(),
  });
  const wantedService = new URLSearchParams(location.search).get('service');
  if (wantedService && SERVICE_CODES.includes(wantedService)) serviceSelect.value = wantedService;
  for (const id of ['service', 'barrier-free']) {
    document.getElementById(id).addEventListener('change', () => {
      resetScenarios();
      loadArea(false);
    });
  }

  const oblastSelect = document.getElementById('oblast');
  const donorOblast = document.getElementById('donor-oblast');
  for (const oblast of await getJson(urls.oblasts())) {
    const names = { nameUk: oblast.nameUk, nameEn: oblast.nameEn || oblast.nameUk };
    oblastSelect.append(el('option', { value: oblast.code, dataset: names }, oblast.nameUk));
    donorOblast.append(el('option', { value: oblast.code, dataset: names }, oblast.nameUk));
  }
  function resetScenarios() {
    whatIf.reset();
    state.whatIfComparison = null;
    state.planComparison = null;
    state.planId = null;
    proposals.clear();
    added.draw([], () => {});
    accessPoints.setEdits({ removed: new Set(), closed: new Set() });
    scenario.clear();
    savedScenarios.clearDifference();
  }
  oblastSelect.addEventListener('change', () => {
    resetScenarios();
    if (oblastSelect.value !== 'all') donorOblast.value = oblastSelect.value;
    loadArea(true);
  });
  document.getElementById('apply').addEventListener('click', () => {
    resetScenarios();
    loadArea(false);
  });

  const languageButton = document.getElementById('language');
  languageButton.addEventListener('click', () => setLanguage(currentLanguage() === 'uk' ? 'en' : 'uk'));
  onLanguageChange((language) => {
    replaceChildren(languageButton, language === 'uk' ? 'EN' : 'UA');
    for (const option of [...oblastSelect.options, ...donorOblast.options]) {
      if (option.dataset.nameUk) replaceChildren(option, language === 'uk' ? option.dataset.nameUk : option.dataset.nameEn);
    }
    for (const option of document.querySelectorAll('option[data-service-label]')) {
      replaceChildren(option, serviceLabel(option.dataset.serviceLabel));
    }
    for (const option of registerSelect.options) {
      const register = state.registers.find((r) => r.id === option.dataset.registerId);
      if (register) replaceChildren(option, registerLabel(register));
    }
    for (const element of document.querySelectorAll('[data-kind-label]')) {
      replaceChildren(element, label(getStyles().accessPoints[element.dataset.kindLabel].label));
    }
    renderLegend(document.getElementById('legend'));
    buildLayerControl();
    if (state.kpis) renderKpis(document.getElementById('kpis'), document.getElementById('model-note'), state.kpis, state.registers);
    if (state.kpis) renderExclusions(document.getElementById('exclusions-note'), state.kpis.exclusions);
    renderExports(document.getElementById('exports'), state.area, state.planId);
    scenario.refresh();
    donor.refresh();
    savedScenarios.render();
    whatIf.render();
  });
  setLanguage(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'uk');

  const wanted = new URLSearchParams(location.search).get('oblast');
  if (wanted && [...oblastSelect.options].some((o) => o.value === wanted)) oblastSelect.value = wanted;
  if (oblastSelect.value !== 'all') donorOblast.value = oblastSelect.value;
  await loadArea(oblastSelect.value !== 'all');

  // mobile routes: shown once a routes job has a result (?routes=JOBID)
  const routesJob = new URLSearchParams(location.search).get('routes');
  if (routesJob) {
    try {
      routesShown = await routes.show(routesJob);
      if (routesShown) {
        routes.layer.addTo(map);
        buildLayerControl();
      }
    } catch (error) {
      setStatus(`${t('layerRoutes')}: ${error.message}`);
    }
  }
}

start().catch((error) => {
  setStatus(`${t('failed')}: ${error.message}`);
  document.body.dataset.ready = 'error';
});
