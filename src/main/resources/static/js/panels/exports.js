// Download links to the export endpoints (GET /api/exports/{layer}?oblast=…&format=geojson|csv|gpkg
// + the coverage parameters; proposals with plan=JOBID).
import { el, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { urls } from '../api.js';

const LAYERS = [
  ['hromadas', 'layerHromadas'], ['settlements', 'layerSettlements'], ['access-points', 'layerAccessPoints'],
  ['white-spots', 'layerWhiteSpots'], ['proposals', 'layerProposals'],
];
const FORMATS = ['geojson', 'csv', 'gpkg'];

export function renderExports(table, area, planId) {
  const rows = LAYERS.filter(([layer]) => layer !== 'proposals' || planId).map(([layer, key]) => el('tr', {},
    el('td', {}, t(key)),
    FORMATS.map((format) => el('td', {}, el('a', {
      href: urls.exportLayer(layer, area, format, layer === 'proposals' ? planId : null),
      download: `${layer}-${area.oblast}.${format}`, className: 'export-link', dataset: { layer, format },
    }, format)))));
  replaceChildren(table, el('tbody', {}, rows));
}
